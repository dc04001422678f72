"""The part of its day a report places an event in, read from the sentence that tells it:
the word right before the event's day (`Sáng 20/12`, `Chiều qua (15/3)`, `sáng thứ Ba
(12/3)`, `data/day_parts.csv`). A unit holds one conference in the morning and a district
under it its own in the afternoon, the same guests at both."""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import cache

from kg.resolve.rules import DATA_DIR

_BETWEEN = (
    r"\s+(?:(?:nay|qua|hôm qua)\s*[(,]?\s*)?(?:(?:thứ\s+\w+|chủ nhật)\s*[(,]?\s*)?"
    r"(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)"
)


@cache
def _parts() -> tuple[re.Pattern[str], dict[str, str]]:
    with (DATA_DIR / "day_parts.csv").open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = {row["word"]: row["part"] for row in csv.DictReader(lines)}
    words = "|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({words}){_BETWEEN}", re.IGNORECASE), rows


def day_part(sentence: str, date: str | None) -> str | None:
    """The part of the day `date` (an ISO day) the sentence places its event in, when it names
    one part for that day only."""
    if not sentence or not date or len(date) != 10:
        return None
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    pattern, parts = _parts()
    found = {
        parts[m.group(1).lower()]
        for m in pattern.finditer(sentence)
        if (int(m.group(2)), int(m.group(3))) == (day.day, day.month)
    }
    return found.pop() if len(found) == 1 else None
