"""Ministry units written short: departments of a ministry department named by their number
and the department, by its code or whole (`Phòng 4 - C45`, `Phó Trưởng phòng 4 - C45`,
`Phòng 7, Cục C47`, `Phòng 3, Cục Cảnh sát hình sự`),
and the ministry's office written `Văn phòng` alone in a list of its departments."""

from __future__ import annotations

import re

from core.kinds import UnitKind
from ingest.extract.hierarchy import MINISTRY
from ingest.extract.mentions import Mention, span_free
from ingest.extract.unit_codes import meaning, unit_in_brackets

# `phòng` in lower case is the end of a post (`Phó Trưởng phòng 4 - C45`): the unit is the rest
_NUMBERED = re.compile(r"(?<!\w)(?P<head>[Pp]hòng)\s+(?P<num>\d{1,2})\s*(?:[-–,]\s*)?")
_CODE = re.compile(r"(?:Cục\s+)?(?P<code>C\d{2})(?!\w)")


def find_numbered_departments(
    text: str, offset: int, found: list[Mention], codes: dict[str, str]
) -> None:
    """Add `Phòng <n>` under the department its code names in this article (`codes`), and that
    department."""
    # `Phòng 5, Cục …` has no code: the word every form opens with is the cheap test
    if "hòng" not in text:
        return
    for m in _NUMBERED.finditer(text):
        head = m.start("head") if m.group("head")[0] == "P" else m.start("num")
        start, end = offset + head, offset + m.end("num")
        free = span_free(found, start, end)
        coded = _CODE.match(text, m.end())
        if coded is None:
            # `Phòng 3, Cục Cảnh sát hình sự`: the department written whole
            at = offset + m.end()
            name = next(
                (o.value for o in found if o.start == at and o.unit_kind == UnitKind.MINISTRY_UNIT),
                None,
            )
        else:
            name = _coded(text, offset, found, codes, coded, add=free)
        if name is not None and free:
            number = f"Phòng {m.group('num')}"
            found.append(Mention(start, end, "org", number, name, UnitKind.MINISTRY_UNIT, None))


def _coded(
    text: str,
    offset: int,
    found: list[Mention],
    codes: dict[str, str],
    coded: re.Match[str],
    *,
    add: bool,
) -> str | None:
    """The department a code names (`C45`, `Cục C47`), added (when `add`) as a mention of its
    own unless the article writes it in brackets right after."""
    name = meaning(coded.group("code"), codes)
    said = unit_in_brackets(text, offset, found, coded.end())
    unit_start, unit_end = offset + coded.start(), offset + coded.end()
    if add and name is not None and said is None and span_free(found, unit_start, unit_end):
        found.append(
            Mention(unit_start, unit_end, "org", name, MINISTRY, UnitKind.MINISTRY_UNIT, None)
        )
    return name


# `Cụm thi đua số 6, Bộ Công an gồm Văn phòng, Cục Đối ngoại, …`
_BARE_OFFICE = re.compile(r"(?<!\w)Văn phòng(?=\s*,\s*Cục\s)")
OFFICE = "Văn phòng Bộ Công an"


def find_bare_office(text: str, offset: int, found: list[Mention]) -> None:
    """`Văn phòng` alone before a ministry department in a list is the ministry's office."""
    for m in _BARE_OFFICE.finditer(text):
        start, end = offset + m.start(), offset + m.end()
        nxt = min((o for o in found if o.start > end), key=lambda o: o.start, default=None)
        if span_free(found, start, end) and nxt is not None and nxt.parent == MINISTRY:
            found.append(Mention(start, end, "org", OFFICE, MINISTRY, UnitKind.MINISTRY_UNIT, None))
