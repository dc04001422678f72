"""Awards: `Huân chương Chiến công hạng Nhất`, `Bằng khen của Bộ trưởng Bộ Công an`, `được
Giám đốc CATP khen thưởng`, with grantor, recipient and counts (`27 tập thể và 105 cá nhân`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ingest.extract.lexicon import (
    alternation,
    expand_abbreviations,
    first_words,
    leading,
    may_contain,
    table,
    words,
)
from ingest.extract.normalise import LOWER, UPPER

# a count in figures or words (`Ba cán bộ, chiến sĩ …`, `hai tập thể`)
NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10,
}  # fmt: skip
_COUNT = rf"(?<!\w)(\d+|(?i:{'|'.join(NUMBERS)}))"
_COLLECTIVES = re.compile(rf"{_COUNT}\s+(?i:tập thể)")
_INDIVIDUALS = re.compile(rf"{_COUNT}\s+(?i:cá nhân|đồng chí|cán bộ|CBCS|chiến sĩ|sĩ quan)")
_CLASS = r"(?:\s+(?i:hạng)\s+(?:Nhất|Nhì|Ba|nhất|nhì|ba|I{1,3}\b|[1-3]\b))?"
_STOP = (
    r"(?:cho|của|và|được|tặng|trao|năm|đã|tại|vì|với|do|nhân\s+dịp|thuộc|có|hạng|từ|là|đến|"
    r"trong|theo|các|những|này|đó|lên|thời kỳ)"
)
_END = rf"\s+(?:hạng|{_STOP})\b|\s*[^\w\s]|\s*$"


@cache
def _named() -> dict[str, bool]:
    return {r["cue"].lower(): r["named"] == "yes" for r in table("award_cues.csv")}


@cache
def _verbs() -> list[str]:
    return [r["cue"].lower() for r in table("award_cues.csv") if r["named"] in ("verb", "reward")]


@cache
def _rewards() -> frozenset[str]:
    """Verbs that say a reward is given only where the units rewarded are named."""
    return frozenset(r["cue"].lower() for r in table("award_cues.csv") if r["named"] == "reward")


@cache
def _addressed() -> frozenset[str]:
    """Awards told only with those they are addressed to (`thư khen`)."""
    return frozenset(r["cue"].lower() for r in table("award_cues.csv") if r["named"] == "addressed")


@cache
def _unwritten() -> frozenset[str]:
    """Cues that introduce an award without being part of its name (`danh hiệu`)."""
    return frozenset(r["cue"].lower() for r in table("award_cues.csv") if r["written"] == "no")


@cache
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of an award's cue with its name, and that of a verb of rewarding. Each opens
    with its words' first letters (`lexicon.leading`): the one pattern of both that opened with a
    lookaround made the engine try a match at every character; `_cues_in` finds what it did."""
    cues = [c for c in _named() if c not in _verbs()]
    # `Chiến công hạng Nhất`, `Bảo vệ Tổ quốc hạng Ba`, `Vì an ninh Tổ quốc`: a capitalised
    # word, then words up to a word that starts the rest of the sentence.
    word = rf"[{UPPER}{LOWER}]+"
    # the first word may be an abbreviation (`Huân chương BVTQ`, `Huy chương Vì ANTQ`)
    # or a known name in lower case (`Huân chương chiến công hạng nhất`)
    first = rf"(?:(?i:{alternation(words('award_names.txt'))})(?!\w)|[{UPPER}]\w*)"
    title = rf"(?:\s+{first}(?:\s+(?!{_STOP}\b){word}){{0,8}}?(?={_END}))?"
    # `Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”`: a title in quotes
    quoted = rf"\s*[\"“](?P<quoted>[{UPPER}][^\"”]{{1,80}})[\"”]{_CLASS}"
    cue = re.compile(rf"(?P<cue>{leading(cues)})(?:{quoted}|(?P<title>{title}{_CLASS}))")
    # `tặng thưởng Huân chương`, `giải thưởng`: no reward of the verb's
    # (`nhiều hình thức khen thưởng khác`: a kind of reward, none given)
    not_after = (r"\w", "[tT]ặng ", "[gG]iải ", "hình thức ")
    verb = re.compile(rf"(?P<verb>{leading(list(_verbs()), not_after)})(?!\w)")
    return cue, verb


