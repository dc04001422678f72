"""The writer alone: CPU to write prepared documents into an empty on-disk store.

    python bench/writer.py [--articles 2000] [--seed 11] [--batch 32] [--adds 20]
                           [--staged N] [--prepared FILE] [--profile FILE] [--dump FILE]

Generates the template articles of bench/extract.py, prepares them (reading, extraction, graph
building, SHACL check, summary share) in worker processes, then writes them with
`kg.documents.write_documents` in batches into an empty on-disk store holding the reference
data, as `kg ingest` does, and prints the writer's CPU time: in all, per document, and per
quarter of the ingest (the part that grows with the store); with `--staged N`, the batches
are written in memory and committed to the disk store every N documents, as a long
`kg ingest` does (`kg.store.staged`; the commits' CPU counts). Then the CPU to add one more
document to that store (`print_one_document` of bench/ingest.py). `--prepared` keeps the
prepared documents in a file (made if missing), so that runs before and after a change of the
writer write the same input; `--profile` writes a cProfile of the writes (process time);
`--dump` writes the store's quads as sorted N-Quads, to compare the graphs two runs wrote."""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib.util
import pickle
import pstats
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(BENCH)]

from kg import upkeep  # noqa: E402
from kg.documents import DocumentGraph, finish_pending, write_documents  # noqa: E402
from kg.pipeline import prepare  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402
from kg.store.staged import StagedStore  # noqa: E402

# bench/ingest.py by path: its module name is the `ingest` package's.
_spec = importlib.util.spec_from_file_location("bench_ingest", BENCH / "ingest.py")
assert _spec is not None and _spec.loader is not None
bench_ingest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_ingest)


def prepared_documents(count: int, seed: int, jobs: int) -> list[DocumentGraph]:
    with tempfile.TemporaryDirectory(prefix="cand-kg-bench-writer-") as tmp:
        folder = Path(tmp)
        bench_ingest.write_articles(folder, count, seed)
        paths = sorted(folder.iterdir())
        with ProcessPoolExecutor(jobs) as pool:
            done = list(pool.map(prepare, paths, chunksize=16))
    failed = [p.error for p in done if p.graph is None]
    if failed:
        sys.exit(f"{len(failed)} articles failed to prepare, first: {failed[0]}")
    return [p.graph for p in done if p.graph is not None]


def load_or_prepare(args: argparse.Namespace) -> list[DocumentGraph]:
    cache: Path | None = args.prepared
    if cache is not None and cache.exists():
        docs: list[DocumentGraph] = pickle.loads(cache.read_bytes())
        return docs
    docs = prepared_documents(args.articles, args.seed, args.jobs)
    if cache is not None:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def write_all(
    store: OxigraphStore, docs: list[DocumentGraph], batch: int, chunk: int = 0
) -> list[float]:
    """CPU seconds of each batch's write (and of the commit that follows it, if staged)."""
    spent = []
    target = StagedStore(store) if chunk else store
    for start in range(0, len(docs), batch):
        before = time.process_time()
        write_documents(target, docs[start : start + batch])
        end = start + batch >= len(docs)
        if isinstance(target, StagedStore) and (end or (start + batch) % chunk == 0):
            target.commit()
        spent.append(time.process_time() - before)
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--batch", type=int, default=32, help="documents per write_documents call")
    ap.add_argument("--jobs", type=int, default=2, help="processes preparing the documents")
    ap.add_argument("--adds", type=int, default=20, help="documents added one at a time after")
    ap.add_argument("--staged", type=int, default=0, help="commit staged writes every N documents")
    ap.add_argument("--prepared", type=Path, help="file keeping the prepared documents")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the writes here")
    ap.add_argument("--dump", type=Path, help="write the store's quads here, sorted")
    args = ap.parse_args()
    docs = load_or_prepare(args)
    # `kg ingest` holds a few batches at a time, not all the documents: keep the collector from
    # walking them all at every collection.
    gc.freeze()
    with tempfile.TemporaryDirectory(prefix="cand-kg-bench-writer-") as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        upkeep.prepare(store)
        finish_pending(store)
        profile = cProfile.Profile(time.process_time) if args.profile else None
        if profile is not None:
            profile.enable()
        spent = write_all(store, docs, args.batch, args.staged)
        if profile is not None:
            profile.disable()
            profile.dump_stats(str(args.profile))
            pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(25)
        total = sum(spent)
        print(
            f"writer: {len(docs)} documents in batches of {args.batch}: {total:.1f} s of CPU, "
            f"{total / len(docs) * 1000:.1f} ms a document, "
            f"{len(docs) / total:.0f} documents per CPU-second"
        )
        quarter = max(1, len(spent) // 4)
        parts = [sum(spent[i : i + quarter]) for i in range(0, len(spent), quarter)]
        print("CPU by quarter of the ingest: " + ", ".join(f"{p:.1f} s" for p in parts))
        print(f"{store.count()} quads stored")
        if args.dump is not None:
            lines = sorted(set(store.dump_bytes("nq").splitlines()))
            args.dump.write_bytes(b"\n".join(lines) + b"\n")
        if args.adds:
            bench_ingest.print_one_document(store, Path(tmp) / "more", args)
        store.close()


if __name__ == "__main__":
    main()
