"""Events: kind from cue words (`event_cues.csv`), date from the sentence or the date line,
organisers, chair and attendees. Events are read from sentences that give a time (`Ngày 5/3`,
`chiều qua`), from one saying an event was just held (`vừa tổ chức`, dated by the date line)
or, when no sentence does, from the lead sentence; later sentences add attendees
(`tham dự`, `phát biểu`, `chủ trì` …) to the event they name or to the first one."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ingest.extract.lexicon import alternation, first_words, leading, may_contain, table, words
from ingest.extract.normalise import UPPER


@cache
def _cues() -> dict[str, str]:
    return {r["cue"].lower(): r["kind"] for r in table("event_cues.csv")}


@cache
def _cue_re() -> re.Pattern[str]:
    # `lễ hội` is a festival, `lễ tân` a reception desk, `nghỉ lễ 30/4` a holiday: not
    # ceremonies of the police (a count after the word is no day: `khen thưởng đột xuất 3
    # tập thể`, `hội nghị 6 tháng đầu năm`).
    behind = (r"\w", "nghỉ ", "dịp ", "ngày ", "kỳ ")
    not_after = r"(?!\s+(?:(?:hội|tân|phép|tết)\b|\d{1,2}\s*[/.-]\s*\d))"
    return re.compile(leading(list(_cues()), behind) + r"(?!\w)" + not_after)


# The prefilters' word sets, built once: hashing a list of hundreds of cues per call to find
# its cached set cost more than the search it saves.
@cache
def _cue_triggers() -> frozenset[str]:
    return first_words(tuple(_cues()))


@cache
def _attend_triggers() -> frozenset[str]:
    return first_words(words("attendance_cues.txt"))


@cache
def _weak() -> frozenset[str]:
    return frozenset(w.lower() for w in words("event_weak_cues.txt"))


@cache
def _verb_before() -> re.Pattern[str]:
    verbs = alternation(words("event_verbs.txt"))
    return re.compile(rf"(?<!\w)(?i:{verbs})(?:\s+\w+){{0,2}}\s*$")


@cache
def _attend_re() -> re.Pattern[str]:
    behind = (r"\w", "khai ", "tiếp ", "thu ", "ghi ", "từng ", "lần ")
    not_after = r"án|báo|kiến|thảo|toán|định|trù|bị|thức|xét|diện|lỗi|thấy|tục|cận|thu|theo|tế|lệnh"
    # `khai nhận`, `tiếp nhận`, `thu nhận`: a suspect's confession or an intake, no attendance;
    # `từng được tặng`, `hai lần được tặng`: honours of the past
    return re.compile(
        rf"{leading(words('attendance_cues.txt'), behind)}(?!\w)"
        rf"(?!\s+(?:{not_after})\b)"
    )


def event_cues(text: str, strong_only: bool = False) -> list[tuple[int, str]]:
    """(offset in text, kind) of each event cue that names an event here; `strong_only`
    leaves out the words that often name no event (`cao điểm`, `kế hoạch`)."""
    return list(_event_cues(text, strong_only))


# The event pass asks for the cues of one sentence several times.
@lru_cache(maxsize=256)
def _event_cues(text: str, strong_only: bool) -> tuple[tuple[int, str], ...]:
    out: list[tuple[int, str, bool]] = []
    if not may_contain(text, _cue_triggers()):
        return ()
    previous_end: int | None = None
    previous_kind = ""
    served: int | None = None  # where the last event served ends
    qualified = False  # whether the last cue only said what the conference before does
    for m in _cue_re().finditer(text):
        if text[m.start()].isupper() and _IN_NAME.search(text, max(0, m.start() - 10), m.start()):
            continue  # `Đại tá Dương Hữu Lễ có buổi làm việc`: the last syllable of a name
        cue = m.group(0).lower()
        # `hội nghị tuyên dương`: a weak cue qualifying another event names no new one.
        gap = text[previous_end : m.start()] if previous_end is not None else "-"
        qualifies = not gap.strip()
        previous_end = m.end()
        kind = _cues()[cue]
        # `hội nghị công bố quyết định`, `hội nghị tuyên dương, khen thưởng đột xuất`: what the
        # conference does, not a ceremony of its own
        qualified = (kind == "ceremony" and previous_kind == "conference") and bool(
            qualifies or (qualified and _LISTED_ON.match(gap))
        )
        if qualified:
            continue
        previous_kind = kind
        # `bảo vệ an toàn Đại hội …`, `trong thời gian diễn ra Đại hội A và Đại hội B`: events
        # the one reported serves, not ones reported
        if _SERVES.search(text, max(0, m.start() - 30), m.start()) or (
            served is not None and _AND_ANOTHER.match(text[served : m.start()])
        ):
            served = m.end()
            continue
        # `Tuần lễ Cấp cao APEC`: a week, no ceremony
        if cue == "lễ" and text[max(0, m.start() - 5) : m.start()].lower() == "tuần ":
            continue
        # `UBND tỉnh B thông tin ông C vừa khen thưởng đột xuất …`: a reward reported, no
        # ceremony of the report
        if cue.startswith("khen thưởng") and _REPORTED.search(text, 0, m.start()):
            continue
        if cue in _weak() and (
            strong_only
            or qualifies
            or not _verb_before().search(text[max(0, m.start() - 40) : m.start()])
        ):
            continue
        out.append((m.start(), _cues()[cue], cue in _secondary()))
    # `trao Giấy khen` at a `hội nghị` is part of it; `trao quyết định bổ nhiệm`, `lễ công bố
    # quyết định về công tác cán bộ` is a ceremony and an appointment
    # `đến thăm và trao Giấy khen`: a visit that gives something is that ceremony
    if any(kind != "other" for _, kind, _ in out):
        out = [c for c in out if c[1] != "other"]
    out = sorted(out + _appointment_announced(text, out))
    if any(not secondary and kind != "appointment" for _, kind, secondary in out):
        out = [c for c in out if not c[2]]
    return tuple((at, kind) for at, kind, _ in out)


# (`tiếp xúc cử tri … sau kỳ họp thứ nhất`: the session the meeting follows, inside a clause)
_SERVES = re.compile(
    # (`bảo đảm an ninh, trật tự Đại hội …`: the security of an event the campaign serves)
    r"(?i:\b(?:diễn ra|bảo vệ(?: tuyệt đối)?|an toàn|phục vụ|chào mừng|hướng tới"
    r"|an ninh(?:,?\s+trật tự)?|trật tự)\s+"
    r"|(?<=\w\s)(?:sau|trước)\s+)$"
)
_REPORTED = re.compile(r"(?i:\b(?:cho biết|thông tin|tin từ|thông báo)\b)")
_LISTED_ON = re.compile(r"^\s*(?:,|và)\s*$")
# a capitalised syllable right before a capitalised cue: the cue word ends a name
_IN_NAME = re.compile(rf"[{UPPER}]\w*\s$")
_AND_ANOTHER = re.compile(r"^[^,;.]{0,60}\svà\s+$")


# `tân Giám đốc`, `tân Phó Cục trưởng`: an officer just appointed to the post (lower-case
# `tân` before a capitalised post; `Tân` capitalised begins a place or a name).
_NEWLY_APPOINTED = re.compile(r"(?<!\w)tân\s+[A-ZĐ]")


@cache
def _decision_cues() -> frozenset[str]:
    return frozenset(w.lower() for w in words("decision_cues.txt"))


def _appointment_announced(
    text: str, found: list[tuple[int, str, bool]]
) -> list[tuple[int, str, bool]]:
    """`trao quyết định … cho Đại tá A, tân Giám đốc …`: a decision handed to an officer named
    as newly appointed announces an appointment, though no word of appointing is said."""
    if any(kind == "appointment" for _, kind, _ in found):
        return []
    handed = [at for at, _, _ in found if _cue_at(text, at) in _decision_cues()]
    marker = _NEWLY_APPOINTED.search(text, min(handed)) if handed else None
    return [(marker.start(), "appointment", False)] if marker else []


def cue_end(text: str, at: int) -> int:
    """Where the event word found at `at` ends."""
    found = _cue_re().match(text, at)
    return found.end() if found else at


def secondary_cue(text: str, at: int) -> bool:
    """Whether the cue at `at` names an event only when no other does (`trao quyết định`)."""
    return _cue_at(text, at) in _secondary()


def _cue_at(text: str, at: int) -> str:
    found = _cue_re().match(text, at)
    return found.group(0).lower() if found else ""


@cache
def _secondary() -> frozenset[str]:
    return frozenset(w.lower() for w in words("event_secondary_cues.txt"))


def kind_named(text: str) -> str | None:
    """The kind of the first event noun in a sentence (`tại hội nghị` -> conference)."""
    for _, kind in event_cues(text):
        return kind
    return None


@lru_cache(maxsize=256)  # asked of one sentence by the person pass and the event pass
def has_attendance_cue(text: str) -> bool:
    if not may_contain(text, _attend_triggers()):
        return False
    return _attend_re().search(text) is not None


@cache
def _held_re() -> re.Pattern[str]:
    held = alternation(words("event_held_cues.txt"))
    return re.compile(rf"(?<!\w)(?i:{held})\s+")


# `Những năm qua, X đã tổ chức …`, `Năm 2023, …`: events of the past, not reported ones
# (`vừa qua` is recent).
_LOOKS_BACK = re.compile(
    r"(?i:\b(?:trước đó|trước đây|thời gian qua|năm qua|những năm|các năm|hằng năm|hàng năm"
    r"|từ đầu năm|năm \d{4}|từng)\b)"
)


def looks_back(text: str) -> bool:
    """Whether a sentence tells of years past (`Những năm qua, …`, `Năm 2023, …`)."""
    return _LOOKS_BACK.search(text) is not None


_HOLDS_EVENT = re.compile(r"(?<!\w)(?i:(?:long trọng |trọng thể |trang trọng )?tổ chức)\s+")


def held_just(text: str, lead: bool = False) -> int | None:
    """`Công an huyện X vừa tổ chức hội nghị …`: where the event a sentence says was just held
    is named (its cue's offset), when the sentence does not look back to years past; in the
    body's lead, `tổ chức` alone says so (`Nhân kỷ niệm …, UBND TP X tổ chức lễ đón nhận …`)."""
    held = _held_re().search(text) or (_HOLDS_EVENT.search(text) if lead else None)
    if held is None or _LOOKS_BACK.search(text, 0, held.start()):
        return None
    return next((at for at, _ in event_cues(text) if at == held.end()), None)


@cache
def _remote_point_re() -> re.Pattern[str]:
    # `từ điểm cầu Bộ Công an`: the hall it is broadcast from, its host's
    cues = alternation(words("remote_point_cues.txt"))
    return re.compile(rf"(?<!\w)(?<![tT]ừ )(?i:{cues})\s+$")


def at_remote_point(text: str, at: int) -> bool:
    """Whether the unit named at `at` is a hall following an online conference (`tại điểm cầu
    Công an tỉnh X`), which attends and holds nothing."""
    return _remote_point_re().search(text, max(0, at - 16), at) is not None


# `Công an tỉnh X dự hội nghị trực tuyến toàn quốc`: a unit that attends (not `dự án`,
# `dự kiến` …)
_ATTENDS = re.compile(
    r"(?<!\w)(?i:dự)(?!\w)(?!\s+(?i:án|kiến|báo|thảo|toán|thi|bị|phòng|trữ|định|đoán)\b)"
)
_HOLDS_TOO = re.compile(r"(?i:\btổ chức\b)")


def attends_only(text: str, unit_end: int, cue_at: int) -> bool:
    """Whether the unit ending at `unit_end` is said to attend the event named at `cue_at`
    (`dự`) rather than to hold it."""
    between = text[unit_end:cue_at]
    return _ATTENDS.search(between) is not None and _HOLDS_TOO.search(between) is None


_CHAIR = re.compile(r"[cC](?<!\w.)(?i:hủ trì)\b")


def chair_at(text: str) -> int | None:
    """Where `chủ trì` is said in a sentence, if it is."""
    found = _CHAIR.search(text)
    return found.start() if found else None
