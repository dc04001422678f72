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
named from the other documents (`kg.stored_catalogue`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

from core.ids import kind_of
from core.namespaces import (
    CAND,
    ONTOLOGY_IRI,
    ORG,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    SUMMARY_GRAPH,
)
from core.text import fold
from kg.buckets import bucket

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

# What each predicate a catalogue entry comes from is to `CatalogueFold.add`.
_TYPE, _LISTED, _SOURCE, _NAME, _CATALOGUE_NAME, _PARENT, _DATE, _KIND = (
    "type",
    "listed",
    "source",
    "name",
    "catalogue-name",
    "parent",
    "date",
    "kind",
)
_ROLES: dict[Node, str] = {
    RDF.type: _TYPE,
    CAND.listedAs: _LISTED,
    **{p: _SOURCE for p in SOURCES},
    **{p: _NAME for p in NAMES},
    CAND.catalogueName: _CATALOGUE_NAME,
    ORG.subOrganizationOf: _PARENT,
    CAND.listedUnder: _PARENT,
    SCHEMA.startDate: _DATE,
    CAND.catalogueDate: _DATE,
    CAND.eventKind: _KIND,
    CAND.catalogueKind: _KIND,
}


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> Literal:
    """A plain literal, made once per text (names and dates repeat across documents)."""
    return Literal(text)


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
            # A dictionary lookup, not a chain of comparisons: rdflib compares terms in Python.
            role = _ROLES.get(p)
            if role is None or not isinstance(s, URIRef) or kind_of(str(s)) not in CATALOGUED:
                continue
            if role in (_TYPE, _LISTED):
                if role == _TYPE and source is not None and o in SOURCED:
                    for predicate in SOURCES:
                        self._keep_source(predicate, s, URIRef(source))
                if o in SOURCED:
                    self._sourced[s].add(o)  # type: ignore[arg-type]
                if o in DATED:
                    self._dated[s] = DATED[o]  # type: ignore[index]
                if isinstance(o, URIRef) and str(o).startswith(ONTOLOGY_IRI):
                    out.add((s, CAND.listedAs, o))
                    if o in ORDERS:
                        self._orders[s].add(ORDERS[o])
            elif role == _SOURCE:
                if isinstance(o, URIRef):
                    self._keep_source(p, s, o)  # type: ignore[arg-type]
            elif role in (_NAME, _CATALOGUE_NAME):
                if role == _CATALOGUE_NAME or (isinstance(o, Literal) and _named(o)):
                    key = fold(str(o))
                    out.add((s, CAND.catalogueName, _plain(str(o))))
                    out.add((s, CAND.foldedName, _plain(key)))
                    if s not in self._least or key < self._least[s]:
                        self._least[s] = key
            elif role == _PARENT:
                if isinstance(o, URIRef):
                    out.add((s, CAND.listedUnder, o))
            elif role == _DATE:
                if kind_of(str(s)) in DATED_KINDS:
                    out.add((s, CAND.catalogueDate, _plain(str(o))))
                    self._dates[s] = min(self._dates.get(s, str(o)), str(o))
            elif role == _KIND and isinstance(o, URIRef):
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
