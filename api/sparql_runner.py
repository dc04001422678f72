"""Run user SPARQL queries where they can be killed.

pyoxigraph cannot cancel a query from another thread, and an embedded on-disk store is open
read-write in one process only. So user queries run in worker processes, each on a read-only
snapshot of the store: a RocksDB checkpoint (`Store.backup`, hard links, milliseconds) for an
on-disk store, or an N-Quads copy for an in-memory one. A new snapshot is taken lazily, at the
first query after a write. A query past its time limit gets its worker killed and replaced."""

from __future__ import annotations

import itertools
import logging
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from api.service_relay import FAILURE, ServiceRelay
from api.sparql_guard import redirect_services
from core.settings import PROJECT_ROOT, Settings
from kg.results import serialize_result
from kg.store.base import QueryResult, QuerySyntaxError, QueryTimeout, Store, StoreError
from kg.store.oxigraph import OxigraphStore, to_rdflib

DEFAULT_MEMORY_MB = Settings.query_memory_mb
log = logging.getLogger(__name__)


class QueryWorkerDied(StoreError):
    """A query worker stopped mid-query; the message says why, in the server's own words."""


class ServiceFailed(StoreError):
    """An allowed SERVICE endpoint failed; the message is the kind of failure only."""


@dataclass(frozen=True)
class QueryRequest:
    sparql: str
    default_graphs: list[str] | None
    named_graphs: list[str] | None
    row_limit: int
    # Result kind ('select', 'ask', 'graph') -> kg.results format. With it the result is written
    # where it is read (a worker: off the server's GIL) and only bytes come back, not rdflib
    # terms, whose pickling costs more than the query.
    formats: dict[str, str] | None = None


@dataclass(frozen=True)
class QueryAnswer:
    result: QueryResult  # only its kind when `body` holds the result
    truncated: bool
    body: bytes | None = None


@dataclass(frozen=True)
class Snapshot:
    """What a worker opens: a checkpoint directory, or N-Quads bytes."""

    generation: int
    directory: str | None = None
    nquads: bytes | None = None


def cut(result: QueryResult, row_limit: int) -> QueryAnswer:
    """Keep at most `row_limit` rows (or triples), saying whether any were dropped."""
    if result.kind == "select" and len(result.rows) > row_limit:
        return QueryAnswer(
            QueryResult("select", variables=result.variables, rows=result.rows[:row_limit]), True
        )
    if result.kind == "graph" and result.graph is not None and len(result.graph) > row_limit:
        kept = Graph()
        for triple in itertools.islice(result.graph, row_limit):
            kept.add(triple)
        return QueryAnswer(QueryResult("graph", graph=kept), True)
    return QueryAnswer(result, False)


def written(answer: QueryAnswer, request: QueryRequest) -> QueryAnswer:
    """The answer as bytes in the request's format for its kind; with no such format, as is."""
    fmt = (request.formats or {}).get(answer.result.kind)
    if fmt is None:
        return answer
    body = serialize_result(answer.result, fmt)
    return QueryAnswer(QueryResult(answer.result.kind), answer.truncated, body)


def read_limited(store: OxigraphStore, request: QueryRequest) -> QueryAnswer:
    """Run a query reading at most `row_limit` rows (or distinct triples) and one more to
    know whether it was cut: a result of millions of rows costs no more than its first ones."""
    raw = store.raw_query(
        request.sparql, default_graphs=request.default_graphs, named_graphs=request.named_graphs
    )
    limit = request.row_limit
    if isinstance(raw, ox.QueryBoolean):
        return QueryAnswer(QueryResult("ask", boolean=bool(raw)), False)
    if isinstance(raw, ox.QuerySolutions):
        width = len(raw.variables)
        rows = [
            tuple(to_rdflib(solution[i]) for i in range(width))
            for solution in itertools.islice(raw, limit + 1)
        ]
        variables = [v.value for v in raw.variables]
        result = QueryResult("select", variables=variables, rows=rows[:limit])
        return QueryAnswer(result, len(rows) > limit)
    graph = Graph()
    for triple in raw:
        term = (to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object))
        if term in graph:
            continue
        if len(graph) == limit:
            return QueryAnswer(QueryResult("graph", graph=graph), True)
        graph.add(term)  # type: ignore[arg-type]
    return QueryAnswer(QueryResult("graph", graph=graph), False)


def _open_snapshot(snapshot: Snapshot) -> OxigraphStore:
    if snapshot.directory is not None:
        return OxigraphStore(snapshot.directory, read_only=True)
    store = OxigraphStore(None)
    if snapshot.nquads:
        import io

        store.load(io.BytesIO(snapshot.nquads), "nq")
    return store


