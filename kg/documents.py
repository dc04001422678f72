"""Writing and dropping document graphs, with their share of the summary graph (tenures and
catalogue entries) and the resolution of the people and events they mention.

A document's graph is built in a worker with the IRIs the document alone gives its people and
events. The writer resolves them against the store (`kg.resolve.store.plan`): the document is
written with canonical IRIs, other documents whose entities the new one joins or splits are
renamed, retired IRIs are kept as `owl:sameAs` in the resolution graph, and the tenures of
every person concerned are recomputed. On the embedded store a new document that renames
nothing is one native load of its quads and its summary share, then one update pruning that
share, both under the store's write lock, which checkpoints take too; any other change is one
SPARQL update. A remote store gets the same operations as consecutive requests
(documents first, then the tenures and catalogue entries); should one fail in between,
`kg summarize` recomputes the summary."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from functools import cached_property

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from kg import catalogue, summary
from kg.resolve.store import (
    MentionRow,
    Plan,
    mention_rows,
    plan,
    rename,
    rename_update,
    retirement_update,
)
from kg.store.base import Store, StoreError
from kg.store.oxigraph import OxigraphStore


@dataclass(frozen=True)
class DocumentGraph:
    """A document's graph as N-Triples, the sightings and catalogue entries its summary share
    is made of, and its mention records."""

    iri: str
    ntriples: bytes
    sightings: tuple[summary.Sighting, ...] = ()
    mentions: tuple[MentionRow, ...] = ()
    entries: frozenset[catalogue.Triple] = frozenset()

    @classmethod
    def of(
        cls, iri: str, triples: Iterable[tuple[Node, Node, Node]], ntriples: bytes
    ) -> DocumentGraph:
        triples = list(triples)
        sightings = summary.sightings_in(triples, URIRef(iri))
        entries = frozenset(catalogue.catalogue_triples(triples))
        return cls(iri, ntriples, tuple(sightings), mention_rows(triples), entries)

    @classmethod
    def from_graph(cls, iri: str, graph: Graph) -> DocumentGraph:
        return cls.of(iri, list(graph), graph.serialize(format="nt", encoding="utf-8"))

    def renamed(self, mapping: dict[str, str]) -> DocumentGraph:
        """The same document with its entities' IRIs replaced."""
        changed = {old: new for old, new in mapping.items() if old != new}
        if not changed:
            return self
        sightings = tuple(
            replace(s, person=URIRef(changed.get(str(s.person), str(s.person))))
            for s in self.sightings
        )
        mentions = tuple(replace(m, entity=changed.get(m.entity, m.entity)) for m in self.mentions)
        entries = frozenset(catalogue.renamed(self.entries, changed))
        return DocumentGraph(self.iri, rename(self.ntriples, changed), sightings, mentions, entries)

    @cached_property
    def summary(self) -> bytes:
        return summary.ntriples(summary.tenure_triples(self.sightings) | self.entries)

    @property
    def people(self) -> frozenset[str]:
        return frozenset(str(s.person) for s in self.sightings)

    @property
    def tenures(self) -> frozenset[str]:
        return frozenset(str(s.tenure) for s in self.sightings)

    @property
    def pruned(self) -> frozenset[str]:
        """The summary nodes its share may bring a superseded value to: tenures, and entities
        with an order key."""
        return self.tenures | catalogue.listed(self.entries)


# A plan reads the store and the write follows it: two at once could each miss the other's
# document (a lost rename or tenure), so a process plans and writes one document at a time. An
# embedded store's own lock also keeps its checkpoints between writes.
_WRITES = threading.RLock()


def _one_writer(store: Store) -> AbstractContextManager[object]:
    return store.writes if isinstance(store, OxigraphStore) else _WRITES


def _native(store: Store) -> ox.Store | None:
    native = getattr(store, "native", None)
    return native if isinstance(native, ox.Store) else None


def _in_graph(ntriples: bytes, graph: str) -> bytes:
    """N-Triples as a TriG block of `graph`: N-Triples lines are valid TriG, so nothing is
    rewritten line by line."""
    return b"<" + graph.encode() + b"> {\n" + ntriples + b"\n}\n"


def write_document(store: Store, doc: DocumentGraph) -> None:
    """Put a document's graph in the store, replacing any old version, with its entities
    resolved across documents, and bring the summary graph in step."""
    with _one_writer(store):
        _write(store, doc)


