"""A synthetic corpus for the benchmarks: N articles' facts, built into document graphs by the
project's own graph builder (kg.triples), so the data has the shape real ingests give.

A fixed world (provincial, department and district police, clusters, a few ministry
departments, and the officers who hold their posts in two terms of office) is drawn once from a
seed; each article of a year names a few officers then in office with ranks and posts, one or
two events they attend, sometimes an award and a cluster. As in real careers, officers move:
some provincial leaders of the first term lead another province in the second, some directors
head a ministry department, some department heads and deputies are promoted within their
province, each one rank higher (an article sometimes states the move: both posts). Common
names are borne by several officers, some of them in one province at one time.

The world is also a test fixture with its truth: `career_world` gives a small one's articles
and, for every person an article names, which real officer that is.
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
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

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
DISTRICT_POSTS = (
    ("Trưởng Công an", 1),
    ("Phó Trưởng Công an", 3),
    ("Đội trưởng", 3),
    ("Phó Đội trưởng", 3),
)
MINISTRY = "Bộ Công an"
MINISTRY_DEPARTMENTS = ("Cục Cảnh sát hình sự", "Cục An ninh điều tra", "Cục Cảnh sát giao thông")
MINISTRY_POSTS = (("Cục trưởng", 1), ("Phó Cục trưởng", 2))
# Shares of second-term posts held by someone who served in the first term: a provincial
# leader post by a leader of another province (rotation) or by a department head or deputy
# of its own (promotion), a department head post by a district chief of the province, a
# ministry department post by a provincial leader.
MOVED_SHARE, PROMOTED_SHARE, MINISTRY_SHARE = 0.25, 0.2, 0.5
COMMON_NAMES, COMMON_SHARE = 12, 0.02  # names several officers bear, and how often
# Of district posts, the share given a name another district officer of the province bears
# at the same time (two officers of one name in one province, even in one article).
LOCAL_NAMESAKE_SHARE = 0.02


@dataclass(frozen=True)
class Officer:
    name: str
    rank: str
    role: str
    unit: str
    province: str  # the ministry for its departments
    term: int
    person: int  # who this is: the same number for each post of one career
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


@dataclass(frozen=True)
class Post:
    unit: str
    role: str
    province: str
    highest: int  # index in WORDS["ranks"] of the highest rank its holder starts at
    level: str  # province | department | district | ministry


def term_of(year: int) -> int:
    return next(i for i, (first, last) in enumerate(TERMS) if first <= year <= last)


def _posts(
    provinces: list[str], districts: dict[str, list[str]], parents: dict[str, str]
) -> list[Post]:
    posts: list[Post] = []
    for province in provinces:
        posts += [
            Post(province, role, province, 3, "province")
            for role, n in PROVINCE_POSTS
            for _ in range(n)
        ]
        for department in DEPARTMENTS:
            unit = f"{department} {province}"
            parents[unit] = province
            posts += [
                Post(unit, role, province, 4, "department")
                for role, n in DEPARTMENT_POSTS
                for _ in range(n)
            ]
        for district in districts[province]:
            parents[district] = province
            posts += [
                Post(district, role, province, 5, "district")
                for role, n in DISTRICT_POSTS
                for _ in range(n)
            ]
    for department in MINISTRY_DEPARTMENTS:
        parents[department] = MINISTRY
        posts += [
            Post(department, role, MINISTRY, 3, "ministry")
            for role, n in MINISTRY_POSTS
            for _ in range(n)
        ]
    return posts


def _source(post: Post, before: Officer) -> bool:
    """Whether the first-term officer `before` may fill `post` in the next term."""
    led_province = before.unit == before.province != MINISTRY
    if post.level == "ministry":
        return led_province and before.role != "Chánh Văn phòng"
    if post.level == "province":
        if led_province:
            return before.province != post.province
        return before.province == post.province and before.unit.startswith("Phòng")
    if post.level == "department":
        return before.province == post.province and before.role == "Trưởng Công an"
    return False


SHARES = {"ministry": MINISTRY_SHARE, "province": MOVED_SHARE + PROMOTED_SHARE, "department": 0.2}


def make_world(
    seed: int,
    provinces: int | None = None,
    common_share: float = COMMON_SHARE,
    namesake_share: float = LOCAL_NAMESAKE_SHARE,
) -> World:
    """Every post of every provincial, department, district police unit and ministry
    department, filled for each term by an officer of its own or by one who moved or was
    promoted from the term before: a province has six leaders at a time, as real ones do.
    `provinces`: only the first few (a small world for tests)."""
    rng = random.Random(seed)
    names_of = WORDS["provinces"][:provinces]
    province_units = [f"Công an tỉnh {p}" for p in names_of]
    districts = {
        f"Công an tỉnh {p}": [f"Công an huyện {d}" for d in clusters(p, 3)[0] + clusters(p, 3)[1]]
        for p in names_of
    }
    parents: dict[str, str] = {}
    posts = _posts(province_units, districts, parents)
    names: set[str] = set()
    common = [_new_name(rng, names) for _ in range(COMMON_NAMES)]
    officers: list[Officer] = []
    for term in range(len(TERMS)):
        earlier = [o for o in officers if o.term == term - 1]
        rng.shuffle(earlier)
        local_names: dict[str, list[str]] = {}
        for post in posts:
            if earlier and rng.random() < SHARES.get(post.level, 0):
                before = next((o for o in earlier if _source(post, o)), None)
                if before is not None:
                    earlier.remove(before)
                    rank = WORDS["ranks"][max(2, WORDS["ranks"].index(before.rank) - 1)]
                    officers.append(
                        Officer(
                            before.name,
                            rank,
                            post.role,
                            post.unit,
                            post.province,
                            term,
                            before.person,
                            before,
                        )
                    )
                    continue
            nearby = local_names.get(post.province, [])
            if post.level == "district" and nearby and rng.random() < namesake_share:
                name = rng.choice(nearby)
            elif rng.random() < common_share:
                name = rng.choice(common)
            else:
                name = _new_name(rng, names)
            if post.level == "district":
                local_names.setdefault(post.province, []).append(name)
            rank = rng.choice(WORDS["ranks"][post.highest : post.highest + 5])
            officers.append(
                Officer(name, rank, post.role, post.unit, post.province, term, len(officers))
            )
    local: dict[tuple[str, int], list[Officer]] = {}
    serving: dict[int, list[Officer]] = {}
    for officer in officers:
        local.setdefault((officer.province, officer.term), []).append(officer)
        serving.setdefault(officer.term, []).append(officer)
    return World(officers, province_units, districts, parents, local, serving)


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
    return _article(world, index, seed)[0]


def _article(world: World, index: int, seed: int) -> tuple[model.Facts, list[Officer]]:
    """An article's facts and the officers of its person facts, in their order."""
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
    named = list(dict.fromkeys(people))
    persons = [
        model.PersonFact(o.name, o.rank, [*_stated_move(o, rng), model.Position(o.role, o.unit)])
        for o in named
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
    facts = model.Facts(document, persons, organisations, cluster_facts, events, awards)
    return facts, named


def _stated_move(officer: Officer, rng: random.Random) -> list[model.Position]:
    """The post a moved officer left, which an article names beside the new one now and then
    (`điều động ... Phó Giám đốc Công an tỉnh A giữ chức Giám đốc Công an tỉnh B`)."""
    before = officer.previous
    return [model.Position(before.role, before.unit)] if before and rng.random() < 0.3 else []


@dataclass(frozen=True)
class CareerArticle:
    """An article's facts and, for each person fact, the officer it is (`Officer.person`)."""

    facts: model.Facts
    persons: tuple[int, ...]


def career_world(
    articles: int, seed: int = 7, provinces: int = 3, namesakes: float = 0.1
) -> list[CareerArticle]:
    """A small world's articles with their truth: `provinces` provinces and the ministry, names
    shared more often than in the benchmark's world (`namesakes`), so that a few articles
    carry rotations, promotions and namesakes."""
    world = _featured(make_world(seed, provinces, common_share=namesakes, namesake_share=namesakes))
    out = []
    for index in range(articles):
        facts, people = _article(world, index, seed)
        out.append(CareerArticle(facts, tuple(o.person for o in people)))
    return out


def _featured(world: World) -> World:
    """The world with articles naming mostly the officers of the hard cases: everyone who
    moved or was promoted, and every bearer of a name borne twice; the rest of a province's
    officers only to make up its four local names."""
    posts: dict[int, int] = {}
    names: dict[str, set[int]] = {}
    for officer in world.officers:
        posts[officer.person] = posts.get(officer.person, 0) + 1
        names.setdefault(officer.name, set()).add(officer.person)

    def featured(officer: Officer) -> bool:
        return posts[officer.person] > 1 or len(names[officer.name]) > 1

    local = {key: [o for o in found if featured(o)] or found for key, found in world.local.items()}
    local = {
        key: found
        if len(found) >= 4
        else found + [o for o in world.local[key] if o not in found][: 4 - len(found)]
        for key, found in local.items()
    }
    serving = {term: [o for o in found if featured(o)] for term, found in world.serving.items()}
    return replace(world, local=local, serving=serving)


def _build(job: tuple[World, int, int]) -> tuple[bytes, list, set, set]:
    from kg.catalogue import catalogue_triples
    from kg.listings import listing_triples
    from kg.sizes import declares_source, size_triples
    from kg.summary import SUMMARY_GRAPH, sightings_in
    from kg.triples import build_graph

    world, index, seed = job
    built = build_graph(article_facts(world, index, seed))
    iri = f" <{built.iri}> .\n".encode()
    ntriples = built.ntriples()
    quads = b"".join(
        line[:-2].rstrip() + iri for line in ntriples.splitlines(keepends=True) if line.strip()
    )
    declared = declares_source(built.iri, built.triples)
    size = size_triples(built.iri, ntriples, declared=declared)
    quads += b"".join(_summary_quad(t, SUMMARY_GRAPH) for t in size)
    found = sightings_in(built.triples, built.iri)
    entries = catalogue_triples(built.triples, str(built.iri))
    return quads, found, entries, listing_triples(built.triples)


def generate(articles: int, out: Path, seed: int = 7, jobs: int | None = None) -> Path:
    """Write the N-Quads of `articles` synthetic articles to `out` (kept as a cache), with the
    summary graph (tenures, catalogue, listings) that ingesting them one by one would leave. Each
    article's share of the summary is written as it comes; what is held until the end is per
    tenure and per entity (`TenureFold`, `CatalogueFold`), never per article."""
    from kg.catalogue import CatalogueFold
    from kg.summary import SUMMARY_GRAPH, TenureFold
    from kg.summary_format import marker

    world = make_world(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    work: Iterator[tuple[World, int, int]] = ((world, i, seed) for i in range(articles))
    tenures, catalogue = TenureFold(), CatalogueFold()
    written: set[bytes] = set()  # catalogue entries and listings, which many articles repeat
    # A worker's memory creeps up with the articles it builds (about 15 MB per 1,000): a fresh
    # one every 16 chunks keeps a 100,000-article run as small as a short one.
    pool = multiprocessing.get_context("fork").Pool(jobs, maxtasksperchild=16)
    with pool, partial.open("wb") as handle:
        started = time.perf_counter()
        built = pool.imap(_build, work, chunksize=64)
        for done, (quads, found, entries, listed) in enumerate(built, 1):
            handle.write(quads)
            if done % 5_000 == 0:  # a long run shows how far it got
                took = time.perf_counter() - started
                print(f"{done:,} articles in {took:.0f} s", file=sys.stderr, flush=True)
            share = {_summary_quad(t, SUMMARY_GRAPH) for s in found for t in tenures.add(s)}
            for line in (_summary_quad(t, SUMMARY_GRAPH) for t in catalogue.add(entries) | listed):
                if line not in written:
                    written.add(line)
                    share.add(line)
            handle.writelines(share)
        last = tenures.extremes() | catalogue.orders() | marker()
        handle.writelines(sorted(_summary_quad(t, SUMMARY_GRAPH) for t in last))
    partial.rename(out)
    return out


def _summary_quad(triple: tuple, graph: str) -> bytes:
    from kg.triples import nt_line

    return (nt_line(triple)[:-2].rstrip() + f" <{graph}> .\n").encode()


def corpus_path(articles: int, seed: int = 7) -> Path:
    """The cached corpus of that size, generated on first use."""
    # Named after this generator's source, the catalogue's, the listings', the documents'
    # sizes' and the buckets' (it writes their entries) and the summary format's, so that a
    # change to any makes a new file.
    kept = ("buckets.py", "catalogue.py", "listings.py", "sizes.py", "summary_format.py")
    sources = (Path(__file__), *(ROOT / "kg" / name for name in kept))
    version = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:8]
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
