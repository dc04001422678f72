"""Emulation-cluster memberships as the documents list them, kept in the summary graph.

Each document listing a cluster's units states, per unit, a membership node of its own (its
year, and the day it listed the unit or the day the unit had ended) and a bare `org:memberOf`
link. A cluster's page, a unit's clusters or a cluster's members on a day read from the
documents would read one node per document naming the pair, and join each with every
document's names of the unit: 2 s a page at 100,000 articles. The summary graph keeps each
distinct dated membership once per (cluster, unit): a listing node (`cand:listedIn`,
`cand:listedMember`, and the membership's `cand:listedYear`, `cand:listedFrom`,
`cand:listedUntil`), and each link once (`unit cand:linkedTo cluster`). What a cluster's
listings number is its distinct days, not the documents naming it.

A listing's IRI is made from the values it holds, so two documents listing a unit on the same
day give one node, and a new document's share is a set joined to the stored one (nothing to
prune). Replacing or removing a document recomputes the pairs it listed from the other
documents (`stored_triples`); identity resolution renames persons and events only, never the
units and clusters a listing holds. `kg.summary.rebuild` recomputes every pair, a batch at a
time."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from itertools import product

from rdflib import Literal, URIRef
from rdflib.term import Node

from core.ids import local_id
from core.namespaces import CAND, ID_BASE, ORG, RDF, SCHEMA, SUMMARY_GRAPH
from kg.store.base import Store

Triple = tuple[URIRef, URIRef, URIRef | Literal]
Pair = tuple[URIRef, URIRef]  # (cluster, unit)
# A membership's dated values, each a set (a hand-written node may give two): its years,
# start days and end days.
_VALUES = {
    CAND.year: CAND.listedYear,
    SCHEMA.startDate: CAND.listedFrom,
    SCHEMA.endDate: CAND.listedUntil,
}


class _Facts:
    """Membership nodes and links, gathered fact by fact, as listing triples."""

    def __init__(self) -> None:
        # by membership node (a node, or a graph and node)
        self.pairs: dict[object, set[Pair]] = defaultdict(set)
        self.values: dict[object, dict[URIRef, set[Literal]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.links: set[Pair] = set()

    def triples(self) -> set[Triple]:
        out: set[Triple] = {(unit, CAND.linkedTo, cluster) for cluster, unit in self.links}
        for node, pairs in self.pairs.items():
            values = self.values.get(node, {})
            chosen: list[list[Literal | None]] = [
                [*sorted(values.get(p, ()), key=_key)] or [None] for p in _VALUES.values()
            ]
            for pair, dated in product(sorted(pairs), product(*chosen)):
                out.update(_listing(pair, dated))
        return out


def _key(literal: Literal) -> tuple[str, str]:
    return (str(literal), str(literal.datatype))


def _listing(pair: Pair, dated: tuple[Literal | None, ...]) -> list[Triple]:
    cluster, unit = pair
    key = "\n".join(v.n3() if v is not None else "" for v in dated).encode()
    digest = hashlib.sha256(key).hexdigest()[:16]
    node = URIRef(f"{ID_BASE}tenure/{local_id(cluster)}--{local_id(unit)}--listed-{digest}")
    out: list[Triple] = [(node, CAND.listedIn, cluster), (node, CAND.listedMember, unit)]
    out += [(node, p, v) for p, v in zip(_VALUES.values(), dated, strict=True) if v is not None]
    return out


_READ = frozenset((ORG.organization, ORG.member, *_VALUES))
_TYPE = frozenset((RDF.type,))
_MEMBERSHIP = frozenset((CAND.ClusterMembership,))
_MEMBER_OF = frozenset((ORG.memberOf,))


def listing_triples(triples: Iterable[tuple[Node, Node, Node]]) -> set[Triple]:
    """The listings and links one document graph's triples give."""
    facts = _Facts()
    memberships: set[Node] = set()
    props: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    # Set lookups, not comparisons: rdflib compares terms in Python.
    for s, p, o in triples:
        if p in _READ:
            props[s][p].append(o)
        elif p in _TYPE:
            if o in _MEMBERSHIP:
                memberships.add(s)
        elif p in _MEMBER_OF and isinstance(s, URIRef) and isinstance(o, URIRef):
            facts.links.add((o, s))
    for node in memberships:
        found = props.get(node, {})
        clusters = [c for c in found.get(ORG.organization, ()) if isinstance(c, URIRef)]
        units = [u for u in found.get(ORG.member, ()) if isinstance(u, URIRef)]
        facts.pairs[node] = set(product(clusters, units))
        for p, listed in _VALUES.items():
            facts.values[node][listed] = {v for v in found.get(p, ()) if isinstance(v, Literal)}
    return facts.triples()


