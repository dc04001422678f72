"""Named-query latency on a kept embedded store, for working on one query at a time.

    python bench/queries.py [--articles 10000] [--reps 10] [NAME ...]

Loads bench/corpus.py's corpus of that size once into bench/out/store-N (the bulk load of
`kg load`; later runs reuse it), draws parameters as bench/stores.py does (`pick_parameters`,
same seed), and prints the median and 95th percentile latency of each named query given (all
by default) as the embedded store runs it (its `oxigraph` variant where there is one), and its
CPU time a run (the querying thread's, with the Virtuoso server's named by KG_VIRTUOSO_STATE
for `--store URL`: on a shared machine the wall clock counts the other jobs too). `--store URL`
times the queries on an endpoint that holds the corpus already (its variants where it has
them: a Virtuoso's `virtuoso`). Run it from another checkout's directory with that checkout's
PYTHONPATH to time its queries on the same store: that is how the before/after figures in
bench/README.md were taken."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import OUT, corpus_path  # noqa: E402
from plan import pick_parameters, plan_names  # noqa: E402
from runner import runner  # noqa: E402
from store_worker import query_cpu_s, strings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=10, help="parameter sets per query")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per query")
    parser.add_argument(
        "--store",
        help="a SPARQL endpoint already holding the corpus (user and password in "
        "KG_STORE_USER, KG_STORE_PASSWORD), instead of the kept embedded store",
    )
    parser.add_argument("names", nargs="*", help="named queries (default: all)")
    args = parser.parse_args()

    from kg.store import OxigraphStore, Store, StoreError
    from kg.store.remote import RemoteStore

    corpus = corpus_path(args.articles)
    target = OUT / f"store-{args.articles}"
    loaded = OUT / f"store-{args.articles}.loaded"  # beside the store: its folder is RocksDB's
    store: Store
    if args.store:
        store = RemoteStore(
            args.store,
            user=os.environ.get("KG_STORE_USER", "kgtest"),
            password=os.environ.get("KG_STORE_PASSWORD", "kgtest-password"),
        )
    else:
        store = OxigraphStore(target)
    kind = "virtuoso" if args.store else "oxigraph"
    if not args.store and not loaded.exists():
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
        times: list[float] = []
        try:
            run = runner(name, store.dialect, lambda text: strings(store.query(text)), plan[name])
            run(plan[name][0])  # warm-up, not counted
            spent, cpu = time.perf_counter(), query_cpu_s(kind)
            for params in plan[name]:
                t0 = time.perf_counter()
                run(params)
                times.append(time.perf_counter() - t0)
                if time.perf_counter() - spent > args.budget and len(times) >= 3:
                    break
        except StoreError as exc:  # Virtuoso refuses a query on its cost estimate
            print(f"{name:32s} refused: {str(exc)[:160]}", flush=True)
            continue
        cpu = (query_cpu_s(kind) - cpu) / len(times)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(
            f"{name:32s} median {statistics.median(times) * 1000:9.1f} ms"
            f"  p95 {p95 * 1000:9.1f} ms  CPU {cpu * 1000:7.1f} ms a run  runs {len(times)}",
            flush=True,
        )
    store.close()


if __name__ == "__main__":
    main()
