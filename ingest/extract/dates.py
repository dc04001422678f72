"""Dates of events, resolved against the article's date line.

`Ngày 5/3`, `sáng 7-8`, `Sáng 31.7` take the year of the date line; `12/12/2023` is complete;
`sáng nay`, `chiều qua` give no day, so the date is the date line's month (`2022-03`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.lexicon import leading, may_contain

_PART = r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|sáng sớm|chiều tối)"
_DAY_MONTH = re.compile(
    r"(?P<d>\d(?<![\d/.-].)\d?)\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?"
    r"(?![\d/.-]*\d)"
)
# `ngày 11 và 12/3`, `hai ngày 11-12/3`: an event over days is dated by its first day
_DAYS = re.compile(
    r"(?P<d>\d(?<![\d/.-].)\d?)\s*(?:và|-|–|,)\s*\d{1,2}\s*/\s*(?P<m>\d{1,2})"
    r"(?:/(?P<y>\d{4}))?(?![\d/.-]*\d)"
)
# `Sáng nay (9/3)`, `chiều qua, ngày 8/3`: the day given after the relative word
_RELATIVE_THEN_DAY = re.compile(
    r"(?i:\b(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay|qua)\s*[(,]\s*(?:ngày\s+)?)$"
)
# The word before a day/month that makes it a date (`Sáng 31.7`, `ngày thứ Hai 5/3`);
# `Trước đó một ngày (20/1)`: the day in brackets
_CUE_BEFORE = re.compile(rf"\b{_PART}\s+(?:\w+\s+){{0,2}}(?:ngày\s+)?\(?$")
_WORDS = re.compile(
    r"[nN](?<!\w.)(?i:gày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?)"
)
# `sáng nay`, `chiều qua`, `hôm kia`, written to open with the first letters (`lexicon.leading`)
_RELATIVE = re.compile(
    leading(("sáng", "chiều", "tối", "trưa", "đêm", "hôm")) + r"(?i:\s+(?:nay|qua)|(?<=hôm) kia)\b"
)


# `kéo dài đến hết ngày 31/12`: the end of a period, not the day of an event.
_RANGE_END = re.compile(r"(?i:\b(?:đến|tới|hết)\s*)$")
# `được thành lập ngày 1/7/2025`, `kể từ 1/3/2025`: when a state began, no day of the report
_SINCE = re.compile(r"(?i:\b(?:thành lập|kể từ)(?:\s+(?:khi|ngày|từ))*\s*)$")
# `nghỉ công tác hưởng chế độ hưu trí từ ngày 1/3`, `có hiệu lực từ 1/7`: when a decision
# takes effect, not the day it was handed over
# (`nhận nhiệm vụ từ ngày 5/8`, `vận hành thông suốt từ ngày 1/7`: when a post or a body starts)
_EFFECTIVE = re.compile(
    r"(?i:\b(?:hưu trí|nghỉ hưu|hiệu lực|nhận nhiệm vụ|nhận công tác|vận hành)\s+"
    r"(?:\w+\s+){0,2}?từ\s*)$"
)

# `Quyết định số 2468/QĐ-BCA ngày 28/3/2024`, `Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009`: the
# day a numbered paper was signed, not the day it was announced or carried out
_PAPER_NUMBER = re.compile(r"\d+/(?:\d{4}/)?[^\W\d_][\w-]*\s*,?\s*$")


# `Công an huyện A kết thúc hoạt động từ ngày 1/3/2025`, `sáp nhập vào B từ 1/7`: the day a
# unit changed, not that of an event the sentence reports
_CHANGED = re.compile(
    r"(?i:\b(?:kết thúc hoạt động|chấm dứt hoạt động|giải thể|sáp nhập|hợp nhất|đổi tên)\b"
    r"[^.;:]{0,60}?\btừ\s*)$"
)
_STAMP_AFTER = re.compile(r"\s+\d{1,2}:\d{2}\b")
_DIGIT = re.compile(r"\d")
_RELATIVE_WORDS = frozenset({" nay", " qua", "hôm kia"})


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO date or year-month


def _year_month(line_date: str | None) -> tuple[int, int] | None:
    if not line_date or not re.match(r"^\d{4}-\d{2}", line_date):
        return None
    return int(line_date[:4]), int(line_date[5:7])


def _resolved(match: re.Match[str], line_date: str | None) -> str | None:
    """The date a match of day `d`, month `m` and perhaps year `y` stands for."""
    year = int(match.group("y")) if match.group("y") else None
    return _resolve(int(match.group("d")), int(match.group("m")), year, line_date)


def _resolve(day: int, month: int, year: int | None, line_date: str | None) -> str | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year is None:
        ym = _year_month(line_date)
        if ym is None:
            return None
        year = ym[0]
        # An article of January about `ngày 28/12` speaks of the year before.
        if month - ym[1] > 6:
            year -= 1
    return f"{year:04d}-{month:02d}-{day:02d}"


_HAPPENED = re.compile(
    r"(?i:\bxảy ra\s+(?:vào\s+)?(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s+)?(?:hôm\s+)?)$"
)


def find_dates(
    text: str, line_date: str | None, offset: int = 0, *, beginnings: bool = True
) -> list[DateMention]:
    """Time expressions in `text` that name a day, in text order. `beginnings=False` leaves out
    the day a state began (`kể từ 1/3/2025`, `thành lập ngày …`): it dates a change of a unit,
    never the day of a reported event."""
    out: list[DateMention] = []
    if not _DIGIT.search(text) and not may_contain(text, _RELATIVE_WORDS):
        return out
    for match in _WORDS.finditer(text):
        value = _resolved(match, line_date)
        if value:
            out.append(DateMention(offset + match.start(), offset + match.end(), value))
    for match in _DAYS.finditer(text):
        cue = _CUE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if cue is None:
            continue
        value = _resolved(match, line_date)
        if value:
            out.append(DateMention(offset + cue.start(), offset + match.end(), value))
    for match in _DAY_MONTH.finditer(text):
        cue = _CUE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        cue = _RELATIVE_THEN_DAY.search(text, max(0, match.start() - 30), match.start()) or cue
        start = cue.start() if cue else match.start()
        if _RANGE_END.search(text, max(0, start - 12), start):
            continue
        if not beginnings and _SINCE.search(text, max(0, start - 20), start):
            continue
        if not beginnings and _EFFECTIVE.search(text, max(0, start - 30), start):
            continue
        if (
            not beginnings
            and "từ" in text[max(0, start - 5) : start]
            and _CHANGED.search(text, max(0, start - 100), start)
        ):
            continue
        if not beginnings and _PAPER_NUMBER.search(text, max(0, start - 40), start):
            continue
        # `… vụ án giết người xảy ra ngày 26-6 vừa qua`: the day of the deed, not the report's
        if not beginnings and _HAPPENED.search(text, max(0, start - 30), start):
            continue
        if not cue and not match.group("y"):
            continue
        # `… lần thứ hai 17/08/2024 10:45`: when the page was put out, no day of the report
        if not cue and _STAMP_AFTER.match(text, match.end()):
            continue
        value = _resolved(match, line_date)
        if value and all(start >= d.end - offset or match.end() <= d.start - offset for d in out):
            out.append(DateMention(offset + start, offset + match.end(), value))
    ym = _year_month(line_date)
    if ym is not None:
        for match in _RELATIVE.finditer(text):
            if any(d.start - offset <= match.start() < d.end - offset for d in out):
                continue
            out.append(
                DateMention(
                    offset + match.start(), offset + match.end(), f"{ym[0]:04d}-{ym[1]:02d}"
                )
            )
    return sorted(out, key=lambda d: d.start)
