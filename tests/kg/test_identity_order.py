"""Any order of ingest, with removals in between, gives the graph of one clean ingest: the
identity fixtures (rotations, promotions, namesakes, one event told by several outlets)
written and removed in orders hypothesis chooses."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.project import FIXTURES

from kg.documents import DocumentGraph, remove_document, write_document
from kg.pipeline import prepare
from kg.resolve.store import RESOLUTION_GRAPH
from kg.store import OxigraphStore

CORPUS = FIXTURES / "identity-corpus"


@cache
def documents() -> tuple[DocumentGraph, ...]:
    paths = sorted((CORPUS / "articles").glob("*.txt")) + sorted((CORPUS / "rosters").glob("*.csv"))
    prepared = [prepare(path) for path in paths]
    assert all(p.error is None and p.graph is not None for p in prepared)
    return tuple(p.graph for p in prepared if p.graph is not None)


def quads(store: OxigraphStore) -> list[bytes]:
    """Every quad but the retired IRIs, which record history, not the present."""
    lines = store.dump_bytes("nq").splitlines()
    return sorted(line for line in lines if not line.endswith(f"<{RESOLUTION_GRAPH}> .".encode()))


@cache
def clean() -> tuple[bytes, ...]:
    store = OxigraphStore(None)
    for doc in documents():
        write_document(store, doc)
    found = tuple(quads(store))
    store.close()
    return found


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_order_with_removals_gives_the_clean_graph(data):
    docs = documents()
    order = data.draw(st.permutations(range(len(docs))), label="order")
    removed = data.draw(st.sets(st.sampled_from(order), max_size=6), label="removed")
    store = OxigraphStore(None)
    try:
        for i in order:
            write_document(store, docs[i])
            if i in removed:
                remove_document(store, docs[i].iri)
        for i in sorted(removed, reverse=True):  # back in, in another order
            write_document(store, docs[i])
        assert quads(store) == list(clean())
    finally:
        store.close()


def test_writing_every_document_twice_changes_nothing():
    store = OxigraphStore(None)
    for doc in documents():
        write_document(store, doc)
    for doc in reversed(documents()):
        write_document(store, doc)
    assert quads(store) == list(clean())
    store.close()


def test_documents_written_from_many_threads_at_once_give_the_clean_graph():
    store = OxigraphStore(None)
    try:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda doc: write_document(store, doc), documents()))
        assert quads(store) == list(clean())
    finally:
        store.close()
