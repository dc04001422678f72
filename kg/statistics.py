"""Summary figures of a store."""

from __future__ import annotations

from core.namespaces import CAND
from kg.store.base import Store

_COUNTED = {
    "documents": CAND.SourceDocument,
    "persons": CAND.Person,
    "units": CAND.Unit,
    "clusters": CAND.EmulationCluster,
    "events": CAND.Event,
    "award conferrals": CAND.AwardConferral,
    "tenures (summary graph)": CAND.Tenure,
}


def store_statistics(store: Store) -> dict[str, int]:
    """Graphs, quads, and entities by type (every entity carries its generic class)."""
    figures = {"named graphs": len(store.graphs()), "quads": store.count()}
    types = " ".join(f"<{iri}>" for iri in _COUNTED.values())
    result = store.query(
        "SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE { "
        f"VALUES ?type {{ {types} }} ?x a ?type . }} GROUP BY ?type"
    )
    counts = {str(row["type"]): int(str(row["n"])) for row in result.dicts() if "type" in row}
    for label, iri in _COUNTED.items():
        figures[label] = counts.get(str(iri), 0)
    return figures
