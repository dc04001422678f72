"""Small graphs and graph names the store tests write."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

EX = "http://example.org/"
G1 = "https://w3id.org/cand-kg/id/doc/remote-one"
G2 = "https://w3id.org/cand-kg/id/doc/remote-two"
XSD = "http://www.w3.org/2001/XMLSchema#"


def people(count: int, prefix: str = "p", version: str = "") -> Graph:
    graph = Graph()
    for i in range(count):
        graph.add(
            (
                URIRef(f"{EX}{prefix}{i}"),
                URIRef(EX + "name"),
                Literal(f"Người {i}{version}", lang="vi"),
            )
        )
    return graph


def mixed_terms() -> Graph:
    graph = Graph()
    subject = URIRef(EX + "a")
    graph.add((subject, URIRef(EX + "name"), Literal("Đại tá Nguyễn Văn Ân", lang="vi")))
    graph.add((subject, URIRef(EX + "plain"), Literal("không dấu")))
    graph.add(
        (subject, URIRef(EX + "month"), Literal("2021-07", datatype=URIRef(XSD + "gYearMonth")))
    )
    graph.add((subject, URIRef(EX + "day"), Literal("2021-07-15", datatype=URIRef(XSD + "date"))))
    graph.add((subject, URIRef(EX + "order"), Literal(3)))
    graph.add((subject, URIRef(EX + "knows"), URIRef(EX + "b")))
    return graph


def sorted_rows(store, sparql: str) -> list[tuple]:
    return sorted(store.query(sparql).rows, key=repr)
