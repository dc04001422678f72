"""Facts of one document -> the RDF graph of that document, with provenance.

Every entity carries its generic class (cand:Unit, cand:Event, ...) as well as its specific one,
so counting and querying need no reasoner. N-ary nodes (rank observations, posts, cluster
memberships, events, conferrals) are minted from the document id and a content key, so the same
facts always give the same IRIs and the same triples."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from core.ids import local_id
from core.kinds import unit_class
from core.namespaces import CAND, FOAF, ORG, PROV, RDF, SCHEMA, SKOS, XSD
from core.ranks import rank_concepts
from core.text import collapse_spaces, nfc
from ingest.model import Facts, PersonFact
from kg.dates import date_literal, year_of
from kg.document_graph.awards import add_awards
from kg.document_graph.builder import GraphBuilder, Triple, literal, mint, nt_line
from kg.document_graph.events import add_events
from kg.resolve.document import DocumentPerson
from kg.resolve.document import observation_date as _observation_date
from kg.resolve.lifespans import unit_end
from kg.resolve.names import stem
from kg.resolve.units import UnitCatalogue
from kg.units.changes import Change, change_triples

__all__ = ["BuiltGraph", "build_graph", "nt_line", "rank_iri"]


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


class _Builder(GraphBuilder):
    """The document's description, people, units, clusters and changes; its events and awards
    are built by kg.document_graph."""

    # ------------------------------------------------------------------ the parts
    def document(self) -> None:
        d, iri = self.doc, self.doc_iri
        self.add(iri, RDF.type, CAND.SourceDocument)
        self.add(iri, RDF.type, PROV.Entity)
        self.add(iri, DCTERMS.identifier, literal(d.id))
        self.add(iri, CAND.documentKind, literal(d.kind))
        title = literal(collapse_spaces(nfc(d.title))) if d.title else None
        self.add(iri, SCHEMA.name, title)
        if d.source:
            if d.source.startswith(("http://", "https://")):
                self.add(iri, SCHEMA.url, literal(d.source, datatype=XSD.anyURI))
                self.add(iri, SCHEMA.headline, title)
            else:
                self.add(iri, CAND.fileName, literal(PurePath(d.source).name))
        if d.site:
            self.add(iri, SCHEMA.publisher, literal(d.site))
        self.add(iri, SCHEMA.datePublished, self.doc_date)
        if d.content_hash:
            self.add(iri, CAND.contentHash, literal(d.content_hash))
        if d.fetched_at:
            self.add(iri, PROV.generatedAtTime, literal(d.fetched_at, datatype=XSD.dateTime))

    def units(self) -> None:
        for info in self.res.units.values():
            self.add(info.iri, RDF.type, CAND.Unit)
            self.add(info.iri, RDF.type, ORG.Organization)
            self.add(info.iri, RDF.type, unit_class(info.kind, info.name))
            self.label(info.iri, info.name)
            self.add(info.iri, SKOS.prefLabel, literal(info.name, lang="vi"))
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
        self.add(record, CAND.blockKey, literal(mention.block))
        self.add(record, CAND.stemKey, literal(stem(mention.block)))
        self.add(record, CAND.mentionRecord, literal(mention.to_json()))
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
            self.add(info.iri, SKOS.prefLabel, literal(info.name, lang="vi"))
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
                    self.add(node, CAND.year, literal(year, datatype=XSD.gYear))
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


def build_graph(facts: Facts, catalogue: UnitCatalogue | None = None) -> BuiltGraph:
    """The named graph of one document: its description, entities and n-ary facts."""
    builder = _Builder(facts, catalogue)
    builder.document()
    builder.persons()
    builder.clusters()
    add_events(builder)
    add_awards(builder)
    builder.changes()
    builder.units()  # last: the parts above may resolve further units
    return BuiltGraph(
        iri=builder.doc_iri,
        triples=list(builder.triples),
        warnings=builder.warnings,
        persons=len({p.iri for p in builder.people.people}),
        units=len(builder.res.units),
        events=len(facts.events),
    )
