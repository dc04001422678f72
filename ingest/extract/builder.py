"""Facts gathered over a document, repeated mentions merged."""

from __future__ import annotations

import re
from functools import cache

from core.kinds import UnitKind
from ingest.extract.lexicon import alternation, words
from ingest.extract.person_mention import PersonMention
from ingest.extract.ranks import rank_order, senior
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
        self.persons: list[PersonFact] = []
        self.by_name: dict[str, list[PersonFact]] = {}  # namesakes the text tells apart
        self.orgs: dict[str, OrganisationFact] = {}
        self.clusters: dict[str, ClusterFact] = {}
        self.cluster_sentences: dict[str, int] = {}  # cluster -> sentences naming it
        self.events: dict[tuple[str, str | None], EventFact] = {}  # the first of each
        self.ordered: list[EventFact] = []  # every event, in the order found
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

    def person(self, p: PersonMention, span: Span, namesake: bool = False) -> PersonFact:
        """Adds a mention; `namesake` when the text says it is another person of a name
        already seen (`một cán bộ trùng họ tên là Thượng tá A`)."""
        fact = None if namesake and p.name in self.by_name else self._same_person(p)
        if fact is None:
            fact = PersonFact(p.name, p.rank, [], span, namesake=namesake)
            self.persons.append(fact)
            self.by_name.setdefault(p.name, []).append(fact)
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

    def _same_person(self, p: PersonMention) -> PersonFact | None:
        """The person an earlier mention of this name is: the latest one it does not
        contradict. Two ranks several steps apart, or two ranks with posts in other units
        (`Thượng tá A, Trưởng Công an thị xã X` and `Đại úy A, Đội trưởng … huyện Y`), are
        two people; a name alone is the one named last."""
        known = self.by_name.get(p.name, [])
        if p.rank is None:
            return known[-1] if known else None
        order = rank_order()
        units = {post.organisation for post in p.posts if post.organisation}
        for fact in reversed(known):
            if self._same_role_elsewhere(fact, p):
                continue
            if fact.rank is None or fact.rank == p.rank:
                return fact
            gap = abs(order.get(fact.rank, 0) - order.get(p.rank, 0))
            theirs = {pos.organisation for pos in fact.positions if pos.organisation}
            if gap < 2 and not (units and theirs and not units & theirs):
                return fact
        return None

    def _same_role_elsewhere(self, fact: PersonFact, p: PersonMention) -> bool:
        """Whether one sentence gives the name one role in two units apart (`Thượng tá A, Phó
        Giám đốc Công an tỉnh X và Thượng tá A, Phó Giám đốc Công an tỉnh Y`): two people, each
        with his post. A move gives both posts to one mention, so it is not read here."""
        held = {
            (x.role, x.organisation)
            for x in fact.positions
            if x.organisation and not x.former and x.evidence and x.evidence.sentence == p.sentence
        }
        new = {(x.role, x.organisation) for x in p.posts if x.organisation and not x.former}
        if not held or not new or held & new:
            return False
        return any(
            role == other and self._apart(unit, there)
            for role, unit in new
            for other, there in held
        )

    def _apart(self, a: str, b: str) -> bool:
        """Neither unit is under the other, as far as the article's parents tell."""
        return b not in self._chain(a) and a not in self._chain(b)

    def _chain(self, unit: str) -> set[str]:
        seen = {unit}
        known = self.orgs.get(unit)
        while known is not None and known.parent and known.parent not in seen:
            seen.add(known.parent)
            known = self.orgs.get(known.parent)
        return seen

    def _only_giver(self, name: str) -> bool:
        """A state or party body named only as who gives an award (`Bằng khen của Thủ tướng
        Chính phủ`, `đề nghị Chính phủ tặng`) or makes a decision (`quyết định của Ban Bí
        thư`) is no unit the article is about. A ministry or a local government named as the
        giver (`Bằng khen của Bộ trưởng Bộ Công an`, `Giấy khen của Chủ tịch UBND thị xã X`)
        is: the examples' gold lists the people's committee that gives a flag."""
        spans = self.mentioned.get(name, [])
        return bool(spans) and all(any(_within(s, g) for g in self.givers) for s in spans)

    def _kept(self, unit: OrganisationFact, used: set[str]) -> bool:
        if unit.name in used:
            return True
        return unit.kind not in _STATE_BODIES or not self._only_giver(unit.name)

    def _used_units(self) -> set[str]:
        """Units other facts name: posts, parents, clusters, organisers and recipients."""
        used = {pos.organisation for p in self.persons for pos in p.positions}
        used |= {o.parent for o in self.orgs.values()}
        for c in self.clusters.values():
            used |= {c.parent, *c.members}
        for e in self.ordered:
            used |= set(e.organisers)
        used |= {a.recipient for a in self.facts.awards}
        return {u for u in used if u}

    def event(
        self, kind: str, date: str | None, span: Span, organisers: list[str] | None = None
    ) -> EventFact:
        """The event of this kind and date; another one when both name their organisers and
        none is shared (two units each holding a ceremony on one day)."""
        key = (kind, date)
        known = self.events.get(key)
        if known is None:
            known = self.events[key] = EventFact(kind, date, evidence=span)
            self.ordered.append(known)
            return known
        if organisers and known.organisers and not set(organisers) & set(known.organisers):
            others = [e for e in self.ordered if (e.kind, e.date) == key]
            same = next((e for e in others if set(organisers) & set(e.organisers)), None)
            if same is None:
                same = EventFact(kind, date, evidence=span)
                self.ordered.append(same)
            return same
        return known

    def done(self) -> Facts:
        self.facts.persons = list(self.persons)
        used = self._used_units()
        self.facts.organisations = [o for o in self.orgs.values() if self._kept(o, used)]
        self.facts.clusters = list(self.clusters.values())
        self.facts.events = list(self.ordered)
        return self.facts


# state and party bodies (`Chính phủ`, `Ban Bí thư`) named only as givers are no units here
_STATE_BODIES = (UnitKind.CENTRAL_BODY, UnitKind.PARTY_BODY)


def _within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def add_unique(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


def namesake_before(text: str, at: int) -> bool:
    """Whether the words just before offset `at` say the person named there shares the name of
    another (`trùng họ tên là Thượng tá …`): only a rank or `là` may come between."""
    return bool(_namesake_re().search(text[max(0, at - 60) : at]))


@cache
def _namesake_re() -> re.Pattern[str]:
    cues = alternation(words("namesake_cues.txt"))
    return re.compile(rf"(?<!\w)(?i:{cues})(?:\s+(?:là|với))?\s+(?:[^\s,.;:]+\s+){{0,2}}$")
