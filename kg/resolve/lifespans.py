"""When units existed, as the shipped reference data says, for reading an article's unit names
as of the article's date: a post an article of 2026 gives at a district police, which ended on
2025-03-01, is a post that ended then, not one held in 2026.

Read from the shipped file (not the store), so that building a document's graph stays a pure
function of the document; a newer release ingested into a store is used once it ships."""

from __future__ import annotations

import re
from functools import cache

from rdflib import Literal

from core.namespaces import XSD
from kg.units.reference import REFERENCE_FILE

_DISSOLVED = re.compile(
    r'^<([^>]+)> <https://schema\.org/dissolutionDate> "(\d{4}-\d{2}-\d{2})"', re.MULTILINE
)


@cache
def dissolution_dates() -> dict[str, str]:
    """Unit IRI -> the day it ended, for every unit the reference data ends."""
    text = REFERENCE_FILE.read_text(encoding="utf-8")
    return {unit: day for unit, day in _DISSOLVED.findall(text)}


def first_day(date: str) -> str:
    """`2026-01` -> `2026-01-01`, `2026` -> `2026-01-01`: the first day a date can mean."""
    return date + "-01" * (2 - date.count("-"))


def ended_by(unit: str, date: str | None) -> str | None:
    """The day `unit` ended if it had ended by `date` (an ISO day, month or year), else None."""
    ended = dissolution_dates().get(unit)
    if ended is None or not date:
        return None
    return ended if first_day(date) >= ended else None


def unit_end(unit: str, date: str | None) -> Literal | None:
    """`ended_by` as an xsd:date: the end of a post an article of `date` gives at `unit`."""
    ended = ended_by(unit, date)
    return None if ended is None else Literal(ended, datatype=XSD.date)
