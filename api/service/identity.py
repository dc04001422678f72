"""Views of identity: why an entity is one (`/persons/{id}/why`) and curators' judgements."""

from __future__ import annotations

import math

from api import models as m
from api.service.common import NotFound, link, parse_id
from api.service.reads import Reads
from core.ids import document_iri, from_local_id, local_id
from kg.curation import Why, judge, verdict_fields, why
from kg.resolve.explain import UnknownEntity
from kg.resolve.mentions import EventMention, PersonMention
from kg.resolve.rules import rank_name


def _unit(unit: str | None) -> m.Ref | None:
    try:
        return link(str(from_local_id("unit", unit))) if unit else None
    except ValueError:
        return None


def _mention(iri: str, mention: PersonMention | EventMention) -> m.WhyMention:
    found = m.WhyMention(
        id=local_id(iri),
        document=link(str(document_iri(mention.doc))),
        date=mention.date if isinstance(mention, PersonMention) else mention.doc_date,
    )
    if isinstance(mention, EventMention):
        found.kind = mention.kind
        found.date = mention.date
        found.organisers = [u for u in map(_unit, mention.organisers) if u is not None]
        found.attendees = list(mention.attendees)
        found.location = mention.location
        return found
    found.name = mention.name
    found.ranks = [m.MentionRank(rank=rank_name(s), date=d) for s, d in mention.ranks]
    found.posts = [
        m.MentionPost(role=p.role, unit=_unit(p.unit), date=p.seen, start=p.start, end=p.end)
        for p in mention.posts
    ]
    return found


def why_model(found: Why) -> m.Why:
    e = found.explanation
    ids = {v.mention.key: local_id(v.iri) for v in e.mentions}
    return m.Why(
        entity=link(e.entity),
        block=e.block,
        mentions=[_mention(v.iri, v.mention) for v in e.mentions],
        joins=[
            m.WhyJoin(
                first=ids.get(d.first, d.first),
                second=ids.get(d.second, d.second),
                score=d.score if math.isfinite(d.score) else None,
                reasons=list(d.reasons),
            )
            for d in e.joins
        ],
        separations=[
            m.WhySeparation(
                other=link(s.other), conflict=s.conflict, score=s.score, reasons=list(s.reasons)
            )
            for s in e.separations
        ],
        judgements=[
            m.JudgementEntry(
                id=local_id(j.iri),
                verdict="same" if j.same else "different",
                recorded=j.at,
                note=j.note,
                mentions=[local_id(j.first), local_id(j.second)],
                entities=[
                    link(found.entity_of[x]) if x in found.entity_of else None
                    for x in (j.first, j.second)
                ],
            )
            for j in found.judgements
        ],
    )


class IdentityViews(Reads):
    def why(self, kind: str, identifier: str) -> m.Why:
        try:
            return why_model(why(self.store, str(parse_id(kind, identifier))))
        except UnknownEntity as exc:
            raise NotFound(f"no {kind} with id {identifier!r}") from exc

    def judge(self, request: m.JudgementRequest) -> m.JudgementReport:
        """Record a judgement (`UnknownEntity`, `Unjudgeable` refuse it) and drop the caches."""
        first, second = request.ids
        verdict = judge(self.store, request.verdict == "same", first, second, request.note)
        self.changed()
        fields = verdict_fields(verdict) | {
            "first": link(verdict.first),
            "second": link(verdict.second),
        }
        return m.JudgementReport(**fields)
