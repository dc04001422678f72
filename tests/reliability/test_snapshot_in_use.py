"""SPARQL queries run on store snapshots that are deleted once no query reads them. A query that
has picked its snapshot but not yet started must keep it, even when a write and another query
come in between."""

from __future__ import annotations

import threading

from rdflib import Graph, Literal, URIRef

from api.sparql_runner import QueryRequest, SparqlRunner
from kg.store import OxigraphStore

COUNT = QueryRequest("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", None, None, 100)


def put(store: OxigraphStore, i: int) -> None:
    graph = Graph()
    graph.add((URIRef(f"https://example.org/s/{i}"), URIRef("https://example.org/p"), Literal(i)))
    store.replace_graph(f"https://example.org/g/{i}", graph)


def count(runner: SparqlRunner) -> int:
    return int(runner.run(COUNT).result.rows[0][0])


def test_a_snapshot_picked_by_a_waiting_query_survives_a_newer_query(tmp_path):
    store = OxigraphStore(tmp_path / "kg")
    put(store, 0)
    runner = SparqlRunner(store, workers=2, timeout=30)
    try:
        assert count(runner) == 1  # snapshot 0 taken, used, now without readers

        # Hold one query between picking its snapshot and sending it to a worker.
        picked, resume = threading.Event(), threading.Event()
        pick = runner._current_snapshot

        def pick_and_wait():  # type: ignore[no-untyped-def]
            snapshot = pick()
            if threading.current_thread().name == "held":
                picked.set()
                assert resume.wait(30)
            return snapshot

        runner._current_snapshot = pick_and_wait  # type: ignore[method-assign]
        answers: dict[str, object] = {}

        def held_query() -> None:
            try:
                answers["held"] = count(runner)
            except Exception as exc:  # reported by the assertion below
                answers["held"] = exc

        held = threading.Thread(target=held_query, name="held")
        held.start()
        assert picked.wait(30)
        put(store, 1)
        runner.changed()
        assert count(runner) == 2  # a newer snapshot; the old one looks unused
        resume.set()
        held.join(60)
        assert answers["held"] == 1, answers["held"]
    finally:
        runner.close()
        store.close()
