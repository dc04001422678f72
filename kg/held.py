"""Which of some triples a graph other than the ones being rewritten still holds: what a
change to the catalogue (`kg.stored_catalogue.entries_after`) keeps without reading every
document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.store.base import Store


def held_elsewhere(
    store: Store, held: Mapping[tuple[Node | None, ...], int]
) -> set[tuple[Node | None, ...]]:
    """Those of the triples (with how many of the rewritten graphs hold each) that some other
    graph holds too: at most one row more than those graphs per triple is read."""
    triples = sorted(held, key=str)
    if not triples:
        return set()
    parts = [
        f"{{ SELECT ?g ({i} AS ?i) WHERE {{ GRAPH ?g {{ {_n3(s)} {_n3(p)} {_n3(o)} }} }} "
        f"LIMIT {held[(s, p, o)] + 1} }}"
        for i, (s, p, o) in enumerate(triples)
    ]
    result = store.query("SELECT ?i ?g WHERE { " + " UNION ".join(parts) + " }")
    counts: dict[int, int] = defaultdict(int)
    for i, _ in result.rows:
        counts[int(str(i))] += 1
    return {t for i, t in enumerate(triples) if counts[i] > held[t]}


def _n3(term: Node | None) -> str:
    if isinstance(term, Literal | URIRef):
        return term.n3()
    raise ValueError(f"not a term of a source triple: {term!r}")
