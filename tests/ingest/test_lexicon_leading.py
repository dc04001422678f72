"""Word-list patterns written for speed (a branch per first letter, the word start checked after
it) find exactly what the plain form (lookahead, lookbehinds, case-insensitive trie) finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.extract import roles as role_mentions
from ingest.extract.lexicon import alternation, leading, starts
from ingest.extract.places import LEVEL, RUN, _place_re

ITEMS = ["Phó", "phó giám đốc", "Phó Giám đốc", "giám đốc", "lễ", "lễ ra quân", "Đại tá", "ông"]
PIECES = [*ITEMS, "PHÓ", "Lễ", "nghỉ ", "đại", "tá", "Ông", "x", " ", ",", "|", "Giám", "đốc"]
PLACE_PIECES = ["tỉnh", "Tỉnh", "TP.", "TP", "TP ", "T.P ", "TX ", "Q.", "Q", "P ", "P", "1", "3"]
PLACE_PIECES += ["xã", "Xã", "HCM", "Hà Nội", "Ba Đình", "phường", "thị trấn", "quận", "huyện"]
PLACE_PIECES += [" ", ", ", "-", "Nguyễn Văn", "các", "thành phố", "Huế", "Thị", "thị xã"]


def _plain(items: list[str], behind: tuple[str, ...], ignore_case: bool = True) -> str:
    lookbehinds = "".join(f"(?<!{b})" for b in behind)
    body = f"(?i:{alternation(items)})" if ignore_case else f"(?:{alternation(items)})"
    return starts(items) + lookbehinds + body


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_leading_matches_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    for behind in ((r"\w",), (r"[\w|]", "nghỉ ")):
        for tail in ("", r"(?!\w)", r"\s+\w+"):
            fast = re.compile(leading(ITEMS, behind) + tail)
            plain = re.compile(_plain(ITEMS, behind) + tail)
            assert _spans(fast, text) == _spans(plain, text), (text, behind, tail)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_leading_case_sensitive_keeps_only_the_given_first_letters(pieces: list[str]) -> None:
    text = "".join(pieces)
    items = [i for i in ITEMS if i[0] in "PĐ"]
    fast = re.compile(leading(ITEMS, ignore_case=False, firsts="PĐ"))
    plain = re.compile(_plain(items, (r"\w",), ignore_case=False))
    assert _spans(fast, text) == _spans(plain, text)


def test_leading_finds_both_cases_and_respects_the_lookbehinds() -> None:
    pattern = re.compile(leading(ITEMS, (r"\w", "nghỉ ")) + r"(?!\w)")
    text = "PHÓ GIÁM ĐỐC, nghỉ lễ, lễ ra quân, xông"
    assert [m.group(0) for m in pattern.finditer(text)] == ["PHÓ GIÁM ĐỐC", "lễ ra quân"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=10))
def test_place_pattern_matches_the_plain_level_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(rf"(?=[tTqQhHpPxX])(?<!\w)(?P<level>{LEVEL})\s*(?P<place>{RUN})")

    def found(p: re.Pattern[str]) -> list[tuple[int, int, str, str]]:
        return [(*m.span(), m.group("level"), m.group("place")) for m in p.finditer(text)]

    assert found(_place_re()) == found(plain)


ROLE_PIECES = ["Quyền", "quyền", "Phó", "phó", "PHÓ", "Giám đốc", "giám đốc", "Trưởng", "trưởng"]
ROLE_PIECES += ["Chánh", "Bộ trưởng", "Phủ ", " ", "  ", ",", "Công an", "phòng", "Chủ tịch", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ROLE_PIECES), max_size=10))
def test_role_pattern_matches_the_plain_form(pieces: list[str]) -> None:
    text = "".join(pieces)
    roles = list(role_mentions._roles())
    plain = re.compile(
        rf"{starts([*roles, 'phó', 'trưởng', 'quyền'])}(?<!\w)(?<!Phủ )"
        rf"(?:(?P<acting>Quyền)\s+)?"
        rf"(?i:(?P<vice>phó\s+)?(?P<role>{alternation(roles)}|trưởng|chánh))(?!\w)"
    )
    fast = role_mentions._patterns()[0]
    expected = [
        (*m.span(), bool(m.group("acting")), bool(m.group("vice")), m.group("role"))
        for m in plain.finditer(text)
    ]
    got = [
        (
            *m.span(),
            bool(m.group("acting")),
            bool(m.group("vice") or m.group("role_p") or m.group("role_v")),
            m.group("role") or m.group("role_p") or m.group("role_v") or m.group(0),
        )
        for m in fast.finditer(text)
    ]
    assert got == expected
