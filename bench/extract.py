"""Extraction throughput: generated articles of 3-5 KB streamed through read + extract.

    python bench/extract.py [--articles 2000] [--seed 7]

Writes the articles into a temporary folder first (not timed), then reads and extracts them one
at a time in this process, as `kg extract` does, holding nothing between articles. Prints
articles/s and MB/s (wall clock), articles per CPU second (what the process alone needs, steady
when other work shares the machine) and memory (current and peak resident set) at 500, 1000,
2000, ... articles: flat memory across the checkpoints is the point."""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.sources import facts_from_path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from places import clusters  # noqa: E402

HERE = Path(__file__).parent
WORDS = json.loads((HERE / "words.json").read_text(encoding="utf-8"))
TEMPLATES = json.loads((HERE / "article_templates.json").read_text(encoding="utf-8"))
MOMENTS = ("Sáng", "Chiều", "Tối", "Ngày")
EVENTS = ("hội nghị", "buổi lễ", "lễ ra quân", "buổi làm việc")


def person(rng: random.Random) -> str:
    return " ".join(
        (rng.choice(WORDS["surnames"]), rng.choice(WORDS["middles"]), rng.choice(WORDS["givens"]))
    )


TERM_YEARS = 5  # leaders in the generated world change every five years


def leader(place: str, post: str, year: int, highest: int = 3) -> tuple[str, str]:
    """The name and rank of whoever holds `post` in `place` in `year`: the same person in every
    article of a term, as real reports name the same director year after year."""
    rng = random.Random(f"{place}|{post}|{year // TERM_YEARS}")
    return person(rng), rng.choice(WORDS["ranks"][highest:8])


def article(rng: random.Random) -> str:
    """One article in the house style: date line, optional source tag, 3-5 KB of paragraphs."""
    year = rng.randint(2015, 2024)
    month = rng.randint(1, 12)
    province = rng.choice(WORDS["provinces"])
    # The four districts are one of the province's stable clusters: the cluster paragraph
    # then names the same members under the same number, year after year, as real reports do.
    groups = clusters(province, 4)
    number = rng.randrange(len(groups))
    districts = list(groups[number])
    role = rng.choice(WORDS["provincial_roles"][:2])
    post = role if role == "Giám đốc" else f"{role} {rng.randint(1, 4)}"  # four deputies
    chief, rank = leader(province, post, year)
    district_head, district_rank = leader(districts[0], "Trưởng Công an", year, highest=4)
    vice_chairman, _ = leader(province, "Phó Chủ tịch UBND", year)
    values = {
        "moment": rng.choice(MOMENTS),
        "day": rng.randint(1, 28),
        "day2": rng.randint(1, 28),
        "month": month,
        "year": year,
        "next_year": year + 1,
        "born": rng.randint(1970, 2004),
        "province": province,
        "title": rng.choice(WORDS["event_titles"]).lower(),
        "event": rng.choice(EVENTS),
        "rank": rank,
        "rank_lower": district_rank.lower(),
        "role": role,
        "person": chief,
        "person2": district_head,
        "person3": vice_chairman,
        "suspect": person(rng),
        "district": districts[0],
        "district2": districts[1],
        "district3": districts[2],
        "district4": districts[3],
        "number": number + 1,
        "cases": rng.randint(100, 4000),
        "percent": f"{rng.randint(70, 98)},{rng.randint(0, 9)}",
        "gangs": rng.randint(2, 30),
        "award": rng.choice(WORDS["awards"]),
        "collectives": rng.randint(3, 40),
        "individuals": rng.randint(10, 150),
    }
    order = ["openings", "attendance", "statistics", "clusters", "speeches", "awards", "suspects"]
    paragraphs = [rng.choice(TEMPLATES[kind]).format(**values) for kind in order]
    target = rng.randint(3000, 5000)
    while len("\n\n".join(paragraphs).encode("utf-8")) < target - 400:
        paragraphs.insert(rng.randint(2, len(paragraphs)), rng.choice(TEMPLATES["fillers"]))
    tag = rng.choice(("ANTD.VN - ", "(CAO) ", "CAND.VN – ", ""))
    return f" date {year}-{month:02d} {tag}" + "\n\n".join(paragraphs) + "\n"


def memory_mb() -> tuple[float, float]:
    """Current and peak resident set size of this process, in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    current = pages * resource.getpagesize() / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux
    return current, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    checkpoints = {n for n in (500, 1000, 2000, 4000, 8000) if n < args.articles}
    checkpoints.add(args.articles)
    with tempfile.TemporaryDirectory(prefix="cand-kg-bench-") as tmp:
        paths = []
        for i in range(args.articles):
            path = Path(tmp) / f"bench-{i:06d}.txt"
            path.write_text(article(rng), encoding="utf-8")
            paths.append(path)
        print(f"{args.articles} articles of 3-5 KB in {tmp}; one process, read + extract")
        print(
            f"{'articles':>8} {'seconds':>8} {'art/s':>6} {'MB/s':>5} {'art/cpu-s':>9} "
            f"{'facts':>7} {'RSS MB':>7} {'peak MB':>7}"
        )
        size = found = failed = 0
        start, cpu_start = time.perf_counter(), time.process_time()
        for done, path in enumerate(paths, 1):
            size += path.stat().st_size
            try:
                facts = facts_from_path(path)
            except Exception as exc:  # counted, not fatal: the figure is throughput
                failed += 1
                print(f"failed: {path.name}: {exc}", file=sys.stderr)
            else:
                found += len(facts.persons) + len(facts.organisations) + len(facts.events)
            if done in checkpoints:
                elapsed = time.perf_counter() - start
                cpu = time.process_time() - cpu_start
                current, peak = memory_mb()
                print(
                    f"{done:>8} {elapsed:>8.2f} {done / elapsed:>6.0f} "
                    f"{size / 1e6 / elapsed:>5.2f} {done / cpu:>9.0f} {found:>7} "
                    f"{current:>7.1f} {peak:>7.1f}"
                )
        if failed:
            print(f"{failed} articles failed")


if __name__ == "__main__":
    main()
