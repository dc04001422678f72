"""Reading the data files under `ingest/data/`: word lists, CSV tables and the gazetteer.

Every list is read once per process (cached) and matched case-insensitively by the callers."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from ingest.extract.normalise import modern_tones

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _lines(path: Path) -> list[str]:
    text = modern_tones(path.read_text(encoding="utf-8"))
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list, e.g. `surnames.txt`."""
    return tuple(_lines(DATA_DIR / name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A CSV table with a header row; lines starting with `#` are comments."""
    rows = csv.DictReader(_lines(DATA_DIR / name))
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


def alternation(items: list[str] | tuple[str, ...]) -> str:
    """A regex alternation that prefers the longest item (`Thứ trưởng Thường trực` first)."""
    import re

    return "|".join(re.escape(i) for i in sorted(set(items), key=len, reverse=True))
