"""`kg explain` as lines of text: an entity's mentions, joins, separations and judgements."""

from __future__ import annotations

import math

from core.ids import kind_of, local_id
from kg.curation import Why
from kg.resolve.mentions import EventMention, PersonMention
from kg.resolve.rules import rank_name


def _short(iri: str) -> str:
    return f"{kind_of(iri)}/{local_id(iri)}"


def mention_line(mention: PersonMention | EventMention) -> str:
    """One mention: its document and date, then what it says."""
    head = f"{mention.doc} ({mention.date or 'undated'})"
    if isinstance(mention, EventMention):
        parts = [f"{mention.kind} {mention.date or ''}".strip()]
        if mention.organisers:
            parts.append("organised by " + ", ".join(mention.organisers))
        if mention.location:
            parts.append(f"at {mention.location}")
        if mention.attendees:
            parts.append("attended by " + ", ".join(mention.attendees))
        return f"{head}: " + "; ".join(parts)
    parts = [mention.name]
    parts += [f"{rank_name(s) or s} ({d or 'undated'})" for s, d in mention.ranks]
    for post in mention.posts:
        when = post.seen or "–".join(p or "?" for p in (post.start, post.end))
        parts.append(f"{post.role} {post.unit or '(no unit)'} ({when})")
    return f"{head}: " + "; ".join(parts)


def why_lines(found: Why) -> list[str]:
    """The explanation of `kg explain`, one fact a line."""
    e = found.explanation
    lines = [f"{_short(e.entity)}  block {e.block!r}, {len(e.mentions)} mention(s)"]
    lines += [f"  mention/{local_id(m.iri)}  {mention_line(m.mention)}" for m in e.mentions]
    ids = {m.mention.key: local_id(m.iri) for m in e.mentions}
    for d in e.joins:
        pair = f"{ids.get(d.first, d.first)} + {ids.get(d.second, d.second)}"
        weight = f"{d.score:g} " if math.isfinite(d.score) else ""
        lines.append(f"  joined {pair}: {weight}({', '.join(d.reasons)})")
    for s in e.separations:
        why = s.conflict or f"evidence {s.score:g} too weak ({', '.join(s.reasons) or 'none'})"
        lines.append(f"  apart from {_short(s.other)}: {why}")
    for j in found.judgements:
        ones = " and ".join(
            f"{local_id(m)} ({_short(found.entity_of[m]) if m in found.entity_of else 'gone'})"
            for m in (j.first, j.second)
        )
        note = f": {j.note}" if j.note else ""
        lines.append(
            f"  judged {'same' if j.same else 'different'} {j.at or ''} {ones}{note}".rstrip()
        )
    return lines
