"""Loading the embedded store at scale: time, peak memory and disk size of
`OxigraphStore.bulk_load` (the path of `kg load`) on a corpus of `bench/corpus.py` read
`--copies` times, each copy's documents, events, mentions, posts and observations renamed
so that the copies add up (people and units stay shared, as in a longer run of news).

    python bench/load.py --articles 10000 --copies 10      # ~35 million quads

The copies are rewritten line by line as the loader reads them: nothing but the loader holds
the data in memory. `--transaction` loads with `OxigraphStore.load` (one transaction) instead,
for comparison."""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import corpus_path  # noqa: E402

from kg.store import OxigraphStore  # noqa: E402

ID = b"https://w3id.org/cand-kg/id/"
# Entities each article makes its own; the copies rename them, so that they do not collapse.
PER_ARTICLE = (b"doc/", b"event/", b"mention/", b"post/", b"rankobs/", b"conferral/")


def copies(corpus: Path, count: int) -> Iterator[bytes]:
    for copy in range(count):
        renames = [(ID + kind, ID + kind + f"c{copy}-".encode()) for kind in PER_ARTICLE]
        with corpus.open("rb") as lines:
            for line in lines:
                if copy:
                    for old, new in renames:
                        line = line.replace(old, new)
                yield line


class LineStream(io.RawIOBase):
    """A binary stream over an iterator of lines, read by the loader as a file."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self._rest = b""
        self.bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        chunks, held = [self._rest], len(self._rest)
        while held < len(buffer):
            line = next(self._lines, None)
            if line is None:
                break
            chunks.append(line)
            held += len(line)
        data = b"".join(chunks)
        size = min(len(buffer), len(data))
        buffer[:size] = data[:size]
        self._rest = data[size:]
        self.bytes += size
        return size


def directory_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--transaction", action="store_true", help="one transaction instead")
    parser.add_argument("--dir", type=Path, help="where the store goes (default: a temp dir)")
    args = parser.parse_args()
    corpus = corpus_path(args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-load-", dir=args.dir) as tmp:
        store = OxigraphStore(Path(tmp) / "kg")
        stream = LineStream(copies(corpus, args.copies))
        started, cpu = time.perf_counter(), time.process_time()
        if args.transaction:
            store.load(io.BufferedReader(stream, 1 << 20), "nq")
        else:
            store.bulk_load(io.BufferedReader(stream, 1 << 20), "nq")
        loaded, cpu = time.perf_counter() - started, time.process_time() - cpu
        quads = store.count()
        store.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        how = "one transaction" if args.transaction else "bulk load"
        print(
            f"{args.copies} × {args.articles:,} articles ({stream.bytes / 2**30:.1f} GiB of "
            f"N-Quads), {how}: {quads:,} quads in {loaded:.0f} s "
            f"({quads / loaded:,.0f} quads/s; CPU {cpu:.0f} s), peak memory {peak:,.0f} MB, "
            f"on disk {directory_mb(Path(tmp) / 'kg'):,.0f} MB"
        )


if __name__ == "__main__":
    main()
