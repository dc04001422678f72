"""How fast /sparql refuses what it must refuse, and that it keeps answering.

    python bench/sparql_refusals.py [--repeat 20]

Starts the real server (`kg serve`) over a store built from examples/, then sends each kind of
refused query `--repeat` times (SERVICE, deep nesting of parentheses, groups and `[ ]` lists,
an oversized literal, a malformed query, a Virtuoso pragma) and prints, per kind, the status
and the median and slowest answer time, then the time of an ordinary query sent after them.
Target: every refusal a 4xx within 1 s, on a 2-core machine loaded by other work."""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

REFUSED = {
    "service": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "service-variable": "SELECT * WHERE { BIND(<http://10.0.0.1/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "20000-parentheses": "ASK { FILTER(" + "(" * 20_000 + "1" + ")" * 20_000 + ") }",
    "5000-groups": "SELECT * WHERE " + "{" * 5_000 + "}" * 5_000,
    "1000-blank-node-lists": "SELECT * WHERE { ?s ?p " + "[ ?p " * 1_000 + "1" + "]" * 1_000 + " }",
    "2-MB-literal": 'SELECT * WHERE { ?s ?p "' + "x" * 2_000_000 + '" }',
    "malformed": "SELECT * WHERE { ?s ?p ",
    "virtuoso-pragma": (
        'DEFINE get:soft "replace" SELECT * FROM <http://127.0.0.1:9/g> { ?s ?p ?o }'
    ),
}
ORDINARY = "SELECT * WHERE { ?s ?p ?o } LIMIT 10"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KG_STORE": str(store)}
    command = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--no-access-log"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def timed(client: httpx.Client, query: str) -> tuple[int, float]:
    started = time.perf_counter()
    headers = {"Content-Type": "application/sparql-query"}
    response = client.post("/sparql", content=query.encode(), headers=headers)
    return response.status_code, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "kg"
        subprocess.run(
            [sys.executable, "-m", "kg", "ingest", str(ROOT / "examples"), "--store", str(store)],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        port = free_port()
        server = start_server(store, port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
                print(f"{'query':<24}{'status':>8}{'median ms':>12}{'max ms':>10}")
                for name, query in REFUSED.items():
                    runs = [timed(client, query) for _ in range(repeat)]
                    statuses = ",".join(sorted({str(status) for status, _ in runs}))
                    times = [seconds * 1000 for _, seconds in runs]
                    median, slowest = statistics.median(times), max(times)
                    print(f"{name:<24}{statuses:>8}{median:>12.1f}{slowest:>10.1f}")
                status, seconds = timed(client, ORDINARY)
                print(f"{'ordinary query after':<24}{status:>8}{seconds * 1000:>12.1f}")
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
