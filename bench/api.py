"""API throughput and latency over a store of generated articles.

    python bench/api.py [--articles 10000] [--seconds 10] [--concurrency 16]

Builds an on-disk Oxigraph store from bench/corpus.py's synthetic corpus (the project's own
graph builder, cached under bench/out/), starts the real server (`kg serve`, one uvicorn
process), and drives it from a load generator in a second process (async httpx, a fixed number
of connections kept busy). Prints requests/s, median and 95th percentile latency per endpoint.
Targets on a 2-core machine: /events/{id}/attendees >= 500 requests/s, median <= 10 ms."""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import corpus_path  # noqa: E402

SPARQL = (
    "PREFIX schema: <https://schema.org/> SELECT ?name WHERE { "
    "<{event}> schema:attendee ?p . ?p schema:name ?name }"
)


def build_store(corpus: Path, target: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store(str(target))
    store.bulk_load(path=str(corpus), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store


def sample(target: Path, n: int, seed: int) -> dict[str, list[str]]:
    """Ids to ask for, drawn from the data: events with attendees, persons, their names."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(target))
    events = [
        s["e"].value
        for s in store.query(
            "SELECT DISTINCT ?e WHERE { ?e <https://schema.org/attendee> ?p }",
            use_default_graph_as_union=True,
        )
    ]
    persons = [
        (s["p"].value, s["n"].value)
        for s in store.query(
            "SELECT ?p (SAMPLE(?name) AS ?n) WHERE { ?p a <https://w3id.org/cand-kg/ontology#Person>"
            " ; <https://schema.org/name> ?name } GROUP BY ?p",
            use_default_graph_as_union=True,
        )
    ]
    del store
    rng = random.Random(seed)
    events = rng.sample(events, min(n, len(events)))
    persons = rng.sample(persons, min(n, len(persons)))
    return {"events": events, "persons": [p for p, _ in persons], "names": [n for _, n in persons]}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def urls(kind: str, ids: dict[str, list[str]]) -> list[str]:
    from urllib.parse import quote

    from kg.text import fold

    short = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    if kind == "/events/{id}/attendees":
        return [f"/events/{short(e)}/attendees" for e in ids["events"]]
    if kind == "/persons/{id}":
        return [f"/persons/{short(p)}" for p in ids["persons"]]
    if kind == "/search":
        return [f"/search?q={quote(fold(n))}&limit=10" for n in ids["names"]]
    return [f"/sparql?query={quote(SPARQL.replace('{event}', e))}" for e in ids["events"]]


async def _drive(base: str, paths: list[str], seconds: float, concurrency: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        for path in paths[:20]:  # warm-up, not measured
            await client.get(path)
        deadline = time.perf_counter() + seconds

        async def worker(offset: int) -> None:
            nonlocal errors
            i = offset
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.get(paths[i % len(paths)])
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    errors += 1
                i += concurrency

        started = time.perf_counter()
        await asyncio.gather(*(worker(k) for k in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed}


def load_generator(base: str, paths: list[str], seconds: float, concurrency: int, out) -> None:
    out.send(asyncio.run(_drive(base, paths, seconds, concurrency)))


def measure(base: str, paths: list[str], seconds: float, concurrency: int) -> dict:
    """Run the load generator in a second process, so it does not share the server's GIL."""
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe()
    process = ctx.Process(target=load_generator, args=(base, paths, seconds, concurrency, theirs))
    process.start()
    result = ours.recv()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--ids",
        type=int,
        default=500,
        help="distinct events/persons asked for (few ids: answers come from the record cache)",
    )
    parser.add_argument("--store", type=Path, help="reuse a store built by an earlier run")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kg-bench-api-"))
    store = args.store or folder / "kg"
    try:
        if not store.exists():
            started = time.perf_counter()
            build_store(corpus_path(args.articles, args.seed), store)
            print(
                f"store of {args.articles} articles loaded "
                f"in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
        ids = sample(store, args.ids, args.seed)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--port", str(port)],
            cwd=ROOT,
            env={**os.environ, "KG_STORE": str(store)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(base)
            rows = []
            for kind in ("/events/{id}/attendees", "/persons/{id}", "/search", "/sparql"):
                result = measure(base, urls(kind, ids), args.seconds, args.concurrency)
                lat = sorted(result["latencies"])
                rows.append(
                    (
                        kind,
                        len(lat),
                        len(lat) / result["elapsed"],
                        statistics.median(lat) * 1000,
                        lat[int(len(lat) * 0.95) - 1] * 1000,
                        result["errors"],
                    )
                )
        finally:
            server.terminate()
            server.wait(30)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    load = os.getloadavg()[0]
    print(
        f"\n{args.articles} articles, {args.ids} distinct ids, {args.concurrency} connections, "
        f"{args.seconds:g} s each, {os.cpu_count()} cores, load average {load:.1f}"
    )
    print(
        f"{'endpoint':<26}{'requests':>10}{'req/s':>10}{'median ms':>12}{'p95 ms':>10}{'errors':>8}"
    )
    for kind, n, rate, median, p95, errors in rows:
        print(f"{kind:<26}{n:>10}{rate:>10.0f}{median:>12.1f}{p95:>10.1f}{errors:>8}")


def wait_for(base: str) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise SystemExit("the server did not start")


if __name__ == "__main__":
    main()
