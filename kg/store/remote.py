"""Any SPARQL 1.1 server as the store: Query and Update protocols, plus the Graph Store HTTP
Protocol for whole-graph writes where the server has it (Virtuoso, Fuseki, GraphDB, Neptune).
HTTP, credentials, answers and the Graph Store each have a module of their own beside this one.

Credentials go to the server only: they never appear in repr, logs or error messages."""

from __future__ import annotations

import contextlib
import io
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph, URIRef

from core.settings import Settings
from kg.store.base import QueryResult, QuerySyntaxError, StoreBadAnswer, StoreError, TextRow
from kg.store.graph_store import batches, ntriples_lines, post_triples, virtuoso_graph_store
from kg.store.oxigraph import OxigraphStore, graph_to_ntriples
from kg.store.sparql_auth import credentials_in, public_url
from kg.store.sparql_client import JSON_RESULTS, NTRIPLES, SparqlClient
from kg.store.sparql_results import parse_json_results, parse_json_text_rows, query_form

# Graphs a Virtuoso server keeps for itself. A server with graph-level security on (see
# docs/deploy.md) hides them from SPARQL users; graphs() and count() leave them out anyway.
VIRTUOSO_SYSTEM_GRAPHS: tuple[str, ...] = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
    "http://www.w3.org/2002/07/owl#",
)
STAGING_PREFIX = "urn:x-cand-kg:staging:"
# A bulk load puts its staging graphs in place this many to an update, and gives each update
# a second for every MOVED_PER_SECOND triples it moves: Virtuoso 7.2 moved 200,000 in 77 s
# (2,600 a second) on the test server under a load average of 17.
SWAP_GRAPHS = 100
MOVED_PER_SECOND = 1000


