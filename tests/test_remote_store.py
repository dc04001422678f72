"""The remote SPARQL store: protocol behaviour on every store, faults against real servers."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote

import pytest
from rdflib import Graph, Literal, URIRef

from kg.store import OxigraphStore, QuerySyntaxError, QueryTimeout, StoreError
from kg.store.remote import STAGING_PREFIX, RemoteStore
from kg.store.sparql_results import query_form

EX = "http://example.org/"
G1 = "https://w3id.org/cand-kg/id/doc/remote-one"
G2 = "https://w3id.org/cand-kg/id/doc/remote-two"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROOT = Path(__file__).resolve().parent.parent


def people(count: int, prefix: str = "p", version: str = "") -> Graph:
    graph = Graph()
    for i in range(count):
        graph.add(
            (
                URIRef(f"{EX}{prefix}{i}"),
                URIRef(EX + "name"),
                Literal(f"Người {i}{version}", lang="vi"),
            )
        )
    return graph


def mixed_terms() -> Graph:
    graph = Graph()
    subject = URIRef(EX + "a")
    graph.add((subject, URIRef(EX + "name"), Literal("Đại tá Nguyễn Văn Ân", lang="vi")))
    graph.add((subject, URIRef(EX + "plain"), Literal("không dấu")))
    graph.add(
        (subject, URIRef(EX + "month"), Literal("2021-07", datatype=URIRef(XSD + "gYearMonth")))
    )
    graph.add((subject, URIRef(EX + "day"), Literal("2021-07-15", datatype=URIRef(XSD + "date"))))
    graph.add((subject, URIRef(EX + "order"), Literal(3)))
    graph.add((subject, URIRef(EX + "knows"), URIRef(EX + "b")))
    return graph


def sorted_rows(store, sparql: str) -> list[tuple]:
    return sorted(store.query(sparql).rows, key=repr)


# Behaviour every store shares


def test_default_graph_is_the_union_of_the_applications_graphs_only(any_store):
    assert any_store.graphs() == []
    assert any_store.count() == 0
    assert any_store.query("SELECT * WHERE { ?s ?p ?o }").rows == []
    any_store.replace_graph(G1, people(2))
    any_store.replace_graph(G2, people(3, "q"))
    assert any_store.graphs() == [G1, G2]
    assert any_store.count() == 5
    assert len(any_store.query("SELECT * WHERE { ?s ?p ?o }")) == 5
    only = any_store.query("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G1])
    assert len(only) == 2


def test_terms_come_back_as_the_embedded_store_returns_them(any_store):
    reference = OxigraphStore(None)
    for store in (reference, any_store):
        store.replace_graph(G1, mixed_terms())
    query = f"SELECT ?p ?o WHERE {{ <{EX}a> ?p ?o }}"
    assert sorted_rows(any_store, query) == sorted_rows(reference, query)
    count = any_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert count == Literal(6)


def test_ask_and_construct_results(any_store):
    any_store.replace_graph(G1, mixed_terms())
    assert any_store.query(f"ASK {{ <{EX}a> <{EX}knows> <{EX}b> }}").boolean is True
    assert any_store.query(f"ASK {{ <{EX}b> <{EX}knows> <{EX}a> }}").boolean is False
    built = any_store.query(
        f"PREFIX ex: <{EX}>\nCONSTRUCT {{ ?s ex:label ?o }} WHERE {{ ?s ex:name ?o }}"
    ).graph
    assert set(built) == {
        (URIRef(EX + "a"), URIRef(EX + "label"), Literal("Đại tá Nguyễn Văn Ân", lang="vi"))
    }


def test_replacing_a_graph_keeps_only_the_new_triples(any_store):
    any_store.replace_graph(G1, people(40))
    any_store.replace_graph(G1, people(3, version=" mới"))
    names = {str(r[0]) for r in any_store.query(f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}")}
    assert names == {"Người 0 mới", "Người 1 mới", "Người 2 mới"}
    any_store.replace_graph(G1, Graph())
    assert any_store.graphs() == []


def test_export_then_load_copies_every_graph(any_store):
    any_store.replace_graph(G1, mixed_terms())
    any_store.replace_graph(G2, people(4))
    buffer = io.BytesIO()
    any_store.export(buffer, "nq")
    copy = OxigraphStore(None)
    copy.load(io.BytesIO(buffer.getvalue()), "nq")
    assert copy.graphs() == [G1, G2]
    assert copy.count() == 10
    any_store.drop_graph(G1)
    any_store.drop_graph(G2)
    any_store.load(io.BytesIO(buffer.getvalue()), "nq")
    assert any_store.graphs() == [G1, G2]
    assert any_store.count() == 10


def test_bad_sparql_raises_syntax_error(any_store):
    with pytest.raises(QuerySyntaxError):
        any_store.query("SELECT ?x WHERE { ?x ")


def test_query_form_is_read_after_the_prologue():
    query = "# người\nPREFIX ex: <http://e/#>\nBASE <http://b/>\n construct { } where { }"
    assert query_form(query) == "construct"
    assert query_form("PREFIX a: <x:>ASK{}") == "ask"
    with pytest.raises(QuerySyntaxError):
        query_form("INSERT DATA { }")


# Virtuoso specifics


@pytest.mark.virtuoso
def test_big_graph_is_written_in_one_graph_store_put(virtuoso_store):
    assert virtuoso_store.graph_store_url is None or "graph-crud" in virtuoso_store.graph_store_url
    virtuoso_store.replace_graph(G1, people(5000))
    assert virtuoso_store.graph_store_url.endswith("/sparql-graph-crud-auth")
    assert virtuoso_store.count(G1) == 5000


@pytest.mark.virtuoso
def test_without_graph_store_a_big_graph_goes_through_a_staging_graph(virtuoso_store):
    from conftest import open_test_virtuoso

    store = open_test_virtuoso(detect_graph_store=False, update_batch_triples=100)
    store.replace_graph(G1, people(5, version=" cũ"))
    store.replace_graph(G1, people(1234))
    assert store.graphs() == [G1]
    assert store.count(G1) == 1234
    leftovers = store.query(
        f'ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
    )
    assert leftovers.boolean is False
    store.drop_graph(G1)
    store.close()


@pytest.mark.virtuoso
def test_bulk_load_streams_batches(virtuoso_store):
    virtuoso_store.load_batch_triples = 250
    lines = [
        f'<{EX}s{i}> <{EX}name> "Đơn vị {i}"@vi <{G1 if i % 2 else G2}> .\n' for i in range(2001)
    ]
    virtuoso_store.load(io.BytesIO("".join(lines).encode()), "nq")
    assert virtuoso_store.count(G1) == 1000
    assert virtuoso_store.count(G2) == 1001


@pytest.mark.virtuoso
def test_anonymous_user_cannot_write_and_is_told_why(virtuoso_store):
    from conftest import VIRTUOSO_ENV

    url = os.environ[VIRTUOSO_ENV].replace("/sparql-auth", "/sparql")
    anonymous = RemoteStore(url, retries=1)
    with pytest.raises(StoreError, match="refused access"):
        anonymous.replace_graph(G1, people(2))
    with pytest.raises(StoreError, match="refused access"):
        anonymous.drop_graph(G1)
    anonymous.close()
    assert virtuoso_store.graphs() == []


# Faults: a refused port, and a small real HTTP server that answers slowly or with errors


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class FaultyServer:
    """A real SPARQL-ish HTTP server on 127.0.0.1 whose answers the test scripts."""

    def __init__(self) -> None:
        self.answers: list[tuple[int, bytes, float]] = []
        self.requests: list[dict[str, list[str]]] = []
        self.lines: list[str] = []  # "METHOD /path?query" of each request, in order
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                length = int(self.headers.get("Content-Length", 0))
                owner.lines.append(f"{self.command} {unquote(self.path)}")
                owner.requests.append(parse_qs(self.rfile.read(length).decode()))
                status, body, delay = owner.answers.pop(0) if owner.answers else owner.fallback
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/sparql-results+json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_PUT = do_POST  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.fallback: tuple[int, bytes, float] = (200, b'{"head": {}, "boolean": true}', 0.0)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def faulty() -> Iterator[FaultyServer]:
    server = FaultyServer()
    yield server
    server.close()


def remote(url: str, pauses: list[float] | None = None, **options) -> RemoteStore:
    recorded = pauses if pauses is not None else []
    return RemoteStore(url, sleep=recorded.append, hidden_graphs=[], **options)


def test_refused_connection_is_retried_with_back_off_then_reported():
    pauses: list[float] = []
    store = remote(f"http://127.0.0.1:{free_port()}/sparql", pauses, retries=4, backoff=0.1)
    with pytest.raises(StoreError, match="failed 4 times.*cannot connect"):
        store.query("ASK {}")
    assert pauses == [0.1, 0.2, 0.4]


def test_credentials_never_show_in_repr_or_errors():
    url = f"http://kguser:s3cr3t-pass@127.0.0.1:{free_port()}/sparql"
    store = remote(url, retries=1, password=None)
    assert "s3cr3t" not in repr(store)
    with pytest.raises(StoreError) as caught:
        store.query("ASK {}")
    assert "s3cr3t" not in str(caught.value)
    assert "kguser" not in str(caught.value)


def test_slow_answer_is_a_query_timeout_not_a_hang(faulty):
    faulty.fallback = (200, b'{"head": {}, "boolean": true}', 2.0)
    store = remote(faulty.url, timeout=0.3)
    with pytest.raises(QueryTimeout, match="no answer .* within 0.3 s"):
        store.query("ASK {}")
    assert len(faulty.requests) == 1  # a slow query is not sent again


def test_server_error_is_retried_a_bounded_number_of_times(faulty):
    faulty.fallback = (500, b"Virtuoso 42000 Error SR325: out of memory", 0.0)
    pauses: list[float] = []
    store = remote(faulty.url, pauses, retries=3, backoff=0.05)
    with pytest.raises(StoreError, match="HTTP 500: Virtuoso 42000 Error SR325"):
        store.query("ASK {}")
    assert len(faulty.requests) == 3
    assert pauses == [0.05, 0.1]


def test_transient_server_error_is_retried_until_it_works(faulty):
    faulty.answers = [(503, b"busy", 0.0)]
    store = remote(faulty.url, retries=3)
    assert store.query("ASK {}").boolean is True
    assert len(faulty.requests) == 2


def test_failed_batched_write_never_touches_the_target_graph(faulty):
    ok = b""
    faulty.answers = [(200, ok, 0.0), (200, ok, 0.0)]
    faulty.fallback = (500, b"disk full", 0.0)
    store = remote(faulty.url, retries=2, detect_graph_store=False, update_batch_triples=10)
    with pytest.raises(StoreError, match="disk full"):
        store.replace_graph(G1, people(45))
    updates = [request["update"][0] for request in faulty.requests]
    assert all(f"<{G1}>" not in update for update in updates)
    assert updates[-1].startswith(f"DROP SILENT GRAPH <{STAGING_PREFIX}")


def test_graph_store_replacement_is_a_post_to_staging_then_one_move(faulty):
    # A Graph Store PUT is not atomic on Virtuoso (it commits the clear before the load).
    faulty.fallback = (200, b"", 0.0)
    store = remote(faulty.url, graph_store_url=faulty.url.replace("/sparql", "/crud"))
    store.replace_graph(G1, people(3))
    assert [line.split(" ")[0] for line in faulty.lines] == ["POST", "POST"]
    assert faulty.lines[0].startswith(f"POST /crud?graph={STAGING_PREFIX}")
    staging = faulty.lines[0].split("graph=", 1)[1]
    assert faulty.requests[1]["update"] == [f"MOVE SILENT <{staging}> TO <{G1}>"]


def test_failed_graph_store_write_never_touches_the_target_graph(faulty):
    faulty.fallback = (500, b"disk full", 0.0)
    store = remote(faulty.url, graph_store_url=faulty.url.replace("/sparql", "/crud"), retries=1)
    with pytest.raises(StoreError, match="disk full"):
        store.replace_graph(G1, people(3))
    assert not any(f"<{G1}>" in "".join(sum(r.values(), [])) for r in faulty.requests)
    assert faulty.requests[-1]["update"][0].startswith(f"DROP SILENT GRAPH <{STAGING_PREFIX}")


def test_json_results_become_rdflib_terms(faulty):
    body = {
        "head": {"vars": ["x", "y", "z"]},
        "results": {
            "bindings": [
                {
                    "x": {"type": "uri", "value": EX + "a"},
                    "y": {"type": "literal", "value": "chữ", "xml:lang": "vi"},
                    "z": {"type": "bnode", "value": "nodeID://b1"},
                },
                {"x": {"type": "typed-literal", "value": "7", "datatype": XSD + "integer"}},
            ]
        },
    }
    faulty.fallback = (200, json.dumps(body).encode(), 0.0)
    rows = remote(faulty.url).query("SELECT ?x ?y ?z WHERE {}").rows
    assert rows[0][:2] == (URIRef(EX + "a"), Literal("chữ", lang="vi"))
    assert str(rows[0][2]) == "b1"
    assert rows[1] == (Literal(7), None, None)


# The real server stopped in the middle of an ingest, then restarted


class PrivateVirtuoso:
    """A Virtuoso of the test's own, on free loopback ports, that it can kill and restart."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sql_port, self.http_port = free_port(), free_port()
        ini = (ROOT / "ci" / "virtuoso" / "virtuoso.ini").read_text()
        ini = ini.replace("127.0.0.1:1111", f"127.0.0.1:{self.sql_port}")
        ini = ini.replace("127.0.0.1:8890", f"127.0.0.1:{self.http_port}")
        ini = ini.replace("NumberOfBuffers          = 85000", "NumberOfBuffers          = 10000")
        (folder / "virtuoso.ini").write_text(ini)
        self.process: subprocess.Popen[bytes] | None = None
        self.url = f"http://127.0.0.1:{self.http_port}/sparql-auth"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["virtuoso-t", "+configfile", "virtuoso.ini", "+foreground"],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 90
        probe = RemoteStore(self.url.replace("-auth", ""), retries=1, timeout=2, hidden_graphs=[])
        while time.monotonic() < deadline:
            try:
                probe.query("ASK {}")
                break
            except StoreError:
                if self.process.poll() is not None:
                    raise RuntimeError((self.folder / "virtuoso.log").read_text()[-2000:]) from None
                time.sleep(0.3)
        else:
            raise RuntimeError("the private Virtuoso did not answer within 90 s")
        probe.close()
        sql = (
            "DB.DBA.USER_CREATE('kgtest', 'kgtest-password');\n"
            'GRANT SPARQL_SELECT TO "kgtest";\nGRANT SPARQL_UPDATE TO "kgtest";\n'
            + (ROOT / "ci" / "virtuoso" / "private-graphs.sql").read_text()
            + "\nDB.DBA.RDF_DEFAULT_USER_PERMS_SET('kgtest', 0, 1);\n"
        )
        subprocess.run(
            ["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba"],
            input=sql.encode(),
            capture_output=True,
            timeout=60,
        )

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(30)


