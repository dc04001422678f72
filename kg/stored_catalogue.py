"""The catalogue entries (`kg.catalogue`) the stored graphs give: for a rebuild, for a change
to the stored documents, and for graphs written by other means than a document."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping

from rdflib import URIRef
from rdflib.term import Node

from core.ids import document_iri, kind_of
from core.namespaces import CAND, ORG, RDF, REFERENCE_GRAPH, SCHEMA, SUMMARY_GRAPH
from kg import journal
from kg.catalogue import (
    CATALOGUED,
    KEPT,
    NAMES,
    SOURCED,
    SOURCES,
    Triple,
    catalogue_triples,
    clear_update,
    entities_of,
    renamed,
)
from kg.held import held_elsewhere
from kg.store.base import Store

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


_DOCUMENTS = str(document_iri(""))  # every document graph's IRI starts so


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
    own: bool = False,
) -> list[Triple]:
    """The source entries of `entities` the stored documents give once `renames` (graph ->
    old IRI -> new) are applied: every document but `without` when `graphs` is None, else only
    what the documents `graphs` rename to `entities` (the rest of what they say is unchanged),
    and with `own` what they give the entities under their own IRIs as well."""
    named = set(entities)
    olds = {
        (old, g)
        for g, mapping in renames.items()
        if g != without and (graphs is None or g in graphs)
        for old, new in mapping.items()
        if new in named
    }
    if own and graphs is not None:
        olds |= {(e, g) for g in graphs if g != without for e in named}
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
    stored extremes, unless a graph the change rewrites is one (then the extremes of the
    other documents, and what the renamed ones give after the renames), with the renamed
    graphs as sources of the entities they rename to."""
    values = " ".join(f"<{e}>" for e in entities)
    current = store.query(
        f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }}"
        f" FILTER(?p IN ({', '.join(f'<{p}>' for p in SOURCES)})) }}"
    ).rows
    rewritten = set(renames) | ({without} if without is not None else set())
    again = {str(s) for s, _, o in current if str(o) in rewritten}
    found: list[Triple] = [(s, p, o) for s, p, o in current if str(s) not in again]  # type: ignore[misc]
    found += _extremes(store, again, rewritten)
    renamed_graphs = renames.keys() - {without}
    found += _stored_sources(
        store, again, renames, without=without, graphs=renamed_graphs, own=True
    )
    kept = set(entities) - again
    return found + _stored_sources(store, kept, renames, without=without, graphs=renamed_graphs)


def _extremes(store: Store, entities: Collection[str], rewritten: Collection[str]) -> list[Triple]:
    """The least and greatest of the documents other than `rewritten` that give each of
    `entities` a class, found by the store: an entity named in thousands of documents is one
    row, not one per document."""
    if not entities:
        return []
    asked = " ".join(f"<{e}>" for e in sorted(entities))
    classes = ", ".join(f"<{c}>" for c in sorted(SOURCED))
    others = ", ".join(f"<{g}>" for g in sorted(rewritten))
    excluded = f" && ?g NOT IN ({others})" if others else ""
    rows = store.query(
        f"SELECT ?s (MIN(STR(?g)) AS ?least) (MAX(STR(?g)) AS ?greatest) WHERE {{ "
        f"VALUES ?s {{ {asked} }} GRAPH ?g {{ ?s a ?c }} FILTER(?c IN ({classes})) "
        f'FILTER(STRSTARTS(STR(?g), "{_DOCUMENTS}"){excluded}) }} GROUP BY ?s'
    ).rows
    found: list[Triple] = []
    for s, first, last in rows:
        if isinstance(s, URIRef) and first is not None and last is not None:
            found.append((s, CAND.leastSource, URIRef(str(first))))
            found.append((s, CAND.greatestSource, URIRef(str(last))))
    return found


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
