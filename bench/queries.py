"""Named-query latency on a kept embedded store, for working on one query at a time.

    python bench/queries.py [--articles 10000] [--reps 10] [NAME ...]

Loads bench/corpus.py's corpus of that size once into bench/out/store-N (the bulk load of
`kg load`; later runs reuse it), draws parameters as bench/stores.py does (`pick_parameters`,
same seed), and prints the median and 95th percentile latency of each named query given (all
by default) as the embedded store runs it (its `oxigraph` variant where there is one), and its
median CPU time (this process's, the store being embedded: on a shared machine the wall clock
counts the other jobs too). Run it from another checkout's directory with that checkout's
PYTHONPATH to time its queries on the same store: that is how the before/after figures in
bench/README.md were taken."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import OUT, corpus_path  # noqa: E402
from stores import _strings, pick_parameters, plan_names, runner  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=10, help="parameter sets per query")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per query")
    parser.add_argument("names", nargs="*", help="named queries (default: all)")
    args = parser.parse_args()

    from kg.store import OxigraphStore

    corpus = corpus_path(args.articles)
    target = OUT / f"store-{args.articles}"
    loaded = OUT / f"store-{args.articles}.loaded"  # beside the store: its folder is RocksDB's
    store = OxigraphStore(target)
    if not loaded.exists():
        started = time.perf_counter()
        with corpus.open("rb") as handle:
            store.bulk_load(handle, "nq")
        loaded.touch()
        print(f"loaded {store.count():,} quads in {time.perf_counter() - started:.0f} s")
    plan = pick_parameters(corpus, args.reps)
    for name in args.names or plan_names():
        if name not in plan:
            print(f"{name:32s} no parameters drawn from the corpus")
            continue
        run = runner(name, store.dialect, lambda text: _strings(store.query(text)), plan[name])
        run(plan[name][0])  # warm-up, not counted
        times: list[float] = []
        cpu: list[float] = []
        spent = time.perf_counter()
        for params in plan[name]:
            t0, c0 = time.perf_counter(), time.process_time()
            run(params)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            if time.perf_counter() - spent > args.budget and len(times) >= 3:
                break
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(
            f"{name:32s} median {statistics.median(times) * 1000:9.1f} ms"
            f"  p95 {p95 * 1000:9.1f} ms  CPU median {statistics.median(cpu) * 1000:7.1f} ms"
            f"  runs {len(times)}",
            flush=True,
        )
    store.close()


if __name__ == "__main__":
    main()
