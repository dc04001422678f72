"""Ingest: source file -> facts -> document graph -> SHACL check -> store, one document at a time.

Extraction and graph building run in worker processes (`jobs`); one writer, this process, puts
the documents in the store in batches (`kg.documents.write_documents`: one resolution and one
transaction per batch of new documents), and reports a document done only after its batch's
transaction returns; a long run into an on-disk store holding fewer documents writes the
batches in memory and reports a chunk of them once it is committed to disk (`kg.store.staged`:
one all-or-nothing step). So an interrupted ingest loses nothing it reported, leaves no
half-written graph, and a rerun skips what is already stored: a document whose content hash is
in the store is not read again."""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.term import Node

from core.ids import document_iri, kind_of
from core.namespaces import CAND
from ingest.model import Facts
from ingest.read import ReadError
from ingest.sources import SOURCE_SUFFIXES, facts_from_path, is_source_file, source_key
from kg import summary
from kg.documents import (
    DocumentGraph,
    finish_pending,
    remove_document,
    write_document,
    write_documents,
)
from kg.rdf_files import RDF_SUFFIXES, rdf_document, read_rdf_file
from kg.store.base import Store, StoreError
from kg.store.staged import StagedStore, staged_for
from kg.triples import build_graph
from kg.units import reference
from kg.validate import ValidationError, validate

# What `kg ingest` takes: the sources, and RDF files stored as they are.
INGEST_SUFFIXES = SOURCE_SUFFIXES | set(RDF_SUFFIXES)

IN_FLIGHT_PER_JOB = 8
# Documents written together: their names and events resolved once, one transaction. A
# document is reported done once its batch is stored, so a kill loses at most a batch's
# reports (a rerun finds those documents stored unchanged).
BATCH = 32
# A long ingest into an on-disk store writes in memory and commits to disk in chunks
# (`kg.store.staged`): a chunk of about an eighth of the run, at least a batch and at
# most this many documents, which a kill may make the rerun write again.
CHUNK_MAX = 1024
WORKER_WATCH_SECONDS = 1.0
WORKER_DIED = "the extraction process died while reading it (killed, or out of memory)"

FactsReader = Callable[[Path], Facts]
DocumentWriter = Callable[[DocumentGraph], None]


@dataclass
class Prepared:
    """A document ready to write, or why it could not be prepared (built in a worker)."""

    path: str
    document: str = ""  # graph IRI
    content_hash: str = ""
    graph: DocumentGraph | None = None  # what to write: the graph and its summary share
    triples: int = 0
    persons: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    events: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Outcome:
    """What happened to one source file."""

    path: str
    status: str  # done | unchanged | failed
    document: str = ""
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Summary:
    documents: int = 0
    unchanged: int = 0
    failed: int = 0
    triples: int = 0
    persons: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    events: int = 0
    warnings: int = 0

    def line(self) -> str:
        return (
            f"{self.documents} documents ingested ({self.triples} triples, "
            f"{len(self.persons)} people, {len(self.units)} units, {self.events} events, "
            f"{self.warnings} warnings); {self.unchanged} unchanged, {self.failed} failed"
        )


def default_reader(path: Path) -> Facts:
    """Articles and rosters through the reader and the extractor."""
    return facts_from_path(path)


def prepare(path: Path, reader: FactsReader = default_reader) -> Prepared:
    """Read, extract, build and validate one document. Never raises: errors are in `.error`."""
    try:
        _, raw_hash = source_key(path)
        facts = reader(path)
        document = facts.document
        # The hash of the source's bytes, which is what a rerun compares before reading it.
        document.content_hash = raw_hash
        built = build_graph(facts)
        validate(built.triples, str(path))
    except ValidationError as exc:
        return Prepared(str(path), error=str(exc))
    except Exception as exc:  # a bad source must not stop the others; its error is reported
        return Prepared(str(path), error=f"{path}: {type(exc).__name__}: {exc}")
    warnings = [*document.warnings, *facts.warnings, *built.warnings]
    graph = DocumentGraph.of(str(built.iri), built.triples, built.ntriples())
    graph.summary  # noqa: B018 - built here, in a worker, and sent along: the writer is one process
    return Prepared(
        path=str(path),
        document=str(built.iri),
        content_hash=document.content_hash,
        graph=graph,
        triples=len(built.triples),
        persons=frozenset(_of_kind(built.triples, "person")),
        units=frozenset(_of_kind(built.triples, "unit")),
        events=built.events,
        warnings=warnings,
    )


def _of_kind(triples: Iterable[tuple[Node, Node, Node]], kind: str) -> Iterator[str]:
    subjects = {s for s, _, _ in triples}
    return (str(s) for s in subjects if isinstance(s, URIRef) and kind_of(s) == kind)


def stored_hashes(store: Store) -> dict[str, str]:
    """Content hash of every stored document, by graph IRI."""
    result = store.query(f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{CAND.contentHash}> ?h }} }}")
    return {str(g): str(h) for g, h in result.rows}


