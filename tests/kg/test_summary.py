"""The summary graph of tenures stays what the stored documents give, on every store kind."""

from __future__ import annotations

import itertools

from fastapi.testclient import TestClient
from support.graph_facts import all_documents, promotion_2023

from api.app import create_app
from core.namespaces import CAND
from core.settings import Settings
from kg import shares, summary
from kg.documents import DocumentGraph, finish_pending, remove_document, write_document
from kg.resolve import person_iri
from kg.store import OxigraphStore
from kg.triples import build_graph
from kg.units.reference import ensure_reference

THINH = person_iri("Phan Đức Thịnh")


def document(facts) -> DocumentGraph:
    built = build_graph(facts)
    return DocumentGraph.from_graph(str(built.iri), built.graph)


def summary_triples(store) -> set[tuple[str, str, str]]:
    found = store.query(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    return {(str(s), str(p), str(o)) for s, p, o in found.rows}


def rebuilt(store) -> set[tuple[str, str, str]]:
    summary.rebuild(store)
    return summary_triples(store)


def test_the_summary_does_not_depend_on_the_order_of_documents():
    orders = []
    for order in itertools.permutations(all_documents()):
        store = OxigraphStore(None)
        for facts in order:
            write_document(store, document(facts))
        orders.append(summary_triples(store))
        assert orders[-1] == rebuilt(store)
    assert all(found == orders[0] for found in orders)


def test_a_promotion_is_two_rank_tenures_with_their_dates(memory_store):
    store = memory_store
    for facts in all_documents():
        write_document(store, document(facts))
    found = store.query(
        f"SELECT ?rank ?first ?last WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ "
        f"?t <{CAND.tenureOf}> <{THINH}> ; <{CAND.tenureRank}> ?rank ; "
        f"<{CAND.firstSeen}> ?first ; <{CAND.lastSeen}> ?last }} }} ORDER BY ?first"
    )
    spans = [(str(r).rsplit("/", 1)[-1], str(f), str(la)) for r, f, la in found.rows]
    assert spans == [
        ("dai-ta", "2020-06-12", "2020-06-12"),
        ("thieu-tuong", "2022-11-01", "2023-02-03"),
    ]


def test_replacing_and_removing_documents_keep_the_summary_exact(any_store):
    documents = [document(facts) for facts in all_documents()]
    for doc in documents:
        write_document(any_store, doc)
    full = summary_triples(any_store)
    # A changed version of the 2023 article: the promotion is no longer in it.
    changed = promotion_2023()
    for person in changed.persons:
        person.rank = None
    write_document(any_store, document(changed))
    after_change = summary_triples(any_store)
    assert after_change != full
    assert after_change == rebuilt(any_store)
    # Removing a document takes away what only it said; putting it back restores the rest.
    remove_document(any_store, documents[0].iri)
    assert not any(documents[0].iri in triple for triple in summary_triples(any_store))
    assert summary_triples(any_store) == rebuilt(any_store)
    for doc in documents:
        write_document(any_store, doc)
    assert summary_triples(any_store) == full


def written(store: OxigraphStore) -> OxigraphStore:
    for facts in all_documents():
        write_document(store, document(facts))
    return store


def crashed_mid_writes(store: OxigraphStore, monkeypatch) -> OxigraphStore:
    """As if each write were killed between loading its share and pruning what it superseded."""
    with monkeypatch.context() as patched:
        deletion = shares.Merge.deletion
        # The deletion that follows a load; a write that is one update cannot be cut in two.
        patched.setattr(
            shares.Merge,
            "deletion",
            lambda merged, *, marked: "" if marked else deletion(merged, marked=marked),
        )
        written(store)
    left = summary_triples(store)
    assert left != summary_triples(written(OxigraphStore(None)))
    assert any(p == str(CAND.unpruned) for _, p, _ in left)
    return store


def test_a_write_killed_before_pruning_is_pruned_by_the_next(monkeypatch):
    crashed = crashed_mid_writes(OxigraphStore(None), monkeypatch)
    finish_pending(crashed)
    assert summary_triples(crashed) == summary_triples(written(OxigraphStore(None)))


def test_the_api_server_prunes_what_a_killed_server_left(tmp_path, monkeypatch):
    crashed_mid_writes(OxigraphStore(tmp_path / "kg"), monkeypatch).close()
    with TestClient(create_app(Settings(store=str(tmp_path / "kg")))) as client:
        assert client.get("/awards").status_code == 200
    store = OxigraphStore(tmp_path / "kg")
    clean = written(OxigraphStore(None))
    ensure_reference(clean)  # as the server installed the reference units on start
    try:
        assert summary_triples(store) == summary_triples(clean)
    finally:
        store.close()
