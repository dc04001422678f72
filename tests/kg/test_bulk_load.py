"""The embedded store's bulk load: all or nothing, through a copy of the store that takes its
place, and a swap a kill interrupted is finished or undone when the store is next opened."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kg.store import OxigraphStore, StoreError, staging

EX = "https://example.org/"


def nquads(graph: str, count: int, start: int = 0) -> bytes:
    return "".join(
        f'<{EX}s{i}> <{EX}tên> "Nguyễn Văn {i}" <{EX}{graph}> .\n'
        for i in range(start, start + count)
    ).encode()


def quads(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store.native}


def test_a_bulk_load_replaces_graphs_and_leaves_no_copy(tmp_path):
    path = tmp_path / "kg"
    store = OxigraphStore(path)
    store.bulk_load(io.BytesIO(nquads("a", 5) + nquads("b", 3)), "nq")
    store.bulk_load(io.BytesIO(nquads("a", 2, start=100)), "nq", replacing=[f"{EX}a"])
    assert store.count(f"{EX}a") == 2
    assert store.count(f"{EX}b") == 3
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg"]
    reopened = OxigraphStore(path)
    assert reopened.count() == 5
    reopened.close()


@pytest.mark.parametrize("memory", [False, True])
def test_bad_data_in_a_bulk_load_changes_nothing(tmp_path, memory):
    store = OxigraphStore(None if memory else tmp_path / "kg")
    store.bulk_load(io.BytesIO(nquads("a", 4)), "nq")
    before = quads(store)
    broken = nquads("b", 50) + b"<no-end-of-quad\n"
    with pytest.raises(StoreError, match="invalid nq"):
        store.bulk_load(io.BytesIO(broken), "nq", replacing=[f"{EX}a"])
    assert quads(store) == before
    assert not staging.copy_dir(tmp_path / "kg").exists()
    store.close()


def test_a_swap_killed_between_its_renames_is_finished_at_the_next_open(tmp_path):
    path = tmp_path / "kg"
    store = OxigraphStore(path)
    store.bulk_load(io.BytesIO(nquads("a", 4)), "nq")
    # The copy, complete with new data, as a bulk load leaves it before the swap.
    store.native.backup(str(staging.copy_dir(path)))
    copy = ox.Store(str(staging.copy_dir(path)))
    copy.bulk_load(nquads("b", 6), ox.RdfFormat.N_QUADS)
    expected = {str(q) for q in copy}
    del copy
    store.close()
    path.rename(staging.replaced_dir(path))  # the swap's first rename, then the kill
    reopened = OxigraphStore(path)
    assert quads(reopened) == expected
    reopened.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg"]


def test_a_copy_that_never_took_the_stores_place_is_discarded(tmp_path):
    path = tmp_path / "kg"
    store = OxigraphStore(path)
    store.bulk_load(io.BytesIO(nquads("a", 4)), "nq")
    before = quads(store)
    store.native.backup(str(staging.copy_dir(path)))  # a load killed while filling its copy
    store.close()
    reopened = OxigraphStore(path)
    assert quads(reopened) == before
    reopened.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg"]
