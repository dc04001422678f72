"""Accent- and case-insensitive search over every named entity, ranked by closeness.

Names are folded with `core.text.fold` in Python, so `dao thanh hai`, `ĐÀO THANH HẢI` and
`Đào Thanh Hải` are one key whatever the store can do. The folded index is read whole once;
after a write through the API only the names of the entities it changed are read again, and,
for a store others may write, everything every `max_age` seconds, beside the searches."""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from core.ids import kind_of
from core.text import fold
from kg.store.base import StoreError

SEARCHABLE = ("person", "unit", "cluster", "event", "award", "doc", "rank", "role")
PART_CACHE = 50_000  # query words remembered with the names they lie in, per index build
BATCH = 500  # entities whose names are asked in one query


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


Load = Callable[[], Sequence[tuple[str, str]]]
LoadSome = Callable[[Sequence[str]], Sequence[tuple[str, str]]]


class SearchIndex:
    """Entries by the words of their folded names. A name can match only if each word of the
    query lies within one of its words, so only names passing that test are scored. Finding
    the words a query word lies in scans the whole vocabulary, so the answer is kept: names
    share few syllables, and most query words come again.

    The index is read whole once (`load`: every name); after that, a write that says which
    entities it changed (`changed(entities)`) has only their names read again (`load_some`),
    their old entries dropped and the new ones added. A write that cannot say, or the age
    limit of a store others write (`max_age` seconds), has everything read again."""

    def __init__(
        self, load: Load, max_age: float | None = 30, load_some: LoadSome | None = None
    ) -> None:
        self._load = load
        self._load_some = load_some
        self._max_age = max_age
        self._entries: list[Entry | None] = []  # None: dropped since the last full indexing
        self._of: dict[str, list[int]] = {}  # entity -> positions of its entries
        self._dropped = 0
        self._by_word: dict[str, list[int]] | None = None
        self._by_part: dict[str, frozenset[int]] = {}
        self._built = 0.0
        # The index is read and searched under _lock (searches hold it for their own short
        # reading: updates change the index in place); writers only ever take _pending_lock.
        self._lock = threading.Lock()
        self._pending_lock = threading.Lock()
        self._pending: set[str] = set()
        self._whole = False
        self._generation = 0  # whole readings taken in
        self._renewing = False  # a whole reading beside the searches (max_age passed)
        self._since: set[str] = set()  # entities read again while it runs

    def invalidate(self) -> None:
        with self._pending_lock:
            self._whole = True

    def changed(self, entities: Iterable[str] | None) -> None:
        """These entities' names may have changed (None: any entity's). Never waits for a
        reading of the store: what changed is applied by the next search."""
        if entities is None or self._load_some is None:
            self.invalidate()
            return
        with self._pending_lock:
            self._pending.update(entities)

    def warm(self) -> None:
        """Read the index now (at server start) rather than on the first search."""
        with self._lock:
            self._current()

    def _index(self, rows: Iterable[tuple[str, str]]) -> None:
        unique: dict[tuple[str, str], Entry] = {}
        for iri, label in rows:
            kind = kind_of(iri)
            if kind in SEARCHABLE:
                entry = Entry(iri, kind, label, search_key(label))
                unique[(entry.iri, entry.folded)] = entry
        self._entries, self._of, self._by_word, self._dropped = [], {}, {}, 0
        self._add(unique.values())

    def _add(self, entries: Iterable[Entry]) -> None:
        assert self._by_word is not None
        for entry in entries:
            position = len(self._entries)
            self._entries.append(entry)
            self._of.setdefault(entry.iri, []).append(position)
            for word in set(entry.folded.split()):
                self._by_word.setdefault(word, []).append(position)

    def _refresh(self, entities: set[str]) -> None:
        """Read the names of `entities` again in place of their entries."""
        assert self._load_some is not None
        chosen = sorted(entities)
        rows = [
            row
            for i in range(0, len(chosen), BATCH)
            for row in self._load_some(chosen[i : i + BATCH])
        ]
        for iri in chosen:
            for position in self._of.pop(iri, ()):
                self._entries[position] = None
                self._dropped += 1
        unique: dict[tuple[str, str], Entry] = {}
        for iri, label in rows:
            kind = kind_of(iri)
            if kind in SEARCHABLE and iri in entities:
                entry = Entry(iri, kind, label, search_key(label))
                unique[(entry.iri, entry.folded)] = entry
        self._add(unique.values())
        self._by_part = {}
        if self._dropped > len(self._entries) // 2:  # index what is left afresh, from memory
            self._index((e.iri, e.label) for e in self._entries if e is not None)

    def _current(
        self,
    ) -> tuple[list[Entry | None], dict[str, list[int]], dict[str, frozenset[int]]]:
        """The index brought up to date; call with `_lock` held. Past `max_age` the index is
        read whole again beside the searches, which meanwhile use the one they have."""
        with self._pending_lock:
            whole, pending = self._whole, self._pending
            self._whole, self._pending = False, set()
        if self._by_word is None or whole:
            self._generation += 1
            self._index(self._load())
            self._by_part = {}
            self._built = time.monotonic()
        else:
            if pending:
                self._refresh(pending)
                if self._renewing:
                    self._since |= pending
            expired = self._max_age is not None and time.monotonic() - self._built > self._max_age
            if expired and not self._renewing:
                self._renewing, self._since = True, set()
                threading.Thread(target=self._renew, args=(self._generation,), daemon=True).start()
        assert self._by_word is not None
        return self._entries, self._by_word, self._by_part

    def _renew(self, generation: int) -> None:
        """Read every name again, then take the new reading in (with the names read again
        meanwhile read once more: they may be newer than it), unless a whole reading was
        taken in since; after a failure, keep the index and try again after `max_age`."""
        rows = None
        try:
            rows = self._load()
        except StoreError:
            pass
        finally:
            with self._lock:
                self._renewing = False
                self._built = time.monotonic()
                if rows is not None and generation == self._generation:
                    self._generation += 1
                    since, self._since = self._since, set()
                    self._index(rows)
                    if since:
                        self._refresh(since)
                    self._by_part = {}

    def containing(self, text: str, kind: str) -> set[str]:
        """The entities of `kind` with a name whose folded form contains `text` (folded).
        Each word of `text` lies within one word of such a name, so only the names the
        words find are compared (all of them when `text` has no word)."""
        wanted = search_key(text)
        with self._lock:
            entries, by_word, by_part = self._current()
            found = self._candidates(wanted, by_word, by_part)
            chosen = (entries[i] for i in found) if found is not None else iter(entries)
            return {
                e.iri for e in chosen if e is not None and e.kind == kind and wanted in e.folded
            }

    def _candidates(
        self, query: str, by_word: dict[str, list[int]], by_part: dict[str, frozenset[int]]
    ) -> frozenset[int] | None:
        """The entries with a word containing each word of `query` (None: it has no word)."""
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
                break
        return candidates

    def search(self, q: str) -> list[tuple[str, str, str, float]]:
        """(iri, kind, label, score) of every entity whose name matches, best first, one row
        per entity (its best-matching name)."""
        query = search_key(q)
        if not query:
            return []
        with self._lock:
            entries, by_word, by_part = self._current()
            best: dict[str, tuple[str, str, str, float]] = {}
            for entry in (entries[i] for i in self._candidates(query, by_word, by_part) or ()):
                if entry is None:
                    continue
                score = closeness(query, entry.folded)
                if score and (entry.iri not in best or best[entry.iri][3] < score):
                    best[entry.iri] = (entry.iri, entry.kind, entry.label, score)
            return sorted(best.values(), key=lambda hit: (-hit[3], len(hit[2]), hit[2], hit[0]))
