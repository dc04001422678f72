"""Changes of units an article reports (`giải thể Công an huyện X`, `sáp nhập A, B vào C`,
`hợp nhất A và B thành C`, `đổi tên A thành B`, `thành lập C`, `X kết thúc hoạt động`), each
with the day the sentence gives. The cue words and what they mean are `unit_change_cues.csv`.

A change is read only where a sentence names its units as unit mentions and gives a date:
`thành lập Ban chỉ đạo` or an undated `đã giải thể` yield nothing. Each cue in a sentence reads
the units between it and its neighbouring cues, so one sentence may report several changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.extract.annotate import Annotated, span
from ingest.extract.dates import find_dates
from ingest.extract.lexicon import first_words, leading, may_contain, table
from ingest.extract.mentions import Mention
from ingest.model import UnitChangeFact

# A founding names the new unit right after its cue (`thành lập Công an xã …`), not far away.
_FOUNDED_WITHIN = 12
# The units a cue acts on follow it closely (`giải thể 7 Công an quận: A, B`); a unit far after
# it names someone else (`… về giải thể Công an huyện, thị xã và quyết định của Giám đốc Công an
# tỉnh`).
_ACTED_ON_WITHIN = 40
# A date said as when a change takes effect (`từ ngày 1/7/2025`, `có hiệu lực từ 1/3`), not
# the day the decision was announced (`Ngày 2/1, … đổi tên A thành B từ ngày 1/1/2025`).
_TAKES_EFFECT = re.compile(r"(?i:\b(?:từ|kể từ)\s*(?:ngày\s*)?)$")
# What may stand between units and a cue after them when the units are its subject (`A và B
# chính thức kết thúc hoạt động`, `A được thành lập`), not the body that tells of it (`A tổ
# chức lễ công bố quyết định về giải thể …`).
_SUBJECT_GAP = re.compile(r"(?i)[\s,]*(?:(?:đã|được|bị|sẽ|vừa|mới|cũng|chính thức|đồng loạt)\s+)*")
# `A được thành lập`: the unit before a passive cue is the one it acts on.
_PASSIVE = re.compile(r"(?i)\b(?:được|bị)\s+$")
_OF_AFTER = re.compile(r"(?i)\s+của\b")
# `thuộc Công an tỉnh A`, `của Công an tỉnh A`: the unit the changed ones belong to
_OWNER = re.compile(r"(?i)\b(?:thuộc|của)\s+$")
# what joins the units of one list (`A, B và C`)
_JOINED = re.compile(r"(?i)\s*(?:,|và|cùng)?\s*")


@dataclass(frozen=True)
class Cue:
    words: str
    kind: str
    result_words: tuple[str, ...]
    units_before: bool  # the changing units are written before the cue


@cache
def cues() -> dict[str, Cue]:
    return {
        r["cue"]: Cue(
            r["cue"],
            r["kind"],
            tuple(filter(None, r["result_words"].split("|"))),
            r["units"] == "before",
        )
        for r in table("unit_change_cues.csv")
    }


@cache
def _cue_re() -> re.Pattern[str]:
    # the longest cue that ends at a word's end, as `(?i)\b(longest|…|shortest)\b` finds it,
    # in branches that open with a letter (`lexicon.leading`): a pattern opening with `\b`
    # makes the engine try a match at every character
    return re.compile(rf"({leading(list(cues()))})\b")


@cache
def _cue_triggers() -> frozenset[str]:
    return first_words(tuple(cues()))


def _free_word(
    text: str, words: tuple[str, ...], start: int, end: int, units: list[Mention]
) -> int | None:
    """Where the first of `words` stands in text[start:end] outside any unit name, or None."""
    if not words:
        return None
    pattern = re.compile(r"(?i)\b(" + "|".join(map(re.escape, words)) + r")\b")
    for match in pattern.finditer(text, start, end):
        if not any(u.start <= match.start() < u.end for u in units):
            return match.start()
    return None


def _names(units: list[Mention]) -> list[str]:
    return list(dict.fromkeys(u.value for u in units))


def changes_in(ann: Annotated, line_date: str | None) -> list[UnitChangeFact]:
    """The changes one annotated sentence reports with their units and date."""
    if not may_contain(ann.text, _cue_triggers()):
        return []
    matches = list(_cue_re().finditer(ann.text))
    dates = find_dates(ann.text, line_date) if matches else []
    if not dates:
        return []
    effective = [
        d
        for d in dates
        if _TAKES_EFFECT.search(ann.text, max(0, d.start - 12), d.start)
        or _TAKES_EFFECT.search(ann.text, d.start, min(d.end, d.start + 12))
    ]
    units = [m for m in ann.mentions if m.kind == "org"]
    bounds = [0, *(m.end() for m in matches)]
    ends = [*(m.start() for m in matches[1:]), len(ann.text)]
    found = []
    for match, left, right in zip(matches, bounds, ends, strict=False):
        cue = cues()[match.group(1).lower()]
        before = [u for u in units if left <= u.start and u.end <= match.start()]
        if cue.units_before and _OF_AFTER.match(ann.text, match.end()):
            before = []  # `kết thúc hoạt động của Công an cấp huyện`: the units come after
        after = [u for u in units if match.end() <= u.start and u.end <= right]
        if after and after[0].start - match.end() > _ACTED_ON_WITHIN:
            after = []
        # `giải thể 7 Công an quận, huyện thuộc Công an thành phố A gồm: …`: the units' parent
        # (not `kết thúc hoạt động của Công an huyện A`, the unit itself)
        of = _OF_AFTER.match(ann.text, match.end())
        after = [
            u
            for u in after
            if (of and u.start == of.end() + 1)
            or not _OWNER.search(ann.text, max(0, u.start - 14), u.start)
        ]
        if ann.text.rfind("(", 0, match.start()) > ann.text.rfind(")", 0, match.start()):
            # `(khi sáp nhập A vào B)`: a note whose day is not the sentence's
            inside = [d for d in effective if d.start > match.start()]
            if not inside:
                continue
        fact = _change(ann, cue, match, before, after, right, units)
        if fact is not None:
            # the day it takes effect nearest the cue, else the sentence's first day
            near = min(effective, key=lambda d: abs(d.start - match.start()), default=dates[0])
            fact.date = near.value
            found.append(fact)
    return found


def _subject(text: str, before: list[Mention], cue_start: int) -> list[Mention]:
    """The units before a cue when they are its subject: nothing but adverbs between."""
    if not before:
        return []
    gap = _SUBJECT_GAP.match(text, before[-1].end, cue_start)
    if gap is None or gap.end() != cue_start:
        return []
    if len(before) > 1 and _OWNER.search(text, max(0, before[-1].start - 14), before[-1].start):
        before = before[:-1]  # `Công an xã A thuộc Công an tỉnh B, được thành lập …`: A
    first = len(before) - 1
    while first and _JOINED.fullmatch(text, before[first - 1].end, before[first].start):
        first -= 1  # `A, B và C được sáp nhập …`: the whole list
    return before[first:]


def _change(
    ann: Annotated,
    cue: Cue,
    match: re.Match[str],
    before: list[Mention],
    after: list[Mention],
    right: int,
    units: list[Mention],
) -> UnitChangeFact | None:
    turn = _free_word(ann.text, cue.result_words, match.end(), right, units)
    between = [u for u in after if turn is None or u.start < turn]
    beyond = [u for u in after if turn is not None and u.start > turn]
    # the side a cue names its units on first; the other one only when they are its subject
    # (`A được sáp nhập vào B`), not a unit that tells of it
    first, second = (
        (before, between)
        if cue.units_before
        else (between, _subject(ann.text, before, match.start()))
    )
    kind, original, resulting = cue.kind, _names(first or second), _names(beyond)
    if kind == "founding":
        new = after[0] if after and after[0].start - match.end() <= _FOUNDED_WITHIN else None
        passive = _PASSIVE.search(ann.text, max(0, match.start() - 12), match.start())
        subject = _subject(ann.text, before, match.start()) if passive else []
        if new is None and subject:
            new = subject[-1]  # `Công an đặc khu A được thành lập từ ngày …`
            before = []  # those named before it hold the ceremony, they did not found it
        if new is None:
            return None
        # the founding body: named before the cue, else the unit the new one sits under
        original = _names(before) or ([new.parent] if new.parent else [])
        resulting = [new.value]
    elif resulting:
        if kind == "dissolution":
            kind = "merger"  # `giải thể A, nhập vào B`: A's people and work go on in B
        if turn is not None and ann.text[turn:].lower().startswith("vào"):
            original = original + [r for r in resulting if r not in original]
    elif kind != "dissolution":
        return None  # a merger, renaming or split names the units it resulted in
    if not original and kind != "founding":
        return None
    return UnitChangeFact(kind, "", original, resulting, span(ann.sentence))


def read_changes(
    annotated: list[Annotated], line_date: str | None, parents: dict[str, str | None]
) -> list[UnitChangeFact]:
    """Every change the sentences of a document report, in text order. A founding that names
    no founding body has the unit the article places the new one under (`parents`, the
    document's units), or is none."""
    found = []
    for fact in (fact for ann in annotated for fact in changes_in(ann, line_date)):
        if not fact.original and (parent := parents.get(fact.resulting[0])):
            fact.original = [parent]
        if fact.original:
            found.append(fact)
    return found
