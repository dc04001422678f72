"""What every part of a document's graph is built with: the triples gathered so far, the
document's resolved units and people, stable IRIs for n-ary nodes, and provenance."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral

from core.ids import document_iri, local_id
from core.ids import mint as _mint
from core.namespaces import CAND, PROV, RDF, RDFS, SCHEMA, SKOS
from core.text import collapse_spaces, fold
from ingest.model import Document, Facts, Span
from kg.dates import date_literal
from kg.resolve.document import DocumentPersons, document_persons
from kg.resolve.units import Resolution, Resolver, UnitCatalogue, resolve

Triple = tuple[URIRef, URIRef, URIRef | Literal]
# Keys repeat across a corpus: caching their minting saves much of the per-document work.
mint = lru_cache(maxsize=1 << 16)(_mint)
# Literals too (names, labels, offsets); typed, so that 1 and True stay two literals.
literal = lru_cache(maxsize=1 << 16, typed=True)(Literal)


@lru_cache(maxsize=1 << 17)
def _nt(term: URIRef | Literal) -> str:
    """A term as N-Triples writes it (rdflib's own escaping); terms repeat across a corpus."""
    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()


def nt_line(triple: Triple) -> str:
    """One N-Triples line."""
    s, p, o = triple
    return f"{_nt(s)} {_nt(p)} {_nt(o)} .\n"


_EVIDENCE_CHARS = 600


class GraphBuilder:
    """The triples of one document's graph, gathered in order without repeats."""

    def __init__(self, facts: Facts, catalogue: UnitCatalogue | None) -> None:
        self.facts = facts
        self.doc: Document = facts.document
        self.doc_iri = document_iri(self.doc.id)
        self.doc_key = local_id(self.doc_iri)
        self.triples: dict[Triple, None] = {}  # insertion-ordered set
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
            self.triples[(s, p, o)] = None

    def label(self, node: URIRef, name: str) -> None:
        self.add(node, SCHEMA.name, literal(name))
        self.add(node, RDFS.label, literal(name, lang="vi"))
        self.add(node, CAND.foldedName, literal(fold(name)))

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
        self.add(concept, SKOS.prefLabel, literal(name, lang="vi"))
        self.add(concept, RDFS.label, literal(name, lang="vi"))
        return concept

    def provenance(self, node: URIRef, span: Span | None) -> None:
        self.add(node, PROV.wasDerivedFrom, self.doc_iri)
        if span is None:
            return
        start, end, sentence = span.start, span.end, span.sentence
        if 0 <= sentence < len(self.doc.sentences):
            found = self.doc.sentences[sentence]
            start, end = found.start, found.end
            self.add(node, CAND.sentenceIndex, literal(sentence))
        if 0 <= start <= end <= len(self.doc.text):
            self.add(node, CAND.evidenceStart, literal(start))
            self.add(node, CAND.evidenceEnd, literal(end))
            text = collapse_spaces(self.doc.text[start:end])[:_EVIDENCE_CHARS]
            if text:
                self.add(node, CAND.evidenceText, literal(text))

    def organisation(self, name: str) -> URIRef | None:
        return self.res.cluster(name) or self.resolver.unit(name)
