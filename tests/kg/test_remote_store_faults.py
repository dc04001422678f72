"""The remote SPARQL store against faults: refused ports, a small real HTTP server that answers
slowly or with errors, and a real Virtuoso stopped in the middle of an ingest."""

from __future__ import annotations

import io
import json
import os
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
from rdflib import Literal, URIRef
from support.project import ROOT
from support.sample_graphs import EX, G1, XSD, people

from kg.store import QueryTimeout, StoreError
from kg.store.remote import STAGING_PREFIX, RemoteStore

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
    assert faulty.requests[1]["update"] == [
        f"DROP SILENT GRAPH <{G1}> ; MOVE SILENT <{staging}> TO <{G1}>"
    ]


def test_a_slow_move_into_place_is_not_sent_again(faulty):
    # Virtuoso empties the target of a MOVE SILENT from a graph already moved.
    faulty.answers = [(200, b"", 0.0), (200, b"", 2.0)]
    faulty.fallback = (200, b"", 0.0)
    crud = faulty.url.replace("/sparql", "/crud")
    store = remote(faulty.url, graph_store_url=crud, timeout=0.3, write_timeout=0.3, retries=3)
    with pytest.raises(QueryTimeout):
        store.replace_graph(G1, people(3))
    moves = [r for r in faulty.requests if "MOVE" in "".join(r.get("update", []))]
    assert len(moves) == 1


def test_failed_graph_store_write_never_touches_the_target_graph(faulty):
    faulty.fallback = (500, b"disk full", 0.0)
    store = remote(faulty.url, graph_store_url=faulty.url.replace("/sparql", "/crud"), retries=1)
    with pytest.raises(StoreError, match="disk full"):
        store.replace_graph(G1, people(3))
    assert not any(f"<{G1}>" in "".join(sum(r.values(), [])) for r in faulty.requests)
    assert faulty.requests[-1]["update"][0].startswith(f"DROP SILENT GRAPH <{STAGING_PREFIX}")


def quads_of(graph: str, count: int) -> io.BytesIO:
    lines = "".join(f'<{EX}s{i}> <{EX}name> "Tên {i}" <{graph}> .\n' for i in range(count))
    return io.BytesIO(lines.encode())


def test_bulk_load_names_a_replaced_graph_only_in_its_last_update(faulty):
    faulty.fallback = (200, b"", 0.0)
    store = remote(faulty.url, graph_store_url=faulty.url.replace("/sparql", "/crud"))
    store.load_batch_triples = 2
    store.bulk_load(quads_of(G1, 5), "nq", replacing=[G1])
    posts = [line for line in faulty.lines if line.startswith("POST /crud")]
    assert len(posts) == 3 and all(f"graph={STAGING_PREFIX}" in line for line in posts)
    staging = posts[0].split("graph=", 1)[1]
    assert faulty.requests[-1]["update"] == [
        f"DROP SILENT GRAPH <{G1}> ; MOVE SILENT <{staging}> TO <{G1}>"
    ]
    assert not any(G1 in line for line in faulty.lines[:-1])


def test_a_batch_refused_mid_load_never_touches_the_replaced_graph(faulty):
    faulty.answers = [(200, b"", 0.0)]
    faulty.fallback = (500, b"disk full", 0.0)
    store = remote(faulty.url, graph_store_url=faulty.url.replace("/sparql", "/crud"), retries=1)
    store.load_batch_triples = 2
    with pytest.raises(StoreError, match="disk full"):
        store.bulk_load(quads_of(G1, 5), "nq", replacing=[G1])
    assert not any(f"<{G1}>" in "".join(sum(r.values(), [])) for r in faulty.requests)
    assert not any(G1 in line for line in faulty.lines)
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
    from support.virtuoso import virtuoso_unavailable

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