def _worker_main(conn: Connection, memory_mb: int) -> None:
    """Serve queries from the parent until the pipe closes.

    A query can grow memory much faster than the time limit stops it (a sort over a cross
    product takes gigabytes in seconds), so the worker's data memory is capped: past the cap
    the worker aborts, and the parent answers 503 and starts another."""
    if memory_mb > 0:
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
    store: OxigraphStore | None = None
    generation = -1
    while True:
        try:
            snapshot, request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if snapshot.generation != generation:
                store = None
                store = _open_snapshot(snapshot)
                generation = snapshot.generation
            assert store is not None
            conn.send(("ok", written(read_limited(store, request), request)))
        except QuerySyntaxError as exc:
            conn.send(("syntax", str(exc)))
        except Exception as exc:  # the parent logs it and reports the failure by kind
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    """`python -m api.sparql_runner FD`: a fresh interpreter, so it never re-runs the caller's
    main module (as multiprocessing's spawn would), talking over a socket pair."""

    def __init__(self, memory_mb: int) -> None:
        ours, theirs = socket.socketpair()
        # Read after a crash: the runtime's last words say whether memory or stack ran out.
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed by kill()
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(
                filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])
            ),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "api.sparql_runner", str(theirs.fileno()), str(memory_mb)],
            pass_fds=[theirs.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
            stderr=self.stderr,
        )
        theirs.close()
        self.conn = Connection(ours.detach())

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.conn.close()
        self.stderr.close()

    def last_words(self) -> tuple[int | None, str]:
        """The exit status (negative: the signal) and the end of stderr, once it is gone."""
        try:
            status: int | None = self.process.wait(5)
        except subprocess.TimeoutExpired:
            status = None
        self.stderr.seek(0, os.SEEK_END)
        self.stderr.seek(max(0, self.stderr.tell() - 2000))
        return status, self.stderr.read().decode("utf-8", "replace")


