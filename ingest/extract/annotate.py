"""One sentence annotated with typed mentions: units, places and clusters first, then ranks
and posts in what they leave, then honorifics, then names. Each step masks what the steps
before found, so a place is never read as a name nor a unit as a post."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.clusters import find_clusters
from ingest.extract.hierarchy import Context
from ingest.extract.mentions import Mention, drop_overlaps
from ingest.extract.name_candidates import find_honorifics, find_names
from ingest.extract.normalise import modern_tones
from ingest.extract.person_mention import PersonMention
from ingest.extract.places import find_places
from ingest.extract.ranks import find_ranks
from ingest.extract.roles import find_roles
from ingest.extract.units import find_units
from ingest.model import Sentence, Span


@dataclass
class Annotated:
    sentence: Sentence
    text: str  # the sentence in modern tone spelling
    mentions: list[Mention]
    persons: list[PersonMention] = field(default_factory=list)


# `Ảnh: Công an tỉnh X`, `(Ảnh do Công an cung cấp)`, `Nguồn: …`: a photo's credit or a
# source, which names no unit, place or person of the article; it runs to its bracket's end
# (a caption that opens with `Ảnh:` and tells who does what is longer than a credit)
_CREDIT = re.compile(
    r"(?:(?<!\w)(?:Ảnh|ẢNH|ảnh|Nguồn|NGUỒN)\s*:|(?:^|\(\s*)[Ảả]nh\s+do\s)"
    r"[^().;,]{0,45}?[.\s]*(?=\)|$)"
)


_CREDIT_WORDS = ("ảnh", "Ảnh", "ẢNH", "Nguồn", "NGUỒN")


def _credited(text: str, offset: int, found: list[Mention]) -> list[Mention]:
    spans = [(offset + m.start(), offset + m.end()) for m in _CREDIT.finditer(text)]
    return [m for m in found if not any(a <= m.start < b for a, b in spans)]


def _mask(text: str, offset: int, mentions: list[Mention]) -> str:
    """`text` with the spans of `mentions` (in text order, as `drop_overlaps` leaves them)
    written over with `|`, joined from slices rather than a list of every character."""
    if not mentions:
        return text
    parts = []
    at = 0  # the end of what is written
    for m in mentions:
        start, end = m.start - offset, m.end - offset
        if start >= at:
            parts.append(text[at:start])
            parts.append("|" * (end - start))
            at = end
        elif end > at:
            parts.append("|" * (end - at))
            at = end
    parts.append(text[at:])
    return "".join(parts)


def annotate(sentence: Sentence, ctx: Context, last_cluster: str | None) -> Annotated:
    text = modern_tones(sentence.text)
    off = sentence.start
    # places first: a body said without its province (`UBND tỉnh`) may be the province's
    # named as a place before it in the sentence (`Tại điểm cầu Hà Nam, PCT UBND tỉnh A`)
    places = find_places(text, off)
    ctx.places_here = [p for p in places if p.extra.get("bridge")]
    ctx.provinces_here = [p for p in places if p.extra.get("province")]
    units = find_units(text, off, ctx)
    # A place inside a unit (`tỉnh Lào Cai` in `Công an các tỉnh Lào Cai, …`) is part of it.
    if units and places:
        places = [p for p in places if not any(u.start < p.end and p.start < u.end for u in units)]
    found = drop_overlaps(units + places + find_clusters(text, off, last_cluster))
    masked = _mask(text, off, found)
    found = drop_overlaps(found + find_ranks(masked, off) + find_roles(masked, off))
    masked = _mask(text, off, found)
    found = drop_overlaps(found + find_honorifics(masked, off))
    masked = _mask(text, off, found)
    found = sorted(found + find_names(masked, off), key=lambda m: m.start)
    # a credit has its colon or `do`; then one of its words (cheaper than the pattern's search)
    if (":" in text or "do" in text) and any(word in text for word in _CREDIT_WORDS):
        found = _credited(text, off, found)
    return Annotated(sentence, text, _relative(found, off))


def _relative(mentions: list[Mention], offset: int) -> list[Mention]:
    """Mentions with offsets into the sentence text (the document offsets are restored for
    evidence by adding the sentence start)."""
    for m in mentions:
        m.start -= offset
        m.end -= offset
    return mentions


def span(sentence: Sentence, start: int = 0, end: int | None = None) -> Span:
    end = len(sentence.text) if end is None else end
    return Span(sentence.start + start, sentence.start + end, sentence.index)
