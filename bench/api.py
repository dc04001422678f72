"""API throughput and latency over a store of generated articles.

    python bench/api.py [--articles 10000] [--seconds 10] [--concurrency 1 4 16]

Builds an on-disk Oxigraph store from bench/corpus.py's synthetic corpus (the project's own
graph builder, cached under bench/out/), starts the real server (`kg serve --no-access-log`, one
uvicorn process), waits for its search index (read in the background as it starts), asks once
for every id on one connection (first requests: record views are computed, then cached until
the next write), then drives it from a load generator in a second
process (wrk if installed, else an async httpx client; a fixed number of connections kept busy).
Prints requests/s, median and 95th percentile latency per endpoint, and the server's CPU time
per request (its process and its SPARQL workers; the figure that holds on a machine loaded by
other work), for the first requests (cold cache: their latency too) and for the load.
Targets on a 2-core machine: /events/{id}/attendees >= 500 requests/s, median <= 10 ms."""

from __future__ import annotations

import argparse
import asyncio
import json
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
    units = [
        s["u"].value
        for s in store.query(
            "SELECT DISTINCT ?u WHERE { ?u a <https://w3id.org/cand-kg/ontology#Unit> }",
            use_default_graph_as_union=True,
        )
    ]
    del store
    rng = random.Random(seed)
    events = rng.sample(events, min(n, len(events)))
    persons = rng.sample(persons, min(n, len(persons)))
    return {
        "events": events,
        "persons": [p for p, _ in persons],
        "names": [n for _, n in persons],
        "units": rng.sample(units, min(n, len(units))),
    }


def cpu_seconds(root: int) -> float:
    """User plus system CPU time of process `root` and its live descendants (Linux /proc)."""
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])))
    tree = {root}
    for _ in range(4):  # server -> workers -> their helpers
        tree |= {pid for pid, (parent, _) in stats.items() if parent in tree}
    total = sum(ticks for pid, (_, ticks) in stats.items() if pid in tree)
    return total / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def urls(kind: str, ids: dict[str, list[str]]) -> list[str]:
    from urllib.parse import quote

    from core.text import fold

    short = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
    if kind == "/events/{id}/attendees":
        return [f"/events/{short(e)}/attendees" for e in ids["events"]]
    if kind == "/persons/{id}":
        return [f"/persons/{short(p)}" for p in ids["persons"]]
    if kind == "/search":
        return [f"/search?q={quote(fold(n))}&limit=10" for n in ids["names"]]
    if kind == "/units/{id}":
        return [f"/units/{short(u)}" for u in ids["units"]]
    if kind == "/units?limit=50":  # every page of the list, in turn
        return [f"/units?limit=50&offset={k}" for k in range(0, len(ids["units"]), 50)]
    return [f"/sparql?query={quote(SPARQL.replace('{event}', e))}" for e in ids["events"]]


WRK_SCRIPT = """
local paths, i = {}, 0
for line in io.lines(os.getenv("KG_BENCH_PATHS")) do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "elapsed": %f, "median": %f, "p95": %f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e6,
    latency:percentile(95) / 1e6, e.status + e.connect + e.read + e.write + e.timeout))
end
"""


