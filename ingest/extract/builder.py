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

    def org(self, name: str, parent: str | None, kind: str | None, span: Span) -> None:
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

    def event(self, kind: str, date: str | None, span: Span) -> EventFact:
        key = (kind, date)
        if key not in self.events:
            self.events[key] = EventFact(kind, date, evidence=span)
        return self.events[key]

    def done(self) -> Facts:
        self.facts.persons = list(self.persons.values())
        self.facts.organisations = list(self.orgs.values())
        self.facts.clusters = list(self.clusters.values())
        self.facts.events = list(self.events.values())
        return self.facts


def add_unique(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)