@pytest.fixture
def private_virtuoso(tmp_path):
    from conftest import virtuoso_unavailable

    if shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None:
        reason = "virtuoso-t is not installed (apt-get install virtuoso-opensource)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the remote-store tests: {reason}")
        pytest.skip(reason)
    if virtuoso_unavailable() and os.environ.get("CI") != "true":
        pytest.skip(virtuoso_unavailable() or "")
    server = PrivateVirtuoso(tmp_path)
    server.start()
    yield server
    if server.process is not None and server.process.poll() is None:
        server.kill()


@pytest.mark.virtuoso
def test_server_killed_mid_ingest_leaves_no_half_written_graph(private_virtuoso):
    documents = [f"{G1}-{i}" for i in range(40)]
    size = 300
    store = RemoteStore(
        private_virtuoso.url, user="kgtest", password="kgtest-password", retries=2, backoff=0.1
    )
    for name in documents:
        store.replace_graph(name, people(size, version=" v1"))

    failures: list[Exception] = []
    written: list[str] = []

    def ingest() -> None:
        for name in documents:
            try:
                store.replace_graph(name, people(size, version=" v2"))
                written.append(name)
            except StoreError as exc:
                failures.append(exc)
                return

    worker = threading.Thread(target=ingest)
    worker.start()
    while not written and worker.is_alive():
        time.sleep(0.01)
    private_virtuoso.kill()
    worker.join(60)
    assert failures, "the ingest should have failed when the server died"
    assert "cannot connect" in str(failures[0]) or "no answer" in str(failures[0])

    private_virtuoso.start()
    for name in documents:
        versions = {
            str(row[0]).rsplit(" ", 1)[1]
            for row in store.query(f"SELECT ?n WHERE {{ GRAPH <{name}> {{ ?s ?p ?n }} }}")
        }
        assert len(versions) == 1, f"{name} is half written: {versions}"
        assert store.count(name) == size
    assert set(written) <= {
        name
        for name in documents
        if store.query(f'ASK {{ GRAPH <{name}> {{ ?s ?p "Người 0 v2"@vi }} }}').boolean
    }
    # Ingesting again after the restart completes the job.
    for name in documents:
        store.replace_graph(name, people(size, version=" v2"))
    assert store.count() == len(documents) * size
    store.close()


