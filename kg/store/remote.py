"""Any SPARQL 1.1 server as the store: Query and Update protocols, plus the Graph Store HTTP
Protocol for whole-graph writes where the server has it (Virtuoso, Fuseki, GraphDB, Neptune).

Credentials go to the server only: they never appear in repr, logs or error messages."""

from __future__ import annotations

import contextlib
import io
import json
import re
import time
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from core.settings import Settings
from kg.store.base import (
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    StoreBadAnswer,
    StoreError,
    StoreUnreachable,
)
from kg.store.oxigraph import OxigraphStore, graph_to_ntriples

# Graphs a Virtuoso server keeps for itself. A server with graph-level security on (see
# docs/deploy.md) hides them from SPARQL users; graphs() and count() leave them out anyway.
VIRTUOSO_SYSTEM_GRAPHS: tuple[str, ...] = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/sparql",
    "http://www.w3.org/2002/07/owl#",
)
STAGING_PREFIX = "urn:x-cand-kg:staging:"

_JSON_RESULTS = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_RETRY_STATUS = {500, 502, 503, 504}
_PROLOGUE = re.compile(
    r"\s*(?:#[^\n]*\n?|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>|DEFINE\s+\S+\s+(?:<[^>]*>|\S+))",
    re.IGNORECASE,
)
_FORM = re.compile(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def query_form(sparql: str) -> str:
    """The form of a query (select, ask, construct, describe), read after its prologue."""
    position = 0
    while match := _PROLOGUE.match(sparql, position):
        if match.end() == position:
            break
        position = match.end()
    form = _FORM.match(sparql, position)
    if form is None:
        raise QuerySyntaxError(
            "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE after the prefixes"
        )
    return form.group(1).lower()


class ServerAuth(httpx.Auth):
    """HTTP Basic or Digest, whichever the server's challenge asks for (Virtuoso's protected
    endpoints take Digest only; Fuseki and GraphDB usually Basic)."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None

    def __repr__(self) -> str:
        return "ServerAuth(***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("www-authenticate", "").strip().lower()
        if challenge.startswith("basic"):
            self._scheme = "basic"
            yield from self._basic.auth_flow(request)
            return
        self._scheme = "digest"
        flow = self._digest.auth_flow(request)
        next(flow)
        retry = flow.send(response)
        answer = yield retry
        with contextlib.suppress(StopIteration):
            flow.send(answer)


def public_url(url: str) -> str:
    """A URL without any user:password part, safe to print."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _credentials_in(url: str) -> tuple[str | None, str | None]:
    parts = urlsplit(url)
    return parts.username, parts.password


def _term(binding: dict[str, str]) -> Node:
    kind = binding["type"]
    value = binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value.removeprefix("nodeID://"))
    lang = binding.get("xml:lang")
    if lang:
        return Literal(value, lang=lang)
    # A literal without a datatype is an xsd:string, as the embedded store reports it.
    return Literal(value, datatype=URIRef(binding.get("datatype") or XSD.string))


def parse_json_results(body: bytes) -> QueryResult:
    """SPARQL 1.1 Query Results JSON to a QueryResult of rdflib terms."""
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise StoreBadAnswer(f"the SPARQL server answered with invalid JSON: {exc}") from exc
    if "boolean" in document:
        return QueryResult("ask", boolean=bool(document["boolean"]))
    variables = list(document.get("head", {}).get("vars", []))
    rows = [
        tuple(_term(b[var]) if var in b else None for var in variables)
        for b in document.get("results", {}).get("bindings", [])
    ]
    return QueryResult("select", variables=variables, rows=rows)


def _batches(lines: Iterable[bytes], max_lines: int, max_bytes: int) -> Iterator[bytes]:
    batch: list[bytes] = []
    size = 0
    for line in lines:
        if batch and (len(batch) >= max_lines or size + len(line) > max_bytes):
            yield b"".join(batch)
            batch, size = [], 0
        batch.append(line)
        size += len(line)
    if batch:
        yield b"".join(batch)