def measure_wrk(wrk: str, base: str, paths: list[str], seconds: float, concurrency: int) -> dict:
    """wrk (C, one thread) as the load generator: it costs the server's cores far less CPU
    than a Python client, so the figures are the server's."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "paths.txt").write_text("\n".join(paths) + "\n")
        (Path(folder) / "script.lua").write_text(WRK_SCRIPT)
        done = subprocess.run(
            [wrk, "-t1", f"-c{concurrency}", f"-d{seconds:g}s", "--timeout", "30s"]
            + ["-s", str(Path(folder) / "script.lua"), base],
            env={**os.environ, "KG_BENCH_PATHS": str(Path(folder) / "paths.txt")},
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


async def _drive(base: str, paths: list[str], seconds: float, concurrency: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
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
    latencies.sort()
    return {
        "requests": len(latencies),
        "elapsed": elapsed,
        "median": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "errors": errors,
    }


def load_generator(base: str, paths: list[str], seconds: float, concurrency: int, out) -> None:
    out.send(asyncio.run(_drive(base, paths, seconds, concurrency)))


def measure(base: str, paths: list[str], seconds: float, concurrency: int) -> dict:
    """Requests, elapsed seconds, median and p95 latency (s), errors: from wrk when it is
    installed, else from an async httpx client in a second process (not sharing the server's
    GIL, but much slower than wrk: on 2 cores it caps the rate it measures)."""
    wrk = shutil.which("wrk")
    if wrk:
        return measure_wrk(wrk, base, paths, seconds, concurrency)
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
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
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
            [sys.executable, "-m", "kg", "serve", "--port", str(port), "--no-access-log"],
            cwd=ROOT,
            env={**os.environ, "KG_STORE": str(store)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_for(base)
            # A starting server reads every name for search in the background; the first
            # search waits for it. Waited for here, so that the first requests below time the
            # views, not the views beside that read.
            started = time.perf_counter()
            ask_each(base, ["/search?q=a&limit=1"])
            print(
                f"search index ready {time.perf_counter() - started:.1f} s after the server",
                file=sys.stderr,
            )
            kinds = (
                "/events/{id}/attendees",
                "/persons/{id}",
                "/units/{id}",
                "/units?limit=50",
                "/search",
                "/sparql",
            )
            first: dict[str, tuple[float, float, float]] = {}
            for kind in kinds:
                paths = urls(kind, ids)
                cpu = cpu_seconds(server.pid)
                took = sorted(ask_each(base, paths))
                cpu_ms = (cpu_seconds(server.pid) - cpu) / len(paths) * 1000
                p95 = took[min(len(took) - 1, round(0.95 * (len(took) - 1)))]
                first[kind] = (statistics.median(took) * 1000, p95 * 1000, cpu_ms)
            rows = []
            for concurrency in args.concurrency:
                for kind in kinds:
                    cpu = cpu_seconds(server.pid)
                    result = measure(base, urls(kind, ids), args.seconds, concurrency)
                    cpu = cpu_seconds(server.pid) - cpu
                    rows.append(
                        (
                            kind,
                            concurrency,
                            result["requests"],
                            result["requests"] / result["elapsed"],
                            result["median"] * 1000,
                            result["p95"] * 1000,
                            cpu / max(result["requests"], 1) * 1000,
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
        f"\n{args.articles} articles, {args.ids} distinct ids, {args.seconds:g} s each, "
        f"{os.cpu_count()} cores, load average {load:.1f} at the end"
    )
    print(
        f"{'endpoint':<26}{'conns':>6}{'requests':>10}{'req/s':>8}{'median ms':>11}"
        f"{'p95 ms':>9}{'CPU ms/req':>12}{'errors':>8}"
    )
    for kind, conns, n, rate, median, p95, cpu_ms, errors in rows:
        print(
            f"{kind:<26}{conns:>6}{n:>10}{rate:>8.0f}{median:>11.1f}{p95:>9.1f}"
            f"{cpu_ms:>12.2f}{errors:>8}"
        )
    print("first request of each id, one at a time, once the search index is read (cold):")
    print(f"  {'endpoint':<24}{'median ms':>11}{'p95 ms':>9}{'server CPU ms':>15}")
    for kind, (median, p95, cpu_ms) in first.items():
        print(f"  {kind:<24}{median:>11.1f}{p95:>9.1f}{cpu_ms:>15.2f}")


def ask_each(base: str, paths: list[str]) -> list[float]:
    """Every path once, in turn, on one connection; the seconds each took."""
    import httpx

    took = []
    with httpx.Client(base_url=base, timeout=300) as client:  # a province's page: seconds
        for path in paths:
            started = time.perf_counter()
            client.get(path).raise_for_status()
            took.append(time.perf_counter() - started)
    return took


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