def _cues_in(text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """The cues and verbs of `text` in order, each with whether it is a verb: where one of each
    starts at one place the cue is taken, and the search goes on after what is taken."""
    cue_re, verb_re = _cue_res()
    cue, verb = cue_re.search(text), verb_re.search(text)
    while cue is not None or verb is not None:
        is_verb = cue is None or (verb is not None and verb.start() < cue.start())
        taken = verb if is_verb else cue
        assert taken is not None
        yield taken, is_verb
        if cue is not None and cue.start() < taken.end():
            cue = cue_re.search(text, taken.end())
        if verb is not None and verb.start() < taken.end():
            verb = verb_re.search(text, taken.end())


# `đã khen thưởng đột xuất Phòng Cảnh sát hình sự`, `thưởng các đơn vị: Công an huyện A, …`,
# `phần thưởng 50 triệu đồng cho tập thể cán bộ, chiến sĩ Đồn Biên phòng B`: the unit
# rewarded, said right after
REWARDED_UNIT = (
    # (`khen thưởng đột xuất kèm số tiền 20 triệu đồng cho Phòng X`)
    r"\s+(?:(?:đột xuất|nóng)\s+)?(?:kèm\s+(?:theo\s+)?(?:(?:tổng\s+)?số tiền\s+)?)?"
    r"(?:[\d.,]+\s+(?:triệu|nghìn|tỷ)\s+đồng\s+(?:tiền mặt\s+)?)?"
    r"(?:cho\s+)?"
    r"(?:(?:tập thể\s+)?(?:cán bộ,?\s+chiến sĩ|CBCS)\s+"
    r"|(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:đơn vị|tập thể)(?:\s+gồm)?\s*:?\s*)?"
    r"(?=(?:Phòng|Công an|Đội|Đồn|Trại|Tiểu đoàn|Cục|Tổng cục)\b)"
)
_UNIT_AFTER = re.compile(REWARDED_UNIT)
# `thưởng nóng 50 triệu đồng cho ban chuyên án`: a sum handed over is a reward given
_MONEY_AFTER = re.compile(
    r"\s+(?:(?:đột xuất|nóng)\s+)?(?:kèm\s+(?:theo\s+)?)?(?:(?:tổng\s+)?số tiền\s+)?"
    r"[\d.,]+\s+(?:triệu|nghìn|tỷ)\s+đồng\s+(?:tiền mặt\s+)?cho\b"
)
_TALLY = re.compile(r"(?i:\blượt\b|\bcác cấp\s*$)")
_REFERRED = re.compile(
    r"(?i:\b(?:các|những)\s+(?:đơn vị|tập thể|cá nhân)(?:\s*(?:,|và)\s*(?:tập thể|cá nhân))?"
    r"\s+(?:vừa\s+|đã\s+)?được\s*)$"
)
_LISTED_AFTER = re.compile(r"\s*,?\s*(?:là|gồm)\b")


@dataclass
class AwardMention:
    award: str
    start: int
    end: int
    verb: bool  # `khen thưởng`: the grantor comes before it (`được Giám đốc … khen thưởng`)
    named_only: bool = False  # a statement only with its recipients named (`thưởng các đơn vị`)

    def where(self) -> tuple[int, int, bool, bool]:
        return self.start, self.end, self.verb, self.named_only


_CLASS_WORD = re.compile(r"\s+(?i:hạng)\s+(?:Nhất|Nhì|Ba|nhất|nhì|ba|I{1,3}|[1-3])$")
# a class written in figures (`hạng III`, `hạng 3`) is written in words
_GRADES = {"i": "Nhất", "ii": "Nhì", "iii": "Ba", "1": "Nhất", "2": "Nhì", "3": "Ba"}
# `… hạng Nhất cho 73 đồng chí, hạng Nhì cho 88 đồng chí và hạng Ba …`: the same award again
_MORE_CLASSES = re.compile(
    r"(?:,|\bvà)\s+(?P<cls>(?i:hạng)\s+(?:Nhất|Nhì|Ba|nhất|nhì|ba|I{1,3}|[1-3]))\b"
)


def find_awards(text: str, offset: int = 0) -> list[AwardMention]:
    """Award mentions in text order, names written out (`BVTQ` -> `Bảo vệ Tổ quốc`)."""
    found = [
        AwardMention(_canonical_case(_known_only(expand_abbreviations(a.award))), *a.where())
        for a in _find(text, offset)
    ]
    return sorted(found + _elided_classes(found, text, offset), key=lambda a: a.start)


@cache
def _known_names() -> re.Pattern[str]:
    names = words("award_names.txt")
    return re.compile(rf"^(\S+(?: chương)?) ((?i:{alternation(names)}))(?!\w)")


_LOWER_TAIL = re.compile(rf"^(?: [{LOWER}]+)+$")


# `danh hiệu Anh hùng lần thứ ba`: how many times the unit has had it, no part of the name
_TIMES = re.compile(r"\s+lần thứ\s+\w+$")


def _known_only(award: str) -> str:
    """`Huân chương Chiến công sau chuyên án ma túy` (a headline): a known order's name ends
    where lower-case words without a class follow it."""
    award = _TIMES.sub("", award)
    known = _known_names().match(award)
    tail = award[known.end() :] if known else ""
    if known and _LOWER_TAIL.match(tail) and not _CLASS_WORD.match(tail):
        return award[: known.end()]
    return award


# `Anh hùng lực lượng vũ trang nhân dân` -> `Anh hùng Lực lượng vũ trang nhân dân`
_HERO = re.compile(r"^Anh hùng (?i:(lực lượng vũ trang nhân dân|lao động))(?!\w)")


def _canonical_case(award: str) -> str:
    """`Huân chương chiến công hạng nhất` -> `Huân chương Chiến công hạng Nhất`."""
    hero = _HERO.match(award)
    if hero:
        award = "Anh hùng " + hero.group(1).capitalize() + award[hero.end() :]
    known = _known_names().match(award)
    if known:
        canonical = {n.lower(): n for n in words("award_names.txt")}[known.group(2).lower()]
        award = f"{known.group(1)} {canonical}{award[known.end() :]}"
    cls = _CLASS_WORD.search(award)
    if cls:
        grade = award[cls.start() :].split()[-1]
        grade = _GRADES.get(grade.lower()) or grade.capitalize()
        award = award[: cls.start()] + " hạng " + grade
    return award


def order_of(award: str) -> str | None:
    """The order without its class (`Huân chương Bảo vệ Tổ quốc`); None without a class."""
    cls = _CLASS_WORD.search(award)
    return award[: cls.start()] if cls else None


def _elided_classes(found: list[AwardMention], text: str, offset: int) -> list[AwardMention]:
    out: list[AwardMention] = []
    for k, award in enumerate(found):
        cls = _CLASS_WORD.search(award.award)
        if cls is None:
            continue
        base = award.award[: cls.start()]
        limit = found[k + 1].start - offset if k + 1 < len(found) else len(text)
        clause_end = text.find(";", award.end - offset, limit)
        limit = limit if clause_end < 0 else clause_end
        for more in _MORE_CLASSES.finditer(text, award.end - offset, limit):
            name = _canonical_case(f"{base} {' '.join(more.group('cls').split())}")
            out.append(AwardMention(name, offset + more.start("cls"), offset + more.end(), False))
    return out


@cache
def _triggers() -> frozenset[str]:
    return first_words(tuple(_named()))


def _find(text: str, offset: int = 0) -> list[AwardMention]:
    if not may_contain(text, _triggers()):
        return []
    out = []
    for m, is_verb in _cues_in(text):
        if is_verb:
            before = text[max(0, m.start() - 80) : m.start()]
            counts = _COLLECTIVES.search(text) or _INDIVIDUALS.search(text)
            if not ("được" in before or counts or _UNIT_AFTER.match(text, m.end())) and not (
                _MONEY_AFTER.match(text, m.end())
            ):
                continue
            # `toàn Cụm có 820 lượt tập thể … được các cấp khen thưởng`: a year's tally
            if _TALLY.search(before):
                continue
            # `chúc mừng các đơn vị được khen thưởng`: those rewarded, told of again
            if _REFERRED.search(before) and not _LISTED_AFTER.match(text, m.end()):
                continue
            reward = m.group("verb").lower() in _rewards()
            out.append(
                AwardMention("khen thưởng", offset + m.start(), offset + m.end(), True, reward)
            )
            continue
        cue = m.group("cue")
        if m.group("quoted") and _named()[cue.lower()]:
            # the award is named without the quotes; the class after them is kept
            # (`danh hiệu “Chiến sĩ thi đua …”`: the title alone is the award's name)
            said = "" if cue.lower() in _unwritten() else cue[0].upper() + cue[1:].lower() + " "
            name = said + " ".join(m.group("quoted").split())
            tail = text[m.end("quoted") + 1 : m.end()]
            award = name + (" " + " ".join(tail.split()) if tail.strip() else "")
            out.append(AwardMention(award, offset + m.start(), offset + m.end(), False))
            continue
        # `danh hiệu Anh hùng …` names an award; a bare lower-case `bằng khen` may not, nor
        # `Huân chương` without its name (`trao Huân chương cho tập thể` repeats an award).
        named = _named()[cue.lower()]
        # `Huân chương hạng Ba` names no order: said again, it is read by `repeated_awards`
        unnamed = not m.group("title") or _CLASS_WORD.match(m.group("title"))
        if (named and unnamed) or (not named and cue[0].islower() and not _given(text, m)):
            continue
        canonical = "" if cue.lower() in _unwritten() else cue[0].upper() + cue[1:].lower()
        title = m.group("title") if _named()[cue.lower()] else ""
        award = (canonical + (title or "")).strip()
        end = m.start() + len(cue) + (len(title) if title else 0)
        addressed = cue.lower() in _addressed()
        out.append(AwardMention(award, offset + m.start(), offset + end, False, addressed))
    return out


# `trao tặng bằng khen và giấy khen`, `quyết định tặng bằng khen cho`, `được tặng bằng khen của
# Thủ tướng`: a lower-case award handed over or owned by its grantor (not `nhiều bằng khen`, a
# tally; not `nhận bằng khen`, said of one who receives it for a unit)
# (`gửi thư khen`, `đã có thư khen`: a letter sent)
_GIVEN_BEFORE = re.compile(r"(?i:\b(?:trao tặng|trao|gửi|đã có|có)\s+|\bvà\s+)$")
_OWNED_AFTER = re.compile(r"\s+của\b")
_GIVEN_TO = re.compile(r"(?i:\btặng\s+)$")
_TO_AFTER = re.compile(r"(?:\s+(?:đột xuất|xuất sắc))?\s+cho\b")
_TALLIED = re.compile(r"(?i:\b(?:nhiều|các|những)\s+)$")


def _given(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 16) : m.start()]
    if _TALLIED.search(before):
        return False
    gives = _GIVEN_BEFORE.search(before)
    # `… và giấy khen`: joined to an award given right before it
    if gives and gives.group(0).lower().startswith("và"):
        gives = _GIVEN_AND.search(text[max(0, m.start() - 40) : m.start()])
    if _GIVEN_TO.search(before) and _TO_AFTER.match(text, m.end()):
        return True
    return gives is not None or _OWNED_AFTER.match(text, m.end()) is not None


