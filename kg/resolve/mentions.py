"""Mentions: what one document says about one person or one event, the input of resolution.

A document's graph keeps a record of each mention (`cand:PersonMention`, `cand:EventMention`)
with the evidence resolution reads: for a person, the ranks and posts with their dates and the
units the document names; for an event, its organisers, place and attendees. Resolution across
documents reads these records only, so every decision can be recomputed from the store."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from core.text import collapse_spaces, nfc
from core.text import fold as _fold

fold = lru_cache(maxsize=1 << 16)(_fold)
_PERSON_PUNCT = re.compile(r"[.,;:()\"“”]+")


def person_name(name: str) -> str:
    """A person's name as it will be stored: NFC, single spaces, stray punctuation removed."""
    return collapse_spaces(_PERSON_PUNCT.sub(" ", nfc(name)))


def person_block(name: str) -> str:
    """The blocking key of a person's name: mentions of one real person share it."""
    return fold(person_name(name))


@dataclass(frozen=True)
class PostSeen:
    """A post as one mention shows it. `chain` is the unit and every unit above it (local ids);
    `start`/`end` are a roster's interval, `seen` an article's date."""

    role: str
    unit: str | None
    chain: tuple[str, ...]
    civil: bool
    start: str | None = None
    end: str | None = None
    seen: str | None = None
    province: str | None = None  # the provincial police the unit is or lies under


@dataclass(frozen=True)
class PersonMention:
    """One person as one document names them. `ordinal` tells apart namesakes in a document."""

    doc: str
    ordinal: int
    name: str
    date: str | None
    ranks: tuple[tuple[int, str | None], ...] = ()  # (seniority, date seen)
    posts: tuple[PostSeen, ...] = ()
    context: tuple[str, ...] = ()  # units the document names, with the units above them

    @property
    def block(self) -> str:
        return person_block(self.name)

    @property
    def key(self) -> str:
        """Stable id of the mention: document, name, ordinal."""
        return f"{self.doc}#{self.block}#{self.ordinal}"

    def sort_key(self) -> tuple[str, str, str, int]:
        return (self.date or "~", self.doc, self.block, self.ordinal)

    def to_json(self) -> str:
        return json.dumps(
            {
                "doc": self.doc,
                "n": self.ordinal,
                "name": self.name,
                "date": self.date,
                "ranks": [list(r) for r in self.ranks],
                "posts": [
                    [p.role, p.unit, list(p.chain), p.civil, p.start, p.end, p.seen, p.province]
                    for p in self.posts
                ],
                "context": list(self.context),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> PersonMention:
        data = json.loads(text)
        return cls(
            data["doc"],
            int(data["n"]),
            data["name"],
            data["date"],
            tuple((int(s), d) for s, d in data["ranks"]),
            # (a record written before a field was added lacks it: the field's default)
            tuple(PostSeen(p[0], p[1], tuple(p[2]), bool(p[3]), *p[4:]) for p in data["posts"]),
            tuple(data["context"]),
        )


@dataclass(frozen=True)
class EventMention:
    """One event as one document tells it. `local` is the IRI the document alone gives it."""

    doc: str
    ordinal: int
    kind: str
    date: str | None
    local: str
    organisers: tuple[str, ...] = ()  # unit local ids, written or implied by the chair's post
    attendees: tuple[str, ...] = ()  # person mention keys (`PersonMention.key`)
    location: str | None = None
    doc_date: str | None = None
    above: tuple[str, ...] = ()  # the units above the organisers (local ids)

    @property
    def block(self) -> str:
        """Kind and month: a report dated only by month is compared with the days of it."""
        return f"{self.kind} {(self.date or '')[:7]}".strip()

    @property
    def key(self) -> str:
        return f"{self.doc}#event#{self.ordinal}"

    def sort_key(self) -> tuple[str, str, str, int]:
        return (self.doc_date or "~", self.doc, "", self.ordinal)

    def to_json(self) -> str:
        return json.dumps(
            {
                "doc": self.doc,
                "n": self.ordinal,
                "kind": self.kind,
                "date": self.date,
                "local": self.local,
                "organisers": list(self.organisers),
                "attendees": list(self.attendees),
                "location": self.location,
                "doc_date": self.doc_date,
                "above": list(self.above),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> EventMention:
        data = json.loads(text)
        return cls(
            data["doc"],
            int(data["n"]),
            data["kind"],
            data["date"],
            data["local"],
            tuple(data["organisers"]),
            tuple(data["attendees"]),
            data["location"],
            data["doc_date"],
            tuple(data.get("above", ())),
        )


def attendee_block(attendee: str) -> str:
    """The folded name of an attendee (a person mention key, or a name in an older record)."""
    parts = attendee.split("#")
    return parts[1] if len(parts) == 3 else attendee


Mention = PersonMention | EventMention
