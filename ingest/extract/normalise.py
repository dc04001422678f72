"""Spelling normalisation that keeps character offsets.

Vietnamese has two conventions for placing the tone mark on `oa`, `oe` and `uy` (`hoá`/`hóa`,
`Uỷ`/`Ủy`). Articles mix them; canonical names use the modern one (`hóa`, `Ủy`). Each rewrite
swaps two characters, so offsets into the rewritten text are offsets into the original."""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def _toned(vowel: str, tone: str) -> str:
    return unicodedata.normalize("NFC", vowel + tone)


def _pairs() -> dict[str, str]:
    """`oá` -> `óa`, `uỷ` -> `ủy` and their capitalised forms."""
    out: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f in (first, first.upper()):
                for s in (second, second.upper()):
                    out[f + _toned(s, tone)] = _toned(f, tone) + s
    return out


_PAIRS = _pairs()
# `quý`, `quỳnh`: after `q` the `u` is part of the consonant and the old spelling is right.
# A following letter (`hoàn`, `khuyến`) means the tone already sits on the right vowel.
_OLD = re.compile("[oOuU](?<![qQ].)[" + "".join(sorted({p[1] for p in _PAIRS})) + r"](?!\w)")

UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFF + 1)) if ch.isalpha() and ch.isupper())
LOWER = "".join(ch for ch in map(chr, range(0x61, 0x1EFF + 1)) if ch.isalpha() and ch.islower())


def as_ranges(chars: str) -> str:
    """The inside of a character class matching `chars`, written as ranges (`A-Z`): the regex
    compiler reads a class one item at a time, and `UPPER` alone is some 800 characters."""
    codes = sorted(set(map(ord, chars)))
    out = []
    start = end = codes[0]
    for code in (*codes[1:], -1):
        if code == end + 1:
            end = code
            continue
        out.append(chr(start) if start == end else f"{chr(start)}-{chr(end)}")
        start = end = code
    return "".join(out)


def modern_tones(text: str) -> str:
    """`Uỷ ban`, `Thanh Hoá` -> `Ủy ban`, `Thanh Hóa` (same length)."""
    return _OLD.sub(lambda m: _PAIRS.get(m.group(0), m.group(0)), text)


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]
