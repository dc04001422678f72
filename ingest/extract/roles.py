"""Role mentions: the words of a post (`Phó Giám đốc`, `Ủy viên Ban Thường vụ`, `PCT`) found
in a sentence, marked when the post is a former one (`nguyên`), one held (`giữ chức vụ`),
recalled or awaited. Roles and committees are read from `roles.csv`, `committees.csv` and
`role_abbreviations.csv`."""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.boards import board_after
from ingest.extract.lexicon import (
    alternation,
    first_words,
    leading,
    leading_branches,
    may_contain,
    table,
)
from ingest.extract.mentions import Mention


@cache
def default_units() -> dict[str, str]:
    """Canonical role -> `ministry` or `province`: where it is when no unit is written."""
    out = {}
    for row in table("roles.csv"):
        if row["unit"]:
            for form in (row["role"], "Phó " + row["role"], "Quyền " + row["role"]):
                out[form] = row["unit"]
    return out


@cache
def _roles() -> dict[str, str]:
    return {r["role"].lower(): r["role"] for r in table("roles.csv")}


@cache
def _abbreviated() -> dict[str, str]:
    """`PCT` -> `Phó Chủ tịch`: posts written as abbreviations."""
    return {r["form"]: r["role"] for r in table("role_abbreviations.csv")}


@cache
def _abbreviated_re() -> re.Pattern[str]:
    forms = leading(list(_abbreviated()), (r"[\w|]",), ignore_case=False)
    return re.compile(rf"{forms}(?![\w|])")


@cache
def committees() -> dict[str, tuple[str, str]]:
    """Lower-cased committee word or its abbreviation (`BTV`) -> (canonical, scope)."""
    out = {r["committee"].lower(): (r["committee"], r["scope"]) for r in table("committees.csv")}
    for row in table("abbreviations.csv"):
        if row["expansion"].lower() in out:
            out[row["form"].lower()] = out[row["expansion"].lower()]
    return out


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = alternation(list(_roles()))
    bare = [c for c, (_, scope) in committees().items() if scope != "body"]
    # `(?<!\w)(?<!Phủ )(?:(?P<acting>Quyền)\s+)?(?i:(?P<vice>phó\s+)?(?P<role>…))`, written as
    # branches that open with a plain letter (`lexicon.leading`) in the order that form tries
    # them: acting, then vice, then the post alone (the whole match, no group).
    # `Quyền Giám đốc` (acting) only capitalised: `ủy quyền Bộ trưởng` is a mandate
    after = r"(?<!\w.)(?<!Phủ .)"
    alone = "|".join(leading_branches([*_roles(), "trưởng", "chánh"], (r"\w", "Phủ ")))
    role = re.compile(
        rf"(?:Q{after}(?P<acting>uyền)\s+(?i:(?P<vice>phó\s+)?(?P<role>{roles}|trưởng|chánh))"
        rf"|P{after}(?i:hó\s+(?P<role_p>{roles}|trưởng|chánh))"
        rf"|p{after}(?i:hó\s+(?P<role_v>{roles}|trưởng|chánh))"
        rf"|{alone})(?!\w)"
    )
    committee = re.compile(rf"{leading(bare)}(?!\w)")
    return role, committee


# `nguyên Giám đốc`, `cựu Cục trưởng`, `(Nguyên Phó Giám đốc`: a post held before; not
# `giữ nguyên` (kept), nor a name ending in `Nguyên` (`Lê Văn Nguyên Giám đốc` is not written)
_FORMER = re.compile(r"(?<!\w)(?<!giữ )(?:nguyên|cựu|(?<!\w )(?:Nguyên|Cựu))(?:\s+là)?\s+$")
# `từng giữ chức Phó Tổng cục trưởng …`, `từng trải qua các chức vụ …`, `từng là Giám đốc …`:
# held before; `có nhiều năm làm Phó Giám đốc … trước khi …`: held for years, before what follows
_HELD = re.compile(
    r"(?i:\b(?:từng|nhiều năm|\d+\s+năm)\s+(?:(?:giữ|trải qua|kinh qua|đảm nhiệm)\s+(?:các\s+)?"
    r"(?:chức vụ|chức danh|chức|cương vị)|là|làm)"
    r"\s*(?:\|\|)?\s*:?\s*)$"
)
# `khi còn là Phó Giám đốc …`, `lúc còn giữ chức …`, `trước đó là …`: a post recalled as held
# at a time before the article, as `nguyên` says; a verb is needed, so `Trước đó Giám đốc X
# chủ trì …` (the director now, at an earlier hour) is not one
_RECALLED = re.compile(
    r"(?i:\b(?:(?:khi|lúc|thời điểm|thời gian|hồi)\s+(?:còn|đang)|trước đó|trước đây)\s+"
    r"(?:là|làm|giữ|đảm nhiệm|đảm nhận)\s+(?:(?:các\s+)?(?:chức vụ|chức danh|chức|cương vị)"
    r"\s*(?:\|\|)?\s*)?)$"
)
# `trong thời gian chờ bổ nhiệm Giám đốc mới`: a post awaited, no one's yet
_AWAITED = re.compile(r"(?i:\bchờ\s+(?:bổ nhiệm|kiện toàn|có)\s+(?:chức(?: vụ)?\s+)?)$")
# `giám đốc một doanh nghiệp vận tải`, `giám đốc Công ty TNHH …`: a firm's post, no public one
_OF_FIRM = re.compile(r"\s+(?i:(?:của\s+)?(?:một|1)\s+)?(?i:doanh nghiệp|công ty|cty|DN)\b")
_DEPUTY_OF_BOARD = re.compile(r"(?<!\w)Phó(?= Ban [A-ZĐ]| \|)")
_JOINS_BOARD = re.compile(r"(?i:\btham gia\s+(?:Ban Chấp hành\s*,\s*)?)(?=Ban Thường vụ\b)")
_OFFICE = re.compile(r"(?i:(chức )vụ)(?= )")
_OFFICE_WORDS = frozenset({"chức vụ"})
# Post words that need the unit after them: `Trưởng Công an quận X`, `Chánh Văn phòng Bộ Công an`.
_BARE = {"trưởng": "Trưởng", "chánh": "Chánh"}
DEPUTIES = "Đoàn Đại biểu Quốc hội"  # a province's delegation of National Assembly deputies


