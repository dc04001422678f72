"""Writing and dropping document graphs, with their share of the summary graph (tenures and
catalogue entries).

On the embedded store a document and its summary change in one transaction: a new document is
one native load of both graphs' quads, a replaced or removed one is one SPARQL update. A remote
store gets the same operations as consecutive requests (document first, then the tenures of its
people and the catalogue entries of its entities); should one fail in between, `kg summarize`
recomputes the summary."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from core.namespaces import RDF
from kg import catalogue, summary
from kg.store.base import Store, StoreError


@dataclass(frozen=True)
class DocumentGraph:
    """A document's graph as N-Triples, its contribution to the summary, and the people and
    entities that contribution is about."""

    iri: str
    ntriples: bytes
    summary: bytes = b""
    people: frozenset[str] = frozenset()
    tenures: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    listed: frozenset[str] = frozenset()  # entities with an order key, pruned like tenures

    @classmethod
    def of(
        cls, iri: str, triples: Iterable[tuple[Node, Node, Node]], ntriples: bytes
    ) -> DocumentGraph:
        """A document's graph from its triples (and their N-Triples), with its summary share."""
        triples = list(triples)
        sightings = summary.sightings_in(triples, URIRef(iri))
        entries = catalogue.catalogue_triples(triples)
        return cls(
            iri,
            ntriples,
            summary.ntriples(summary.tenure_triples(sightings) | entries),
            frozenset(str(s.person) for s in sightings),
            frozenset(str(s.tenure) for s in sightings),
            catalogue.entities_of(entries),
            catalogue.listed(entries),
        )

    @classmethod
    def from_graph(cls, iri: str, graph: Graph) -> DocumentGraph:
        return cls.of(iri, list(graph), graph.serialize(format="nt", encoding="utf-8"))


def _native(store: Store) -> ox.Store | None:
    native = getattr(store, "native", None)
    return native if isinstance(native, ox.Store) else None


def _in_graph(ntriples: bytes, graph: str) -> bytes:
    """N-Triples as a TriG block of `graph`: N-Triples lines are valid TriG, so nothing is
    rewritten line by line."""
    return b"<" + graph.encode() + b"> {\n" + ntriples + b"\n}\n"


def write_document(store: Store, doc: DocumentGraph) -> None:
    """Put a document's graph in the store, replacing any old version, and bring the summary
    graph in step."""
    native = _native(store)
    if native is not None and not native.contains_named_graph(ox.NamedNode(doc.iri)):
        # A new document only adds to the summary: one load, one transaction, no SPARQL to parse.
        pruned = doc.tenures | doc.listed
        share = doc.summary + summary.pending_ntriples(pruned)
        payload = _in_graph(doc.ntriples, doc.iri) + _in_graph(share, summary.SUMMARY_GRAPH)
        try:
            native.load(payload, ox.RdfFormat.TRIG)
            if pruned:
                native.update(summary.prune_written_update(pruned))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not write graph <{doc.iri}>: {exc}") from exc
        return
    _change(store, doc.iri, doc)


def finish_pending(store: Store) -> None:
    """Prune what a crash left marked in the summary graph (see `summary.prune_pending_update`)."""
    native = _native(store)
    if native is not None:
        try:
            native.update(summary.prune_pending_update())
        except OSError as exc:
            raise StoreError(f"could not prune the summary graph: {exc}") from exc


def remove_document(store: Store, iri: str) -> None:
    """Drop a document's graph and what only it said in the summary."""
    _change(store, iri, None)


def _change(store: Store, iri: str, new: DocumentGraph | None) -> None:
    people = {s.person for s in summary.stored_sightings(store, within=iri)}
    entities = catalogue.entities_of(catalogue.stored_triples(store, within=iri))
    if new is not None:
        people |= {URIRef(p) for p in new.people}
        entities |= new.entities
    # Tenures of these people and catalogue entries of these entities from every other
    # document, plus the new version's share; where both give a first or last date, pruning
    # keeps the one that holds for all.
    others = summary.people_tenures(store, people, without=iri)
    entries = catalogue.stored_triples(store, entities, without=iri)
    tenures = summary.ntriples(others | entries)
    touched = {t for t, p, _ in others if p == RDF.type}
    touched |= {URIRef(e) for e in catalogue.listed(entries)}
    if new is not None:
        tenures += new.summary
        touched |= {URIRef(t) for t in new.tenures | new.listed}
    prune = summary.prune_update(touched)
    native = _native(store)
    if native is not None:
        parts = [f"DROP SILENT GRAPH <{iri}>"]
        if new is not None and new.ntriples.strip():
            parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{ {new.ntriples.decode()} }} }}")
        if people:
            parts.append(summary.clear_people_update(people))
        if entities:
            parts.append(catalogue.clear_update(entities))
        if tenures.strip():
            parts.append(
                f"INSERT DATA {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ {tenures.decode()} }} }}"
            )
        if prune:
            parts.append(prune)
        try:
            native.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not write graph <{iri}>: {exc}") from exc
        return
    if new is not None:
        store.replace_graph_ntriples(iri, new.ntriples)
    else:
        store.drop_graph(iri)
    if people:
        store.update(summary.clear_people_update(people))
    if entities:
        store.update(catalogue.clear_update(entities))
    if tenures.strip():
        _add(store, summary.SUMMARY_GRAPH, tenures)
    if prune:
        store.update(prune)


def _add(store: Store, graph: str, ntriples: bytes) -> None:
    store.load(io.BytesIO(_in_graph(ntriples, graph)), "trig")