_GIVEN_AND = re.compile(r"(?i:\btrao tặng\s+(?:bằng khen|giấy khen|cờ thi đua)\s+và\s+)$")


def counts(text: str) -> tuple[int | None, int | None]:
    c, i = _COLLECTIVES.search(text), _INDIVIDUALS.search(text)
    return (_number(c.group(1)) if c else None, _number(i.group(1)) if i else None)


def _number(said: str) -> int:
    return NUMBERS[said.lower()] if said.lower() in NUMBERS else int(said)


# `trao Kỷ niệm chương cho các đồng chí: …`, `trao Huân chương hạng Ba cho …`: an award named
# before, said again without its name where its recipients are given
_REPEATED = re.compile(
    # the first letter before the word-start check, for the engine to skip to it
    rf"(?P<cue>H(?<!\w.)u(?:ân|y) chương|K(?<!\w.)ỷ niệm chương)(?P<cls>{_CLASS})"
    r"(?=\s+(?:cho|tặng)\b)"
    # `trao danh hiệu này cho gia đình liệt sĩ A`: the award just named
    r"|d(?<!\w.)anh hiệu (?:này|đó|trên)(?=\s+(?:cho|tặng)\b)"
)


_PRAISED = re.compile(r"[đĐ](?<!\w.)(?i:ược khen)(?=\s+(?:là|gồm)\b)")


def repeated_awards(text: str, earlier: list[str]) -> list[AwardMention]:
    """Awards said again by their kind alone, resolved to the last of that kind in `earlier`
    (a class said with it replaces the earlier one's)."""
    out: list[AwardMention] = []
    if not earlier:  # each reading below resolves to an award named before
        return out
    # `Hai tập thể được khen là A và B`: the award just told, its recipients named now
    if (praised := _PRAISED.search(text)) is not None:
        out.append(AwardMention(earlier[-1], praised.start(), praised.end(), False))
    # every cue has `chương` or `anh hiệu`: the pattern stops at each `d` of the text
    if "chương" not in text and "anh hiệu" not in text:
        return out
    for m in _REPEATED.finditer(text):
        cue = m.group("cue")
        if cue is None:
            if earlier:
                out.append(AwardMention(earlier[-1], m.start(), m.end(), False))
            continue
        last = next((a for a in reversed(earlier) if a.startswith(cue + " ")), None)
        if last is None:
            continue
        if m.group("cls"):
            cls = _CLASS_WORD.search(last)
            base = last[: cls.start()] if cls else last
            last = _canonical_case(base + m.group("cls"))
        out.append(AwardMention(last, m.start(), m.end(), False))
    return out