def _write(store: Store, doc: DocumentGraph) -> None:
    native = _native(store)
    new = native is not None and not native.contains_named_graph(ox.NamedNode(doc.iri))
    changes = plan(store, doc.iri, doc.mentions, new=new)
    doc = doc.renamed(changes.own)
    if native is not None and new and not changes.touches_others:
        # A new document only adds to the summary: one load, one transaction, no SPARQL to parse.
        share = doc.summary + summary.pending_ntriples(doc.pruned)
        payload = _in_graph(doc.ntriples, doc.iri) + _in_graph(share, summary.SUMMARY_GRAPH)
        try:
            native.load(payload, ox.RdfFormat.TRIG)
            if doc.pruned:
                native.update(summary.prune_written_update(doc.pruned))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not write graph <{doc.iri}>: {exc}") from exc
        return
    _change(store, doc.iri, doc, changes, added=new)


def finish_pending(store: Store) -> None:
    """Prune what a crash left marked in the summary graph (see `summary.prune_pending_update`)."""
    native = _native(store)
    if native is not None:
        try:
            native.update(summary.prune_pending_update())
        except OSError as exc:
            raise StoreError(f"could not prune the summary graph: {exc}") from exc


def remove_document(store: Store, iri: str) -> None:
    """Drop a document's graph and what only it said, re-resolving the entities it named."""
    with _one_writer(store):
        _change(store, iri, None, plan(store, iri, ()))


def resolve_again(store: Store, blocks: Iterable[tuple[str, str]]) -> Plan:
    """Resolve blocks (kind `person` or `event`, key) again, as after a curator's judgement
    about them, and apply what changed."""
    with _one_writer(store):
        changes = plan(store, None, blocks=blocks)
        if changes.touches_others:
            _change(store, None, None, changes)
    return changes


def _change(
    store: Store,
    iri: str | None,
    new: DocumentGraph | None,
    changes: Plan,
    *,
    added: bool = False,
) -> None:
    """Write `new` (None: remove graph `iri`) with what `changes` renames. `added`: the store
    had no version of the graph, so its share of the summary is only added (a union, pruned
    after), and only the entities the plan renames are read again from the other documents."""
    people: set[URIRef] = set()
    if iri is not None and not added:
        people = {s.person for s in summary.stored_sightings(store, within=iri)}
    if new is not None and not added:
        people |= {URIRef(p) for p in new.people}
    people |= {URIRef(e) for e in changes.entities() if "/id/person/" in e}
    # The tenures of these people from every other document (renamed as the plan says), plus
    # the new version's: complete, so they replace what the summary had for these people.
    sightings = [
        replace(
            s,
            person=URIRef(changes.renames.get(str(s.source), {}).get(str(s.person), str(s.person))),
        )
        for s in summary.stored_sightings(store, people, without=iri)
    ]
    if new is not None:
        sightings.extend(new.sightings)
    # Likewise the catalogue entries of the entities named (one order key each).
    entities = changes.entities()
    if iri is not None and not added:
        entities |= catalogue.entities_of(catalogue.stored_triples(store, within=iri))
    if new is not None and not added:
        entities |= catalogue.entities_of(new.entries)
    entries = catalogue.entries_after(store, entities, without=iri, renames=changes.renames)
    if new is not None:
        entries = catalogue.catalogue_triples(entries | new.entries)
    tenures = summary.ntriples(summary.tenure_triples(sightings) | entries)
    # The renames, then the clearing of the summary and catalogue shares rewritten below; the
    # same updates in the same order whether the store runs them as one request or not.
    renames = rename_update(changes.renames)
    rewrites = [renames] if renames else []
    if people:
        rewrites.append(summary.clear_people_update(people))
    if entities:
        rewrites.append(catalogue.clear_update(entities))
    retire = retirement_update(changes)
    # An added document's share joins stored tenures and order keys: keep the least and most.
    prune = summary.prune_update(URIRef(t) for t in new.pruned) if added and new else ""
    native = _native(store)
    if native is not None:
        parts = [f"DROP SILENT GRAPH <{iri}>"] if iri is not None else []
        if new is not None and new.ntriples.strip():
            parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{ {new.ntriples.decode()} }} }}")
        parts.extend(rewrites)
        if tenures.strip():
            parts.append(
                f"INSERT DATA {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ {tenures.decode()} }} }}"
            )
        if prune:
            parts.append(prune)
        if retire:
            parts.append(retire)
        try:
            native.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not write graph <{iri}>: {exc}") from exc
        return
    if new is not None:
        store.replace_graph_ntriples(new.iri, new.ntriples)
    elif iri is not None:
        store.drop_graph(iri)
    for rewrite in rewrites:
        store.update(rewrite)
    if tenures.strip():
        _add(store, summary.SUMMARY_GRAPH, tenures)
    if prune:
        store.update(prune)
    if retire:
        store.update(retire)


def _add(store: Store, graph: str, ntriples: bytes) -> None:
    store.load(io.BytesIO(_in_graph(ntriples, graph)), "trig")
