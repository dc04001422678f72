"""The days the 2025 reorganisation took effect (`core/data/reorganisation.csv`), for every
layer: reading an article (ingest) and building the reference data of units (kg) take them
from this one table."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "reorganisation.csv"


@cache
def reorganisation_dates() -> dict[str, str]:
    """ISO day by change (`district_police_dissolved`, `provinces_merged`)."""
    with TABLE.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["change"].strip(): row["date"].strip() for row in rows}


def reorganisation_date(change: str) -> str:
    dates = reorganisation_dates()
    if change not in dates:
        raise KeyError(f"{change!r} is not a change of {TABLE.name}: {sorted(dates)}")
    return dates[change]
