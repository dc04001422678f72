"""What a store holds: counts per kind, its documents, and how much rests on one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.ids import local_id
from core.namespaces import CAND
from kg import queries
from kg.store.base import Store
from kg.units.evidence import Disagreement, disagreements

_COUNTED = {
    "documents": CAND.SourceDocument,
    "persons": CAND.Person,
    "units": CAND.Unit,
    "clusters": CAND.EmulationCluster,
    "events": CAND.Event,
    "award conferrals": CAND.AwardConferral,
    "tenures (summary graph)": CAND.Tenure,
}
_SINGLE_SOURCE = {
    "persons": CAND.Person,
    "units": CAND.Unit,
    "clusters": CAND.EmulationCluster,
    "events": CAND.Event,
}


@dataclass(frozen=True)
class StoredDocument:
    id: str
    title: str | None
    date: str | None
    url: str | None
    triples: int


@dataclass
class StoreFigures:
    counts: dict[str, int]  # graphs, quads, and entities by kind
    single_source: dict[str, int]  # entities of each kind known from one document only
    oldest: StoredDocument | None = None
    newest: StoredDocument | None = None
    undated: int = 0
    # changes of units documents report that the reference data gives otherwise
    disagreements: list[Disagreement] = field(default_factory=list)

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs, as `kg stats` prints them."""
        pairs = [(k, str(v)) for k, v in self.counts.items()]
        pairs += [(f"{k} from one document only", str(v)) for k, v in self.single_source.items()]
        for label, doc in (("oldest document", self.oldest), ("newest document", self.newest)):
            if doc is not None:
                pairs.append((label, f"{doc.date} {doc.id}"))
        pairs.append(("undated documents", str(self.undated)))
        pairs.append(("unit changes against the reference data", str(len(self.disagreements))))
        pairs += [("  disagreement", d.line()) for d in self.disagreements]
        return pairs


def stored_documents(store: Store) -> list[StoredDocument]:
    """Every document the store holds, oldest first (undated ones last)."""
    found = []
    for row in queries.run(store, "stored_documents").dicts():
        found.append(
            StoredDocument(
                id=local_id(str(row["doc"])),
                title=str(row["name"]) if "name" in row else None,
                date=str(row["published"]) if "published" in row else None,
                url=str(row["address"]) if "address" in row else None,
                triples=int(str(row["triples"])),
            )
        )
    return sorted(found, key=lambda d: (d.date is None, d.date or "", d.id))


def store_statistics(store: Store) -> StoreFigures:
    """Graphs, quads, entities by type (every entity carries its generic class), the oldest and
    newest documents, and the entities whose identity rests on one document."""
    counts = {"named graphs": len(store.graphs()), "quads": store.count()}
    types = " ".join(f"<{iri}>" for iri in _COUNTED.values())
    result = store.query(
        "SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE { "
        f"VALUES ?type {{ {types} }} ?x a ?type . }} GROUP BY ?type"
    )
    by_type = {str(row["type"]): int(str(row["n"])) for row in result.dicts() if "type" in row}
    for label, iri in _COUNTED.items():
        counts[label] = by_type.get(str(iri), 0)
    alone = {
        str(row["type"]): int(str(row["n"]))
        for row in queries.run(store, "single_source_entities").dicts()
        if "type" in row
    }
    documents = stored_documents(store)
    dated = [d for d in documents if d.date]
    return StoreFigures(
        counts=counts,
        single_source={label: alone.get(str(iri), 0) for label, iri in _SINGLE_SOURCE.items()},
        oldest=dated[0] if dated else None,
        newest=dated[-1] if dated else None,
        undated=len(documents) - len(dated),
        disagreements=disagreements(store),
    )
