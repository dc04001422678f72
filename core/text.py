"""Unicode normalisation and accent folding shared by extraction, identifiers and search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
# Characters that carry no meaning in a name but break matching when copied from the web.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), None)
# Translating is slow on non-ASCII text (a lookup for every character), so only the rare text
# that holds one of them is translated.
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def nfc(text: str) -> str:
    """Drop zero-width characters, then NFC-normalise (in that order, so a letter and its
    tone mark parted by an invisible character still compose)."""
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# Names repeat across a corpus: the cache saves most of the folding work of a document.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accent-free form: `Đào Thanh Hải` -> `dao thanh hai`.

    Đ/đ is not a combining mark in Unicode, so it is mapped by hand."""
    decomposed = unicodedata.normalize("NFD", nfc(text).replace("Đ", "D").replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return collapse_spaces(stripped.casefold())


def slug(text: str) -> str:
    """A readable IRI-safe key: `Công an quận Đống Đa` -> `cong-an-quan-dong-da`."""
    return _NON_SLUG.sub("-", fold(text)).strip("-") or "x"
