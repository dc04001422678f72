"""Facts of one document -> the RDF graph of that document, with provenance.

Every entity carries its generic class (cand:Unit, cand:Event, ...) as well as its specific one,
so counting and querying need no reasoner. N-ary nodes (rank observations, posts, cluster
memberships, events, conferrals) are minted from the document id and a content key, so the same
facts always give the same IRIs and the same triples."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import PurePath

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from rdflib.plugins.serializers.nt import _quoteLiteral

from core.ids import document_iri, local_id
from core.ids import mint as _mint
from core.kinds import EVENT_KINDS, unit_class
from core.namespaces import CAND, FOAF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from core.ranks import rank_concepts
from core.text import collapse_spaces, fold, nfc
from ingest.model import AwardFact, Document, Facts, PersonFact, Span
from kg.dates import date_literal, year_of
from kg.resolve.document import DocumentPerson, DocumentPersons, document_persons, placed
from kg.resolve.document import observation_date as _observation_date
from kg.resolve.handed import Told, handed_over
from kg.resolve.lifespans import unit_end
from kg.resolve.mentions import EventMention
from kg.resolve.names import stem
from kg.resolve.parties import sentence_organisers
from kg.resolve.rules import event_genres
from kg.resolve.units import Resolution, Resolver, UnitCatalogue, resolve
from kg.units.changes import Change, change_triples

Triple = tuple[URIRef, URIRef, URIRef | Literal]
# Keys repeat across a corpus: caching their minting saves much of the per-document work.
mint = lru_cache(maxsize=1 << 16)(_mint)
# Literals too (names, labels, offsets); typed, so that 1 and True stay two literals.
_literal = lru_cache(maxsize=1 << 16, typed=True)(Literal)


@lru_cache(maxsize=1 << 17)
def _nt(term: URIRef | Literal) -> str:
    """A term as N-Triples writes it (rdflib's own escaping); terms repeat across a corpus."""
    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()


def nt_line(triple: Triple) -> str:
    """One N-Triples line."""
    s, p, o = triple
    return f"{_nt(s)} {_nt(p)} {_nt(o)} .\n"


_EVIDENCE_CHARS = 600


def rank_iri(rank: str) -> URIRef | None:
    """`Thiếu tướng`, `thiếu tướng` -> the concept; None for a word that is not a rank."""
    iri = mint("rank", rank)
    return iri if iri in rank_concepts() else None


@dataclass
class BuiltGraph:
    """A document's triples, and what building them noticed."""

    iri: URIRef
    triples: list[Triple]
    warnings: list[str] = field(default_factory=list)
    persons: int = 0
    units: int = 0
    events: int = 0

    @cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib Graph (built on first use: ingest does not need one)."""
        graph = Graph()
        for triple in self.triples:
            graph.add(triple)
        return graph

    def ntriples(self) -> bytes:
        """N-Triples, one line per triple, in a stable order."""
        return "".join(sorted(map(nt_line, self.triples))).encode("utf-8")

    def __len__(self) -> int:
        return len(self.triples)


class _Builder:
    def __init__(self, facts: Facts, catalogue: UnitCatalogue | None) -> None:
        self.facts = facts
        self.doc: Document = facts.document
        self.doc_iri = document_iri(self.doc.id)
        self.doc_key = local_id(self.doc_iri)
        self._triples: dict[Triple, None] = {}  # insertion-ordered set
        self.warnings: list[str] = []
        self.resolver: Resolver
        self.res: Resolution
        self.resolver, self.res = resolve(facts, catalogue)
        names = [n for event in facts.events for n in (*event.chair, *event.attendees)]
        self.people: DocumentPersons = document_persons(facts, self.resolver, names)
        self._minted: set[URIRef] = set()
        self.doc_date = date_literal(self.doc.date)
        if self.doc.date and self.doc_date is None:
            self.warnings.append(f"document date {self.doc.date!r} is not an ISO date; ignored")

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self._triples[(s, p, o)] = None

    def label(self, node: URIRef, name: str) -> None:
        self.add(node, SCHEMA.name, _literal(name))
        self.add(node, RDFS.label, _literal(name, lang="vi"))
        self.add(node, CAND.foldedName, _literal(fold(name)))

    def above(self, unit: URIRef) -> tuple[URIRef, ...]:
        """The units above a unit, nearest first."""
        return self.resolver.chain(unit)[1:]

    def node(self, kind: str, *key: str) -> URIRef:
        """A stable n-ary node IRI; identical content keys get -2, -3 in order of appearance."""
        base = mint(kind, self.doc_key, *key)
        iri, n = base, 1
        while iri in self._minted:
            n += 1
            iri = URIRef(f"{base}--{n}")
        self._minted.add(iri)
        return iri

    def concept(self, kind: str, name: str, cls: URIRef) -> URIRef:
        """A role or award named in Vietnamese: a SKOS concept, described in every graph that
        uses it."""
        concept = mint(kind, name)
        self.add(concept, RDF.type, cls)
        self.add(concept, RDF.type, SKOS.Concept)
        self.add(concept, SKOS.prefLabel, _literal(name, lang="vi"))
        self.add(concept, RDFS.label, _literal(name, lang="vi"))
        return concept

    def provenance(self, node: URIRef, span: Span | None) -> None:
        self.add(node, PROV.wasDerivedFrom, self.doc_iri)
        if span is None:
            return
        start, end, sentence = span.start, span.end, span.sentence
        if 0 <= sentence < len(self.doc.sentences):
            found = self.doc.sentences[sentence]
            start, end = found.start, found.end
            self.add(node, CAND.sentenceIndex, _literal(sentence))
        if 0 <= start <= end <= len(self.doc.text):
            self.add(node, CAND.evidenceStart, _literal(start))
            self.add(node, CAND.evidenceEnd, _literal(end))
            text = collapse_spaces(self.doc.text[start:end])[:_EVIDENCE_CHARS]
            if text:
                self.add(node, CAND.evidenceText, _literal(text))

    # ------------------------------------------------------------------ the parts
    def document(self) -> None:
        d, iri = self.doc, self.doc_iri
        self.add(iri, RDF.type, CAND.SourceDocument)
        self.add(iri, RDF.type, PROV.Entity)
        self.add(iri, DCTERMS.identifier, _literal(d.id))
        self.add(iri, CAND.documentKind, _literal(d.kind))
        title = _literal(collapse_spaces(nfc(d.title))) if d.title else None
        self.add(iri, SCHEMA.name, title)
        if d.source:
            if d.source.startswith(("http://", "https://")):
                self.add(iri, SCHEMA.url, _literal(d.source, datatype=XSD.anyURI))
                self.add(iri, SCHEMA.headline, title)
            else:
                self.add(iri, CAND.fileName, _literal(PurePath(d.source).name))
        if d.site:
            self.add(iri, SCHEMA.publisher, _literal(d.site))
        self.add(iri, SCHEMA.datePublished, self.doc_date)
        if d.content_hash:
            self.add(iri, CAND.contentHash, _literal(d.content_hash))
        if d.fetched_at:
            self.add(iri, PROV.generatedAtTime, _literal(d.fetched_at, datatype=XSD.dateTime))

    def units(self) -> None:
        for info in self.res.units.values():
            self.add(info.iri, RDF.type, CAND.Unit)
            self.add(info.iri, RDF.type, ORG.Organization)
            self.add(info.iri, RDF.type, unit_class(info.kind, info.name))
            self.label(info.iri, info.name)
            self.add(info.iri, SKOS.prefLabel, _literal(info.name, lang="vi"))
            self.add(info.iri, ORG.subOrganizationOf, info.parent)

    def persons(self) -> None:
        for person in self.people.people:
            self.person(person)

    def person(self, person: DocumentPerson) -> None:
        iri, mention = person.iri, person.mention
        self.add(iri, RDF.type, CAND.Person)
        self.add(iri, RDF.type, SCHEMA.Person)
        self.add(iri, RDF.type, FOAF.Person)
        self.label(iri, mention.name)
        # n-ary nodes are keyed by the mention, not the person, so that renaming the person
        # (resolution across documents) changes only the person's IRI in this graph.
        pkey = f"{mention.block}-{mention.ordinal}"
        record = mint("mention", self.doc_key, "p", pkey)
        self.add(record, RDF.type, CAND.PersonMention)
        self.add(record, CAND.mentionOf, iri)
        self.add(record, CAND.blockKey, _literal(mention.block))
        self.add(record, CAND.stemKey, _literal(stem(mention.block)))
        self.add(record, CAND.mentionRecord, _literal(mention.to_json()))
        self.add(record, PROV.wasDerivedFrom, self.doc_iri)
        for fact in person.facts:
            self.facts_of(iri, pkey, fact)

    def facts_of(self, iri: URIRef, pkey: str, fact: PersonFact) -> None:
        """A person fact's rank observation and posts."""
        if fact.rank:
            self.rank_observation(iri, pkey, fact.rank, fact)
        for position in fact.positions:
            role_name = collapse_spaces(nfc(position.role or ""))
            if not role_name:
                continue
            role = self.concept("role", role_name, CAND.Role)
            unit = self.resolver.unit(position.organisation) if position.organisation else None
            post = self.node("post", pkey, role_name, local_id(unit) if unit else "")
            self.add(post, RDF.type, CAND.PostHolding)
            self.add(post, RDF.type, ORG.Membership)
            self.add(post, ORG.member, iri)
            self.add(post, ORG.role, role)
            self.add(post, ORG.organization, unit)
            start, end = date_literal(position.start), date_literal(position.end)
            for given, parsed in ((position.start, start), (position.end, end)):
                if given and parsed is None:
                    self.warnings.append(f"{fact.name}: date {given!r} is not an ISO date")
            # a unit that had ended by the article's date is the unit as it was
            if start is None and end is None and unit is not None:
                end = unit_end(str(unit), self.doc.date)
                if end is not None:
                    self.warnings.append(
                        f"{fact.name}: {local_id(unit)} ended on {end}; the post ends there"
                    )
            self.add(post, SCHEMA.startDate, start)
            self.add(post, SCHEMA.endDate, end)
            if start is None and end is None:
                self.add(post, CAND.observedOn, self.doc_date)
            self.provenance(post, position.evidence or fact.evidence)

    def rank_observation(self, person: URIRef, pkey: str, rank: str, fact: PersonFact) -> None:
        concept = rank_iri(rank)
        if concept is None:
            self.warnings.append(f"unknown rank {rank!r} for {fact.name}")
            return
        # Like roles and units, the rank is described in every graph that uses it, so a
        # document's graph answers label lookups alone.
        for predicate, value in rank_concepts()[concept]:
            self.add(concept, predicate, value)
        obs = self.node("rankobs", pkey, local_id(concept))
        self.add(obs, RDF.type, CAND.RankObservation)
        self.add(obs, RDF.type, PROV.Entity)
        self.add(obs, CAND.person, person)
        self.add(obs, CAND.rank, concept)
        self.add(obs, CAND.observedOn, self._observation_date(fact))
        self.provenance(obs, fact.evidence)

    def _observation_date(self, fact: PersonFact) -> Literal | None:
        return date_literal(_observation_date(fact, self.doc.date)) or self.doc_date

    def clusters(self) -> None:
        year = year_of(self.doc.date)
        for info in self.res.clusters.values():
            self.add(info.iri, RDF.type, CAND.EmulationCluster)
            self.add(info.iri, RDF.type, ORG.Organization)
            self.label(info.iri, info.name)
            self.add(info.iri, SKOS.prefLabel, _literal(info.name, lang="vi"))
            self.add(info.iri, ORG.subOrganizationOf, info.parent)
        for fact in self.facts.clusters:
            cluster = self.res.cluster(fact.name)
            if cluster is None:
                continue
            for member in fact.members:
                unit = self.resolver.unit(member)
                if unit is None:
                    continue
                self.add(unit, ORG.memberOf, cluster)
                node = self.node("membership", local_id(cluster), local_id(unit))
                self.add(node, RDF.type, CAND.ClusterMembership)
                self.add(node, RDF.type, ORG.Membership)
                self.add(node, ORG.member, unit)
                self.add(node, ORG.organization, cluster)
                if year:
                    self.add(node, CAND.year, _literal(year, datatype=XSD.gYear))
                self._membership_dates(node, unit)
                self.provenance(node, fact.evidence)

    def _membership_dates(self, node: URIRef, unit: URIRef) -> None:
        """A membership holds from its source's day (clusters regrouped after the
        reorganisation are new memberships from the article listing them); one an article
        gives to a unit that had already ended is the membership as it was, ending with it."""
        end = unit_end(str(unit), self.doc.date)
        if end is not None:
            self.warnings.append(f"{local_id(unit)} ended on {end}; its membership ends there")
            self.add(node, SCHEMA.endDate, end)
        elif self.doc_date is not None and self.doc_date.datatype == XSD.date:
            self.add(node, SCHEMA.startDate, self.doc_date)

    def changes(self) -> None:
        """Changes of units the document reports, as change events it is the evidence of."""
        for fact in self.facts.changes:
            original = tuple(u for n in fact.original if (u := self.resolver.unit(n)))
            resulting = tuple(u for n in fact.resulting if (u := self.resolver.unit(n)))
            if not original or date_literal(fact.date) is None:
                self.warnings.append(f"change {fact.kind} left out: no date or unit")
                continue
            node = self.node("change", fact.kind, local_id(original[0]))
            for s, p, o in change_triples(Change(node, fact.kind, fact.date, original, resulting)):
                self.add(s, p, o)
            self.provenance(node, fact.evidence)

    def organisation(self, name: str) -> URIRef | None:
        return self.res.cluster(name) or self.resolver.unit(name)

    def events(self) -> None:
        by_date: dict[tuple[str, str], list[URIRef]] = {}
        mentions: dict[URIRef, EventMention] = {}
        told_at: list[tuple[URIRef, Told]] = []
        for ordinal, fact in enumerate(self.facts.events, 1):
            kind = fact.kind if fact.kind in EVENT_KINDS else "other"
            date = date_literal(fact.date) or (None if fact.date else self.doc_date)
            if fact.date and date is None:
                self.warnings.append(f"event date {fact.date!r} is not an ISO date; ignored")
            title = collapse_spaces(nfc(fact.title)) if fact.title else ""
            organisers = [o for name in fact.organisers if (o := self.organisation(name))]
            # keyed by kind and day (the title is a label): its IRI does not move when the
            # title read from the text changes
            event = self.node("event", kind, str(date or ""))
            by_date.setdefault((kind, str(date or "")), []).append(event)
            self.add(event, RDF.type, CAND.Event)
            self.add(event, RDF.type, SCHEMA.Event)
            self.add(event, CAND.eventKind, CAND[kind])
            self.add(event, SCHEMA.startDate, date)
            if title:
                self.add(event, SCHEMA.name, _literal(title))
                self.add(event, RDFS.label, _literal(title, lang="vi"))
            location = collapse_spaces(nfc(fact.location)) if fact.location else None
            self.add(event, SCHEMA.location, _literal(location) if location else None)
            for organiser in organisers:
                self.add(event, SCHEMA.organizer, organiser)
            found: list[DocumentPerson] = []
            for name, chairs in [(n, True) for n in fact.chair] + [
                (n, False) for n in fact.attendees
            ]:
                person = self.people.find(name, organisers, fact.evidence)
                if person is None:
                    continue
                found.append(person)
                if chairs:
                    self.add(event, CAND.chair, person.iri)
                self.add(event, SCHEMA.attendee, person.iri)
            self.provenance(event, fact.evidence)
            index = fact.evidence.sentence if fact.evidence else -1
            told = self.doc.sentences[index].text if 0 <= index < len(self.doc.sentences) else ""
            headline = (self.doc.title or "") if ordinal == 1 else ""
            counted = sentence_organisers(kind, told, organisers, self.res, self.above, headline)
            mention = EventMention(
                self.doc.id,
                ordinal,
                kind,
                str(date) if date is not None else None,
                str(event),
                tuple(sorted({local_id(o) for o in counted})),
                tuple(sorted({person.mention.key for person in found})),
                location,
                self.doc.date,
                tuple(sorted({local_id(u) for o in counted for u in self.above(o)})),
                placed=placed(found) if kind == "appointment" else (),
                genres=event_genres(kind, title),
            )
            mentions[event] = mention
            told_at.append((event, Told(kind, index, mention.date)))
        handed = self._handed([told for _, told in told_at])
        for (event, _), awards in zip(told_at, handed, strict=True):
            both = {*mentions[event].awards, *awards}
            mentions[event] = replace(mentions[event], awards=tuple(sorted(both)))
        # An appointment announced at a ceremony of the same day is part of it; who attends
        # the ceremony is evidence for the appointment too (another report of it may name
        # only the ceremony's guests).
        for (told, day), appointments in by_date.items():
            if told == "appointment":
                for ceremony in by_date.get(("ceremony", day), [])[:1]:
                    mentions[ceremony] = replace(mentions[ceremony], announces=True)
                    for appointment in appointments:
                        self.add(appointment, SCHEMA.superEvent, ceremony)
                        mention = mentions[appointment]
                        present = {*mention.attendees, *mentions[ceremony].attendees}
                        mentions[appointment] = replace(mention, attendees=tuple(sorted(present)))
        for event, mention in mentions.items():
            record = mint("mention", self.doc_key, "e", str(mention.ordinal))
            self.add(record, RDF.type, CAND.EventMention)
            self.add(record, CAND.mentionOf, event)
            self.add(record, CAND.blockKey, _literal(mention.block))
            self.add(record, CAND.mentionRecord, _literal(mention.to_json()))
            self.add(record, PROV.wasDerivedFrom, self.doc_iri)

    def awards(self) -> None:
        for fact in self.facts.awards:
            award_name = collapse_spaces(nfc(fact.award or ""))
            if not award_name:
                continue
            award = self.concept("award", award_name, CAND.Award)
            recipient, _ = self._recipient(fact)
            key = local_id(recipient) if recipient else ""
            node = self.node("conferral", local_id(award), key)
            self.add(node, RDF.type, CAND.AwardConferral)
            self.add(node, CAND.award, award)
            self.add(node, CAND.recipient, recipient)
            if fact.grantor:
                grantor_name = collapse_spaces(nfc(fact.grantor))
                self.add(node, CAND.grantorName, _literal(grantor_name))
                self.add(node, CAND.grantor, self._grantor(grantor_name))
            if fact.collectives is not None:
                self.add(node, CAND.collectiveCount, _literal(fact.collectives))
            if fact.individuals is not None:
                self.add(node, CAND.individualCount, _literal(fact.individuals))
            date = date_literal(fact.date) or self.doc_date
            self.add(node, SCHEMA.startDate, date)
            self.provenance(node, fact.evidence)

    def _recipient(self, fact: AwardFact) -> tuple[URIRef | None, str]:
        """Who receives an award: the person or unit, and its key in an event mention record
        (the person's mention key, resolved later, or the unit's id)."""
        if not fact.recipient:
            return None, ""
        person = self.people.find(fact.recipient, (), fact.evidence)
        if person is not None and person.facts:
            return person.iri, person.mention.key
        unit = self.organisation(fact.recipient)
        return unit, local_id(unit) if unit else ""

    def _handed(self, told: list[Told]) -> list[tuple[str, ...]]:
        """The awards handed over at each event told (`kg.resolve.handed`)."""
        awards = []
        for fact in self.facts.awards:
            recipient = self._recipient(fact)[1]
            if fact.award and recipient and fact.evidence is not None:
                key = f"{local_id(mint('award', collapse_spaces(nfc(fact.award))))} {recipient}"
                awards.append(Told(key, fact.evidence.sentence))
        return handed_over(told, awards, self.doc.sentences, self.doc.date)

    def _grantor(self, name: str) -> URIRef | None:
        """The unit behind a grantor: the unit itself, or the unit a post belongs to
        (`Giám đốc Công an tỉnh X` -> Công an tỉnh X), when the document knows that unit."""
        folded = fold(name)
        best: URIRef | None = None
        best_len = 0
        for info in self.res.units.values():
            unit_folded = fold(info.name)
            if folded.endswith(unit_folded) and len(unit_folded) > best_len:
                best, best_len = info.iri, len(unit_folded)
        return best


def build_graph(facts: Facts, catalogue: UnitCatalogue | None = None) -> BuiltGraph:
    """The named graph of one document: its description, entities and n-ary facts."""
    builder = _Builder(facts, catalogue)
    builder.document()
    builder.persons()
    builder.clusters()
    builder.events()
    builder.awards()
    builder.changes()
    builder.units()  # last: the parts above may resolve further units
    return BuiltGraph(
        iri=builder.doc_iri,
        triples=list(builder._triples),
        warnings=builder.warnings,
        persons=len({p.iri for p in builder.people.people}),
        units=len(builder.res.units),
        events=len(facts.events),
    )
