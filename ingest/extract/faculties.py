"""Faculties of the police schools (`Khoa Luật`, `khoa Cảnh sát hình sự` after `Trưởng`):
their names have no fixed form, so they run to the school named after them or to a verb."""

from __future__ import annotations

import re
from functools import cache

from core.kinds import UnitKind
from ingest.extract.lexicon import alternation, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import UPPER

# `Khoa Luật`, `khoa Cảnh sát hình sự` (after `Trưởng`): a faculty of the school named after it
_FACULTY = re.compile(rf"(?<!\w)(?P<head>Khoa|(?<=[Tt]rưởng )khoa)\s+(?P<name>[{UPPER}])")


@cache
def _faculty_end() -> re.Pattern[str]:
    ends = (*words("faculty_name_ends.txt"), *words("event_verbs.txt"))
    ends += words("attendance_cues.txt")
    return re.compile(
        rf"\s*(?:[,.;:()]|\s-\s|\svà\s+(?=[{UPPER}])|\s(?:{alternation(ends)})(?!\w))"
    )


_FACULTY_OF = re.compile(r"\s*(?:,|-|–|của|thuộc)?\s*$")


def find_faculties(text: str, offset: int, found: list[Mention]) -> None:
    """Faculties: the name runs to the school after it, else to punctuation or a verb; the
    school written right after it (`Khoa Luật, Học viện X`) is its parent."""
    for match in _FACULTY.finditer(text):
        start = match.start("name")
        if any(m.start - offset <= start < m.end - offset for m in found):
            continue
        stop = _faculty_end().search(text, start)
        end = stop.start() if stop else len(text)
        schools = [
            m for m in found if m.start - offset > start and m.unit_kind == UnitKind.MINISTRY_UNIT
        ]
        school = min(schools, key=lambda m: m.start) if schools else None
        if school is not None:
            end = min(end, school.start - offset)
        name = " ".join(text[start:end].split())
        if not name or len(name.split()) > 12:
            continue
        name_end = start + len(text[start:end].rstrip())
        next_to = school is not None and _FACULTY_OF.match(text, name_end, school.start - offset)
        at = match.start() if match.group("head") == "Khoa" else start
        found.append(
            Mention(
                offset + at,
                offset + name_end,
                "org",
                f"Khoa {name}",
                school.value if school is not None and next_to else None,
                UnitKind.FACULTY,
            )
        )