class RemoteStore:
    """A SPARQL 1.1 server behind the Store interface.

    Writes of one document graph are all-or-nothing: batches (Graph Store POSTs where the
    server has the protocol, else updates) into a hidden staging graph that one MOVE puts in
    place; without a Graph Store, a small graph is one SPARQL Update."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 10.0,
        write_timeout: float = 120.0,
        retries: int = 3,
        backoff: float = 0.25,
        update_batch_triples: int = 500,
        load_batch_triples: int = 20_000,
        load_workers: int = 4,
        hidden_graphs: Iterable[str] | None = None,
        detect_graph_store: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        url_user, url_password = credentials_in(query_url)
        user = user or url_user
        password = password or url_password
        self.query_url = public_url(query_url)
        self.update_url = public_url(update_url) if update_url else self.query_url
        self.graph_store_url = public_url(graph_store_url) if graph_store_url else None
        self._detect_graph_store = detect_graph_store and graph_store_url is None
        self._has_credentials = bool(user)
        self.timeout = timeout
        self.write_timeout = max(write_timeout, timeout)
        self.update_batch_triples = update_batch_triples
        self.load_batch_triples = load_batch_triples
        self.load_workers = max(1, load_workers)
        self._hidden = set(hidden_graphs) if hidden_graphs is not None else None
        self._http = SparqlClient(
            user=user,
            password=password,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            sleep=sleep,
        )

    @classmethod
    def from_settings(cls, url: str, settings: Settings) -> RemoteStore:
        return cls(
            url,
            update_url=settings.store_update_url,
            graph_store_url=settings.store_graph_url,
            user=settings.store_user,
            password=settings.store_password,
            timeout=settings.query_timeout,
        )

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url})"

    @property
    def location(self) -> str:
        return self.query_url

    # Server specifics

    @property
    def dialect(self) -> str:
        """Which variants of named queries (kg.queries) suit the server: "virtuoso" or
        "sparql" (asked of the server once)."""
        return "virtuoso" if self._is_virtuoso() else "sparql"

    def _is_virtuoso(self) -> bool:
        return self._http.is_virtuoso(self.query_url)

    def _hidden_graphs(self) -> set[str]:
        if self._hidden is None:
            self._hidden = set(VIRTUOSO_SYSTEM_GRAPHS) if self._is_virtuoso() else set()
        return self._hidden

    def _graph_store(self) -> str | None:
        """The Graph Store endpoint: configured, or Virtuoso's own beside its /sparql."""
        if self._detect_graph_store:
            self._detect_graph_store = False
            if self._is_virtuoso():
                self.graph_store_url = virtuoso_graph_store(self.update_url, self._has_credentials)
        return self.graph_store_url

    # Store interface

    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        form = query_form(sparql)
        data: dict[str, str | list[str]] = {"query": sparql}
        if default_graphs:
            data["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            data["named-graph-uri"] = list(named_graphs)
        if form in ("construct", "describe"):
            graph = Graph()
            try:
                graph.parse(data=self._answer(data, NTRIPLES), format="nt")
            except Exception as exc:  # rdflib's parsers raise many types
                raise StoreBadAnswer(f"the server sent invalid N-Triples: {exc}") from exc
            return QueryResult("graph", graph=graph)
        return parse_json_results(self._answer(data, JSON_RESULTS))

    def text_rows(self, sparql: str) -> list[TextRow]:
        if query_form(sparql) != "select":
            raise QuerySyntaxError("text_rows takes a SELECT query")
        return parse_json_text_rows(self._answer({"query": sparql}, JSON_RESULTS))

    def _answer(self, data: dict[str, str | list[str]], accept: str) -> bytes:
        return self._http.post(
            self.query_url,
            what="query",
            retry_slow=False,
            timeout=self.timeout,
            data=data,
            headers={"Accept": accept},
        ).content

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL 1.1 Update on the update endpoint."""
        self._http.post(
            self.update_url,
            what="update",
            retry_slow=True,
            timeout=self.write_timeout,
            data={"update": sparql_update},
        )

    def replace_graph(self, graph: str, data: Graph) -> None:
        self.replace_graph_ntriples(graph, graph_to_ntriples(data))

    def replace_graph_ntriples(self, graph: str, ntriples: bytes) -> None:
        """Make `graph` hold exactly these triples; readers see the old graph or the new."""
        _check_iri(graph)
        lines = ntriples_lines(ntriples)
        if not lines:
            self.drop_graph(graph)
            return
        # Not a Graph Store PUT: Virtuoso's clears the graph and commits before loading the
        # new triples, so a crash in between leaves the graph empty. A POST to a staging graph
        # and a MOVE is atomic, and on Virtuoso ten times faster than one INSERT DATA.
        if self._graph_store() is None and len(lines) <= self.update_batch_triples:
            body = b"".join(lines).decode("utf-8")
            self.update(
                f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}"
            )
            return
        self._replace_through_staging(graph, lines)

    def _replace_through_staging(self, graph: str, lines: list[bytes]) -> None:
        staging = f"{STAGING_PREFIX}{uuid.uuid4()}"
        try:
            self._append(staging, lines)
            self._swap({graph: staging}, len(lines))
        except (StoreError, QuerySyntaxError):
            self._drop_staging([staging])
            raise

    def _drop_staging(self, graphs: Iterable[str]) -> None:
        # If the server is gone the staging graphs stay, hidden from graphs().
        drops = " ; ".join(f"DROP SILENT GRAPH <{g}>" for g in graphs)
        if drops:
            with contextlib.suppress(StoreError, QuerySyntaxError):
                self.update(drops)

    def drop_graph(self, graph: str) -> None:
        _check_iri(graph)
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def _graph_filter(self) -> str:
        hidden = sorted(self._hidden_graphs())
        excluded = f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in hidden)}))" if hidden else ""
        return f'{excluded} FILTER(!STRSTARTS(STR(?g), "{STAGING_PREFIX}"))'

    def graphs(self) -> list[str]:
        result = self.query(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._graph_filter()} }}"
        )
        return sorted(str(row[0]) for row in result.rows if isinstance(row[0], URIRef))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            sparql = (
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                f"{self._graph_filter()} }}"
            )
        else:
            _check_iri(graph)
            sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        rows = self.query(sparql).rows
        return int(str(rows[0][0])) if rows and rows[0][0] is not None else 0

    def _graph_ntriples(self, graph: str) -> bytes:
        return self._http.post(
            self.query_url,
            what=f"reading graph <{graph}>",
            retry_slow=True,
            timeout=self.write_timeout,
            data={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": NTRIPLES},
        ).content

    def snapshot(self, graph: str | None = None) -> OxigraphStore:
        """A copy of the store (or of one graph) in an in-memory embedded store."""
        copy = OxigraphStore(None)
        for name in [graph] if graph is not None else self.graphs():
            _check_iri(name)
            triples = ox.parse(self._graph_ntriples(name), format=ox.RdfFormat.N_TRIPLES)
            target = ox.NamedNode(name)
            copy.native.extend(ox.Quad(t.subject, t.predicate, t.object, target) for t in triples)
        return copy

    def export(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        copy = self.snapshot(graph)
        try:
            copy.export(out, fmt, graph)
        finally:
            copy.close()

    def dump_bytes(self, fmt: str, graph: str | None = None) -> bytes:
        buffer = io.BytesIO()
        self.export(buffer, fmt, graph)
        return buffer.getvalue()

    def load(self, data: BinaryIO, fmt: str) -> None:
        """Add quads in batches per graph. Not one transaction on a remote server: loading
        the same file again is harmless (RDF graphs are sets)."""
        for graph, lines in self._graph_batches(data, fmt):
            self._append(graph, lines)

    def bulk_load(self, data: BinaryIO, fmt: str, *, replacing: Iterable[str] = ()) -> None:
        """Add the quads, the graphs in `replacing` emptied first. Each of those is loaded
        into a hidden staging graph that takes its place once every batch is in (one update
        for up to `SWAP_GRAPHS` of them): readers see each graph old or new, never in part,
        and a load that fails leaves them as they were. The other graphs get the quads batch
        by batch (loading the same data again is harmless)."""
        staged = {graph: f"{STAGING_PREFIX}{uuid.uuid4()}" for graph in sorted(set(replacing))}
        for graph in staged:
            _check_iri(graph)
        moved = 0

        def into_staging() -> Iterator[tuple[str, list[bytes]]]:
            nonlocal moved
            for graph, lines in self._graph_batches(data, fmt):
                if graph in staged:
                    moved += len(lines)
                yield staged.get(graph, graph), lines

        try:
            self._add(into_staging())
            self._swap(staged, moved)
        except (StoreError, QuerySyntaxError):
            self._drop_staging(staged.values())
            raise

    def _swap(self, staged: dict[str, str], triples: int) -> None:
        """Put each staging graph in its graph's place, `SWAP_GRAPHS` graphs an update. Not
        sent again when slow: Virtuoso empties the target of a MOVE SILENT from a graph that
        no longer exists, so a move run twice would leave the graph empty."""
        pairs = sorted(staged.items())
        for start in range(0, len(pairs), SWAP_GRAPHS):
            moves = (
                f"DROP SILENT GRAPH <{graph}> ; MOVE SILENT <{staging}> TO <{graph}>"
                for graph, staging in pairs[start : start + SWAP_GRAPHS]
            )
            self._http.post(
                self.update_url,
                what="moving the loaded graphs into place",
                retry_slow=False,
                timeout=self.write_timeout + triples / MOVED_PER_SECOND,
                data={"update": " ;\n".join(moves)},
            )

    def _add(self, graph_batches: Iterable[tuple[str, list[bytes]]]) -> None:
        """Add each graph's lines: through a Graph Store, in batches that `load_workers`
        connections POST side by side (the server parses one batch while the next is read);
        else as `load` does."""
        url = self._graph_store()
        if url is None or self.load_workers == 1:
            for graph, lines in graph_batches:
                self._append(graph, lines)
            return
        local = threading.local()
        clients: list[SparqlClient] = []

        def post(graph: str, body: bytes) -> None:
            if not hasattr(local, "client"):
                local.client = self._http.twin()
                clients.append(local.client)
            post_triples(local.client, url, graph, body, self.write_timeout)

        in_flight: list[Future[None]] = []
        with ThreadPoolExecutor(self.load_workers) as pool:
            try:
                for graph, lines in graph_batches:
                    for body in batches(lines, self.load_batch_triples, 16 << 20):
                        in_flight.append(pool.submit(post, graph, body))
                        if len(in_flight) >= 2 * self.load_workers:
                            in_flight.pop(0).result()
                for future in in_flight:
                    future.result()
            finally:
                for future in in_flight:
                    future.cancel()
                pool.shutdown(wait=True)
                for client in clients:
                    client.close()

    def _graph_batches(self, data: BinaryIO, fmt: str) -> Iterator[tuple[str, list[bytes]]]:
        """The quads as (graph, N-Triples lines), about `load_batch_triples` lines at a time."""
        formats = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
        if fmt not in formats:
            raise StoreError(f"load takes quads (nq or trig), not {fmt!r}")
        pending: dict[str, list[bytes]] = {}
        held = 0
        try:
            for quad in ox.parse(data, format=formats[fmt]):
                if not isinstance(quad.graph_name, ox.NamedNode):
                    raise StoreError("a remote store takes quads in named graphs only")
                line = f"{quad.subject} {quad.predicate} {quad.object} .\n".encode()
                pending.setdefault(quad.graph_name.value, []).append(line)
                held += 1
                if held >= self.load_batch_triples:
                    yield from pending.items()
                    pending.clear()
                    held = 0
        except SyntaxError as exc:
            raise StoreError(f"invalid {fmt} data: {exc}") from exc
        yield from pending.items()

    def _append(self, graph: str, lines: list[bytes]) -> None:
        url = self._graph_store()
        if url is not None:
            for batch in batches(lines, self.load_batch_triples, 16 << 20):
                post_triples(self._http, url, graph, batch, self.write_timeout)
            return
        for batch in batches(lines, self.update_batch_triples, 1 << 20):
            self.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {batch.decode('utf-8')} }} }}")

    def close(self) -> None:
        self._http.close()


def _check_iri(graph: str) -> None:
    if not graph or any(c in graph for c in '<>"{}|^`\\ \n\t'):
        raise StoreError(f"not a valid graph IRI: {graph!r}")
