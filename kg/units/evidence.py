"""Where what documents report about units' changes and the reference data disagree."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from core.ids import local_id
from kg import queries
from kg.store.base import Store
from kg.units.reference import REFERENCE_GRAPH


@dataclass(frozen=True)
class Disagreement:
    """A document (its IRI) says `unit` (its IRI) ended by a change of `kind` on `said`; the
    reference data says it ended on `known`, or (None) that it did not end."""

    document: str
    unit: str
    kind: str
    said: str
    known: str | None

    def line(self) -> str:
        known = f"the reference data {self.known}" if self.known else "not in the reference data"
        unit, document = local_id(self.unit), local_id(self.document)
        return f"{unit}: {document} says {self.kind} on {self.said}, {known}"


def disagreements(store: Store) -> list[Disagreement]:
    rows = queries.run(store, "unit_change_disagreements", reference=URIRef(REFERENCE_GRAPH))
    return [
        Disagreement(
            str(r["doc"]),
            str(r["unit"]),
            str(r["kind"]),
            str(r["said"]),
            str(r["known"]) if "known" in r else None,
        )
        for r in rows.dicts()
    ]
