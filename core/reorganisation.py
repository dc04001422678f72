"""The days the 2025 reorganisation took effect (`core/data/reorganisation.csv`) and the units
renamed in it (`core/data/renamings.csv`), for every layer: reading an article (ingest),
resolving its units (kg) and building the reference data of units (kg) take them from these
tables."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "reorganisation.csv"
RENAMINGS = TABLE.with_name("renamings.csv")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(lines):
        yield {key: (value or "").strip() for key, value in row.items()}


@cache
def reorganisation_dates() -> dict[str, str]:
    """ISO day by change (`district_police_dissolved`, `provinces_merged`)."""
    return {row["change"]: row["date"] for row in _rows(TABLE)}


def reorganisation_date(change: str) -> str:
    dates = reorganisation_dates()
    if change not in dates:
        raise KeyError(f"{change!r} is not a change of {TABLE.name}: {sorted(dates)}")
    return dates[change]


@dataclass(frozen=True)
class Renaming:
    """A unit that took a new name on `date` (see `core/data/renamings.csv`)."""

    date: str  # ISO day it took effect
    original: str  # canonical names
    resulting: str
    kind: str
    parent: str
    acts: tuple[str, ...]


@cache
def renamings() -> tuple[Renaming, ...]:
    return tuple(
        Renaming(
            r["date"],
            r["original"],
            r["resulting"],
            r["kind"],
            r["parent"],
            tuple(filter(None, r["acts"].split("|"))),
        )
        for r in _rows(RENAMINGS)
    )
