"""GET /persons without a filter is counted and paged in the store on the catalogue's order
keys (sorted on the key alone, ties put in order by IRI): the pages cover every person once,
in list order, with the total the filtered list's query gives, on every store."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal
from support.stores import with_all_documents

from api.service import KgService
from api.service.common import ANY
from core.ids import document_iri, mint
from core.namespaces import CAND, SCHEMA
from core.text import fold
from kg import queries
from kg.catalogue import order_key
from kg.documents import DocumentGraph, write_document
from kg.sparql import bind

# Invented officers whose accent-free names share their first 15 bytes (one order key), so
# that ties run across page boundaries.
TIED = ("Nguyễn Văn Thành", "Nguyễn Văn Thanh Tùng", "Nguyễn Văn Thạnh", "Nguyễn Văn Thanh")


@pytest.fixture
def service(any_store):
    with_all_documents(any_store)
    iri = document_iri("danh-sach-trung-ten")
    graph = Graph()
    graph.add((iri, RDF.type, CAND.SourceDocument))
    for number, name in enumerate(TIED):
        person = mint("person", name, f"so-{number}")
        graph.add((person, RDF.type, CAND.Person))
        graph.add((person, SCHEMA.name, Literal(name)))
    write_document(any_store, DocumentGraph.from_graph(str(iri), graph))
    return KgService(any_store)


def filtered_rows(store) -> list[str]:
    """The persons as the filtered list's query gives them, with both filters "any"."""
    text = bind(queries.for_store(store, "api_persons"), rank=ANY, unit=ANY)
    return [str(s) for s, _ in store.query(text).rows]


def test_pages_cover_every_person_once_in_list_order(service):
    store = service.store
    everyone = filtered_rows(store)
    keys = {
        p.id: order_key(fold(p.name or ""))
        for p in service.persons(
            name=None, rank=None, unit=None, date=None, limit=1000, offset=0
        ).items
    }
    assert len(keys) == len(everyone) == len(set(everyone))
    assert sum(k == "nguyen van than" for k in keys.values()) == len(TIED)
    expected = sorted(keys, key=lambda i: (keys[i], i))  # ids sort as their IRIs
    for limit in (1, 2, 3, 7):
        seen: list[str] = []
        for offset in range(0, len(everyone) + limit, limit):
            page = service.persons(
                name=None, rank=None, unit=None, date=None, limit=limit, offset=offset
            )
            assert page.total == len(everyone)
            ids = [p.id for p in page.items]
            assert sorted(ids) == sorted(expected[offset : offset + limit]), (limit, offset)
            names = [fold(p.name or "") for p in page.items]
            assert [(order_key(n), n) for n in names] == sorted((order_key(n), n) for n in names)
            seen += ids
        assert sorted(seen) == sorted(keys)


def test_a_filter_reads_the_filtered_list(service):
    whole = service.persons(name=None, rank=None, unit=None, date=None, limit=1000, offset=0)
    named = service.persons(name="thanh", rank=None, unit=None, date=None, limit=1000, offset=0)
    assert 0 < named.total < whole.total
    assert {p.id for p in named.items} <= {p.id for p in whole.items}
