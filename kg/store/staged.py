"""Writes staged in memory and committed to an on-disk store in chunks.

A long ingest into an on-disk store pays for each batch's transaction on disk (some 14-30 µs
a quad) and for every read the next batches' resolution makes there; in memory both cost a
fraction of that. A `StagedStore` is an in-memory copy of the on-disk store that takes the
writes and reads of `kg.documents`; `commit` then brings the disk store to the same content
in one step that is all or nothing: on a checkpoint copy of the disk store (hard links) it
deletes what the staged writes removed from graphs the disk holds, adds the new graphs'
quads and what was added to the others with Oxigraph's bulk loader, and puts the copy in the
store's place (`OxigraphStore.replace_with`). A failure or a kill before that leaves the
disk store as it was.

Which graphs to compare: every graph the disk holds that is not a document's (the summary,
resolution, digests, reference data: small beside the documents), the document graphs the
writer says it changed (`changed`: renamed entities, replaced versions), and the graphs only
one side holds."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from core.ids import document_iri
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

_DOCUMENTS = str(document_iri(""))
# Graphs held in memory at most (about 300 quads and 200 KB a document graph): past this, what
# is staged is committed and the rest goes to disk.
STAGED_MAX = 12_000


def staged_for(store: Store, documents: int) -> StagedStore | None:
    """A staged copy of an on-disk store about to take `documents` new documents, when the
    store holds no more graphs than that (copying them into memory costs less than the disk
    writes it saves) and they fit in memory; else None."""
    if not isinstance(store, OxigraphStore) or store.path is None or store.read_only:
        return None
    held = sum(1 for _ in store.native.named_graphs())
    if held > documents or held >= STAGED_MAX:
        return None
    return StagedStore(store)


class StagedStore(OxigraphStore):
    """An in-memory copy of `disk` taking the writes; `commit` writes them to `disk`."""

    def __init__(self, disk: OxigraphStore) -> None:
        super().__init__(None)
        self.disk = disk
        self._store.bulk_extend(disk.native)
        self._changed: set[str] = set()
        self.full = False  # holds STAGED_MAX graphs or more: to commit and leave

    def changed(self, graphs: Iterable[str]) -> None:
        """Document graphs a write changed, besides the new ones (renamed, replaced)."""
        self._changed.update(graphs)

    def commit(self) -> None:
        """Bring the disk store to this store's content, all or nothing."""
        with self.writes:
            deleted, added, drop, declare = self._changes()
            # No reference to the disk store's native store is held here: it is closed and
            # opened again when the copy takes its place.
            self.disk.replace_with(deleted, added, drop=drop, declare=declare)
            self._changed.clear()
            self.full = sum(1 for _ in self._store.named_graphs()) >= STAGED_MAX

    def _changes(self) -> tuple[list[ox.Quad], list[ox.Quad], list[str], list[str]]:
        """The quads to delete from the disk store and to add to it, the graphs to drop and
        the empty graphs to add."""
        disk = self.disk.native
        before, after = _named(disk), _named(self._store)
        compared = {g for g in before & after if not g.startswith(_DOCUMENTS)}
        compared |= self._changed & before & after
        names: list[ox.NamedNode | ox.DefaultGraph] = [ox.NamedNode(g) for g in sorted(compared)]
        names.append(ox.DefaultGraph())
        deleted: list[ox.Quad] = []
        added: list[ox.Quad] = []
        for name in names:
            held = set(disk.quads_for_pattern(None, None, None, name))
            staged = set(self._store.quads_for_pattern(None, None, None, name))
            deleted += held - staged
            added += staged - held
        empty = []
        for graph in sorted(after - before):
            quads = list(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
            added += quads
            if not quads:
                empty.append(graph)
        return deleted, added, sorted(before - after), empty


def _named(store: ox.Store) -> set[str]:
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
