"""Time the list views nobody filters by attendee, unit or title, on the embedded store.

    python bench/lists.py [--articles 1000] [--reps 10] [--store DIR]

Builds (or reuses) an on-disk Oxigraph store of bench/corpus.py's corpus, then calls the
service's list views directly (no HTTP): GET /events with no filter (first page, and a page
deep in the list), by kind, from a year, and GET /awards with no recipient (first page, and a
page deep in the list). Prints each one's median and 95th percentile in ms, its median CPU time
in this thread (the store's work, and a fairer figure than the wall clock on a shared machine)
and its total. To compare two versions on the same store, run it from a copy beside the other
version's packages (it imports those beside itself)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).parent))

from corpus import OUT, corpus_path  # noqa: E402

from api.service import KgService  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    target = args.store or OUT / f"store-{args.articles}"
    if not target.exists():
        loading = OxigraphStore(target)
        with corpus_path(args.articles).open("rb") as data:
            loading.bulk_load(data, "nq")
        loading.close()

    service = KgService(OxigraphStore(target))
    none = {"kind": None, "date_from": None, "date_to": None, "unit": None, "attendee": None}

    def events(**given: object) -> Callable[[], int]:
        params = {**none, "title": None, "limit": 50, "offset": 0, **given}
        return lambda: service.events(**params).total  # type: ignore[arg-type]

    def awards(offset: int) -> Callable[[], int]:
        return lambda: service.awards(recipient=None, award=None, limit=50, offset=offset).total

    views = {
        "/events": events(),
        "/events?offset=500": events(offset=500),
        "/events?kind=ceremony": events(kind="ceremony"),
        "/events?from=2023": events(date_from="2023"),
        "/awards": awards(0),
        "/awards?offset=200": awards(200),
    }
    print(f"{'view':24} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7} {'total':>7}")
    for name, view in views.items():
        total = view()  # warm-up
        times, cpu = [], []
        for _ in range(args.reps):
            started, used = time.perf_counter(), time.thread_time()
            view()
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - used) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        median, spent = statistics.median(times), statistics.median(cpu)
        print(f"{name:24} {median:10.1f} {p95:8.1f} {spent:7.1f} {total:7}")


if __name__ == "__main__":
    main()
