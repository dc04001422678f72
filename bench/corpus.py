"""A synthetic corpus for the benchmarks: N articles' facts, built into document graphs by the
project's own graph builder (kg.triples), so the data has the shape real ingests give.

A fixed world (provincial, department and district police, clusters, and the officers who
hold their posts in two terms of office) is drawn once from a seed; each article of a year
names a few officers then in office with ranks and posts, one or two events they attend,
sometimes an award and a cluster. As in real careers, some provincial leaders of the first
term lead another province in the second, one rank higher (an article sometimes states the
move: both posts), and a few common names are borne by several officers.
`python bench/corpus.py --articles 1000 --out corpus.nq`."""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from places import clusters  # noqa: E402

from ingest import model  # noqa: E402

WORDS = json.loads((Path(__file__).parent / "words.json").read_text(encoding="utf-8"))
OUT = Path(__file__).parent / "out"


# A police unit's posts at any one time, filled anew for each term of office; departments
# (phòng) are units of their own under the province, as in real rosters.
TERMS = ((2016, 2020), (2021, 2025))
PROVINCE_POSTS = (("Giám đốc", 1), ("Phó Giám đốc", 4), ("Chánh Văn phòng", 1))
DEPARTMENTS = (
    "Phòng Cảnh sát hình sự",
    "Phòng An ninh điều tra",
    "Phòng Cảnh sát giao thông",
    "Phòng Tham mưu",
)
DEPARTMENT_POSTS = (("Trưởng phòng", 1), ("Phó Trưởng phòng", 2))
MOVED_SHARE = 0.25  # of second-term provincial posts, held by a first-term leader of another
COMMON_NAMES, COMMON_SHARE = 12, 0.02  # names several officers bear, and how often
DISTRICT_POSTS = (
    ("Trưởng Công an", 1),
    ("Phó Trưởng Công an", 3),
    ("Đội trưởng", 3),
    ("Phó Đội trưởng", 3),
)


@dataclass(frozen=True)
class Officer:
    name: str
    rank: str
    role: str
    unit: str
    province: str
    term: int
    previous: Officer | None = None  # the same person's post in the term before, elsewhere


@dataclass(frozen=True)
class World:
    officers: list[Officer]
    provinces: list[str]
    districts: dict[str, list[str]]
    parents: dict[str, str]
    # Officers by (province, term) and by term: who an article of that year can name.
    local: dict[tuple[str, int], list[Officer]]
    serving: dict[int, list[Officer]]


def term_of(year: int) -> int:
    return next(i for i, (first, last) in enumerate(TERMS) if first <= year <= last)


def make_world(seed: int) -> World:
    """Every post of every provincial, department and district police unit, filled for each
    term by an officer of its own: a province has six leaders at a time, as real ones do."""
    rng = random.Random(seed)
    provinces = [f"Công an tỉnh {p}" for p in WORDS["provinces"]]
    districts = {
        f"Công an tỉnh {p}": [f"Công an huyện {d}" for d in clusters(p, 3)[0] + clusters(p, 3)[1]]
        for p in WORDS["provinces"]
    }
    parents: dict[str, str] = {}
    posts: list[tuple[str, str, str, int]] = []  # (unit, role, province, highest rank)
    for province in provinces:
        posts += [(province, role, province, 3) for role, n in PROVINCE_POSTS for _ in range(n)]
        for department in DEPARTMENTS:
            unit = f"{department} {province}"
            parents[unit] = province
            posts += [(unit, role, province, 4) for role, n in DEPARTMENT_POSTS for _ in range(n)]
        for district in districts[province]:
            parents[district] = province
            posts += [(district, role, province, 5) for role, n in DISTRICT_POSTS for _ in range(n)]
    names: set[str] = set()
    common = [_new_name(rng, names) for _ in range(COMMON_NAMES)]
    officers: list[Officer] = []
    for term in range(len(TERMS)):
        movers = [o for o in officers if o.unit == o.province and o.term == term - 1]
        rng.shuffle(movers)
        for unit, role, province, highest in posts:
            elsewhere = [o for o in movers[:8] if o.province != province]
            if unit == province and elsewhere and rng.random() < MOVED_SHARE:
                before = elsewhere[0]
                movers.remove(before)
                rank = WORDS["ranks"][max(2, WORDS["ranks"].index(before.rank) - 1)]
                officers.append(Officer(before.name, rank, role, unit, province, term, before))
                continue
            shared = rng.random() < COMMON_SHARE
            name = rng.choice(common) if shared else _new_name(rng, names)
            rank = rng.choice(WORDS["ranks"][highest : highest + 5])
            officers.append(Officer(name, rank, role, unit, province, term))
    local: dict[tuple[str, int], list[Officer]] = {}
    serving: dict[int, list[Officer]] = {}
    for officer in officers:
        local.setdefault((officer.province, officer.term), []).append(officer)
        serving.setdefault(officer.term, []).append(officer)
    return World(officers, provinces, districts, parents, local, serving)