def remove(store: Store, doc_id: str) -> bool:
    """Drop a document's graph; False when the store has no such document."""
    iri = doc_id if doc_id.startswith(("http://", "https://")) else str(document_iri(doc_id))
    if iri in (summary.SUMMARY_GRAPH, reference.REFERENCE_GRAPH) or iri not in store.graphs():
        return False
    remove_document(store, iri)
    return True


def _ignore_sigint() -> None:
    # The parent decides what an interrupt means; workers just stop when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _result(pool: ProcessPoolExecutor, future: Future[Prepared]) -> Prepared:
    """The future's result, or BrokenProcessPool as soon as one of the pool's workers is dead.

    A worker killed while it sends a result leaves half a message in the result pipe, and
    CPython's pool then waits for the rest forever instead of reporting itself broken."""
    while True:
        try:
            return future.result(timeout=WORKER_WATCH_SECONDS)
        except FutureTimeout:
            if any(process.exitcode is not None for process in _workers(pool)):
                raise BrokenProcessPool("an extraction process died") from None


def _workers(pool: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    """The pool's worker processes (the executor exposes them only as a private attribute)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _discard(pool: ProcessPoolExecutor) -> None:
    """Stop a pool for good, even one whose manager thread waits on a half-sent result: its
    workers are killed and the parent's end of the result pipe closed, so that thread reads
    end-of-file and exits instead of holding up the interpreter's exit."""
    for process in _workers(pool):
        if process.exitcode is None:
            process.kill()
    result_queue = getattr(pool, "_result_queue", None)
    writer = getattr(result_queue, "_writer", None)
    if writer is not None:
        writer.close()
    pool.shutdown(wait=False, cancel_futures=True)


def _prepare_default(path: Path) -> Prepared:
    return prepare(path)


class Ingest:
    """One ingest run over many files into one store."""

    def __init__(
        self,
        store: Store,
        *,
        jobs: int = 1,
        force: bool = False,
        reader: FactsReader | None = None,
        writer: DocumentWriter | None = None,
        batch: int = BATCH,
    ) -> None:
        """`writer` stores each document graph; by default it is written into `store`, else
        `store` is only read (a running server's checkpoint, with `writer` going through it).
        `batch`: how many documents are written together into `store`."""
        self.store = store
        self.batch = max(1, batch)
        self.writer = writer
        self.jobs = max(1, jobs)
        self.force = force
        self.reader = reader
        self.summary = Summary()
        self._hashes = {} if force else stored_hashes(store)
        self._written: set[str] = set()
        self._staged: StagedStore | None = None
        self._pending: list[Outcome] = []  # stored in memory, reported once committed
        self._chunk = self.batch

    def run(self, paths: Iterable[Path]) -> Iterator[Outcome]:
        """Ingest every path, yielding each outcome once its document is stored (or not)."""
        if self.writer is None:  # a server prunes what a killed run left when it starts
            finish_pending(self.store)  # an earlier run may have been killed mid-write
        sources: list[Path] = []
        for path in paths:
            if path.suffix.lower() in RDF_SUFFIXES:
                yield self._rdf(path)
            elif not is_source_file(path):
                yield self._count(
                    Outcome(str(path), "failed", error=f"{path}: not a supported file type")
                )
            elif unchanged := self._unchanged(path):
                yield self._count(Outcome(str(path), "unchanged", unchanged))
            else:
                sources.append(path)
        self._stage(len(sources))
        batch: list[Prepared] = []
        for prepared in self._prepared(sources):
            refused = self._refused(prepared)
            if refused is not None:
                yield self._count(refused)
                continue
            batch.append(prepared)
            if len(batch) >= self.batch:
                yield from map(self._count, self._reported(self._store_batch(batch)))
                batch = []
        yield from map(self._count, self._reported(self._store_batch(batch), last=True))

    def _stage(self, sources: int) -> None:
        """Stage the writes in memory when `kg.store.staged` finds it worth it."""
        if self.writer is None and sources >= 2 * self.batch:
            self._staged = staged_for(self.store, sources)
            self._chunk = min(CHUNK_MAX, max(self.batch, sources // 8))

    def _reported(self, outcomes: list[Outcome], *, last: bool = False) -> list[Outcome]:
        """The outcomes to report now: when writes are staged, a chunk's once it is
        committed (if that fails, none of its documents is stored, and each is reported
        failed)."""
        if self._staged is None:
            return outcomes
        self._pending += outcomes
        if not last and len(self._pending) < self._chunk:
            return []
        pending, self._pending = self._pending, []
        try:
            self._staged.commit()
        except StoreError as exc:
            self._staged = None
            return [
                replace(o, status="failed", error=f"{o.path}: {exc}") if o.status == "done" else o
                for o in pending
            ]
        if last or self._staged.full:
            self._staged = None
        return pending

    @property
    def _target(self) -> Store:
        return self.store if self._staged is None else self._staged

    def _unchanged(self, path: Path) -> str | None:
        """The document's IRI when the store holds this very content already."""
        try:
            doc_id, content_hash = source_key(path)
        except (OSError, ReadError):
            return None  # reported when the file is read
        iri = str(document_iri(doc_id))
        return iri if self._hashes.get(iri) == content_hash else None

    def _prepared(self, paths: list[Path]) -> Iterator[Prepared]:
        if self.reader is not None:
            reader = self.reader
            yield from (prepare(p, reader) for p in paths)
            return
        if self.jobs == 1 or len(paths) < 2:
            yield from (prepare(p) for p in paths)
            return
        yield from self._in_workers(paths)

    def _pool(self, files: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            min(self.jobs, files),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_ignore_sigint,
        )

    def _in_workers(self, paths: list[Path]) -> Iterator[Prepared]:
        """Prepare in worker processes, in order, with a bounded window of documents in flight:
        workers never run far ahead of the writer, so memory stays flat however many files.

        A worker that dies (killed, out of memory) breaks the pool without saying which
        document it held: the documents in flight go to a new pool, and one that heads the
        window at two breaks in a row is taken for the cause and fails alone."""
        waiting = deque(paths)
        window: deque[tuple[Path, Future[Prepared]]] = deque()
        suspect: Path | None = None
        pool = self._pool(len(paths))
        try:
            while window or waiting:
                culprit: Path | None = None
                try:
                    while waiting and len(window) < self.jobs * IN_FLIGHT_PER_JOB:
                        window.append((waiting[0], pool.submit(_prepare_default, waiting[0])))
                        waiting.popleft()
                    prepared = _result(pool, window[0][1])
                except BrokenProcessPool:
                    _discard(pool)
                    pool = self._pool(len(paths))
                    in_flight = [path for path, _ in window]
                    window.clear()
                    if in_flight and in_flight[0] == suspect:
                        culprit = in_flight.pop(0)
                    suspect = None if culprit else (in_flight[0] if in_flight else suspect)
                    waiting.extendleft(reversed(in_flight))
                    if culprit is not None:
                        yield Prepared(str(culprit), error=f"{culprit}: {WORKER_DIED}")
                    continue
                window.popleft()
                suspect = None
                yield prepared
        except BaseException:
            _discard(pool)
            raise
        pool.shutdown()

    def _refused(self, prepared: Prepared) -> Outcome | None:
        """The outcome of a document not to write (failed, a second file with its id, stored
        unchanged); None for one to write."""
        if prepared.error is not None:
            return Outcome(prepared.path, "failed", error=prepared.error)
        doc = prepared.document
        if doc in self._written:
            return Outcome(
                prepared.path,
                "failed",
                doc,
                error=f"{prepared.path}: another file of this run has the same document id",
            )
        self._written.add(doc)
        if not self.force and self._hashes.get(doc) == prepared.content_hash:
            return Outcome(prepared.path, "unchanged", doc)
        return None

    def _store_batch(self, batch: list[Prepared]) -> list[Outcome]:
        """Write documents together (one resolution, one transaction), then report each; if
        that write fails, each is written alone, so that one bad document loses no other."""
        graphs = [p.graph for p in batch if p.graph is not None]
        if self.writer is not None or len(graphs) < 2 or len(graphs) != len(batch):
            return [self._store(p) for p in batch]
        try:
            write_documents(self._target, graphs)
        except StoreError:
            return [self._store(p) for p in batch]
        return [self._done(p) for p in batch]

    def _store(self, prepared: Prepared) -> Outcome:
        try:
            assert prepared.graph is not None  # set whenever there is no error
            self._write(prepared.graph)
        except StoreError as exc:
            doc = prepared.document
            return Outcome(prepared.path, "failed", doc, error=f"{prepared.path}: {exc}")
        return self._done(prepared)

    def _done(self, prepared: Prepared) -> Outcome:
        doc = prepared.document
        self._hashes[doc] = prepared.content_hash
        self.summary.persons.update(prepared.persons)
        self.summary.units.update(prepared.units)
        self.summary.events += prepared.events
        return Outcome(prepared.path, "done", doc, prepared.triples, prepared.warnings)

    def _write(self, doc: DocumentGraph) -> None:
        if self.writer is None:
            write_document(self._target, doc)
        else:
            self.writer(doc)

    def _rdf(self, path: Path) -> Outcome:
        try:
            graph = read_rdf_file(path)
            if reference.is_reference(graph):
                return self._count(self._reference(path, graph))
            doc = rdf_document(path, graph)
            self._write(doc)
        except StoreError as exc:
            return self._count(Outcome(str(path), "failed", error=str(exc)))
        return self._count(Outcome(str(path), "done", doc.iri, len(graph)))

    def _reference(self, path: Path, graph: Graph) -> Outcome:
        """A release of the reference data replaces the stored one if it is newer."""
        if self.writer is not None:
            raise StoreError(
                f"{path}: reference data goes into the store itself; stop `kg serve` first"
            )
        if not reference.install(self.store, graph):
            return Outcome(str(path), "unchanged", reference.REFERENCE_GRAPH)
        return Outcome(str(path), "done", reference.REFERENCE_GRAPH, len(graph))

    def _count(self, outcome: Outcome) -> Outcome:
        s = self.summary
        if outcome.status == "done":
            s.documents += 1
            s.triples += outcome.triples
            s.warnings += len(outcome.warnings)
        elif outcome.status == "unchanged":
            s.unchanged += 1
        else:
            s.failed += 1
        return outcome
