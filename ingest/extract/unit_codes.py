"""What a ministry unit's code means in one article. A code can name two units over the years
(`C07`), so an article that writes a unit with its code says which one it means, either way
round: `Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)` or `C45 (Cục Cảnh sát
hình sự)`. Those meanings are noted (`Context.codes`) before any code of the sentence is read,
and every reader of a code (`Cục C07`, `C07` alone, `Phòng 4 - C45`) asks `meaning`."""

from __future__ import annotations

import re

from core.kinds import UnitKind
from core.text import fold
from ingest.extract.hierarchy import MINISTRY
from ingest.extract.mentions import Mention, span_free
from ingest.extract.unit_names import named_units

_CODE_AFTER_UNIT = re.compile(r"\s*\((?P<code>[A-Z]\d{2})\)")
_CODE_BEFORE_UNIT = re.compile(r"(?<!\w)(?P<code>[A-Z]\d{2})(?=\s*\()")
_BRACKET = re.compile(r"\s*\(\s*")
_CODED = re.compile(r"(?<!\w)(?P<cuc>Cục )?(?P<code>[A-Z]\d{2})\b")


def unit_in_brackets(text: str, offset: int, found: list[Mention], at: int) -> Mention | None:
    """The ministry department written in brackets from `at` on (`C45 (Cục …)`), if any."""
    bracket = _BRACKET.match(text, at)
    if bracket is None:
        return None
    start = offset + bracket.end()
    return next((o for o in found if o.start == start and o.value.startswith("Cục ")), None)


def said_with_its_unit(text: str, start: int, end: int) -> bool:
    """A code alone at `start:end` that goes with a unit written beside it: in brackets after
    the unit's name (`Cục An ninh kinh tế (A04)`), before it in brackets (`C45 (Cục …)`), or
    after a department of it (`Phòng 4 - C45`), read with that department."""
    before = text[max(0, start - 2) : start]
    return before.endswith(("(", "- ", "– ")) or text.startswith(" (", end)


def note_codes(found: list[Mention], text: str, offset: int, codes: dict[str, str]) -> None:
    """Note in `codes` each code the sentence writes with the unit it names."""
    for m in found:
        if m.unit_kind == UnitKind.MINISTRY_UNIT and (
            code := _CODE_AFTER_UNIT.match(text, m.end - offset)
        ):
            codes[code.group("code")] = m.value
    for coded in _CODE_BEFORE_UNIT.finditer(text):
        if said := unit_in_brackets(text, offset, found, coded.end()):
            codes[coded.group("code")] = said.value


def meaning(code: str, codes: dict[str, str]) -> str | None:
    """The unit a code names in this article: its own meaning, else the one unit the project's
    lists give the code (None when they give two, or none)."""
    if code in codes:
        return codes[code]
    known = named_units().get(fold(f"Cục {code}"))
    return known[0] if known else None


def read_coded_units(found: list[Mention], text: str, offset: int, codes: dict[str, str]) -> None:
    """`Cục C07` or `C07` after the article said what it means: that unit, instead of the
    code's usual meaning read before."""
    if not codes:
        return
    for coded in _CODED.finditer(text):
        name = codes.get(coded.group("code"))
        if name is None:
            continue
        if coded.group("cuc") is None and said_with_its_unit(text, coded.start(), coded.end()):
            continue
        start, end = offset + coded.start(), offset + coded.end()
        same = [o for o in found if (o.start, o.end) == (start, end)]
        if same and same[0].unit_kind == UnitKind.MINISTRY_UNIT:
            same[0].value = name
        if not span_free(found, start, end):
            continue
        found.append(Mention(start, end, "org", name, MINISTRY, UnitKind.MINISTRY_UNIT, None))
