"""Sentence splitting with exact character offsets.

A sentence ends at a line break, or at `.`, `!`, `?` or `…` followed by white space and the
start of a new sentence. A full stop after a known abbreviation (`TP. Hà Nội`, `Th.S`) or a
single capital letter (an initial) does not end one; a full stop inside a token (`TP.HCM`,
`Q.1`, `5.3.2020`, `1.000`) never does, since no white space follows it."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ingest.model import Sentence

# Longer runs without a sentence end are cut (see `_bounded`); real sentences stay far below.
MAX_SENTENCE_CHARS = 2000
_ABBREVIATIONS_FILE = Path(__file__).with_name("data") / "no_break_abbreviations.txt"

# A candidate end: terminal punctuation, optional closing quotes/brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_LINE_BREAK = re.compile(r"\n\s*")
# The word (letters, dots, slashes) that ends right before a full stop.
_WORD_BEFORE = re.compile(r"([\w./]+)$")
_NEXT_START = re.compile(r"\s+([\"“‘'(«\[]*)(\S)")


@cache
def _abbreviations() -> frozenset[str]:
    lines = _ABBREVIATIONS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")
    )


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation rather than a sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not match:
        return False
    word = match.group(1)
    if word.casefold() in _abbreviations():
        return True
    if not (len(word) == 1 and word.isalpha() and word.isupper()):
        return False
    # A capital letter after a capitalised word is an initial (`Nguyễn V. An`); after a
    # lower-case one it ends a sentence (`quý I.`, `hạng A.`).
    previous = text[max(0, match.start() - 30) : match.start()].split()
    return bool(previous) and previous[-1][:1].isupper()


def _ends_here(text: str, match: re.Match[str]) -> bool:
    punct = match.group(0)
    nxt = _NEXT_START.match(text, match.end())
    if nxt is None:
        return True
    first = nxt.group(2)
    if punct.startswith(".") and len(punct.rstrip("\"'”’»)]")) == 1:
        if _is_abbreviation(text, match.start()):
            return False
        # Vietnamese sentences start with a capital; a lower-case word continues the sentence.
        if first.islower():
            return False
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`, each with offsets such that `text[s.start:s.end] == s.text`."""
    cuts: set[int] = {m.start() for m in _LINE_BREAK.finditer(text)}
    cuts.update(m.end() for m in _END.finditer(text) if _ends_here(text, m))
    sentences: list[Sentence] = []
    start = 0
    for cut in sorted(cuts | {len(text)}):
        for piece_start, piece_end in _bounded(text, start, cut):
            s, e = _trimmed(text, piece_start, piece_end)
            if e > s:
                sentences.append(Sentence(len(sentences), s, e, text[s:e]))
        start = cut
    return sentences


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE_CHARS, cut at a `;`, a `,` or a space.

    Text without sentence ends (a scraped page that lost its punctuation, a list run together)
    would otherwise make one huge sentence, and work per sentence grows faster than its length."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start + MAX_SENTENCE_CHARS // 2 : start + MAX_SENTENCE_CHARS]
        for mark in (";", ",", " "):
            at = window.rfind(mark)
            if at >= 0:
                cut = start + MAX_SENTENCE_CHARS // 2 + at + 1
                break
        else:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces
