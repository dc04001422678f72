"""The catalogue: every named entity's names, classes and parent unit, in the summary graph.

Each document graph repeats the names and classes of the people, units and events it
mentions, so a list of units or the search index read from the union of documents would read
a unit's name once per article naming it (hundreds of thousands of rows for a few hundred
units at 10,000 articles). The catalogue keeps each of those facts once, with the accent-free
form of each name (`cand:foldedName`, for name filters), so lists are filtered and paged in the
store over one row per entity.

Each listed entity (person, unit, cluster) also has one order key, under a predicate of its
kind (`cand:personOrder`, ...): the first 15 bytes of its least accent-free name. Oxigraph
keeps a string that short inside the index entry, so sorting by it reads no string table; a
sort on whole names (or on a second key) reads the string table at every comparison and took
80 ms for 5,000 persons against 3 ms. Entities whose names share their first 15 characters
come in store order, the same on every page. A new document's share may bring a greater key
than the stored one: the pruning of the summary graph keeps the least (`kg.summary`).

Each event and award conferral has every date its documents give it (`cand:catalogueDate`)
and the least as its order key (`cand:eventOrder`, `cand:awardOrder`; "" when undated, which
any date replaces in the pruning), with its first characters as a bucket (`cand:eventBucket`,
`cand:awardBucket`, pruned the same way) by which a page of the list is read (`kg.buckets`);
an event's kinds are kept too (`cand:catalogueKind`). Every one has a key, so a list reads no
OPTIONAL.

Each person, unit, cluster and event also has the least and the greatest IRI of the documents
giving it a class (`cand:leastSource`, `cand:greatestSource`, pruned the same way): an entity
known from one document only has that document as both, and is marked so, once for each of
those classes it is listed as (`cand:singleSourceAs`): counting them reads the marks instead of
every document's classes. A new document's share marks its own entities, and the pruning takes
the mark away from those another document also classes.

Like the tenures (`kg.summary`), the catalogue is a function of the document graphs: a new
document adds its own entries in the same write as its graph (a set: entries already there
are not repeated); replacing or removing a document recomputes the entries of the entities it
named from the other documents (`stored_triples`)."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Node

from core.ids import kind_of
from core.namespaces import (
    CAND,
    ONTOLOGY_IRI,
    ORG,
    RDF,
    RDFS,
    REFERENCE_GRAPH,
    SCHEMA,
    SKOS,
    SUMMARY_GRAPH,
)
from core.text import fold
from kg import journal
from kg.buckets import bucket
from kg.held import held_elsewhere
from kg.store.base import Store

# Kinds of entity the API lists or searches.
CATALOGUED = frozenset(
    ("person", "unit", "cluster", "event", "award", "conferral", "doc", "rank", "role")
)
NAMES = (SCHEMA.name, SKOS.prefLabel, RDFS.label)
ORDERS = {
    CAND.Person: CAND.personOrder,
    CAND.Unit: CAND.unitOrder,
    CAND.EmulationCluster: CAND.clusterOrder,
    CAND.EmulationBloc: CAND.clusterOrder,
}
# Classes whose entities' sources are kept, and the extremes kept of them.
SOURCED = frozenset((CAND.Person, CAND.Unit, CAND.EmulationCluster, CAND.Event))
SOURCES = {CAND.leastSource: min, CAND.greatestSource: max}
# Classes whose entities are listed by date (of IRIs of those kinds), and their order keys.
DATED = {CAND.Event: CAND.eventOrder, CAND.AwardConferral: CAND.awardOrder}
# Each order key's bucket (kg/buckets.py), kept and pruned with it.
BUCKETS = {CAND.eventOrder: CAND.eventBucket, CAND.awardOrder: CAND.awardBucket}
DATED_KINDS = ("event", "conferral")
# The entries a document gives as they are (the others are chosen among all documents' shares).
KEPT = (CAND.catalogueName, CAND.listedAs, CAND.listedUnder, CAND.catalogueDate, CAND.catalogueKind)
PREDICATES = (
    CAND.catalogueName,
    CAND.foldedName,
    CAND.listedAs,
    CAND.listedUnder,
    *sorted(set(ORDERS.values())),
    CAND.catalogueDate,
    CAND.catalogueKind,
    *DATED.values(),
    *BUCKETS.values(),
    *SOURCES,
    CAND.singleSourceAs,
)
ORDER_BYTES = 15  # the longest string Oxigraph keeps inline

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _named(literal: Literal) -> bool:
    language = (literal.language or "").lower()
    return language in ("", "vi") or language.startswith("vi-")


def catalogue_triples(
    triples: Iterable[tuple[Node, Node, Node]], source: str | None = None
) -> set[Triple]:
    """The catalogue entries these triples give (document triples, or catalogue entries
    themselves, to merge them): each name of an entity (as a plain literal) with its
    accent-free form, each of its project classes, its parent unit, the least order key, and
    the least and greatest sources (`source`: the document the triples are the graph of)."""
    fold = CatalogueFold()
    return fold.add(triples, source) | fold.orders()


class CatalogueFold:
    """`catalogue_triples` over many documents, one at a time: it keeps per entity only its
    least accent-free name, the order keys its classes call for and its extreme sources, so a
    corpus's generator writes the other entries out as they come."""

    def __init__(self) -> None:
        self._least: dict[URIRef, str] = {}
        self._orders: dict[URIRef, set[URIRef]] = defaultdict(set)
        self._sources: dict[URIRef, dict[URIRef, URIRef]] = {p: {} for p in SOURCES}
        self._sourced: dict[URIRef, set[URIRef]] = defaultdict(set)
        self._dates: dict[URIRef, str] = {}
        self._dated: dict[URIRef, URIRef] = {}

    def add(
        self, triples: Iterable[tuple[Node, Node, Node]], source: str | None = None
    ) -> set[Triple]:
        """The entries these triples (of document `source`, if given) give on their own: all
        but the order keys and extreme sources."""
        out: set[Triple] = set()
        for s, p, o in triples:
            if not isinstance(s, URIRef) or kind_of(str(s)) not in CATALOGUED:
                continue
            if source is not None and p == RDF.type and o in SOURCED:
                for predicate in SOURCES:
                    self._keep_source(predicate, s, URIRef(source))
            if p in SOURCES and isinstance(p, URIRef) and isinstance(o, URIRef):
                self._keep_source(p, s, o)
                continue
            if p == CAND.singleSourceAs:  # follows from the sources: made again by orders()
                continue
            if p in (RDF.type, CAND.listedAs) and o in SOURCED:
                self._sourced[s].add(o)  # type: ignore[arg-type]
            if p in (RDF.type, CAND.listedAs) and o in DATED:
                self._dated[s] = DATED[o]  # type: ignore[index]
            if (p in NAMES and isinstance(o, Literal) and _named(o)) or p == CAND.catalogueName:
                key = fold(str(o))
                out.add((s, CAND.catalogueName, Literal(str(o))))
                out.add((s, CAND.foldedName, Literal(key)))
                if s not in self._least or key < self._least[s]:
                    self._least[s] = key
            elif p in (RDF.type, CAND.listedAs) and isinstance(o, URIRef):
                if str(o).startswith(ONTOLOGY_IRI):
                    out.add((s, CAND.listedAs, o))
                    if o in ORDERS:
                        self._orders[s].add(ORDERS[o])
            elif p in (ORG.subOrganizationOf, CAND.listedUnder) and isinstance(o, URIRef):
                out.add((s, CAND.listedUnder, o))
            elif p in (SCHEMA.startDate, CAND.catalogueDate) and kind_of(str(s)) in DATED_KINDS:
                out.add((s, CAND.catalogueDate, Literal(str(o))))
                self._dates[s] = min(self._dates.get(s, str(o)), str(o))
            elif p in (CAND.eventKind, CAND.catalogueKind) and isinstance(o, URIRef):
                out.add((s, CAND.catalogueKind, o))
        return out

    def _keep_source(self, predicate: URIRef, entity: URIRef, source: URIRef) -> None:
        chosen = self._sources[predicate]
        held = chosen.get(entity)
        chosen[entity] = source if held is None else SOURCES[predicate](held, source, key=str)

    def orders(self) -> set[Triple]:
        """Each listed entity's order key, from the least of all its names seen so far, and
        each sourced entity's extreme sources."""
        found: set[Triple] = {
            (s, order, Literal(order_key(self._least[s])))
            for s, orders in self._orders.items()
            if s in self._least
            for order in orders
        }
        for s, p in self._dated.items():
            date = self._dates.get(s, "")
            found.add((s, p, Literal(date)))
            found.add((s, BUCKETS[p], Literal(bucket(date))))
        for predicate, chosen in self._sources.items():
            found.update((s, predicate, source) for s, source in chosen.items())
        least, greatest = (self._sources[p] for p in SOURCES)
        found.update(
            (s, CAND.singleSourceAs, kind)
            for s, source in least.items()
            if greatest.get(s) == source
            for kind in self._sourced[s]
        )
        return found


def order_key(folded: str) -> str:
    """The longest prefix of an accent-free name that fits in `ORDER_BYTES` bytes of UTF-8."""
    return folded.encode()[:ORDER_BYTES].decode(errors="ignore")


def listed(triples: Iterable[Triple]) -> frozenset[str]:
    """The entities these catalogue entries give an order key or sources (pruned after)."""
    kept = set(ORDERS.values()) | set(SOURCES) | set(DATED.values()) | set(BUCKETS.values())
    return frozenset(str(s) for s, p, _ in triples if p in kept)


def entities_of(triples: Iterable[Triple]) -> frozenset[str]:
    """The entities catalogue entries are about."""
    return frozenset(str(s) for s, _, _ in triples)


# The predicates as a FILTER, not a second VALUES: Oxigraph joins two VALUES blocks with the
# graph pattern by scanning it (8 ms against 0.4 on 300 articles' summary).
_SOURCE_QUERY = """
SELECT DISTINCT ?g ?s ?p ?o WHERE {
  %(values)s
  GRAPH ?g { ?s ?p ?o }
  FILTER(?p IN (%(predicates)s))
}
"""
_PREDICATES = ", ".join(
    f"<{p}>" for p in (*NAMES, RDF.type, ORG.subOrganizationOf, SCHEMA.startDate, CAND.eventKind)
)


def _is_source(graph: str, without: str | None) -> bool:
    return (kind_of(graph) == "doc" or graph == REFERENCE_GRAPH) and graph != without


_ENTITIES_QUERY = """
SELECT DISTINCT ?s WHERE {
  GRAPH ?g { ?s ?p ?o }
  FILTER(?p IN (%(predicates)s))
}
"""


def stored_entities(store: Store) -> list[str]:
    """Every entity the stored graphs could give catalogue entries about, in IRI order: what
    `stored_triples` reads for all, asked a batch at a time."""
    rows = store.query(_ENTITIES_QUERY % {"predicates": _PREDICATES}).dicts()
    found = {str(row["s"]) for row in rows if isinstance(row["s"], URIRef)}
    return sorted(s for s in found if kind_of(s) in CATALOGUED)


def stored_triples(
    store: Store,
    entities: Iterable[str] | None = None,
    *,
    without: str | None = None,
    within: str | None = None,
    renames: Mapping[str, Mapping[str, str]] | None = None,
) -> set[Triple]:
    """The catalogue entries the stored documents give: about `entities` only (all when None),
    from graph `within` only (all when None), leaving out graph `without`, with the entities
    of each graph named in `renames` (graph -> old IRI -> new) renamed. Only document graphs
    and the reference data of units count (`refresh` after that is written);
    the summary graph gives nothing."""
    chosen = sorted(set(entities)) if entities is not None else None
    if chosen is not None and not chosen:
        return set()
    renames = renames or {}
    values = ""
    if chosen:
        values = "VALUES ?s { " + " ".join(f"<{e}>" for e in chosen) + " }"
    if within is not None:
        values += f" VALUES ?g {{ <{within}> }}"
    query = _SOURCE_QUERY % {"values": values, "predicates": _PREDICATES}
    # Graphs are left out here, not in the query: Virtuoso 7 applies a FILTER on the graph
    # variable only in part (see kg.summary.stored_sightings).
    found: list[Triple] = []
    for row in store.query(query).dicts():
        graph = str(row["g"])
        if _is_source(graph, without):
            triples = renamed([(row["s"], row["p"], row["o"])], renames.get(graph, {}))  # type: ignore[list-item]
            found += triples
            found += _sources_of(triples, graph)
    return catalogue_triples(found)


