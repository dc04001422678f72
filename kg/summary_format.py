"""The format of the summary graph, said by the summary graph itself (`cand:summaryFormat`).

The summary gains terms as cand-kg grows (tenure span keys, document sizes and order keys,
single-source marks, event order keys ...), and a store written by an older version lacks them:
its lists and counts would be silently short. So the summary graph carries the format that wrote it,
`FORMAT` below, which is the one number to raise when the summary gains or changes a term.
`kg.summary.rebuild` writes it, and so does every document write (beside its share of the
summary); a store whose least stored format is older, or says none, gets its summary rebuilt
when a `kg` command or the API server opens it (`kg.upkeep`)."""

from __future__ import annotations

from rdflib import Literal, URIRef

from core.namespaces import CAND, SUMMARY_GRAPH
from kg.store.base import Store

# Raise by one whenever the summary graph gains or changes a term: every store of an older
# format is then rebuilt once, when it is next opened. 1: tenure span keys, document sizes,
# single-source marks, event order keys; 2: award conferral order keys, event kinds, the
# cluster listings; 3: document order keys; 4: stem keys on person mention records (in the
# document graphs, which `kg.summary.rebuild` gives them before counting the graphs' sizes);
# 5: the order keys' buckets (events, awards, documents: kg.buckets).
FORMAT = 5

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def marker() -> set[Triple]:
    """The triple by which the summary graph says its format."""
    return {(URIRef(SUMMARY_GRAPH), CAND.summaryFormat, Literal(FORMAT))}


def stored_format(store: Store) -> int | None:
    """The least format the store's summary graph says (a write by a newer version adds its
    own beside an older one, and only a rebuild makes the whole summary new); None: none."""
    rows = store.query(
        f"SELECT ?f WHERE {{ GRAPH <{SUMMARY_GRAPH}> "
        f"{{ <{SUMMARY_GRAPH}> <{CAND.summaryFormat}> ?f }} }}"
    ).rows
    found = [int(str(f)) for (f,) in rows if f is not None and str(f).isdigit()]
    return min(found) if found else None


def is_current(store: Store) -> bool:
    """Whether the summary graph is of this version's format (or a newer one's: an older
    cand-kg does not rebuild away terms it does not know)."""
    return (stored_format(store) or 0) >= FORMAT
