"""End-to-end ingest throughput and named-query latency.

    python bench/ingest.py [--articles 10000] [--jobs 2] [--runs 200] [--seed 11]

Generates articles (the templates of bench/extract.py: invented names, real provinces), runs
`kg ingest --jobs N` on them into a fresh on-disk store in a subprocess, as a user would, and
prints documents/s and triples/s. Then opens the store and times every named query of the
graph model with parameters drawn from the store, printing median and p95 latency; and again on
the synthetic world of bench/corpus.py (the same number of articles, built with kg.triples),
whose units, clusters and officers stay stable across articles as in real news, where the
template articles restate the same few units in thousands of randomly numbered clusters.
Last, the time to add one more document (an id the store does not hold) to the ingested store
of --articles articles (resolution of the names and events it touches, renames, summary) and
to remove it again, and to replace a stored article by a new text, median and p95 over --adds
documents, wall clock and CPU (target: add median <= 50 ms)."""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

import pyoxigraph as ox  # noqa: E402
from corpus import generate  # noqa: E402
from extract import article  # noqa: E402
from rdflib import Graph  # noqa: E402

from core.namespaces import CAND, ORG, SCHEMA  # noqa: E402
from kg import queries  # noqa: E402
from kg.documents import DocumentGraph, remove_document, write_document  # noqa: E402
from kg.pipeline import Prepared, prepare  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402

TARGET_DOCS_PER_S = 100
TARGET_MEDIAN_MS = 2.0
TARGET_ADD_MS = 50.0


def write_articles(folder: Path, count: int, seed: int, prefix: str = "bai") -> None:
    """`count` articles; the file name is the document id, so another `prefix` gives other
    documents."""
    rng = random.Random(seed)
    for i in range(count):
        (folder / f"{prefix}-{i:06d}.txt").write_text(article(rng), encoding="utf-8")