def _sources_of(triples: Iterable[Triple], graph: str) -> list[Triple]:
    """The source entries the class triples of document graph `graph` give."""
    if kind_of(graph) != "doc":
        return []
    return [
        (s, predicate, URIRef(graph))
        for s, p, o in triples
        if p == RDF.type and o in SOURCED
        for predicate in SOURCES
    ]


def _stored_sources(
    store: Store,
    entities: Iterable[str],
    renames: Mapping[str, Mapping[str, str]],
    *,
    without: str | None,
    graphs: Collection[str] | None = None,
) -> list[Triple]:
    """The source entries of `entities` the stored documents give once `renames` (graph ->
    old IRI -> new) are applied: every document but `without` when `graphs` is None (all of
    them are read: the extremes left when one goes cannot be known otherwise), else only what
    the documents `graphs` rename to `entities` (the rest of what they say is unchanged)."""
    named = set(entities)
    olds = {
        (old, g)
        for g, mapping in renames.items()
        if g != without and (graphs is None or g in graphs)
        for old, new in mapping.items()
        if new in named
    }
    if graphs is None:
        asked = " ".join(f"<{e}>" for e in sorted(named | {old for old, _ in olds}))
        values = f"VALUES ?s {{ {asked} }}"
    else:
        asked = " ".join(f"(<{old}> <{g}>)" for old, g in sorted(olds))
        values = f"VALUES (?s ?g) {{ {asked} }}"
    if not asked:
        return []
    classes = ", ".join(f"<{c}>" for c in sorted(SOURCED))
    rows = store.query(
        f"SELECT ?g ?s ?c WHERE {{ {values} GRAPH ?g {{ ?s a ?c }} FILTER(?c IN ({classes})) }}"
    ).rows
    found: list[Triple] = []
    for g, s, c in rows:
        graph = str(g)
        if graph == without or (graphs is not None and graph not in graphs):
            continue
        triples = renamed([(s, RDF.type, c)], renames.get(graph, {}))  # type: ignore[list-item]
        found += [t for t in _sources_of(triples, graph) if str(t[0]) in named]
    return found


def entries_after(
    store: Store,
    entities: Iterable[str],
    *,
    without: str | None = None,
    renames: Mapping[str, Mapping[str, str]] | None = None,
) -> set[Triple]:
    """What `stored_triples(store, entities, without=..., renames=...)` gives, for a change to
    a store whose summary is up to date, reading no more than a few rows per entity however
    many documents name it.

    The summary holds every entity's entries from all graphs. Only the graphs the change
    rewrites can take an entry away (`without`, and a renamed graph the entities it renames):
    an entry they give stays if some other graph holds one of its source triples (asked with a
    LIMIT, so a rank named in thousands of documents costs a row or two); an entity with an
    entry that no other graph gives is read again graph by graph. The project's other graphs
    (summary, resolution, judgements) hold no names or classes of entities."""
    chosen = sorted(set(entities))
    if not chosen:
        return set()
    renames = renames or {}
    values = "VALUES ?s { " + " ".join(f"<{e}>" for e in chosen) + " }"
    # Pairs of an entity and a graph that does not give it as it is: every entity in the
    # document replaced or removed and in the summary, a renamed entity in the graphs renaming
    # it. One VALUES block: two would be joined by scanning (see _SOURCE_QUERY).
    graphs = [g for g in (without, SUMMARY_GRAPH) if g is not None]
    special = {(e, g) for e in chosen for g in graphs}
    named = set(chosen)
    special |= {(old, g) for g, mapping in renames.items() for old in mapping if old in named}
    pairs = " ".join(f"(<{e}> <{g}>)" for e, g in sorted(special))
    query = _SOURCE_QUERY % {"values": f"VALUES (?s ?g) {{ {pairs} }}", "predicates": _PREDICATES}
    held: dict[tuple[Node | None, ...], int] = defaultdict(int)
    found: list[Triple] = []
    for g, s, p, o in store.query(query).rows:
        held[s, p, o] += 1
        graph = str(g)
        if _is_source(graph, without) and graph in renames:
            found += renamed([(s, p, o)], renames[graph])  # type: ignore[list-item]
    elsewhere = held_elsewhere(store, held)
    # The entries each rewritten triple gives, and whether another graph still gives them.
    kept: dict[Triple, bool] = {}
    for triple in held:
        for entry in catalogue_triples([triple]):  # type: ignore[list-item]
            kept[entry] = kept.get(entry, False) or triple in elsewhere
    again: set[str] = {str(s) for (s, _, _), still in kept.items() if not still}
    current = store.query(
        f"SELECT ?s ?p ?o WHERE {{ {values} GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} "
        f"FILTER(?p IN ({', '.join(f'<{p}>' for p in KEPT)})) }}"
    )
    found += [
        (s, p, o)  # type: ignore[misc]
        for s, p, o in current.rows
        if str(s) not in again and kept.get((s, p, o), True)  # type: ignore[arg-type]
    ]
    if again:
        values = "VALUES ?s { " + " ".join(f"<{e}>" for e in sorted(again)) + " }"
        rows = store.query(_SOURCE_QUERY % {"values": values, "predicates": _PREDICATES})
        for g, s, p, o in rows.rows:
            graph = str(g)
            if _is_source(graph, without):
                found += renamed([(s, p, o)], renames.get(graph, {}))  # type: ignore[list-item]
    found += _sources_after(store, chosen, without, renames)
    return catalogue_triples(found)


