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
resolution, digests, reference data: small beside the documents), compared as N-Triples lines
with what the last commit left (kept in memory: reading them from disk each time cost as much
as the commit), the document graphs the writer says it changed (`changed`: renamed entities,
replaced versions), read from disk, and the graphs only one side holds."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from core.ids import document_iri
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

_DOCUMENTS = str(document_iri(""))
_DEFAULT = ""  # the default graph, among graph names
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
        self._committed: dict[str, set[bytes]] = {}  # graph -> its lines on disk, if known
        self._pending: dict[str, set[bytes]] = {}
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
            self._committed = self._pending
            self._changed.clear()
            self.full = sum(1 for _ in self._store.named_graphs()) >= STAGED_MAX

    def _changes(self) -> tuple[list[ox.Quad], bytes, list[str], list[str]]:
        """The quads to delete from the disk store and those to add to it (TriG), the graphs
        to drop and the empty graphs to add."""
        disk = self.disk.native
        before, after = _named(disk), _named(self._store)
        deleted: list[ox.Quad] = []
        added: list[bytes] = []
        # The graphs other than documents' are compared with what the last commit left (the
        # disk store's content, kept here): reading them from disk cost more than the commit.
        shared = {g for g in before & after if not g.startswith(_DOCUMENTS)} | {_DEFAULT}
        committed: dict[str, set[bytes]] = {}
        for graph in shared:
            now = _lines(self._store, graph)
            held = self._committed.get(graph)
            if held is None:
                held = _lines(disk, graph)
            deleted += _quads(held - now, graph)
            added.append(_block(b"\n".join(sorted(now - held)), graph))
            committed[graph] = now
        for graph in sorted(self._changed & before & after):
            held = _lines(disk, graph)
            now = _lines(self._store, graph)
            deleted += _quads(held - now, graph)
            added.append(_block(b"\n".join(sorted(now - held)), graph))
        empty = []
        # The new graphs (most of a chunk) go from this store's dump to the bulk loader as
        # text: no Python object per quad.
        for graph in sorted(after - before):
            data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=_graph(graph))
            if data:
                added.append(_block(data, graph))
            else:
                empty.append(graph)
        self._pending = committed  # what the disk will hold once this commit is done
        return deleted, b"".join(added), sorted(before - after), empty


def _graph(graph: str) -> ox.NamedNode | ox.DefaultGraph:
    return ox.DefaultGraph() if graph == _DEFAULT else ox.NamedNode(graph)


def _lines(store: ox.Store, graph: str) -> set[bytes]:
    """A graph's triples as N-Triples lines."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=_graph(graph))
    return set(data.split(b"\n")) - {b""} if data else set()


def _block(ntriples: bytes, graph: str) -> bytes:
    """N-Triples lines as a TriG block of `graph` (N-Triples lines are valid TriG)."""
    if not ntriples:
        return b""
    name = b"" if graph == _DEFAULT else b"<" + graph.encode() + b"> "
    return name + b"{\n" + ntriples + b"\n}\n"


def _quads(lines: Iterable[bytes], graph: str) -> list[ox.Quad]:
    name = _graph(graph)
    text = b"\n".join(sorted(lines))
    if not text:
        return []
    triples = ox.parse(text, format=ox.RdfFormat.N_TRIPLES)
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]


def _named(store: ox.Store) -> set[str]:
    return {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