def pairs_of(triples: Iterable[Triple]) -> set[Pair]:
    """The (cluster, unit) pairs listing triples are about."""
    out: set[Pair] = set()
    members: dict[URIRef, URIRef] = {}
    clusters: dict[URIRef, URIRef] = {}
    for s, p, o in triples:
        if p == CAND.linkedTo and isinstance(o, URIRef):
            out.add((o, s))
        elif p == CAND.listedMember and isinstance(o, URIRef):
            members[s] = o
        elif p == CAND.listedIn and isinstance(o, URIRef):
            clusters[s] = o
    out.update((clusters[n], members[n]) for n in members.keys() & clusters.keys())
    return out


_STORED_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?m ?c ?u ?year ?start ?end WHERE {
  %(values)s
  GRAPH ?g {
    { ?m org:organization ?c ; org:member ?u ; a cand:ClusterMembership .
      OPTIONAL { ?m cand:year ?year }
      OPTIONAL { ?m schema:startDate ?start }
      OPTIONAL { ?m schema:endDate ?end } }
    UNION
    { ?u org:memberOf ?c }
  }
}
"""
# The same rows, read as Oxigraph reads them fast: the pairs inside each branch of the union
# and the one graph named, instead of joined after (which read every graph's listings: 75-170
# ms a read at 1,000 articles, against 1-4).
_STORED_QUERY_OXIGRAPH = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?m ?c ?u ?year ?start ?end WHERE {
  GRAPH %(graph)s {
    { %(values)s ?m org:organization ?c ; org:member ?u ; a cand:ClusterMembership .
      OPTIONAL { ?m cand:year ?year }
      OPTIONAL { ?m schema:startDate ?start }
      OPTIONAL { ?m schema:endDate ?end } }
    UNION
    { %(values)s ?u org:memberOf ?c }
  }
}
"""


def stored_triples(
    store: Store,
    pairs: Iterable[Pair] | None = None,
    *,
    without: str | None = None,
    within: str | None = None,
) -> set[Triple]:
    """The listings and links the stored graphs give: of `pairs` only (all when None), from
    graph `within` only (all when None), leaving out graph `without`."""
    chosen = sorted(set(pairs)) if pairs is not None else None
    if chosen is not None and not chosen:
        return set()
    values = ""
    if chosen:
        values = "VALUES (?c ?u) { " + " ".join(f"(<{c}> <{u}>)" for c, u in chosen) + " }"
    if store.dialect == "oxigraph":
        graph = "?g" if within is None else f"<{within}>"
        query = _STORED_QUERY_OXIGRAPH % {"graph": graph, "values": values}
    else:
        if within is not None:
            values += f" VALUES ?g {{ <{within}> }}"
        query = _STORED_QUERY % {"values": values}
    # Graphs are left out here, not in the query: Virtuoso 7 applies a FILTER on the graph
    # variable only in part (see kg.summary.stored_sightings). Rows of one node are merged:
    # Virtuoso may give them with different OPTIONAL values bound.
    facts = _Facts()
    wanted = set(chosen) if chosen else None
    for row in store.query(query).dicts():
        graph = str(row.get("g", within))
        pair = (row["c"], row["u"])
        if graph in (SUMMARY_GRAPH, without) or (wanted is not None and pair not in wanted):
            continue
        if not all(isinstance(x, URIRef) for x in pair):
            continue
        if "m" not in row:
            facts.links.add(pair)  # type: ignore[arg-type]
            continue
        node = (graph, row["m"])
        facts.pairs[node].add(pair)  # type: ignore[arg-type]
        for name, listed in zip(("year", "start", "end"), _VALUES.values(), strict=True):
            if isinstance(row.get(name), Literal):
                facts.values[node][listed].add(row[name])  # type: ignore[arg-type]
    return facts.triples()


def stored_pairs(store: Store) -> list[Pair]:
    """Every (cluster, unit) pair some stored graph lists, in IRI order."""
    rows = store.query(
        "PREFIX cand: <https://w3id.org/cand-kg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>"
        " SELECT DISTINCT ?c ?u WHERE { GRAPH ?g { { ?m org:organization ?c ; org:member ?u ;"
        " a cand:ClusterMembership } UNION { ?u org:memberOf ?c } } }"
    ).rows
    found = {(c, u) for c, u in rows if isinstance(c, URIRef) and isinstance(u, URIRef)}
    return sorted(found)  # type: ignore[arg-type]


def clear_update(pairs: Iterable[Pair]) -> str:
    """SPARQL Update removing the listings and links of `pairs` from the summary graph."""
    graph = SUMMARY_GRAPH
    parts = []
    for cluster, unit in sorted(set(pairs)):
        parts.append(
            f"DELETE WHERE {{ GRAPH <{graph}> {{ ?l <{CAND.listedIn}> <{cluster}> ; "
            f"<{CAND.listedMember}> <{unit}> ; ?p ?o }} }}"
        )
        link = f"<{unit}> <{CAND.linkedTo}> <{cluster}>"
        parts.append(f"DELETE DATA {{ GRAPH <{graph}> {{ {link} }} }}")
    return " ;\n".join(parts)