def _sources_after(
    store: Store,
    entities: list[str],
    without: str | None,
    renames: Mapping[str, Mapping[str, str]],
) -> list[Triple]:
    """The source entries of `entities` after the change `entries_after` describes: the
    stored extremes, unless a graph the change rewrites is one (then every document classing
    the entity is read), with the renamed graphs as sources of the entities they rename to."""
    values = " ".join(f"<{e}>" for e in entities)
    current = store.query(
        f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }}"
        f" FILTER(?p IN ({', '.join(f'<{p}>' for p in SOURCES)})) }}"
    ).rows
    rewritten = {*renames, without}
    again = {str(s) for s, _, o in current if str(o) in rewritten}
    found: list[Triple] = [(s, p, o) for s, p, o in current if str(s) not in again]  # type: ignore[misc]
    found += _stored_sources(store, again, renames, without=without)
    kept = set(entities) - again
    return found + _stored_sources(store, kept, renames, without=without, graphs=renames.keys())


def refresh(store: Store, graph: str) -> None:
    """Give the entities named in `graph` (written by other means than a document, as the
    reference data of units) their catalogue entries from every graph."""
    entities = sorted(entities_of(stored_triples(store, within=graph)))
    entries = stored_triples(store, entities)
    # Small updates: Virtuoso refuses one that compiles to more than 10,000 lines of SQL.
    for start in range(0, len(entities), 100):
        store.update(clear_update(entities[start : start + 100]))
    if entries:
        lines = "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in sorted(entries))
        trig = f"<{SUMMARY_GRAPH}> {{\n{lines}}}\n".encode()
        store.load(io.BytesIO(trig), "trig")
    journal.note(store, entities)


def renamed(entries: Iterable[Triple], mapping: Mapping[str, str]) -> set[Triple]:
    """Catalogue entries with their entities renamed as `mapping` says (old IRI -> new)."""
    return {(URIRef(mapping.get(str(s), str(s))), p, o) for s, p, o in entries}


def clear_update(entities: Iterable[str]) -> str:
    """SPARQL Update removing the catalogue entries of `entities`."""
    chosen = sorted(set(entities))
    if not chosen:
        return ""
    values = " ".join(f"<{e}>" for e in chosen)
    return " ;\n".join(
        f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s <{p}> ?o }} }} WHERE {{ "
        f"VALUES ?s {{ {values} }} GRAPH <{SUMMARY_GRAPH}> {{ ?s <{p}> ?o }} }}"
        for p in PREDICATES
    )
