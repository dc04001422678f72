"""Retired IRIs: where an id a merge or split retired lives on.

The resolution graph keeps `owl:sameAs` from each retired IRI to its successor; a successor may
itself retire later, so the live entity is at the end of a chain. A chain that comes back on
itself (which a store edited by hand could hold) leads nowhere: redirecting along it would
send a client round in circles."""

from __future__ import annotations

from kg.resolve.store import OWL_SAME_AS, RESOLUTION_GRAPH
from kg.store.base import Store

MAX_HOPS = 64


def successor(store: Store, iri: str) -> str | None:
    """The IRI a retired `iri` now lives on as, at the end of its chain; None when it is not
    retired, or when its chain loops."""
    seen = [iri]
    for _ in range(MAX_HOPS):
        rows = store.query(
            f"SELECT ?next WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ <{seen[-1]}> <{OWL_SAME_AS}> "
            "?next } } ORDER BY ?next LIMIT 1"
        ).rows
        if not rows:
            return seen[-1] if len(seen) > 1 else None
        if str(rows[0][0]) in seen:
            return None
        seen.append(str(rows[0][0]))
    return None
