"""Stores the tests start from, built once a session through the real pipeline and copied for
each test that asks, so every test writes a store of its own."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from kg.documents import DocumentGraph, write_document
from kg.store.base import Store
from kg.triples import build_graph
from support.graph_facts import all_documents
from support.project import EXAMPLES, run_kg


def session_folder(prefix: str) -> Path:
    """A temporary folder that lasts until the test session ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@cache
def _ingested_examples() -> Path:
    path = session_folder("kg-examples-") / "kg"
    ingested = run_kg("ingest", str(EXAMPLES), store=path)
    assert ingested.returncode == 0, ingested.stderr
    return path


def examples_store(path: Path) -> Path:
    """A store at `path` holding examples/ as `kg ingest` stores it."""
    shutil.copytree(_ingested_examples(), path)
    return path


def with_all_documents(store: Store) -> Store:
    """`store` with the hand-written documents of support.graph_facts written as ingest would."""
    for facts in all_documents():
        built = build_graph(facts)
        write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    return store
