"""The evidence rules of resolution, read from the data files beside this module, and the date
periods they compare."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from functools import cache
from pathlib import Path

from core.kinds import UnitKind
from core.reorganisation import reorganisation_date
from core.text import collapse_spaces, fold, nfc, slug
from ingest.extract.hierarchy import province_unit
from ingest.extract.lexicon import table
from ingest.extract.ranks import rank_order

DATA_DIR = Path(__file__).with_name("data")

Period = tuple[int, int]  # first and last day (proleptic ordinals) a date may stand for


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def weights() -> dict[str, float]:
    """Every rule of `evidence.csv` by name."""
    return {row["rule"]: float(row["value"]) for row in _rows("evidence.csv")}


def weight(rule: str) -> float:
    return weights()[rule]


@cache
def _civil() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = _rows("civil_posts.csv")
    kinds = frozenset(UnitKind(r["value"]) for r in rows if r["kind"] == "unit_kind")
    roles = tuple(r["value"].casefold() for r in rows if r["kind"] == "role")
    return kinds, roles


def is_civil_post(role: str, unit_kind: str | None) -> bool:
    """A party or state post, held beside a police one."""
    kinds, roles = _civil()
    return unit_kind in kinds or role.casefold().startswith(roles)


@cache
def sole_roles() -> frozenset[str]:
    """Roles held by one person at a time in a unit (`data/sole_posts.csv`)."""
    return frozenset(row["role"] for row in _rows("sole_posts.csv"))


@cache
def rotation_steps() -> frozenset[tuple[str, str]]:
    """(role left, role taken) of a provincial police's leaders moved to another province
    (`data/rotations.csv`)."""
    return frozenset((row["before"], row["after"]) for row in _rows("rotations.csv"))


@cache
def central_bodies() -> frozenset[str]:
    """Local ids of the Party's central bodies (`ingest/data/party_bodies.csv`): they decide for
    every province, so a report naming one as an event's organiser names no other unit's event
    than a report naming the committee that announced it."""
    return frozenset(slug(row["name"]) for row in table("party_bodies.csv"))


@cache
def near_kinds() -> frozenset[str]:
    """Event kinds a report may date by its own date line, the day after
    (`data/next_day_kinds.csv`)."""
    return frozenset(row["kind"] for row in _rows("next_day_kinds.csv"))


@cache
def award_kinds() -> frozenset[str]:
    """Event kinds at which awards are handed over (`data/award_kinds.csv`)."""
    return frozenset(row["kind"] for row in _rows("award_kinds.csv"))


@cache
def party_kinds() -> frozenset[str]:
    """Event kinds whose sentence names its parties, each an organiser
    (`data/party_kinds.csv`)."""
    return frozenset(row["kind"] for row in _rows("party_kinds.csv"))


@cache
def middle_fillers() -> frozenset[str]:
    """Middle words a report may leave out of a full name (`data/middle_fillers.csv`)."""
    return frozenset(row["word"] for row in _rows("middle_fillers.csv"))


@cache
def joined_family_names() -> dict[tuple[str, str], str]:
    """Family names written as two words or one (`data/joined_family_names.csv`), folded:
    the two words -> the one (`("ro", "mah")` -> `"romah"`)."""
    pairs = (fold(row["name"]).split() for row in _rows("joined_family_names.csv"))
    return {(a, b): a + b for a, b in pairs}


@cache
def _genre_words() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Kind -> (folded words, their genres), the longest words first."""
    out: dict[str, dict[str, set[str]]] = {}
    for row in _rows("event_genres.csv"):
        words = f" {fold(row['words'])} "
        out.setdefault(row["kind"], {}).setdefault(words, set()).add(row["genre"])
    return {
        kind: sorted(((w, frozenset(g)) for w, g in rows.items()), key=lambda r: -len(r[0]))
        for kind, rows in out.items()
    }


def event_genres(kind: str, title: str | None) -> tuple[str, ...]:
    """The genres an event's title names (`data/event_genres.csv`): the part before the
    organiser the extractor appends (`Hội nghị tập huấn … — Công an tỉnh X`). Longer words
    are read first and taken out, so `kỷ niệm chương` (a medal) is no `kỷ niệm`."""
    if not title:
        return ()
    text = f" {fold(title.split(' — ')[0])} "
    found: set[str] = set()
    for words, genres in _genre_words().get(kind, []):
        if words in text:
            found |= genres
            text = text.replace(words, " | ")
    return tuple(sorted(found))


