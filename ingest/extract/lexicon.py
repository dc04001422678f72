"""Reading the data files under `ingest/data/`: word lists, CSV tables and the gazetteer.

Every list is read once per process (cached) and matched case-insensitively by the callers."""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path

from ingest.extract.normalise import modern_tones

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _lines(path: Path) -> list[str]:
    text = modern_tones(path.read_text(encoding="utf-8"))
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list, e.g. `surnames.txt`."""
    return tuple(_lines(DATA_DIR / name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A CSV table with a header row; lines starting with `#` are comments."""
    rows = csv.DictReader(_lines(DATA_DIR / name))
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


def alternation(items: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of `items` as a trie (`Phó (?:Giám đốc|Chủ tịch)`), which the
    engine tries in a few character steps instead of one item after another; at each branch
    the longest item wins (`Thứ trưởng Thường trực` over `Thứ trưởng`)."""
    trie: dict = {}
    for item in set(items):
        if not item:
            continue
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def leading(
    items: list[str] | tuple[str, ...],
    behind: tuple[str, ...] = (r"\w",),
    *,
    ignore_case: bool = True,
    firsts: str | None = None,
) -> str:
    r"""`(?<!\w)(?i:alternation(items))` (one `(?<!…)` per entry of `behind`, each of one
    character's width or fixed width), written as a branch per first letter, in either case
    with `ignore_case`, the lookbehinds moved after it (`(?<!\w.)`). A pattern opening with
    a lookahead or a lookbehind makes the regex engine try a match at every character; one
    opening with a branch of plain letters lets it skip to those letters. `firsts` keeps only
    the items starting with one of its characters. The branches are tried in the order of the
    trie's (`P…` before `p…`), so the match is the same."""
    return "(?:" + "|".join(leading_branches(items, behind, ignore_case, firsts)) + ")"


def leading_branches(
    items: list[str] | tuple[str, ...],
    behind: tuple[str, ...] = (r"\w",),
    ignore_case: bool = True,
    firsts: str | None = None,
) -> list[str]:
    """The branches of `leading`, for a pattern that adds branches of its own (each must open
    with a plain letter too: a group in front of one hides the letters from the engine)."""
    trie: dict = {}
    for item in set(items):
        if item and (firsts is None or item[0] in firsts):
            node = trie
            for ch in item:
                node = node.setdefault(ch, {})
            node[""] = {}
    after = "".join(f"(?<!{b}.)" for b in behind)
    branches = []
    for ch, child in sorted(trie.items()):
        rest = _trie_regex(child)
        cases = sorted({ch.upper(), ch.lower()}) if ignore_case else [ch]
        for case in cases:
            if len(case) == 1:  # a letter whose other case is two letters keeps its own
                branches.append(
                    re.escape(case) + after + (f"(?i:{rest})" if ignore_case and rest else rest)
                )
    return branches


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def starts(items: list[str] | tuple[str, ...]) -> str:
    """A lookahead on the first letters of `items` in either case. Python's regex engine
    scans for a leading character set quickly, so this makes word-list patterns cheap."""
    chars = {c for i in items if i for c in (i[0].lower(), i[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


@cache
def first_words(items: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased first words of `items`: a sentence containing none of them cannot
    match, so the regex need not run (most sentences name no rank, award or date)."""
    return frozenset(i.split()[0].lower() for i in items if i.split())


def may_contain(text: str, words: frozenset[str]) -> bool:
    """Whether any of `words` occurs in `text`, in either case. The text is lower-cased rather
    than the pattern made case-insensitive: a pattern of plain letters lets the engine skip
    to the characters that can start a word, which a case-insensitive one does not."""
    lower = lowered(text)
    if few := _few(words):
        # a loop, not any(): this runs several times on every sentence
        for word in few:  # noqa: SIM110
            if word in lower:
                return True
        return False
    return _any_of(words).search(lower) is not None


_FEW = 24  # up to this many words, a substring search each is cheaper than a pattern's scan


@cache
def _few(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words) if len(words) <= _FEW else ()


# Several prefilters ask about one sentence in turn.
@lru_cache(maxsize=64)
def lowered(text: str) -> str:
    return text.lower()


@cache
def _any_of(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(alternation(tuple(w.lower() for w in words)))


@cache
def _abbreviation_re() -> tuple[re.Pattern[str], dict[str, str]]:
    expansions = {row["form"]: row["expansion"] for row in table("abbreviations.csv")}
    forms = sorted(expansions, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.&])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w&])")
    return pattern, expansions


def expand_abbreviations(text: str) -> str:
    """`Huân chương BVTQ`, `Khối thi đua các trường CAND` written out (`abbreviations.csv`)."""
    pattern, expansions = _abbreviation_re()
    return pattern.sub(lambda m: expansions[m.group(0)], text)