def _new_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = " ".join(
            (
                rng.choice(WORDS["surnames"]),
                rng.choice(WORDS["middles"]),
                rng.choice(WORDS["givens"]),
            )
        )
        if name in taken:
            name = f"{name} {rng.choice(WORDS['givens'])}"
        if name not in taken:
            taken.add(name)
            return name


def article_facts(world: World, index: int, seed: int) -> model.Facts:
    rng = random.Random(seed * 1_000_003 + index)
    province = rng.choice(world.provinces)
    year = rng.randint(TERMS[0][0], TERMS[-1][1])
    term = term_of(year)
    people = rng.sample(world.local[province, term], 4)
    people += rng.sample(world.serving[term], rng.randint(2, 5))
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = " ".join(f"{o.rank} {o.name}, {o.role} {o.unit}." for o in people)
    document = model.Document(
        id=f"bench-{index:06d}", text=text, date=date, title=f"Bài số {index}", site="BENCH"
    )
    persons = [
        model.PersonFact(o.name, o.rank, [*_stated_move(o, rng), model.Position(o.role, o.unit)])
        for o in dict.fromkeys(people)
    ]
    units = {pos.organisation for p in persons for pos in p.positions if pos.organisation}
    units |= {province}
    organisations = [model.OrganisationFact(u, world.parents.get(u)) for u in sorted(units)]
    events = []
    for _ in range(rng.randint(1, 2)):
        attendees = [o.name for o in rng.sample(people, min(len(people), rng.randint(2, 6)))]
        events.append(
            model.EventFact(
                kind=rng.choice(WORDS["event_kinds"]),
                date=date,
                title=f"{rng.choice(WORDS['event_titles'])} {province}",
                location=province.removeprefix("Công an "),
                organisers=[province],
                chair=attendees[:1],
                attendees=attendees[1:],
            )
        )
    awards = []
    if rng.random() < 0.3:
        awards.append(
            model.AwardFact(
                award=rng.choice(WORDS["awards"]),
                recipient=rng.choice(people).name,
                grantor=f"Giám đốc {province}",
                date=date,
            )
        )
    cluster_facts = []
    if rng.random() < 0.1:
        # Each province's six districts form two stable clusters of three.
        number = rng.randint(1, 2)
        members = world.districts[province][3 * (number - 1) : 3 * number]
        cluster_facts.append(model.ClusterFact(f"Cụm thi đua số {number}", province, members))
    return model.Facts(document, persons, organisations, cluster_facts, events, awards)


def _stated_move(officer: Officer, rng: random.Random) -> list[model.Position]:
    """The post a moved officer left, which an article names beside the new one now and then
    (`điều động ... Phó Giám đốc Công an tỉnh A giữ chức Giám đốc Công an tỉnh B`)."""
    before = officer.previous
    return [model.Position(before.role, before.unit)] if before and rng.random() < 0.3 else []


def _build(job: tuple[World, int, int]) -> tuple[bytes, list, set]:
    from kg.catalogue import catalogue_triples
    from kg.summary import sightings_in
    from kg.triples import build_graph

    world, index, seed = job
    built = build_graph(article_facts(world, index, seed))
    iri = f" <{built.iri}> .\n".encode()
    ntriples = built.ntriples()
    quads = b"".join(
        line[:-2].rstrip() + iri for line in ntriples.splitlines(keepends=True) if line.strip()
    )
    return quads, sightings_in(built.triples, built.iri), catalogue_triples(built.triples)


def generate(articles: int, out: Path, seed: int = 7, jobs: int | None = None) -> Path:
    """Write the N-Quads of `articles` synthetic articles to `out` (kept as a cache), with the
    summary graph (tenures and catalogue) that ingesting them one by one would leave."""
    from kg.catalogue import catalogue_triples
    from kg.summary import SUMMARY_GRAPH, ntriples, tenure_triples

    world = make_world(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    work: Iterator[tuple[World, int, int]] = ((world, i, seed) for i in range(articles))
    sightings = []
    entries: set = set()
    with multiprocessing.get_context("fork").Pool(jobs) as pool, partial.open("wb") as handle:
        for quads, found, listed in pool.imap(_build, work, chunksize=64):
            handle.write(quads)
            sightings.extend(found)
            entries |= listed
        summary = f" <{SUMMARY_GRAPH}> .\n".encode()
        merged = tenure_triples(sightings) | catalogue_triples(entries)
        for line in ntriples(merged).splitlines(keepends=True):
            handle.write(line[:-2].rstrip() + summary)
    partial.rename(out)
    return out


def corpus_path(articles: int, seed: int = 7) -> Path:
    """The cached corpus of that size, generated on first use."""
    # Named after this generator's source too, so that a changed generator makes a new file.
    version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    path = OUT / f"corpus-{articles}-{seed}-{version}.nq"
    if not path.exists():
        started = time.perf_counter()
        generate(articles, path, seed)
        print(f"generated {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="N-Quads file (default: bench/out/...)")
    args = parser.parse_args()
    if args.out:
        generate(args.articles, args.out, args.seed)
        print(args.out)
    else:
        print(corpus_path(args.articles, args.seed))


if __name__ == "__main__":
    main()
