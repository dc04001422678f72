"""The sentences of a document that tell an event, each with the dates it is told on: a
dated sentence, one that goes on about the same day (`Cùng ngày`, `Tại buổi lễ`), the lead
of an undated article."""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.annotate import Annotated
from ingest.extract.dates import DateMention, find_dates
from ingest.extract.events import (
    cue_end,
    event_cues,
    held_just,
    looks_back,
)
from ingest.extract.lexicon import alternation, leading, words

# A sentence that looks back or ahead, not at the day told (branches that open with a letter,
# `lexicon.leading`: one opening with `\b` makes the engine try a match at every character)
LOOKS_BACK = re.compile(
    leading(
        (
            *("trước đó", "trước đây", "thời gian qua", "năm qua", "những năm", "các năm"),
            *("hằng năm", "hàng năm", "từ đầu năm", "dịp", "vừa qua", "sắp tới", "thời gian tới"),
        )
    )
    + r"\b"
)


def event_sentences(
    annotated: list[Annotated], line_date: str | None, text: str
) -> list[tuple[Annotated, list[tuple[int, str | None]]]]:
    """Sentences that give a time, with (offset, date) of each, then the lead sentence if it
    gives none (dated by the date line; an offset of -1 marks it). Before any day is given, a
    sentence saying an event was just held (`vừa tổ chức hội nghị`) is dated by the date
    line's month."""
    dated: list[tuple[Annotated, list[tuple[int, str | None]]]] = []
    seen: str | None = None  # the last date any sentence gave
    # the last date a sentence naming an event gave (`Trước đó, ngày 21/9, … cướp …` between
    # the ceremony and `Tại buổi lễ, …` dates no event)
    held: str | None = None
    lead = _body_lead(annotated, text)
    for ann in annotated:
        dates = _outside_brackets(ann.text, find_dates(ann.text, line_date, beginnings=False))
        if dates:
            found = [(d.start, _same_day_now(d.value, seen)) for d in dates]
            dated.append((ann, found))
            seen = found[-1][1]
            held = seen if event_cues(ann.text) else held
        elif dated and (same := same_day_cue().match(ann.text)):
            dated.append((ann, [(same.start(1), dated[-1][1][-1][1])]))
        elif dated and (occasion := appointed_then(ann.text)) is not None:
            dated.append((ann, [(occasion, dated[-1][1][-1][1])]))
        elif seen is not None and (at := at_event(ann.text)) is not None:
            dated.append((ann, [(at, held or seen)]))
        elif seen is not None and held is None and (at := at_event(ann.text, True)) is not None:
            # `Ngày 9-5, Bộ Công an … thưởng …. Phát biểu tại buổi lễ, …`: the only word of the
            # event is that someone spoke at it (one told before is the one spoken at)
            dated.append((ann, [(at, seen)]))
        elif seen is None and (at := held_just(ann.text, ann is lead)) is not None:
            # no day said: the date line's month, as for `sáng nay`
            dated.append((ann, [(at, line_date[:7] if line_date else None)]))
    if annotated and (not dated or dated[0][0] is not annotated[0]):
        dated.append((_lead(annotated, bool(dated), text), [(-1, line_date)]))
    return dated


def _outside_brackets(text: str, dates: list[DateMention]) -> list[DateMention]:
    """`Ngày 18-8, … Lễ kỷ niệm 80 năm … (19-8-1945 - 19-8-2025)`: the days of an anniversary's
    span in brackets are no days of the report, when the sentence gives one outside them
    (`Sáng nay (9/3)` gives its day only in brackets)."""
    outside = [d for d in dates if not _bracketed(text, d)]
    return outside if outside else dates


def _bracketed(text: str, date: DateMention) -> bool:
    opened = text.rfind("(", 0, date.start)
    return opened >= 0 and ")" not in text[opened : date.start] and ")" in text[date.end :]


def _body_lead(annotated: list[Annotated], text: str) -> Annotated | None:
    """The first sentence after a headline that stands on its own line, if there is one."""
    if (
        len(annotated) < 2
        or "\n" not in text[annotated[0].sentence.end : annotated[1].sentence.start]
    ):
        return None
    return annotated[1]


def _lead(annotated: list[Annotated], dated: bool, text: str) -> Annotated:
    """The sentence an article without a day tells its event in: the headline, or the body's
    first sentence when the headline names no event (`Đồng Nai khen thưởng 15 tập thể …` over
    `Hội nghị sơ kết … có sự tham dự của …`)."""
    first = annotated[0]
    body = _body_lead(annotated, text)
    if dated or body is None or event_cues(first.text, strong_only=True):
        return first
    # (`Những năm qua, X đã tổ chức hội nghị …`: no event of the report)
    return first if looks_back(body.text) else body


_OCCASION = re.compile(r"\W*(?i:nhân dịp này|dịp này|cũng tại buổi lễ|tại buổi lễ này)\W")


def appointed_then(text: str) -> int | None:
    """`Dịp này, Đại tá A nhận quyết định giữ chức vụ …`: an appointment said to be made on the
    occasion told before is made that day (its offset). Other events of such a sentence
    (`Dịp này, 20 tập thể được trao Bằng khen`) are parts of that occasion, not events."""
    found = _OCCASION.match(text)
    cues = event_cues(text) if found else []
    # `Nhân dịp này, A trao quyết định bổ nhiệm B`: handing over the decision is the appointment
    told = [
        (at, kind)
        for (at, kind), (then, after) in zip(cues, [*cues[1:], (len(text), "")], strict=False)
        if not (after == "appointment" and not text[cue_end(text, at) : then].strip())
    ]
    if found is None or not told or any(kind != "appointment" for _, kind in told):
        return None
    return told[0][0]


def _same_day_now(value: str | None, seen: str | None) -> str | None:
    """`Chiều 16/4, … Cũng trong chiều nay, …`: a day said as `nay` (only its month known) after
    a day of that month was given is that day."""
    if value and seen and len(value) == len("2021-04") and seen.startswith(value + "-"):
        return seen
    return value


@cache
def same_day_cue() -> re.Pattern[str]:
    cues = alternation(words("same_day_cues.txt"))
    return re.compile(rf"\W*((?i:{cues}))(?!\w)")


_AT = re.compile(r"\W*(?i:tại|trong)\s+(?:(?i:buổi)\s+)?")
_SPOKEN_AT = re.compile(
    r"\W*(?i:phát biểu(?:\s+(?:chỉ đạo|khai mạc|bế mạc|kết luận))?\s+tại)\s+(?:(?i:buổi)\s+)?"
)


def at_event(text: str, spoken: bool = False) -> int | None:
    """`Tại buổi lễ trao quyết định, …`, `Tại hội nghị, …` (or, `spoken`, `Phát biểu tại buổi
    lễ, …`): a sentence that opens at an event without a date of its own is at the event of the
    day told before (the offset of its cue)."""
    opening = (_SPOKEN_AT if spoken else _AT).match(text)
    clause = text.split(",", 1)[0]  # `Tại hội nghị năm qua, …` looks back; what follows may
    if opening is None or LOOKS_BACK.search(clause):
        return None
    cues = event_cues(text, strong_only=True)
    return cues[0][0] if cues and cues[0][0] == opening.end() else None