def _ntriples_lines(ntriples: bytes) -> list[bytes]:
    return [line + b"\n" for line in ntriples.splitlines() if line.strip()]


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
        hidden_graphs: Iterable[str] | None = None,
        detect_graph_store: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        url_user, url_password = _credentials_in(query_url)
        user = user or url_user
        password = password or url_password
        self.query_url = public_url(query_url)
        self.update_url = public_url(update_url) if update_url else self.query_url
        self.graph_store_url = public_url(graph_store_url) if graph_store_url else None
        self._detect_graph_store = detect_graph_store and graph_store_url is None
        self._has_credentials = bool(user)
        self.timeout = timeout
        self.write_timeout = max(write_timeout, timeout)
        self.retries = max(1, retries)
        self.backoff = backoff
        self.update_batch_triples = update_batch_triples
        self.load_batch_triples = load_batch_triples
        self._hidden = set(hidden_graphs) if hidden_graphs is not None else None
        self._server: str | None = None
        self._sleep = sleep
        auth = ServerAuth(user, password or "") if user else None
        self._client = httpx.Client(auth=auth, timeout=timeout, follow_redirects=False)

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

    # HTTP with bounded retries

    def _send(
        self,
        method: str,
        url: str,
        *,
        what: str,
        retry_slow: bool,
        timeout: float,
        **kwargs: object,
    ) -> httpx.Response:
        """One request, retried with exponential back-off on refused connections and 5xx
        answers; a slow answer is retried only for writes (safe to repeat), not for queries."""
        last = ""
        for attempt in range(1, self.retries + 1):
            if attempt > 1:
                self._sleep(self.backoff * 2 ** (attempt - 2))
            try:
                response = self._client.request(method, url, timeout=timeout, **kwargs)  # type: ignore[arg-type]
            except httpx.TimeoutException as exc:
                if not retry_slow:
                    raise QueryTimeout(
                        f"{what}: no answer from {url} within {timeout:g} s "
                        f"(raise KG_QUERY_TIMEOUT, or simplify the query)"
                    ) from exc
                last = f"no answer within {timeout:g} s ({type(exc).__name__})"
                continue
            except httpx.TransportError as exc:
                last = f"cannot connect ({type(exc).__name__}: {exc})"
                continue
            self._server = self._server or response.headers.get("server", "")
            if response.status_code in _RETRY_STATUS and not _is_permission_error(response):
                last = f"HTTP {response.status_code}: {_server_message(response)}"
                continue
            return response
        raise StoreUnreachable(
            f"{what}: the SPARQL server at {url} failed {self.retries} times, last: {last}. "
            "Is the server running and is KG_STORE right?"
        )

    def _check(self, response: httpx.Response, what: str, url: str) -> None:
        if response.status_code < 300:
            return
        message = _server_message(response)
        if response.status_code in (401, 403) or _is_permission_error(response):
            raise StoreError(
                f"{what}: the SPARQL server at {url} refused access (HTTP "
                f"{response.status_code}); set KG_STORE_USER and KG_STORE_PASSWORD to a user "
                f"allowed to do this. Server said: {message}"
            )
        if response.status_code == 400:
            raise QuerySyntaxError(f"{what}: the server rejected the request: {message}")
        raise StoreBadAnswer(f"{what}: HTTP {response.status_code} from {url}: {message}")

    # Server specifics

    def _is_virtuoso(self) -> bool:
        if self._server is None:
            self._send(
                "GET",
                self.query_url,
                what="contacting the server",
                retry_slow=True,
                timeout=self.timeout,
                params={"query": "ASK {}"},
                headers={"Accept": _JSON_RESULTS},
            )
        return "virtuoso" in (self._server or "").lower()

    def _hidden_graphs(self) -> set[str]:
        if self._hidden is None:
            self._hidden = set(VIRTUOSO_SYSTEM_GRAPHS) if self._is_virtuoso() else set()
        return self._hidden

    def _graph_store(self) -> str | None:
        """The Graph Store endpoint: configured, or Virtuoso's own beside its /sparql."""
        if self._detect_graph_store:
            self._detect_graph_store = False
            parts = urlsplit(self.update_url)
            if self._is_virtuoso() and parts.path.rstrip("/") in ("/sparql", "/sparql-auth"):
                path = "/sparql-graph-crud-auth" if self._has_credentials else "/sparql-graph-crud"
                self.graph_store_url = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
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
        accept = _NTRIPLES if form in ("construct", "describe") else _JSON_RESULTS
        response = self._send(
            "POST",
            self.query_url,
            what="query",
            retry_slow=False,
            timeout=self.timeout,
            data=data,  # type: ignore[arg-type]
            headers={"Accept": accept},
        )
        self._check(response, "query", self.query_url)
        if form in ("construct", "describe"):
            graph = Graph()
            try:
                graph.parse(data=response.content, format="nt")
            except Exception as exc:  # rdflib's parsers raise many types
                raise StoreBadAnswer(f"the server sent invalid N-Triples: {exc}") from exc
            return QueryResult("graph", graph=graph)
        return parse_json_results(response.content)

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL 1.1 Update on the update endpoint."""
        response = self._send(
            "POST",
            self.update_url,
            what="update",
            retry_slow=True,
            timeout=self.write_timeout,
            data={"update": sparql_update},
        )
        self._check(response, "update", self.update_url)

    def replace_graph(self, graph: str, data: Graph) -> None:
        self.replace_graph_ntriples(graph, graph_to_ntriples(data))

    def replace_graph_ntriples(self, graph: str, ntriples: bytes) -> None:
        """Make `graph` hold exactly these triples; readers see the old graph or the new."""
        _check_iri(graph)
        lines = _ntriples_lines(ntriples)
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
            self.update(f"MOVE SILENT <{staging}> TO <{graph}>")
        except (StoreError, QuerySyntaxError):
            # If the server is gone the staging graph stays, hidden from graphs().
            with contextlib.suppress(StoreError, QuerySyntaxError):
                self.update(f"DROP SILENT GRAPH <{staging}>")
            raise

    def _graph_store_post(self, graph: str, body: bytes) -> None:
        """Add triples to `graph` (safe to repeat: a graph is a set)."""
        url = self.graph_store_url
        assert url is not None
        response = self._send(
            "POST",
            url,
            what=f"writing graph <{graph}>",
            retry_slow=True,
            timeout=self.write_timeout,
            params={"graph": graph},
            content=body,
            headers={"Content-Type": _NTRIPLES},
        )
        self._check(response, f"writing graph <{graph}>", url)

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
        response = self._send(
            "POST",
            self.query_url,
            what=f"reading graph <{graph}>",
            retry_slow=True,
            timeout=self.write_timeout,
            data={"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
            headers={"Accept": _NTRIPLES},
        )
        self._check(response, f"reading graph <{graph}>", self.query_url)
        return response.content

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
                    self._flush(pending)
                    held = 0
        except SyntaxError as exc:
            raise StoreError(f"invalid {fmt} data: {exc}") from exc
        self._flush(pending)

    def _flush(self, pending: dict[str, list[bytes]]) -> None:
        for name, lines in pending.items():
            self._append(name, lines)
        pending.clear()

    def _append(self, graph: str, lines: list[bytes]) -> None:
        if self._graph_store() is not None:
            for batch in _batches(lines, self.load_batch_triples, 16 << 20):
                self._graph_store_post(graph, batch)
            return
        for batch in _batches(lines, self.update_batch_triples, 1 << 20):
            self.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {batch.decode('utf-8')} }} }}")

    def close(self) -> None:
        self._client.close()


def _server_message(response: httpx.Response) -> str:
    # Virtuoso echoes the query after its message; the message is what a user needs.
    text = response.text.split("SPARQL query:")[0].strip().replace("\n", " ")
    return text[:300] or response.reason_phrase


def _is_permission_error(response: httpx.Response) -> bool:
    """Virtuoso reports a missing grant as an HTTP 500 with a SECURITY error: not transient."""
    return response.status_code == 500 and "SECURITY:" in response.text[:500]


def _check_iri(graph: str) -> None:
    if not graph or any(c in graph for c in '<>"{}|^`\\ \n\t'):
        raise StoreError(f"not a valid graph IRI: {graph!r}")
