"""Writes staged in memory and committed to the on-disk store in chunks give the store the
graph that writing each batch to disk gives, and a commit is all or nothing."""

from __future__ import annotations

import random
from functools import cache

import pytest
from support.project import ROOT

from kg.documents import DocumentGraph, write_documents
from kg.pipeline import Ingest, prepare
from kg.store import OxigraphStore
from kg.store.base import StoreError
from kg.store.staged import StagedStore, staged_for

IDENTITY = ROOT / "tests" / "fixtures" / "identity-corpus"


@cache
def documents() -> tuple[DocumentGraph, ...]:
    """The identity corpus in an order where later articles rename people and events of
    earlier ones (namesakes, events told again)."""
    paths = sorted((IDENTITY / "articles").iterdir()) + sorted((IDENTITY / "rosters").iterdir())
    random.Random(3).shuffle(paths)
    graphs = [prepare(path).graph for path in paths]
    assert all(g is not None for g in graphs)
    return tuple(g for g in graphs if g is not None)


def dump(store: OxigraphStore) -> list[bytes]:
    return sorted(store.dump_bytes("nq").splitlines())


def batches(docs: tuple[DocumentGraph, ...], size: int) -> list[list[DocumentGraph]]:
    return [list(docs[i : i + size]) for i in range(0, len(docs), size)]


def test_staged_writes_committed_in_chunks_give_the_graph_of_writes_to_disk(tmp_path):
    direct = OxigraphStore(tmp_path / "direct")
    for batch in batches(documents(), 4):
        write_documents(direct, batch)

    disk = OxigraphStore(tmp_path / "staged")
    staged = StagedStore(disk)
    for i, batch in enumerate(batches(documents(), 4)):
        write_documents(staged, batch)
        if i % 3 == 2:
            staged.commit()
            assert dump(disk) == dump(staged)
    staged.commit()
    assert dump(disk) == dump(direct)
    assert set(disk.graphs()) == set(direct.graphs())


def test_a_commit_that_fails_leaves_the_disk_store_as_it_was(tmp_path):
    disk = OxigraphStore(tmp_path / "kg")
    staged = StagedStore(disk)
    write_documents(staged, list(documents()[:4]))
    staged.commit()
    before = dump(disk)
    write_documents(staged, list(documents()[4:8]))
    # The copy the commit writes cannot be made: a file holds its place.
    (tmp_path / ".kg.staging").write_text("in the way")
    with pytest.raises(StoreError):
        staged.commit()
    assert dump(disk) == before
    disk.close()
    assert dump(OxigraphStore(tmp_path / "kg")) == before


def test_only_a_long_ingest_into_a_store_holding_fewer_documents_is_staged(tmp_path):
    assert staged_for(OxigraphStore(None), 100) is None
    disk = OxigraphStore(tmp_path / "kg")
    assert isinstance(staged_for(disk, 100), StagedStore)
    write_documents(disk, list(documents()[:8]))
    assert staged_for(disk, 4) is None


def test_a_staged_ingest_reports_each_document_once_stored_on_disk(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = sorted((IDENTITY / "articles").iterdir())
    for path in paths:
        (folder / path.name).write_bytes(path.read_bytes())
    memory = OxigraphStore(None)  # never staged: each batch written as it comes
    list(Ingest(memory, batch=4).run(sorted(folder.iterdir())))
    disk = OxigraphStore(tmp_path / "kg")
    seen: list[str] = []
    for outcome in Ingest(disk, batch=4).run(sorted(folder.iterdir())):
        assert outcome.status == "done"
        assert outcome.document in disk.graphs()  # on disk when reported
        seen.append(outcome.document)
    assert len(seen) == len(set(seen)) == len(paths)
    assert dump(disk) == dump(memory)