@cache
def _triggers() -> frozenset[str]:
    return first_words((*_roles(), *committees(), *_abbreviated(), "phó", "trưởng"))


@cache
def _committee_words() -> frozenset[str]:
    """What every bare committee's match holds, lower-cased (the committee words, less those
    holding a shorter one): a sentence with none needs no scan by the committee pattern, whose
    many first letters make the engine try a match at most letters of the sentence."""
    bare = {c for c, (_, scope) in committees().items() if scope != "body"}
    return frozenset(c for c in bare if not any(o != c and o in c for o in bare))


_BOARD_OF = re.compile(r"(?<!\w)(?i:ban)\s$")


def _any_written(text: str, forms: dict[str, str]) -> bool:
    for form in forms:  # noqa: SIM110 (a loop, not any(): this runs on every sentence)
        if form in text:
            return True
    return False


def find_roles(text: str, offset: int = 0) -> list[Mention]:
    """Role and bare committee mentions. A lone `Trưởng` is kept only to form
    `Trưởng Công an quận` with the unit after it."""
    role_re, committee_re = _patterns()
    out: list[Mention] = []
    if not may_contain(text, _triggers()):
        return out
    # `giữ chức vụ Trưởng Công an quận`: `vụ Trưởng` there is not the post `Vụ trưởng`.
    if may_contain(text, _OFFICE_WORDS):
        text = _OFFICE.sub(lambda m: m.group(1) + "||", text)
    if "giữ quyền " in text:
        # `giữ quyền Trưởng Công an quận`: an acting post, as `Quyền Trưởng` is
        text = text.replace("giữ quyền ", "giữ Quyền ")
    for m in role_re.finditer(text):
        vice = m.group("vice") or m.group("role_p") or m.group("role_v")
        word = (m.group("role") or m.group("role_p") or m.group("role_v") or m.group(0)).lower()
        canonical = _BARE.get(word) or _roles()[word]
        after = text[m.end() : m.end() + 8].lower()
        if word in _BARE and not after.startswith((" công an", " |", " ban ")):
            continue
        # `Ban Giám đốc Công an tỉnh`, `Ban Chỉ huy`: the leadership as a body, no one's post
        if _BOARD_OF.search(text, max(0, m.start() - 4), m.start()):
            continue
        if vice:
            canonical = "Phó " + canonical
        if m.group("acting"):
            canonical = "Quyền " + canonical
        start, end = m.start(), m.end()
        if _AWAITED.search(text, max(0, start - 24), start) or _OF_FIRM.match(text, end):
            continue
        # `Trưởng Ban Tuyên giáo`, `Chủ nhiệm Ủy ban Kiểm tra`: the board is in the role
        if board := board_after(canonical, text, end):
            canonical, end = board
        mention = Mention(offset + start, offset + end, "role", canonical)
        if former := _FORMER.search(text, max(0, start - 12), start) or _RECALLED.search(
            text, max(0, start - 40), start
        ):
            # the mention covers `nguyên`, so the post reads as an apposition of the name
            mention.start = offset + former.start()
            mention.extra["former"] = "1"
        elif _HELD.search(text, max(0, start - 40), start):
            mention.extra["former"] = mention.extra["held"] = "1"
        out.append(mention)
    if "Phó Ban " in text or "Phó |" in text:
        for m in _DEPUTY_OF_BOARD.finditer(text):
            # `Phó Ban Tổ chức Trung ương`, `Phó Ban Tuyên giáo Tỉnh ủy`: a board's deputy head
            end, role = m.end(), "Phó"
            if board := board_after(role, text, end):
                role, end = board
            if not any(o.start <= offset + m.start() < o.end for o in out):
                out.append(Mention(offset + m.start(), offset + end, "role", role))
    if "tham gia" in text:
        for m in _JOINS_BOARD.finditer(text):
            # `chỉ định A tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy`: a member of it
            out.append(Mention(offset + m.start(), offset + m.end(), "role", "Ủy viên"))
    # the abbreviations are matched in their case: without one written, no scan
    for m in _abbreviated_re().finditer(text) if _any_written(text, _abbreviated()) else ():
        out.append(
            Mention(offset + m.start(), offset + m.end(), "role", _abbreviated()[m.group(0)])
        )
    for m in committee_re.finditer(text) if may_contain(text, _committee_words()) else ():
        canonical, scope = committees()[m.group(0).lower()]
        out.append(
            Mention(
                offset + m.start(), offset + m.end(), "committee", canonical, extra={"scope": scope}
            )
        )
    return out
