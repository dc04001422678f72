"""ISO dates of the sources as typed RDF literals: a day, a month or a year, as precise as known."""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Literal

from core.namespaces import XSD

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_literal(value: str | None) -> Literal | None:
    """`2020-03-05` -> xsd:date, `2020-03` -> xsd:gYearMonth, `2020` -> xsd:gYear; None when the
    text is not a valid date of one of those forms."""
    if not value:
        return None
    value = value.strip()
    if match := _DAY.match(value):
        try:
            dt.date(*map(int, match.groups()))
        except ValueError:
            return None
        return Literal(value, datatype=XSD.date)
    if (match := _MONTH.match(value)) and 1 <= int(match.group(2)) <= 12:
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return None


def year_of(value: str | None) -> str | None:
    return value[:4] if value and date_literal(value) is not None else None
