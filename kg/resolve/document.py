"""The people of one document: a mention per person the document names, with its evidence,
and the IRI the document alone gives each (the writer renames it when other documents say
more, see `kg/resolve/store.py`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import URIRef

from core.ids import local_id
from core.text import collapse_spaces, nfc
from ingest.model import Facts, PersonFact, Position, Span
from kg.resolve.blocks import resolve_persons
from kg.resolve.mentions import PersonMention, PostSeen, person_block, person_name
from kg.resolve.names import shorter_forms, written
from kg.resolve.persons import PersonProfile
from kg.resolve.rules import (
    body_province,
    implied_units,
    is_civil_post,
    period,
    rank_seniority,
)
from kg.resolve.units import Resolver


@dataclass
class DocumentPerson:
    mention: PersonMention
    iri: URIRef  # as the document alone resolves it
    facts: list[PersonFact]  # a roster gives one per row; none for a name only attending
    units: frozenset[URIRef] = frozenset()


@dataclass
class DocumentPersons:
    """Every person a document names, and which of them a name refers to."""

    people: list[DocumentPerson] = field(default_factory=list)
    by_block: dict[str, list[DocumentPerson]] = field(default_factory=dict)

    def find(
        self, name: str, units: Iterable[URIRef] = (), near: Span | None = None
    ) -> DocumentPerson | None:
        """The person a name refers to; among namesakes, the one holding a post in `units`,
        else the one named nearest to `near`, else the first."""
        found = self.by_block.get(person_block(name), [])
        if len(found) < 2:
            return found[0] if found else None
        wanted = set(units)
        if holding := [p for p in found if p.units & wanted]:
            return holding[0]
        if near is not None:
            return min(found, key=lambda p: _distance(p.facts, near))
        return found[0]


def _distance(facts: list[PersonFact], near: Span) -> int:
    found = [abs(f.evidence.start - near.start) for f in facts if f.evidence is not None]
    return min(found, default=1 << 30)


def observation_date(fact: PersonFact, doc_date: str | None) -> str | None:
    """When a rank was seen: a roster row's rank at the start of its latest post (else its
    end), so consecutive rows read as a history; an article's rank at the article's date."""
    for bound in ("start", "end"):
        dates = [d for pos in fact.positions if period(d := getattr(pos, bound)) is not None]
        if dates:
            return max(dates)
    return doc_date


def reported_day(facts: Facts) -> str | None:
    """The day an article reports on: its date line gives the month, the events it tells give
    the day (the latest of that month), so that two reports of one month can be ordered."""
    month = facts.document.date
    if not month or len(month) != 7:
        return month
    days = [e.date for e in facts.events if e.date and len(e.date) == 10 and e.date[:7] == month]
    return max(days, default=month)


def post_unit(resolver: Resolver, position: Position) -> URIRef | None:
    """The unit of a post: the one written, else the one its role implies."""
    if position.organisation:
        return resolver.unit(position.organisation)
    implied = implied_units().get(collapse_spaces(nfc(position.role or "")))
    return resolver.unit(implied) if implied else None


def document_persons(facts: Facts, resolver: Resolver, names: Iterable[str]) -> DocumentPersons:
    """Mentions of the document's people: the person facts of one name are one mention unless
    their evidence conflicts or the text says they are two (a roster lists one officer's
    posts as rows; namesakes the extractor kept apart stay apart), and each other name
    (`names`: attendees) is one."""
    doc = facts.document
    seen = reported_day(facts)
    context = tuple(
        sorted({local_id(u) for unit in resolver.result.units for u in resolver.chain(unit)})
    )
    out = DocumentPersons()

    def mention(block: str, ordinal: int, group: list[PersonFact], written: str) -> PersonMention:
        posts: list[PostSeen] = []
        ranks: list[tuple[int, str | None]] = []
        for fact in group:
            posts.extend(_posts(fact, resolver, seen)[0])
            if (seniority := rank_seniority(fact.rank)) is not None:
                ranks.append((seniority, observation_date(fact, seen)))
        return PersonMention(doc.id, ordinal, written, seen, tuple(ranks), tuple(posts), context)

    full = _full_names(facts.persons)
    # a shorter name joins its fuller one wherever it is written, so the fuller goes first
    ordered = sorted(facts.persons, key=lambda f: person_block(person_name(f.name)) in full)
    for fact in ordered:
        written = person_name(fact.name)
        block = person_block(written)
        if not block:
            continue
        if (joined := _as_full(out, full.get(block), fact, mention)) is not None:
            out.by_block.setdefault(block, [joined])
            continue
        known = out.by_block.setdefault(block, [])
        alone = PersonProfile.of(mention(block, 0, [fact], written))
        for person in [] if fact.namesake else known:
            together = PersonProfile.of(person.mention)
            if together.conflict(alone, within_document=True) is None:
                person.facts.append(fact)
                person.mention = mention(block, person.mention.ordinal, person.facts, written)
                break
        else:
            new = DocumentPerson(
                mention(block, len(known) + 1, [fact], written), URIRef(""), [fact]
            )
            known.append(new)
            out.people.append(new)
    for name in names:
        written = person_name(name)
        block = person_block(written)
        if block and block not in out.by_block:
            person = DocumentPerson(mention(block, 1, [], written), URIRef(""), [])
            out.by_block[block] = [person]
            out.people.append(person)
    for block, people in out.by_block.items():
        if any(p.mention.block != block for p in people):
            continue  # a short name standing for a full one, resolved under the full one
        iris = resolve_persons([p.mention for p in people]).iri_of()
        for person in people:
            person.iri = iris[person.mention.key]
            person.units = frozenset(u for f in person.facts for u in _posts(f, resolver, seen)[1])
    return out


def _full_names(persons: list[PersonFact]) -> dict[str, str]:
    """Shorter name -> the one fuller name of the document it may stand for (`Đại tá Lâm Vũ`
    before or after `Đại tá Lâm Hoàng Vũ`, `Lưu Bảo Khánh` beside `Lưu Đình Bảo Khánh`); a
    shorter name two fuller names of the document may stand for stands for neither."""
    names = {person_block(n): n for f in persons if (n := person_name(f.name))}
    out: dict[str, list[str]] = {}
    spelled = {written(block): block for block in names}
    for block, name in names.items():
        for shorter in shorter_forms(block):
            if shorter in spelled:
                out.setdefault(spelled[shorter], []).append(name)
    return {short: found[0] for short, found in out.items() if len(found) == 1}


MentionOf = Callable[[str, int, list[PersonFact], str], PersonMention]


def _as_full(
    out: DocumentPersons, written: str | None, fact: PersonFact, mention: MentionOf
) -> DocumentPerson | None:
    """The person of the document's full name `written` a fact of its short name joins (the
    first without conflict), with the fact added; None when there is none, or the fact says
    it is a namesake."""
    if written is None or fact.namesake:
        return None
    block = person_block(written)
    alone = PersonProfile.of(mention(block, 0, [fact], written))
    for person in out.by_block.get(block, []):
        if PersonProfile.of(person.mention).conflict(alone, within_document=True) is None:
            person.facts.append(fact)
            person.mention = mention(block, person.mention.ordinal, person.facts, written)
            return person
    return None


def _province(resolver: Resolver, unit: URIRef | None) -> str | None:
    province = resolver.province_of(unit) if unit is not None else None
    return local_id(province) if province is not None else None


def _posts(
    fact: PersonFact, resolver: Resolver, doc_date: str | None
) -> tuple[tuple[PostSeen, ...], frozenset[URIRef]]:
    posts = []
    units: set[URIRef] = set()
    for position in fact.positions:
        role = collapse_spaces(nfc(position.role or ""))
        if not role:
            continue
        unit = post_unit(resolver, position)
        info = resolver.result.units.get(unit) if unit is not None else None
        chain = tuple(local_id(u) for u in resolver.chain(unit)) if unit is not None else ()
        if unit is not None:
            units.update(resolver.chain(unit))
        dated = position.start or position.end
        posts.append(
            PostSeen(
                role,
                local_id(unit) if unit is not None else None,
                chain,
                is_civil_post(role, info.kind if info else None),
                position.start,
                position.end,
                None if dated else doc_date,
                _province(resolver, unit) or (body_province(info.name) if info else None),
                position.former,
            )
        )
    return tuple(posts), frozenset(units)


def placed(people: Iterable[DocumentPerson]) -> tuple[tuple[str, str], ...]:
    """Each person (mention key) holding a police post in a province, with the province: who an
    appointment puts in which province's posts, as its report tells it."""
    return tuple(
        sorted(
            {
                (person.mention.key, post.province)
                for person in people
                for post in person.mention.posts
                if post.province and not post.civil
            }
        )
    )