def _snapshot_folder(store_path: Path | None) -> Path:
    """Checkpoints hard-link the store's files, so they must live on the store's file system:
    beside it, in a folder named after it. Only the process holding the store's lock uses that
    name, so folders a killed server left behind can go."""
    if store_path is None:
        return Path(tempfile.mkdtemp(prefix="kg-snapshots-"))
    prefix = f".{store_path.name}.snapshots-"
    for stale in store_path.parent.glob(f"{prefix}*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=store_path.parent))


class SparqlRunner:
    """A small pool of killable query workers over snapshots of one Oxigraph store."""

    def __init__(
        self,
        store: OxigraphStore,
        *,
        workers: int = 2,
        timeout: float = 10.0,
        memory_mb: int = DEFAULT_MEMORY_MB,
        relay: ServiceRelay | None = None,
    ) -> None:
        self.store = store
        self.timeout = timeout
        self.memory_mb = memory_mb
        # Allowed SERVICE endpoints are reached through the relay, which bounds each call.
        self._relayed = relay.relayed() if relay else {}
        self._idle: list[_Worker] = [_Worker(memory_mb) for _ in range(workers)]
        self._slots = threading.Semaphore(workers)
        self._lock = threading.Lock()
        self._generation = 0
        self._snapshot: Snapshot | None = None
        self._in_use: dict[int, int] = {}
        self._tmp = _snapshot_folder(store.path)

    def changed(self) -> None:
        """Call after every write: the next query takes a fresh snapshot."""
        with self._lock:
            self._generation += 1

    def _current_snapshot(self) -> Snapshot:
        """The snapshot to query, counted as in use under the same lock that picks it, so a
        query finishing meanwhile cannot delete it as unused."""
        with self._lock:
            if self._snapshot is None or self._snapshot.generation != self._generation:
                self._snapshot = self._take_snapshot(self._generation)
            generation = self._snapshot.generation
            self._in_use[generation] = self._in_use.get(generation, 0) + 1
            return self._snapshot

    def _take_snapshot(self, generation: int) -> Snapshot:
        if self.store.path is None:
            with self.store.writes:
                return Snapshot(generation, nquads=self.store.dump_bytes("nq"))
        target = self._tmp / f"gen-{generation}"
        shutil.rmtree(target, ignore_errors=True)
        try:
            self.store.checkpoint(target)
        except OSError as exc:
            raise StoreError(f"could not snapshot the store for querying: {exc}") from exc
        return Snapshot(generation, directory=str(target))

    def _release(self, snapshot: Snapshot) -> None:
        """Forget a query's use of a snapshot; delete checkpoints no query reads any more.

        Idle workers may keep an old checkpoint open, but they reopen before their next query."""
        with self._lock:
            self._in_use[snapshot.generation] -= 1
            current = self._snapshot.generation if self._snapshot else -1
            for generation, users in list(self._in_use.items()):
                if users == 0 and generation != current:
                    del self._in_use[generation]
                    shutil.rmtree(self._tmp / f"gen-{generation}", ignore_errors=True)

    def run(self, request: QueryRequest) -> QueryAnswer:
        """Run a query in a worker; blocks the calling thread (not the event loop) until done."""
        if self._relayed:
            request = replace(request, sparql=redirect_services(request.sparql, self._relayed))
        with self._slots:
            snapshot = self._current_snapshot()
            with self._lock:
                worker = self._idle.pop()
            try:
                status, payload = self._ask(worker, snapshot, request)
            except BaseException:
                worker.kill()
                worker = _Worker(self.memory_mb)
                raise
            finally:
                with self._lock:
                    self._idle.append(worker)
                self._release(snapshot)
        if status == "syntax":
            raise QuerySyntaxError(payload)
        if status == "error":
            if failure := FAILURE.search(payload):
                raise ServiceFailed(failure.group(1))
            raise StoreError(f"the store failed while running the query: {payload}")
        return payload

    def _ask(self, worker: _Worker, snapshot: Snapshot, request: QueryRequest) -> tuple:
        try:
            worker.conn.send((snapshot, request))
            if not worker.conn.poll(self.timeout):
                raise QueryTimeout(
                    f"the query ran past the {self.timeout:g} s limit (KG_QUERY_TIMEOUT) "
                    "and was stopped; narrow it down or add a LIMIT"
                )
            return worker.conn.recv()
        except (EOFError, OSError) as exc:
            raise self._death(worker) from exc

    def _death(self, worker: _Worker) -> Exception:
        """What killed a worker, as the error to report for its query."""
        status, words = worker.last_words()
        log.warning("SPARQL query worker stopped (exit status %s): %s", status, words[-500:])
        if "overflowed its stack" in words or status == -signal.SIGSEGV:
            return QuerySyntaxError(
                "the query is nested too deeply for the SPARQL parser (its worker ran out of "
                "stack); flatten it"
            )
        if "memory allocation" in words or "MemoryError" in words:
            return QueryWorkerDied(
                f"the query needed more than the {self.memory_mb} MB memory limit "
                "(KG_QUERY_MEMORY_MB) and was stopped; narrow it down"
            )
        if status is not None and status < 0:
            how = signal.strsignal(-status) or f"signal {-status}"
        else:
            how = f"exit status {status}"
        return QueryWorkerDied(f"the query worker crashed ({how}); the server log has details")

    def close(self) -> None:
        with self._lock:
            for worker in self._idle:
                worker.kill()
            self._idle.clear()
        shutil.rmtree(self._tmp, ignore_errors=True)


class DirectRunner:
    """For stores that enforce their own time limits (a remote SPARQL endpoint)."""

    def __init__(self, store: Store, *, timeout: float = 10.0) -> None:
        self.store = store
        self.timeout = timeout

    def changed(self) -> None:
        """Nothing is cached."""

    def run(self, request: QueryRequest) -> QueryAnswer:
        try:
            result = self.store.query(
                request.sparql,
                default_graphs=request.default_graphs,
                named_graphs=request.named_graphs,
            )
        except QuerySyntaxError as exc:
            # The server's message may quote what a SERVICE endpoint it called sent back.
            log.info("the SPARQL server refused a query: %s", exc)
            raise QuerySyntaxError("the SPARQL server refused the query as malformed") from exc
        return written(cut(result, request.row_limit), request)

    def close(self) -> None:
        """The store is closed by its owner."""


def make_runner(
    store: Store,
    timeout: float,
    workers: int = 2,
    memory_mb: int = DEFAULT_MEMORY_MB,
    relay: ServiceRelay | None = None,
) -> SparqlRunner | DirectRunner:
    if isinstance(store, OxigraphStore):
        return SparqlRunner(
            store, workers=workers, timeout=timeout, memory_mb=memory_mb, relay=relay
        )
    return DirectRunner(store, timeout=timeout)


if __name__ == "__main__":
    # Through the package's module, so pickled answers name `api.sparql_runner` classes.
    from api import sparql_runner

    sparql_runner._worker_main(Connection(int(sys.argv[1])), int(sys.argv[2]))
