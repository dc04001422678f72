"""The unit patterns (`Công an quận X`, `CATP X`, `Cục Cảnh sát hình sự` …) `units` runs on a
sentence, and which of them are worth running on it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from core.text import fold
from ingest.extract.lexicon import alternation, leading, lowered, may_contain
from ingest.extract.places import LEVEL, RUN
from ingest.extract.unit_names import (
    body_forms,
    body_triggers,
    departments_alt,
    headless_units,
    named_triggers,
    named_units,
)

_NUMBER_WORDS = r"(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_ITEM_NOTE = r"(?:\s*\([^()]{1,30}\))?"
_NEW_HEAD = r"(?:[Cc]ông an|CA)(?!\w)"
_IN_CLUSTER = r"(?:trong|thuộc)\s+(?:[Cc]ụm|[Kk]hối)(?!\w)"


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    # only the forms whose first letter starts a body's name, `CA`, `UBND` or `HĐND`
    forms = list(body_forms())
    firsts = "".join(form[0] for form in forms)
    body_alt = leading(forms, ignore_case=False, firsts=firsts.lower() + firsts.upper())
    # `Công an`, `CA` with the word start checked after the first letter (`lexicon.leading`)
    police = r"[cC](?<!\w.)(?i:ông an|A)"
    named = named_units()
    named_forms = sorted({*named, *(fold(v[0]) for v in named.values())}, key=len, reverse=True)
    # Named units are matched on the folded text, so `Cục Cảnh sát Hình sự` also matches.
    named_alt = alternation(named_forms)
    # a province's departments (`Sở Tư pháp`), matched here only when no level follows
    offices = [f for f, b in body_forms().items() if f.startswith("Sở ") and b.under is None]
    return {
        "office": re.compile(
            rf"(?P<body>{alternation(sorted(offices, key=len, reverse=True))})(?!\w)"
            rf"(?!\s+{LEVEL}(?!\w))(?:\s+(?P<place>{RUN}))?"
        ),
        "list": re.compile(
            # `chức danh Công an xã tại 5 xã: A, …`: the police of each place listed
            # (both branches after one first letter: a pattern that opens with a branch gets no
            # prefix for the engine to skip to)
            rf"[cC](?<!\w.)(?:(?i:ông an|A)\s+(?:(?:xã|phường|thị trấn)\s+(?:tại|ở)\s+)?"
            rf"{_NUMBER_WORDS}\s+"
            # `Các quận trong Cụm là A, B`: the places of a cluster's members, their police
            rf"|ác\s+(?={LEVEL}(?:\s*(?:,|và)\s*{LEVEL})*\s+{_IN_CLUSTER}))"
            # `Công an các địa phương: Huế, Quảng Trị`: provinces and cities, no level said
            rf"(?P<levels>{LEVEL}(?:\s*(?:,|và)\s*{LEVEL})*|địa phương)"
            # `Công an 5 thành phố trực thuộc Trung ương: Hà Nội, …`
            # `Công an 5 tỉnh Tây Nguyên (Kon Tum, Gia Lai, …)`: the places in brackets
            r"(?:(?:\s+[^\s:,.;()]+){1,4}?\s*[:(]|(?:\s+[^\s:,.;]+){0,4}?\s+là\s*:?|\s*:?)\s*"
            # an item may carry its role or code in brackets (`Phú Thọ (đơn vị Cụm trưởng), …`)
            # (`…; Công an các thị xã A, B`: a new head after a separator starts a list of its own)
            rf"(?P<items>{RUN}{_ITEM_NOTE}(?:\s*(?:,|và|;)\s*(?!{_NEW_HEAD})(?:{LEVEL}\s*)?{RUN}{_ITEM_NOTE})*)"
        ),
        "body": re.compile(rf"(?P<body>{body_alt})\s+(?P<level>{LEVEL})\s*(?P<place>{RUN})?"),
        "short": re.compile(
            rf"(?P<abbr>C(?<!\w.)(?:ATP|AT|AQ|AH|ATX|AP|AX))\b\.?\s*(?P<place>{RUN})?"
        ),
        "capital": re.compile(rf"{police} (?i:thủ đô)\b(?: Hà Nội\b)?"),
        "province": re.compile(rf"[cC](?<!\w.)(?i:ông an)\s+(?P<place>{RUN})"),
        "committee": re.compile(
            r"(?P<committee>T(?<!\w.)(?:hành ủy|ỉnh ủy|hị ủy)|Q(?<!\w.)uận ủy|H(?<!\w.)uyện ủy)"
            rf"\s+(?P<place>{RUN})"
        ),
        # Without a lookahead or lookbehind in front, the engine skips to the letters that
        # can start a name; `named_in` checks the word start.
        "named": re.compile(rf"(?:{named_alt})(?!\w)"),
        # `Cục trưởng Cảnh sát giao thông`: the role holds the unit's head word.
        # `Đồn Biên phòng Lao Bảo`, `Đồn Biên phòng cửa khẩu quốc tế Bờ Y`: a border post
        "border_post": re.compile(
            rf"Đồn (?i:biên phòng)(?: (?i:cửa khẩu)(?: (?i:quốc tế))?)? {RUN}"
        ),
        # `Đoàn Thanh niên Công an TP`, `Đoàn Thanh niên Bộ Công an`: the youth union of the
        # police unit named after it
        "youth": re.compile(r"Đoàn (?i:thanh niên)(?=\s+(?:Bộ\s+)?(?:Công an|CA)\b)"),
        "headless": re.compile(
            r"(?<!\w)(?:(?P<head>tong cuc|cuc) (?:truong|pho)|(?P<head2>tu lenh)) "
            rf"(?P<name>{alternation(sorted({rest for _, rest in headless_units()}))})(?!\w)"
        ),
        # `Trưởng phòng Cảnh sát hình sự`: the role swallowed the word `phòng`.
        "department": re.compile(rf"(?<=phong )(?:{departments_alt()})(?!\w)"),
    }


def scan(
    wanted: set[str], key: str, pats: dict[str, re.Pattern[str]], text: str
) -> Iterator[re.Match[str]]:
    """The matches of pattern `key` in `text`, none when the sentence cannot hold any."""
    return pats[key].finditer(text) if key in wanted else iter(())


_WORD_CHAR = re.compile(r"\w")
# `cơ quan Cảnh sát điều tra Bộ Công an`: outlets write this head word in lower case
_LOWER_HEADS = ("cơ quan ",)


def _lower_head(text: str, start: int) -> bool:
    return any(
        text.startswith(head, start) and text[start + len(head) : start + len(head) + 1].isupper()
        for head in _LOWER_HEADS
    )


def named_in(folded: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""What `finditer` would give for the pattern preceded by `(?<!\w)`, skipping matches that
    start with a lower-case letter in `text` (`văn phòng Bộ Công an` holds `Bộ Công an`)."""
    at = 0
    while (match := pattern.search(folded, at)) is not None:
        start = match.start()
        if (start and _WORD_CHAR.match(folded, start - 1)) or not (
            text[start].isupper() or _lower_head(text, start)
        ):
            at = start + 1  # inside a word or lower case: a name may still start further on
            continue
        yield match
        at = match.end()


def wanted_patterns(text: str) -> set[str]:
    """The patterns worth running on a sentence: those whose first words occur in it."""
    lower = lowered(text)
    wanted = set()
    if (
        "công an" in lower
        or "ca " in lower
        or ("các " in lower and ("cụm" in lower or "khối" in lower))
    ):
        wanted.add("list")
        if "thủ đô" in lower:
            wanted.add("capital")
        if "công an" in lower:
            wanted.add("province")
    if may_contain(text, body_triggers()):
        wanted.add("body")
        if "Sở " in text:
            wanted.add("office")
    if "CA" in text:
        wanted.add("short")
    if "ủy" in lower:
        wanted.add("committee")
    if may_contain(text, named_triggers()):
        wanted.add("named")
    if "phòng " in lower:
        wanted.add("department")
        if "Đồn " in text:
            wanted.add("border_post")
    if "thanh niên" in lower:
        wanted.add("youth")
    if "cục trưởng" in lower or "cục phó" in lower or "tư lệnh" in lower:
        wanted.add("headless")
    return wanted
