"""A unit's documents (`/units/{id}/documents`), paged in the store on each document's order
key, are the list the documents' own dates give: newest first, undated graphs (the reference
units graph, a graph written by hand) last, each by IRI; on the embedded store and on
Virtuoso, after writes and removals."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef
from support.graph_facts import MINISTRY, article
from support.identity_store import write

from api.app import create_app
from core.ids import document_iri, local_id
from core.namespaces import CAND, RDF, SCHEMA
from core.settings import Settings
from kg.documents import DocumentGraph, remove_document, write_document
from kg.sparql import bind

# The list as every document's date and title give it, read from the document graphs.
FROM_THE_DOCUMENTS = """
PREFIX schema: <https://schema.org/>
SELECT ?doc (MAX(STR(?d)) AS ?published) (MIN(STR(?t)) AS ?title) WHERE {
  { SELECT DISTINCT ?doc WHERE { GRAPH ?doc { $unit a ?any } } }
  OPTIONAL { GRAPH ?doc { ?doc schema:datePublished ?d } }
  OPTIONAL { GRAPH ?doc { ?doc schema:name ?t } }
}
GROUP BY ?doc
ORDER BY DESC(?published) ?doc
"""
DATES = {"tin-a": "2021-03-04", "tin-b": "2021-03", "tin-c": "2021-03-04", "tin-d": "2019"}


@pytest.fixture
def client(any_store):
    with TestClient(create_app(Settings(store=":memory:"), store=any_store)) as test_client:
        test_client.app.state.service.caching = False  # type: ignore[attr-defined]
        yield test_client


def expected(store, unit: str) -> list[tuple[str, str | None, str | None]]:
    rows = store.query(bind(FROM_THE_DOCUMENTS, unit=URIRef(unit))).dicts()
    return [
        (local_id(str(r["doc"])), _text(r.get("published")), _text(r.get("title"))) for r in rows
    ]


def _text(value) -> str | None:
    return None if value is None else str(value)


def listed(client: TestClient, unit: str, limit: int, offset: int) -> tuple[int, list[tuple]]:
    page = client.get(
        f"/units/{local_id(unit)}/documents", params={"limit": limit, "offset": offset}
    ).json()
    return page["total"], [(d["id"], d["date"], d["title"]) for d in page["items"]]


def assert_pages_follow_the_documents(client: TestClient, store, unit: str) -> None:
    whole = expected(store, unit)
    for limit in (1, 2, 3, len(whole) + 1):
        for offset in range(len(whole) + 1):
            assert listed(client, unit, limit, offset) == (
                len(whole),
                whole[offset : offset + limit],
            ), (limit, offset)


def test_unit_documents_are_the_documents_dates_in_order(client, any_store):
    for doc, date in DATES.items():
        write(any_store, article(doc, date))
    write(any_store, article("tin-khong-ngay", None))  # type: ignore[arg-type]
    [(unit,)] = any_store.query(
        f"SELECT DISTINCT ?u WHERE {{ GRAPH <{document_iri('tin-a')}> "
        f'{{ ?u a <{CAND.Unit}> ; <{SCHEMA.name}> "{MINISTRY}" }} }}'
    ).rows
    by_hand = Graph()  # a graph under a document IRI that does not say it is a document
    by_hand.add((unit, RDF.type, CAND.Unit))
    write_document(any_store, DocumentGraph.from_graph(str(document_iri("ghi-tay")), by_hand))
    whole = expected(any_store, str(unit))
    assert len(whole) >= 6 and whole[0][1] == "2021-03-04" and whole[-1][1] is None
    assert_pages_follow_the_documents(client, any_store, str(unit))
    remove_document(any_store, str(document_iri("tin-a")))
    write(any_store, article("tin-b", "2018-12-31"))  # the same document, redated
    assert ("tin-a", "2021-03-04", None) not in [d for d in expected(any_store, str(unit))]
    assert_pages_follow_the_documents(client, any_store, str(unit))
