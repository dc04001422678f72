"""Facts gathered over a document, repeated mentions merged."""

from __future__ import annotations

from ingest.extract.persons import PersonMention
from ingest.extract.ranks import senior
from ingest.model import (
    ClusterFact,
    Document,
    EventFact,
    Facts,
    OrganisationFact,
    PersonFact,
    Position,
    Span,
)


class Builder:
    """Collects facts over a document, merging repeated mentions."""

    def __init__(self, document: Document) -> None:
        self.facts = Facts(document=document)
        self.persons: dict[str, PersonFact] = {}
        self.orgs: dict[str, OrganisationFact] = {}
        self.clusters: dict[str, ClusterFact] = {}
        self.events: dict[tuple[str, str | None], EventFact] = {}
        self.excluded: set[str] = set()  # names of suspects, victims and witnesses
        self.mentioned: dict[str, list[Span]] = {}  # unit name -> where it is named
        self.givers: list[Span] = []  # who gives an award (`Cờ thi đua của Chính phủ`)

    def org(self, name: str, parent: str | None, kind: str | None, span: Span) -> None:
        self.mentioned.setdefault(name, []).append(span)
        known = self.orgs.get(name)
        if known is None:
            self.orgs[name] = OrganisationFact(name, parent, kind, span)
        elif known.parent is None and parent:
            known.parent = parent

    def person(self, p: PersonMention, span: Span) -> PersonFact:
        fact = self.persons.get(p.name)
        if fact is None:
            fact = self.persons[p.name] = PersonFact(p.name, p.rank, [], span)
        fact.rank = senior(fact.rank, p.rank)
        for post in p.posts:
            if any(
                x.role == post.role and x.organisation == post.organisation for x in fact.positions
            ):
                continue
            # A post first seen without its unit is completed when the unit is given later.
            bare = next(
                (x for x in fact.positions if x.role == post.role and x.organisation is None), None
            )
            if bare is not None:
                bare.organisation = post.organisation
                continue
            if post.organisation is None and any(x.role == post.role for x in fact.positions):
                continue
            # a former post ended by the article's date at the latest
            end = self.facts.document.date if post.former else None
            fact.positions.append(
                Position(post.role, post.organisation, None, end, span, former=post.former)
            )
        return fact

    def _only_giver(self, name: str) -> bool:
        """A state body named only as who gives an award (`Bằng khen của Thủ tướng Chính
        phủ`, `đề nghị Chính phủ tặng`) is no unit the article is about; a local government
        that gives one (`UBND huyện tặng Giấy khen`) takes part in the event."""
        spans = self.mentioned.get(name, [])
        return bool(spans) and all(any(_within(s, g) for g in self.givers) for s in spans)

    def _used_units(self) -> set[str]:
        """Units other facts name: posts, parents, clusters, organisers and recipients."""
        used = {pos.organisation for p in self.persons.values() for pos in p.positions}
        used |= {o.parent for o in self.orgs.values()}
        for c in self.clusters.values():
            used |= {c.parent, *c.members}
        for e in self.events.values():
            used |= set(e.organisers)
        used |= {a.recipient for a in self.facts.awards}
        return {u for u in used if u}

    def event(self, kind: str, date: str | None, span: Span) -> EventFact:
        key = (kind, date)
        if key not in self.events:
            self.events[key] = EventFact(kind, date, evidence=span)
        return self.events[key]

    def done(self) -> Facts:
        self.facts.persons = list(self.persons.values())
        used = self._used_units()
        self.facts.organisations = [
            o
            for o in self.orgs.values()
            if o.name in used or o.kind not in _STATE_BODIES or not self._only_giver(o.name)
        ]
        self.facts.clusters = list(self.clusters.values())
        self.facts.events = list(self.events.values())
        return self.facts


_STATE_BODIES = ("ministry", "central_body")


def _within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def add_unique(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)
