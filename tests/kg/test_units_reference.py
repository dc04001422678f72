"""The reference data of units reaches every store on first use and is replaced only by a newer
version, on the embedded store and on Virtuoso alike."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from support.project import run_kg

from core.namespaces import SCHEMA
from kg.summary import SUMMARY_GRAPH
from kg.units.reference import (
    REFERENCE_GRAPH,
    REFERENCE_VERSION,
    VERSION_QUERY,
    ensure_reference,
    install,
    shipped,
    stored_version,
)

ME = URIRef(REFERENCE_GRAPH)


def release(version: int, without: URIRef | None = None) -> Graph:
    graph = shipped()
    graph.set((ME, SCHEMA.version, Literal(version)))
    if without is not None:
        graph.remove((without, None, None))
    return graph


def test_first_use_loads_the_reference_graph_once(any_store):
    assert stored_version(any_store) is None
    assert ensure_reference(any_store) is True
    assert stored_version(any_store) == REFERENCE_VERSION
    assert any_store.count(REFERENCE_GRAPH) == len(shipped())
    assert ensure_reference(any_store) is False
    # the reference units' names go to the catalogue in the summary graph; nothing else
    assert set(any_store.graphs()) == {REFERENCE_GRAPH, SUMMARY_GRAPH}


def test_a_newer_release_replaces_it_and_an_older_one_does_not(any_store):
    ensure_reference(any_store)
    act = URIRef("https://w3id.org/cand-kg/id/act/qd-1053-qd-bca")
    newer = release(REFERENCE_VERSION + 1, without=act)
    assert install(any_store, newer) is True
    assert any_store.count(REFERENCE_GRAPH) == len(newer)
    assert install(any_store, release(REFERENCE_VERSION)) is False
    assert stored_version(any_store) == REFERENCE_VERSION + 1
    assert ensure_reference(any_store) is False  # the shipped version is older now
    assert any_store.count(REFERENCE_GRAPH) == len(newer)


def test_kg_ingest_of_a_newer_file_updates_it_and_remove_leaves_it(tmp_path: Path):
    store = tmp_path / "kg"
    stats = run_kg("stats", store=store)
    assert stats.returncode == 0, stats.stderr
    units = int(
        next(line for line in stats.stdout.splitlines() if line.startswith("units")).split()[-1]
    )
    assert units > 700  # the district police and provincial police of the gazetteer
    newer = tmp_path / "units-2.ttl"
    release(REFERENCE_VERSION + 1).serialize(newer, format="turtle")
    first = run_kg("ingest", str(newer), store=store)
    assert first.returncode == 0, first.stderr
    assert "1 documents ingested" in first.stderr
    again = run_kg("ingest", str(newer), store=store)
    assert "0 documents ingested" in again.stderr and "1 unchanged" in again.stderr
    version = run_kg(
        "query",
        VERSION_QUERY,
        "--format",
        "csv",
        store=store,
    )
    assert version.stdout.split()[-1] == str(REFERENCE_VERSION + 1)
    removed = run_kg("remove", REFERENCE_GRAPH, store=store)
    assert removed.returncode != 0
