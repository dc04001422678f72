"""Writing and dropping document graphs, with their share of the summary graph (tenures,
catalogue entries, cluster listings) and the resolution of the people and events they mention.

A document's graph is built in a worker with the IRIs the document alone gives its people and
events. The writer resolves them against the store (`kg.resolve.store.plan`): the document is
written with canonical IRIs, other documents whose entities the new one joins or splits are
renamed, retired IRIs are kept as `owl:sameAs` in the resolution graph, and the tenures of
every person concerned are recomputed. New documents (the store holds no version of them)
only add to the summary: their share is loaded beside the stored one and pruned, and only the
entities their plan renames are read again; several of them can be written together
(`write_documents`), resolved once. On the embedded store their summary shares are merged with
the stored summary in Python first (`kg.shares`: what is new and kept, what is superseded);
new documents that rename nothing are one native load of their quads and of the new share
triples, then, if these supersede stored values, one update deleting those, both under the
store's write lock, which checkpoints take too; any other change is one SPARQL update.
Replacing or removing a document recomputes the tenures, catalogue entries and cluster listings
of everything it names. A remote store gets the same operations as consecutive requests
(documents first, then the tenures and catalogue entries); should one fail in between,
`kg summarize` recomputes the summary."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from functools import cached_property

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from kg import catalogue, journal, listings, sizes, stored_catalogue, summary, summary_format
from kg.resolve.digests import DIGEST_GRAPH, digest_additions, digest_removals
from kg.resolve.records import MentionRow, mention_rows
from kg.resolve.store import (
    Plan,
    plan,
    plan_documents,
    rename,
    rename_update,
    retirement_update,
)
from kg.shares import merge
from kg.store.base import Store, StoreError
from kg.store.oxigraph import OxigraphStore
from kg.store.staged import StagedStore


@dataclass(frozen=True)
class DocumentGraph:
    """A document's graph as N-Triples, the sightings and catalogue entries its summary share
    is made of, and its mention records."""

    iri: str
    ntriples: bytes
    sightings: tuple[summary.Sighting, ...] = ()
    mentions: tuple[MentionRow, ...] = ()
    entries: frozenset[catalogue.Triple] = frozenset()
    declared: bool = False  # the graph says it is a source document: it has a size
    listed: frozenset[listings.Triple] = frozenset()  # its cluster listings (kg.listings)

    @classmethod
    def of(
        cls, iri: str, triples: Iterable[tuple[Node, Node, Node]], ntriples: bytes
    ) -> DocumentGraph:
        triples = list(triples)
        sightings = summary.sightings_in(triples, URIRef(iri))
        entries = frozenset(catalogue.catalogue_triples(triples, iri))
        declared = sizes.declares_source(iri, triples)
        listed = frozenset(listings.listing_triples(triples))
        return cls(
            iri,
            ntriples,
            tuple(sightings),
            mention_rows(triples),
            entries,
            declared=declared,
            listed=listed,
        )

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
        ntriples = rename(self.ntriples, changed)
        # Listings hold units and clusters, which resolution never renames.
        return replace(
            self, ntriples=ntriples, sightings=sightings, mentions=mentions, entries=entries
        )

    @cached_property
    def summary(self) -> bytes:
        shares = self.entries | self.listed | self.size
        return summary.ntriples(summary.tenure_triples(self.sightings) | shares)

    @property
    def size(self) -> set[catalogue.Triple]:
        return sizes.size_triples(self.iri, self.ntriples, declared=self.declared)

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
        native = _native(store)
        if native is not None and not native.contains_named_graph(ox.NamedNode(doc.iri)):
            _add_new(store, native, [doc])
        else:
            changes = plan(store, doc.iri, doc.mentions)
            _change(store, doc.iri, [doc.renamed(changes.own.get(doc.iri, {}))], changes)


def write_documents(store: Store, docs: Sequence[DocumentGraph]) -> None:
    """Write many documents as `write_document` would one by one, to the same graph. On the
    embedded store, those it holds no version of (distinct ids) are written together: their
    names and events resolved once, one transaction for all of them (all or nothing: on a
    StoreError none of them is stored); the others one by one first."""
    native = _native(store)
    if native is None or len(docs) < 2:
        for doc in docs:
            write_document(store, doc)
        return
    with _one_writer(store):
        held = {d.iri for d in docs if native.contains_named_graph(ox.NamedNode(d.iri))}
        for doc in docs:
            if doc.iri in held:
                write_document(store, doc)
        fresh = [d for d in docs if d.iri not in held]
        if len({d.iri for d in fresh}) != len(fresh):
            raise ValueError("documents written together need distinct ids")
        if fresh:
            _add_new(store, native, fresh)


def _add_new(store: Store, native: ox.Store, docs: Sequence[DocumentGraph]) -> None:
    """Write documents the store holds no version of."""
    changes = plan_documents(store, {d.iri: d.mentions for d in docs})
    docs = [d.renamed(changes.own.get(d.iri, {})) for d in docs]
    if changes.touches_others:
        _change(store, None, docs, changes, added=True)
        return
    # New documents only add to the summary: one load, one transaction, no SPARQL to parse;
    # then, if their shares supersede stored values, one update deleting those.
    pruned = frozenset().union(*(d.pruned for d in docs))
    shares = b"".join(d.summary for d in docs) + summary.ntriples(summary_format.marker())
    joined = merge(native, shares, pruned)
    payload = b"".join(_in_graph(d.ntriples, d.iri) for d in docs) + _in_graph(
        joined.insert + summary.pending_ntriples(joined.superseded), summary.SUMMARY_GRAPH
    )
    # New digests go in with the documents, the ones they replace go after: a crash between
    # leaves a name two digests, which sends its next write to a full resolution.
    if added := digest_additions(changes.digests):
        payload += _in_graph(added, DIGEST_GRAPH)
    after = [u] if (u := joined.deletion(marked=True)) else []
    if removed := digest_removals(changes.digests):
        after.append(removed)
    try:
        native.load(payload, ox.RdfFormat.TRIG)
        if after:
            native.update(" ;\n".join(after))
    except (OSError, SyntaxError) as exc:
        names = ", ".join(f"<{d.iri}>" for d in docs)
        raise StoreError(f"could not write graph {names}: {exc}") from exc
    journal.note(store, frozenset().union(*(catalogue.entities_of(d.entries) for d in docs)))


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
        _change(store, iri, [], plan(store, iri, ()))


def resolve_again(store: Store, blocks: Iterable[tuple[str, str]]) -> Plan:
    """Resolve blocks (kind `person` or `event`, key) again, as after a curator's judgement
    about them, and apply what changed."""
    with _one_writer(store):
        changes = plan(store, None, blocks=blocks)
        if changes.touches_others or changes.digests:
            _change(store, None, [], changes)
        else:
            journal.note(store, ())
    return changes


def _change(
    store: Store,
    iri: str | None,
    docs: Sequence[DocumentGraph],
    changes: Plan,
    *,
    added: bool = False,
) -> None:
    """Write `docs` (in place of the stored graph `iri`, or beside it when `added`: the store
    holds no version of them) with what `changes` renames; with no docs, remove graph `iri`.
    Added documents' shares of the summary are only added (a union, pruned after), and only
    the entities the plan renames are read again from the other documents."""
    people: set[URIRef] = set()
    entities = changes.entities()
    pairs: set[listings.Pair] = set()  # cluster listings to recompute
    if iri is not None and not added:
        people = {s.person for s in summary.stored_sightings(store, within=iri)}
        entities |= catalogue.entities_of(stored_catalogue.stored_triples(store, within=iri))
        pairs = listings.pairs_of(listings.stored_triples(store, within=iri))
    if not added:
        for doc in docs:
            people |= {URIRef(p) for p in doc.people}
            entities |= catalogue.entities_of(doc.entries)
            pairs |= listings.pairs_of(doc.listed)
    people |= {URIRef(e) for e in changes.entities() if "/id/person/" in e}
    # The tenures of these people from every other document (renamed as the plan says), plus
    # the new versions': complete, so they replace what the summary had for these people.
    sightings = [
        replace(
            s,
            person=URIRef(changes.renames.get(str(s.source), {}).get(str(s.person), str(s.person))),
        )
        for s in summary.stored_sightings(store, people, without=iri)
    ]
    # Likewise the catalogue entries of the entities named (one order key each).
    entries = stored_catalogue.entries_after(store, entities, without=iri, renames=changes.renames)
    if added:
        # Their shares as they are, beside the stored tenures: pruned after, as on the fast path.
        shares = b"".join(d.summary for d in docs)
        counted: set[catalogue.Triple] = set()
    else:
        for doc in docs:
            sightings.extend(doc.sightings)
        if docs:
            entries = catalogue.catalogue_triples(entries.union(*(d.entries for d in docs)))
        shares = b""
        counted = set().union(*(d.size for d in docs))
        # The listings of those pairs: the other documents' and the new versions'.
        counted |= listings.stored_triples(store, pairs, without=iri)
        counted = counted.union(*(d.listed for d in docs))
    written = summary.tenure_triples(sightings) | entries | counted | summary_format.marker()
    tenures = summary.ntriples(written) + shares
    # Added documents' shares join stored tenures and order keys: keep the least and most.
    pruned = [URIRef(t) for doc in docs for t in doc.pruned] if added else []
    prune = summary.prune_update(pruned)
    native = _native(store)
    if native is not None and added:
        # Decided before the update, from the stored values, instead of pruned in it.
        joined = merge(
            native, tenures, map(str, pruned), people=map(str, people), entities=entities
        )
        tenures, prune = joined.insert, joined.deletion(marked=False)
    # The renames, then the clearing of the summary and catalogue shares rewritten below; the
    # same updates in the same order whether the store runs them as one request or not.
    renames = rename_update(changes.renames)
    rewrites = [u for u in (renames, sizes.resize_update(changes.renames)) if u]
    if iri is not None:
        rewrites.append(sizes.unsize_update(iri))
    if people:
        rewrites.append(summary.clear_people_update(people))
    if entities:
        rewrites.append(catalogue.clear_update(entities))
    if pairs:
        rewrites.append(listings.clear_update(pairs))
    retire = retirement_update(changes)
    digests = digest_removals(changes.digests)
    if added_digests := digest_additions(changes.digests):
        digests += f"{' ;' if digests else ''} INSERT DATA {{ GRAPH <{DIGEST_GRAPH}> {{ "
        digests += f"{added_digests.decode()} }} }}"
    # The entities whose names or classes this write may change, for the search index.
    named = entities | catalogue.entities_of(entries)
    named |= frozenset().union(*(catalogue.entities_of(d.entries) for d in docs))
    if isinstance(store, StagedStore):
        store.changed({d.iri for d in docs} | set(changes.renames) | ({iri} if iri else set()))
    if native is not None:
        parts = [f"DROP SILENT GRAPH <{iri}>"] if iri is not None else []
        for doc in docs:
            if doc.ntriples.strip():
                parts.append(f"INSERT DATA {{ GRAPH <{doc.iri}> {{ {doc.ntriples.decode()} }} }}")
        parts.extend(rewrites)
        if tenures.strip():
            parts.append(
                f"INSERT DATA {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ {tenures.decode()} }} }}"
            )
        if prune:
            parts.append(prune)
        if retire:
            parts.append(retire)
        if digests:
            parts.append(digests)
        try:
            native.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            names = f"<{iri}>" if iri else ", ".join(f"<{d.iri}>" for d in docs)
            raise StoreError(f"could not write graph {names}: {exc}") from exc
        journal.note(store, named)
        return
    if docs:
        store.replace_graph_ntriples(docs[0].iri, docs[0].ntriples)
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
    if digests:
        store.update(digests)
    journal.note(store, named)


def _add(store: Store, graph: str, ntriples: bytes) -> None:
    store.load(io.BytesIO(_in_graph(ntriples, graph)), "trig")
