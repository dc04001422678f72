"""Mentions: what one document says about one person or one event, the input of resolution.

A document's graph keeps a record of each mention (`cand:PersonMention`, `cand:EventMention`)
with the evidence resolution reads: for a person, the ranks and posts with their dates and the
units the document names; for an event, its organisers, place and attendees. Resolution across
documents reads these records only, so every decision can be recomputed from the store."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from core.text import collapse_spaces, nfc
from core.text import fold as _fold

fold = lru_cache(maxsize=1 << 16)(_fold)
_PERSON_PUNCT = re.compile(r"[.,;:()\"“”]+")
# `H’Liên` and `H'Liên` (the prefix of Ê Đê and Jarai women's names), `Y-Krông` and `Y Krông`
# are one name however the outlet types it (and would share an IRI, made from the name without
# its punctuation); the name stored keeps the article's
_TYPED = str.maketrans({**dict.fromkeys("’‘ʼ`´ʹ", "'"), **dict.fromkeys("-‐–", " ")})


def _initial_dot(text: str, start: int) -> bool:
    """Whether the full stop at `start` ends a middle name's initial (`Trần H. Nghị`, `Trần
    H.Nghị`): one capital letter before it, a word after it."""
    before = text[start - 2 : start]
    return (
        bool(before)
        and before[-1].isupper()
        and (len(before) < 2 or not before[0].isalpha())
        and text[start + 1 :].lstrip()[:1].isalpha()
    )


def person_name(name: str) -> str:
    """A person's name as it will be stored: NFC, single spaces, stray punctuation removed
    (an initial keeps its dot, as written)."""
    text = nfc(name)

    def punct(m: re.Match[str]) -> str:
        return "." if m.group(0) == "." and _initial_dot(text, m.start()) else " "

    return collapse_spaces(_PERSON_PUNCT.sub(punct, text))


@lru_cache(maxsize=1 << 16)
def person_block(name: str) -> str:
    """The blocking key of a person's name: mentions of one real person share it (cached:
    resolution asks it of every mention of a block many times); an initial is a word of its
    own without its dot, however it is spaced (`tran h nghi`)."""
    return collapse_spaces(fold(person_name(name)).replace(".", " ").translate(_TYPED))


# Tone marks: a word keeps its tone wherever an outlet places the mark (`Hoà`, `Hòa`)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


# Ê Đê names open with `Y` or `H'` and end with the family name (`Y Thuôn Êban`)
_FAMILY_LAST = re.compile(r"^(?:y|h')\b")


@lru_cache(maxsize=1 << 16)
def given_spelling(name: str) -> str:
    """A person's given name (the last word) with its accents, as blocking keys leave them
    out: the letters (`ư`, `â`) and the tone, wherever the mark is placed (`Hoà`, `Hòa`).
    `Nguyễn Văn Hùng` and `Nguyễn Văn Hưng` share a block but not a given name: two names,
    not one written two ways. Empty for a name that ends with its family name (Ê Đê), and
    only the given name counts: outlets spell the family names of the Highlands' peoples
    with and without accents (`Ksor`, `Ksơr`)."""
    written = person_name(name).casefold().replace(".", " ").translate(_TYPED)
    words = written.split()
    if not words or _FAMILY_LAST.match(written):
        return ""
    decomposed = unicodedata.normalize("NFD", words[-1])
    tones = "".join(c for c in decomposed if c in _TONES)
    letters = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", letters) + tones


@dataclass(frozen=True)
class PostSeen:
    """A post as one mention shows it. `chain` is the unit and every unit above it (local ids);
    `start`/`end` are a roster's interval (an article's `end` for a post it says was left),
    `seen` an article's date."""

    role: str
    unit: str | None
    chain: tuple[str, ...]
    civil: bool
    start: str | None = None
    end: str | None = None
    seen: str | None = None
    province: str | None = None  # the provincial police the unit is or lies under
    # said to be left (`nguyên ...`): `end` is the report's date, by which it was left
    former: bool = False


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
        return _record(self)

    @classmethod
    def from_json(cls, text: str) -> PersonMention:
        values = _values(cls, text)
        ranks = tuple((int(s), d) for s, d in values.get("ranks", ()))
        # (a record written before a post's field was added lacks it: the field's default)
        posts = (PostSeen(p[0], p[1], tuple(p[2]), bool(p[3]), *p[4:]) for p in values["posts"])
        context = tuple(values.get("context", ()))
        return cls(**{**values, "ranks": ranks, "posts": tuple(posts), "context": context})


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
    announces: bool = False  # a ceremony where an appointment of its day is announced
    # an appointment's attendees that hold a police post in a province, with that province
    placed: tuple[tuple[str, str], ...] = ()
    genres: tuple[str, ...] = ()  # what its title says it is for (`rules.event_genres`)
    # awards handed over at it, each `award-id recipient` (a unit id or a person mention key)
    awards: tuple[str, ...] = ()
    part: str | None = None  # the part of its day the report places it in (`day_parts`)
    # the numbered decisions an appointment, or the ceremony announcing one, is told with
    decisions: tuple[str, ...] = ()

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
        return _record(self)

    @classmethod
    def from_json(cls, text: str) -> EventMention:
        values = _values(cls, text)
        listed = ("organisers", "attendees", "above", "genres", "awards", "decisions")
        lists = {k: tuple(values.get(k, ())) for k in listed}
        placed = tuple((key, province) for key, province in values.get("placed", ()))
        return cls(**{**values, **lists, "placed": placed})


def attendee_block(attendee: str) -> str:
    """The folded name of an attendee (a person mention key, or a name in an older record)."""
    parts = attendee.split("#")
    return parts[1] if len(parts) == 3 else attendee


Mention = PersonMention | EventMention
# A record writes `ordinal` as `n` and every other field under its own name.
_KEYS = {"ordinal": "n"}


def _record(mention: Mention) -> str:
    """A mention's JSON record: tuples and dataclasses (posts) as lists, keys sorted."""
    return json.dumps(
        {_KEYS.get(f.name, f.name): getattr(mention, f.name) for f in fields(mention)},
        ensure_ascii=False,
        sort_keys=True,
        default=lambda part: [getattr(part, f.name) for f in fields(part)],
    )


def _values(cls: type[Mention], text: str) -> dict[str, Any]:
    """A record's values by field name; a field a record lacks keeps its default."""
    data = json.loads(text)
    values = {f.name: data[k] for f in fields(cls) if (k := _KEYS.get(f.name, f.name)) in data}
    return {**values, "ordinal": int(values["ordinal"])}
