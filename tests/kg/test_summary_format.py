"""A store whose summary graph an older version wrote (no format, or an older one) gets its
summary rebuilt when a `kg` command or the API server opens it, on every store kind."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from support.graph_facts import all_documents
from support.project import run_kg
from support.virtuoso import VIRTUOSO_ENV, clear_remote, open_test_virtuoso, virtuoso_credentials

from api.app import create_app
from core.namespaces import CAND, SUMMARY_GRAPH
from core.settings import Settings
from kg import summary_format
from kg.documents import DocumentGraph, write_document
from kg.store import OxigraphStore, Store
from kg.triples import build_graph
from kg.units.reference import ensure_reference
from kg.upkeep import ensure_summary

# Terms later versions added to the summary graph, which an older store lacks.
NEWER_TERMS = (
    CAND.spanKey,
    CAND.graphSize,
    CAND.singleSourceAs,
    CAND.eventOrder,
    CAND.documentOrder,
    CAND.eventBucket,
    CAND.documentBucket,
)


@dataclass
class Place:
    """A store as a command reaches it: its location, the environment, and an opener."""

    location: str
    env: dict[str, str]
    open: Callable[[], Store]


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def place(request, tmp_path) -> Iterator[Place]:
    if request.param == "oxigraph":
        path = tmp_path / "kg"
        yield Place(str(path), {}, lambda: OxigraphStore(path))
        return
    remote = open_test_virtuoso()
    credentials = virtuoso_credentials()
    env = {"KG_STORE_USER": credentials["user"], "KG_STORE_PASSWORD": credentials["password"]}
    try:
        yield Place(os.environ[VIRTUOSO_ENV], env, lambda: remote)
    finally:
        clear_remote(remote)
        remote.close()


def summary_triples(store: Store) -> set[tuple[str, str, str]]:
    found = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    return {(str(s), str(p), str(o)) for s, p, o in found.rows}


def written(store: Store) -> set[tuple[str, str, str]]:
    """Write the sample documents as this version does; the summary graph they leave."""
    ensure_reference(store)
    for facts in all_documents():
        built = build_graph(facts)
        write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    return summary_triples(store)


def made_old(store: Store, marker: int | None) -> None:
    """The summary as an older version left it: without the newer terms, and with format
    `marker` (None: none at all)."""
    for term in (CAND.summaryFormat, *NEWER_TERMS):
        store.update(f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s <{term}> ?o }} }}")
    if marker is not None:
        store.update(
            f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{ "
            f"<{SUMMARY_GRAPH}> <{CAND.summaryFormat}> {marker} }} }}"
        )


def close(store: Store) -> None:
    if isinstance(store, OxigraphStore):
        store.close()  # the command opens the embedded store itself


def test_writes_and_rebuilds_say_the_current_format(memory_store):
    assert summary_format.stored_format(memory_store) is None
    full = written(memory_store)
    assert (SUMMARY_GRAPH, str(CAND.summaryFormat), str(summary_format.FORMAT)) in full
    assert summary_format.is_current(memory_store)
    assert {p for _, p, _ in full} >= {str(t) for t in NEWER_TERMS}
    assert ensure_summary(memory_store) is None  # current: left as it is


def test_a_new_store_is_opened_without_a_rebuild_to_report(tmp_path):
    opened = run_kg("stats", store=tmp_path / "kg")
    assert opened.returncode == 0, opened.stderr
    assert "summary graph" not in opened.stderr
    store = OxigraphStore(tmp_path / "kg")
    try:
        assert summary_format.is_current(store)
    finally:
        store.close()


@pytest.mark.parametrize("marker", [None, summary_format.FORMAT - 1])
def test_a_command_rebuilds_an_older_summary_once(place, marker):
    store = place.open()
    full = written(store)
    made_old(store, marker)
    assert summary_format.stored_format(store) == marker
    assert full - summary_triples(store)  # the newer terms are gone
    close(store)

    first = run_kg("stats", store=place.location, env=place.env)
    assert first.returncode == 0, first.stderr
    was = "no format" if marker is None else f"format {marker}"
    assert f"note: the summary graph had {was}" in first.stderr
    again = run_kg("stats", store=place.location, env=place.env)
    assert again.returncode == 0, again.stderr
    assert "summary graph" not in again.stderr  # rebuilt once

    store = place.open()
    try:
        assert summary_triples(store) == full
    finally:
        close(store)


@pytest.mark.parametrize("marker", [None, summary_format.FORMAT - 1])
def test_the_api_server_rebuilds_an_older_summary_on_start(place, marker, caplog):
    store = place.open()
    full = written(store)
    made_old(store, marker)
    assert full - summary_triples(store)  # the newer terms are gone
    with TestClient(create_app(Settings(store=":memory:"), store=store)) as client:
        assert client.get("/events").json()["total"] > 0  # read from the event order keys
    said = [r for r in caplog.records if "rebuilt it from the documents" in r.getMessage()]
    assert [r.levelno for r in said] == [logging.WARNING]
    try:
        assert summary_triples(store) == full
    finally:
        close(store)


def test_a_summary_of_a_newer_format_is_left_alone(memory_store):
    full = written(memory_store)
    newer = summary_format.FORMAT + 1
    memory_store.update(
        f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s <{CAND.summaryFormat}> ?o }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{ "
        f"<{SUMMARY_GRAPH}> <{CAND.summaryFormat}> {newer} }} }}"
    )
    assert ensure_summary(memory_store) is None
    assert summary_format.stored_format(memory_store) == newer
    assert len(summary_triples(memory_store)) == len(full)


@pytest.mark.virtuoso
def test_a_command_that_may_not_rebuild_an_older_summary_says_who_must(virtuoso_store):
    written(virtuoso_store)
    made_old(virtuoso_store, None)
    # Virtuoso's public endpoint: it answers queries and refuses writes to anyone.
    public = os.environ[VIRTUOSO_ENV].rsplit("/", 1)[0] + "/sparql"
    refused = run_kg("stats", store=public, env={"KG_STORE_USER": "", "KG_STORE_PASSWORD": ""})
    assert refused.returncode != 0
    assert "older format" in refused.stderr and "kg summarize" in refused.stderr
    assert summary_format.stored_format(virtuoso_store) is None  # nothing half-written
