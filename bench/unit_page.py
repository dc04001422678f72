"""The unit record (`/units/{id}`) over a store of generated articles.

    python bench/unit_page.py [--articles 2000] [--units 30]

Builds (or reuses, under bench/out/) an on-disk Oxigraph store of bench/corpus.py's synthetic
corpus, then computes the record of the units named in the most documents (the province
police) with the service's cache off, each once: every call is a cold one. Prints how many
documents name them, and the median, 95th percentile and slowest time per record. Runs the
code of the checkout holding it: a copy in another checkout, given this one's store
(`--store`), measures that code on the same data."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import corpus_path  # noqa: E402

from api.service import KgService  # noqa: E402
from core.ids import local_id  # noqa: E402
from kg.store.oxigraph import OxigraphStore  # noqa: E402

MOST_NAMED = """
SELECT ?unit (COUNT(DISTINCT ?doc) AS ?n) WHERE {
  GRAPH ?doc { ?unit a <https://w3id.org/cand-kg/ontology#Unit> }
} GROUP BY ?unit ORDER BY DESC(?n) LIMIT %d
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--units", type=int, default=30)
    parser.add_argument("--store", type=Path, help="a store built by an earlier run")
    args = parser.parse_args()
    target = args.store or Path(__file__).parent / "out" / f"unit-page-{args.articles}"
    loaded = target / "loaded"
    store = OxigraphStore(target)
    if not loaded.exists():
        with corpus_path(args.articles).open("rb") as handle:
            store.bulk_load(handle, "nq")
        loaded.touch()
    service = KgService(store)
    service.caching = False
    most = [(str(r["unit"]), int(r["n"])) for r in store.query(MOST_NAMED % args.units).dicts()]
    times = []
    for unit, _ in most:
        start = time.perf_counter()
        service.unit(local_id(unit))
        times.append(time.perf_counter() - start)
    times.sort()
    docs = [n for _, n in most]
    print(
        f"{args.articles} articles, {len(most)} units named in {min(docs)}-{max(docs)} documents:"
        f" median {statistics.median(times) * 1000:.0f} ms,"
        f" p95 {times[int(0.95 * (len(times) - 1))] * 1000:.0f} ms,"
        f" slowest {times[-1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
