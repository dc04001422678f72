"""The catalogue of named entities in the summary graph: what the stored documents name, one
order key per listed entity, on every store kind."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from core.ids import mint
from core.namespaces import CAND, RDF, SCHEMA
from core.text import fold
from kg import catalogue, summary
from kg.documents import DocumentGraph, remove_document, write_document

PERSON = mint("person", "Trần Văn Bảy", "Công an tỉnh Hòa Bình")
UNIT = mint("unit", "Công an tỉnh Hòa Bình")


def naming(doc: str, name: str) -> DocumentGraph:
    """A document that names the person `name` and places the unit nowhere in particular."""
    graph = Graph()
    graph.add((PERSON, RDF.type, CAND.Person))
    graph.add((PERSON, SCHEMA.name, Literal(name)))
    graph.add((UNIT, RDF.type, CAND.Unit))
    graph.add((UNIT, SCHEMA.name, Literal("Công an tỉnh Hòa Bình")))
    return DocumentGraph.from_graph(str(mint("doc", doc)), graph)


def entries(store, subject: URIRef) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    rows = store.query(
        f"SELECT ?p ?o WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ <{subject}> ?p ?o }} }}"
    )
    for p, o in rows.rows:
        found.setdefault(str(p), set()).add(str(o))
    return found


def summary_triples(store) -> set[tuple[str, str, str]]:
    rows = store.query(f"SELECT * WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    return {(str(s), str(p), str(o)) for s, p, o in rows.rows}


def test_names_and_order_key_follow_the_documents_that_give_them(any_store):
    spelt = naming("bai-mot", "Trần Văn Bảy")
    other = naming("bai-hai", "Bùi Văn Bảy")  # another document's name sorts first
    write_document(any_store, spelt)
    write_document(any_store, other)
    found = entries(any_store, PERSON)
    assert found[str(CAND.catalogueName)] == {"Trần Văn Bảy", "Bùi Văn Bảy"}
    assert found[str(CAND.personOrder)] == {catalogue.order_key(fold("Bùi Văn Bảy"))}
    assert found[str(CAND.listedAs)] == {str(CAND.Person)}
    before = summary_triples(any_store)
    summary.rebuild(any_store)
    assert summary_triples(any_store) == before

    remove_document(any_store, other.iri)
    found = entries(any_store, PERSON)
    assert found[str(CAND.catalogueName)] == {"Trần Văn Bảy"}
    assert found[str(CAND.personOrder)] == {"tran van bay"}
    remove_document(any_store, spelt.iri)
    assert entries(any_store, PERSON) == {}
    assert entries(any_store, UNIT) == {}


def test_order_key_is_cut_to_fifteen_bytes_on_a_character():
    assert catalogue.order_key("cong an tinh hoa binh") == "cong an tinh ho"
    assert len(catalogue.order_key("nguyễn " * 5).encode()) <= catalogue.ORDER_BYTES


def dating(doc: str, event: URIRef, day: str | None) -> DocumentGraph:
    """A document that tells of `event`, on `day` if given."""
    graph = Graph()
    graph.add((event, RDF.type, CAND.Event))
    graph.add((event, SCHEMA.name, Literal("Hội nghị sơ kết công tác")))
    if day:
        graph.add((event, SCHEMA.startDate, Literal(day)))
    return DocumentGraph.from_graph(str(mint("doc", doc)), graph)


def test_an_events_order_key_is_its_least_date_as_documents_come_and_go(any_store):
    event = mint("event", "so-ket-cong-tac")
    month, day, undated = (
        dating("tin-thang", event, "2024-05"),
        dating("tin-ngay", event, "2024-05-14"),
        dating("tin-khong-ngay", event, None),
    )
    for doc in (day, undated, month):
        write_document(any_store, doc)
    found = entries(any_store, event)
    assert found[str(CAND.catalogueDate)] == {"2024-05", "2024-05-14"}
    assert found[str(CAND.eventOrder)] == {"2024-05"}
    assert found[str(CAND.eventBucket)] == {"2024-05"}
    before = summary_triples(any_store)
    summary.rebuild(any_store)
    assert summary_triples(any_store) == before

    remove_document(any_store, month.iri)
    assert entries(any_store, event)[str(CAND.eventOrder)] == {"2024-05-14"}
    remove_document(any_store, day.iri)
    found = entries(any_store, event)
    assert str(CAND.catalogueDate) not in found
    assert found[str(CAND.eventOrder)] == {""}
    assert found[str(CAND.eventBucket)] == {""}
    write_document(any_store, month)  # a date takes the place of none
    assert entries(any_store, event)[str(CAND.eventOrder)] == {"2024-05"}
    assert entries(any_store, event)[str(CAND.eventBucket)] == {"2024-05"}
    before = summary_triples(any_store)
    summary.rebuild(any_store)
    assert summary_triples(any_store) == before


def conferring(doc: str, conferral: URIRef, day: str | None) -> DocumentGraph:
    """A document that tells of a conferral of a certificate of merit, on `day` if given, and
    of a ceremony of the kind the other documents give it."""
    graph = Graph()
    graph.add((conferral, RDF.type, CAND.AwardConferral))
    graph.add((conferral, CAND.award, mint("award", "Bằng khen")))
    if day:
        graph.add((conferral, SCHEMA.startDate, Literal(day)))
    event = mint("event", "le-trao-bang-khen")
    graph.add((event, RDF.type, CAND.Event))
    graph.add((event, CAND.eventKind, CAND.ceremony if day else CAND.conference))
    return DocumentGraph.from_graph(str(mint("doc", doc)), graph)


def test_a_conferrals_order_key_and_an_events_kinds_follow_the_documents(any_store):
    dated = mint("conferral", "tin-trao-thuong", "bang-khen")
    undated = mint("conferral", "tin-khong-ngay", "bang-khen")
    first, second = (
        conferring("tin-trao-thuong", dated, "2024-09-02"),
        conferring("tin-khong-ngay", undated, None),
    )
    for doc in (first, second):
        write_document(any_store, doc)
    assert entries(any_store, dated)[str(CAND.awardOrder)] == {"2024-09-02"}
    assert entries(any_store, dated)[str(CAND.awardBucket)] == {"2024-09"}
    assert entries(any_store, dated)[str(CAND.listedAs)] == {str(CAND.AwardConferral)}
    assert entries(any_store, undated)[str(CAND.awardOrder)] == {""}
    event = mint("event", "le-trao-bang-khen")
    kinds = {str(CAND.ceremony), str(CAND.conference)}
    assert entries(any_store, event)[str(CAND.catalogueKind)] == kinds
    before = summary_triples(any_store)
    summary.rebuild(any_store)
    assert summary_triples(any_store) == before

    remove_document(any_store, first.iri)
    assert entries(any_store, dated) == {}
    assert entries(any_store, event)[str(CAND.catalogueKind)] == {str(CAND.conference)}
    before = summary_triples(any_store)
    summary.rebuild(any_store)
    assert summary_triples(any_store) == before