@cache
def implied_units() -> dict[str, str]:
    """Role -> the unit it belongs to when none is written."""
    return {row["role"]: row["unit"] for row in _rows("implied_units.csv")}


def rank_seniority(rank: str | None) -> int | None:
    """A rank's place in the scheme, higher = more senior; None for an unknown word."""
    order = rank_order().get(rank or "")
    return -order if order is not None else None


def rank_name(seniority: int) -> str | None:
    """The rank at a place in the scheme (the inverse of `rank_seniority`)."""
    found = [name for name, order in rank_order().items() if -order == seniority]
    return min(found) if found else None


def period(date: str | None) -> Period | None:
    """`2020-03-02` -> that day; `2020-03` -> the month; `2020` -> the year; None if unknown."""
    if not date:
        return None
    try:
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts).toordinal()
            return day, day
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1).toordinal(), dt.date(
                parts[0], parts[1], last
            ).toordinal()
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal()
    except ValueError:
        return None
    return None


def within(inner: Period, outer: Period) -> bool:
    """`inner` certainly falls inside `outer` (both held on every day `inner` may mean)."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def years_between(earlier: Period, later: Period) -> float:
    """The least time that can separate the two, in years (0 when they may overlap)."""
    return max(0, later[0] - earlier[1]) / 365.25


@cache
def absorbed_police() -> dict[str, frozenset[str]]:
    """Local id of a provincial police that took in others in the 2025 merger -> theirs
    (`cong-an-tinh-lao-cai` -> `cong-an-tinh-yen-bai`), from `ingest/data/admin/provinces.csv`."""
    out: dict[str, set[str]] = {}
    for row in table("admin/provinces.csv"):
        keeper, absorbed = province_unit(row["merged_2025"]), province_unit(row["name"])
        if row["merged_2025"] and keeper is not None and absorbed is not None:
            out.setdefault(slug(keeper[0]), set()).add(slug(absorbed[0]))
    return {k: frozenset(v) for k, v in out.items()}


_PROVINCIAL_BODY = re.compile(
    r"(?:Tỉnh ủy|Thành ủy|(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND) (?:tỉnh|thành phố))"
    r" (?P<place>.+)"
)


@cache
def body_province(name: str) -> str | None:
    """The local id of the provincial police of the province whose party committee, people's
    committee or council `name` is (`Tỉnh ủy Điện Biên` -> `cong-an-tinh-dien-bien`); None for
    any other body (`Thành ủy Vinh` is a city's)."""
    found = _PROVINCIAL_BODY.fullmatch(collapse_spaces(nfc(name)))
    unit = province_unit(found["place"]) if found else None
    return slug(unit[0]) if unit else None


def as_merged(units: frozenset[str], date: str | None) -> frozenset[str]:
    """Units as a mention of `date` means them: from the merger of provinces on, a provincial
    police stands also for those it took in (an officer of the Yên Bái police before is one of
    the Lào Cai police after)."""
    seen = period(date)
    if seen is None or seen[0] < _merged_on():
        return units
    absorbed = absorbed_police()
    return units.union(*(absorbed.get(u, frozenset()) for u in units))


def as_merged_departments(units: frozenset[str], date: str | None) -> frozenset[str]:
    """Departments as a mention of `date` means them: from the merger on, a department of a
    provincial police (`phong-canh-sat-giao-thong--cong-an-tinh-tuyen-quang`) stands also for
    the department of that name of each police it took in (`...--cong-an-tinh-ha-giang`): the
    two were joined into it."""
    seen = period(date)
    return units if seen is None else merged_departments_on(units, seen[0])


def merged_departments_on(units: frozenset[str], day: int) -> frozenset[str]:
    """`as_merged_departments` for a day number (`period`)."""
    if day < _merged_on():
        return units
    absorbed = absorbed_police()
    out = set(units)
    for unit in units:
        local, _, keeper = unit.rpartition("--")
        out |= {f"{local}--{old}" for old in absorbed.get(keeper, ())} if local else set()
    return frozenset(out)


@cache
def _merged_on() -> int:
    found = period(reorganisation_date("provinces_merged"))
    assert found is not None
    return found[0]
