"""Accent- and case-insensitive search over every named entity, ranked by closeness.

Names are folded with `core.text.fold` in Python, so `dao thanh hai`, `ĐÀO THANH HẢI` and
`Đào Thanh Hải` are one key whatever the store can do. The folded index is rebuilt lazily after
a write through the API and, for a store others may write, every `max_age` seconds."""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.ids import kind_of
from core.text import fold

SEARCHABLE = ("person", "unit", "cluster", "event", "award", "doc", "rank", "role")
PART_CACHE = 50_000  # query words remembered with the names they lie in, per index build


@dataclass(frozen=True)
class Entry:
    iri: str
    kind: str
    label: str
    folded: str


def search_key(text: str) -> str:
    """`fold`, also dropping format characters (bidi marks, zero-width joiners): invisible,
    they only keep a pasted name from matching."""
    return fold("".join(ch for ch in text if unicodedata.category(ch) != "Cf"))


def closeness(query: str, folded: str) -> float:
    """1 for an exact match, then prefix, whole words, substring, all words in any order."""
    if query not in folded:
        words = query.split()
        if len(words) > 1 and all(word in folded for word in words):
            return 0.3 + 0.19 * len(query) / max(len(folded), 1)
        return 0.0
    if folded == query:
        return 1.0
    share = len(query) / max(len(folded), 1)
    if folded.startswith(query):
        base = 0.8
    elif re.search(rf"(?<![a-z0-9]){re.escape(query)}(?![a-z0-9])", folded):
        base = 0.7
    else:
        base = 0.5
    return base + 0.19 * share


class SearchIndex:
    """Entries by the words of their folded names. A name can match only if each word of the
    query lies within one of its words, so only names passing that test are scored. Finding
    the words a query word lies in scans the whole vocabulary, so the answer is kept: names
    share few syllables, and most query words come again."""

    def __init__(
        self, load: Callable[[], Sequence[tuple[str, str]]], max_age: float | None = 30
    ) -> None:
        self._load = load
        self._max_age = max_age
        self._entries: list[Entry] = []
        self._by_word: dict[str, list[int]] | None = None
        self._by_part: dict[str, frozenset[int]] = {}
        self._built = 0.0
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        with self._lock:
            self._by_word = None

    def _current(
        self,
    ) -> tuple[list[Entry], dict[str, list[int]], dict[str, frozenset[int]]]:
        with self._lock:
            expired = self._max_age is not None and time.monotonic() - self._built > self._max_age
            if self._by_word is None or expired:
                unique = {}
                for iri, label in self._load():
                    kind = kind_of(iri)
                    if kind in SEARCHABLE:
                        entry = Entry(iri, kind, label, search_key(label))
                        unique[(entry.iri, entry.folded)] = entry
                entries = list(unique.values())
                by_word: dict[str, list[int]] = defaultdict(list)
                for position, entry in enumerate(entries):
                    for word in set(entry.folded.split()):
                        by_word[word].append(position)
                self._entries, self._by_word = entries, dict(by_word)
                self._by_part = {}
                self._built = time.monotonic()
            return self._entries, self._by_word, self._by_part

    def containing(self, text: str, kind: str) -> set[str]:
        """The entities of `kind` with a name whose folded form contains `text` (folded)."""
        wanted = search_key(text)
        entries, _, _ = self._current()
        return {e.iri for e in entries if e.kind == kind and wanted in e.folded}

    def search(self, q: str) -> list[tuple[str, str, str, float]]:
        """(iri, kind, label, score) of every entity whose name matches, best first, one row
        per entity (its best-matching name)."""
        query = search_key(q)
        if not query:
            return []
        entries, by_word, by_part = self._current()
        candidates: frozenset[int] | None = None
        for part in sorted(set(query.split()), key=len, reverse=True):
            having = by_part.get(part)
            if having is None:
                having = frozenset(
                    i for word, found in by_word.items() if part in word for i in found
                )
                if len(by_part) < PART_CACHE:
                    by_part[part] = having
            candidates = having if candidates is None else candidates & having
            if not candidates:
                return []
        best: dict[str, tuple[str, str, str, float]] = {}
        for entry in (entries[i] for i in candidates or ()):
            score = closeness(query, entry.folded)
            if score and (entry.iri not in best or best[entry.iri][3] < score):
                best[entry.iri] = (entry.iri, entry.kind, entry.label, score)
        return sorted(best.values(), key=lambda hit: (-hit[3], len(hit[2]), hit[2], hit[0]))