def ingest(folder: Path, store: Path, jobs: int) -> tuple[float, float, str]:
    """Wall-clock seconds, CPU seconds (the command and its workers) and the summary line."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "ingest",
            str(folder),
            "--store",
            str(store),
            "--jobs",
            str(jobs),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"kg ingest failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, done.stderr.strip().splitlines()[-1]


def sample(store: OxigraphStore, sparql: str, n: int, rng: random.Random) -> list:
    found = [row[0] for row in store.query(sparql).rows]
    return rng.sample(found, min(n, len(found)))


def parameters(store: OxigraphStore, runs: int, seed: int) -> dict[str, list[dict]]:
    """Realistic parameters for each named query, drawn from the stored data."""
    rng = random.Random(seed)
    persons = sample(store, f"SELECT DISTINCT ?p WHERE {{ ?e <{SCHEMA.attendee}> ?p }}", runs, rng)
    events = sample(store, f"SELECT ?e WHERE {{ ?e a <{CAND.Event}> }}", runs, rng)
    parents = sample(
        store, f"SELECT DISTINCT ?u WHERE {{ ?s <{ORG.subOrganizationOf}> ?u }}", runs, rng
    )
    led = sample(store, f"SELECT DISTINCT ?u WHERE {{ ?p <{ORG.organization}> ?u }}", runs, rng)
    members = sample(
        store,
        f"SELECT DISTINCT ?u WHERE {{ ?m a <{CAND.ClusterMembership}> ; <{ORG.member}> ?u }}",
        runs,
        rng,
    )
    clusters = sample(store, f"SELECT ?c WHERE {{ ?c a <{CAND.EmulationCluster}> }}", runs, rng)
    recipients = sample(
        store, f"SELECT DISTINCT ?r WHERE {{ ?c <{CAND.recipient}> ?r }}", runs, rng
    )

    def dates() -> str:
        return f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    return {
        "event_attendees": [{"event": e} for e in events],
        "person_events": [{"person": p} for p in persons],
        "person_career": [{"person": p} for p in persons],
        "person_on_date": [{"person": p, "date": dates()} for p in persons],
        "unit_subunits": [{"unit": u} for u in parents],
        "unit_leaders": [{"unit": u, "date": dates()} for u in led],
        "unit_clusters": [{"unit": u} for u in members],
        "cluster_members": [{"cluster": c, "year": str(rng.randint(2015, 2024))} for c in clusters],
        "awards_of": [{"recipient": r} for r in recipients],
        "co_attendees": [{"person": p} for p in persons],
    }


def time_queries(store: OxigraphStore, runs: int, seed: int) -> list[tuple[str, int, float, float]]:
    table = []
    for name, params in parameters(store, runs, seed).items():
        if not params:
            table.append((name, 0, float("nan"), float("nan")))
            continue
        for values in params[:10]:  # warm the caches
            queries.run(store, name, **values)
        timings = []
        for values in params:
            start = time.perf_counter()
            queries.run(store, name, **values)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        table.append((name, len(timings), statistics.median(timings), p95))
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=200, help="timed calls per named query")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--adds", type=int, default=20, help="documents added one at a time")
    ap.add_argument(
        "--no-world",
        dest="world",
        action="store_false",
        help="skip the query timings on bench/corpus.py's synthetic world",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cand-kg-bench-ingest-") as tmp:
        folder, store_dir = Path(tmp) / "articles", Path(tmp) / "store"
        folder.mkdir()
        write_articles(folder, args.articles, args.seed)
        elapsed, cpu, summary = ingest(folder, store_dir, args.jobs)
        store = OxigraphStore(store_dir)
        quads = store.count()
        print(f"kg ingest --jobs {args.jobs}: {summary}")
        rate = args.articles / elapsed
        print(
            f"{args.articles} articles in {elapsed:.1f} s: {rate:.0f} documents/s "
            f"(target >= {TARGET_DOCS_PER_S}), {quads / elapsed:.0f} triples/s, "
            f"{quads} quads stored"
        )
        # Wall-clock figures depend on what else runs on the machine; CPU time does not.
        per_cpu = args.articles / cpu
        cores = os.cpu_count() or 1
        print(
            f"CPU time {cpu:.1f} s: {per_cpu:.0f} documents per CPU-second, so at most "
            f"{per_cpu * min(cores, args.jobs + 1):.0f} documents/s on {cores} idle cores "
            f"(load average during the run: {os.getloadavg()[0]:.1f})"
        )
        print_latencies(f"named queries on the ingested store ({quads} quads)", store, args)
        print_one_document(store, Path(tmp) / "more", args)
        store.close()
        if args.world:
            world = Path(tmp) / "world.nq"
            generate(args.articles, world, seed=args.seed)
            store = OxigraphStore(Path(tmp) / "world-store")
            store.native.bulk_load(path=str(world), format=ox.RdfFormat.N_QUADS)
            print_latencies(
                f"named queries on bench/corpus.py's world of {args.articles} articles "
                f"({store.count()} quads: stable units, clusters and officers)",
                store,
                args,
            )
            store.close()


def _timed(action: Callable[..., None], *args: object) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action(*args)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def print_one_document(store: OxigraphStore, folder: Path, args: argparse.Namespace) -> None:
    """Add new articles one at a time to the store, each removed again before the next, so
    that every add meets the same store; then replace stored articles by new versions (a new
    text under a stored document's id), each put back before the next."""
    folder.mkdir()
    # Documents the store does not hold (their own ids): an add, not a replacement.
    write_articles(folder, args.adds, args.seed + 1, prefix="more")
    prepared = [prepare(path) for path in sorted(folder.iterdir())]
    (folder / "again").mkdir()
    write_articles(folder / "again", args.adds, args.seed + 1)
    versions = [prepare(path) for path in sorted((folder / "again").iterdir())]
    stored = {doc.iri: doc for doc in _stored_versions(store, versions)}
    # Wall-clock and CPU time of this process (the embedded store works in it): on a busy
    # machine the second is the figure to compare.
    timings: dict[str, list[tuple[float, float]]] = {"add": [], "remove": [], "replace": []}
    for item in prepared:
        graph = item.graph
        if graph is not None:
            timings["add"].append(_timed(write_document, store, graph))
            timings["remove"].append(_timed(remove_document, store, graph.iri))
    for item in versions:
        graph = item.graph
        if graph is not None and graph.iri in stored:
            timings["replace"].append(_timed(write_document, store, graph))
            write_document(store, stored[graph.iri])
    print()
    print(
        f"one more document, into the store of {args.articles} articles ({args.adds} times; "
        f"target: add median <= {TARGET_ADD_MS:.0f} ms)"
    )
    for what, found in timings.items():
        for label, values in (
            ("wall", sorted(w for w, _ in found)),
            ("CPU", sorted(c for _, c in found)),
        ):
            p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
            median = statistics.median(values)
            verdict = ("ok" if median <= TARGET_ADD_MS else "SLOW") if what == "add" else ""
            print(f"{what:<7} {label:<4} median {median:8.1f} ms   p95 {p95:8.1f} ms  {verdict}")


def _stored_versions(store: OxigraphStore, versions: list[Prepared]) -> list[DocumentGraph]:
    """The stored graphs of the documents `versions` replace, to put back after each."""
    out = []
    for item in versions:
        if item.graph is not None:
            ntriples = store.dump_bytes("nt", item.graph.iri)
            graph = Graph().parse(data=ntriples, format="nt")
            out.append(DocumentGraph.from_graph(item.graph.iri, graph))
    return out


def print_latencies(title: str, store: OxigraphStore, args: argparse.Namespace) -> None:
    print()
    print(title)
    header = f"{'named query':<18} {'runs':>5} {'median ms':>10} {'p95 ms':>8}"
    print(f"{header}  target median <= {TARGET_MEDIAN_MS} ms")
    for name, runs, median, p95 in time_queries(store, args.runs, args.seed):
        if not runs:
            print(f"{name:<18} {runs:>5} {'-':>10} {'-':>8}  no parameters in this data")
            continue
        verdict = "ok" if median <= TARGET_MEDIAN_MS else "SLOW"
        print(f"{name:<18} {runs:>5} {median:>10.3f} {p95:>8.3f}  {verdict}")


if __name__ == "__main__":
    main()