@pytest.mark.virtuoso
def test_kg_commands_use_the_server_named_by_kg_store(virtuoso_store, tmp_path):
    from conftest import VIRTUOSO_ENV, run_kg, virtuoso_credentials

    from kg.units.reference import REFERENCE_GRAPH

    source = tmp_path / "bai-mot.ttl"
    people(3).serialize(source, format="turtle")
    credentials = virtuoso_credentials()
    env = {"KG_STORE_USER": credentials["user"], "KG_STORE_PASSWORD": credentials["password"]}
    url = os.environ[VIRTUOSO_ENV]
    ingested = run_kg("ingest", str(source), store=url, env=env)
    assert ingested.returncode == 0, ingested.stderr
    # the document, and the reference data of units the first command loaded
    assert virtuoso_store.graphs() == sorted(
        ["https://w3id.org/cand-kg/id/doc/bai-mot", REFERENCE_GRAPH]
    )
    stats = run_kg("stats", store=url, env=env)
    assert re.search(rf"quads\s+{3 + virtuoso_store.count(REFERENCE_GRAPH)}\b", stats.stdout)
    assert credentials["password"] not in stats.stdout + stats.stderr + ingested.stderr
    refused = run_kg(
        "ingest", str(source), store=url, env={"KG_STORE_USER": "", "KG_STORE_PASSWORD": ""}
    )
    assert refused.returncode != 0
    assert "KG_STORE_USER" in refused.stderr
