"""What a store holds: counts per kind, its documents, and how much rests on one document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.term import Node

from core.ids import local_id
from core.namespaces import CAND, SUMMARY_GRAPH
from kg import queries
from kg.sizes import UNDATED
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


def _documents(rows: Iterable[dict[str, Node]]) -> list[StoredDocument]:
    found = [
        StoredDocument(
            id=local_id(str(row["doc"])),
            title=str(row["name"]) if "name" in row else None,
            date=str(row["published"]) if "published" in row else None,
            url=str(row["address"]) if "address" in row else None,
            triples=int(str(row["triples"])),
        )
        for row in rows
    ]
    return sorted(found, key=lambda d: (d.date is None, d.date or "", d.id))


def stored_documents(store: Store) -> list[StoredDocument]:
    """Every document the store holds, oldest first (undated ones last): one row per
    document, for exports and checks; lists page with `documents_of`."""
    return _documents(queries.run(store, "stored_documents").dicts())


def documents_of(store: Store, iris: Iterable[str]) -> list[StoredDocument]:
    """The stored documents among `iris`, oldest first (undated ones last)."""
    chosen = tuple(URIRef(i) for i in sorted(set(iris)))
    if not chosen:
        return []
    return _documents(queries.run(store, "api_document_summaries", documents=chosen).dicts())


_UNDATED = Literal(UNDATED).n3()
_ORDER = f"GRAPH <{SUMMARY_GRAPH}> {{ ?d <{CAND.documentOrder}> ?k }}"


def _dated_extremes(store: Store) -> tuple[StoredDocument | None, StoredDocument | None, int]:
    """The oldest and the newest dated documents (ties by id) and how many are undated, from
    the order keys of the summary graph (`kg.sizes`: dates backwards, undated last): two
    aggregates and the documents on the two keys."""
    undated = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{SUMMARY_GRAPH}> "
        f"{{ ?d <{CAND.documentOrder}> {_UNDATED} }} }}"
    )
    bounds = store.query(
        f"SELECT (MAX(STR(?k)) AS ?first) (MIN(STR(?k)) AS ?last) WHERE {{ {_ORDER} "
        f"FILTER(STR(?k) != {_UNDATED}) }}"
    ).rows
    count = int(str(undated.rows[0][0])) if undated.rows else 0
    if not bounds or bounds[0][0] is None:
        return None, None, count
    first, last = (str(b) for b in bounds[0])
    keys = " ".join(Literal(k).n3() for k in sorted({first, last}))
    rows = store.query(f"SELECT ?d ?k WHERE {{ VALUES ?k {{ {keys} }} {_ORDER} }}").rows
    oldest = min(str(d) for d, k in rows if str(k) == first)
    newest = max(str(d) for d, k in rows if str(k) == last)
    found = {d.id: d for d in documents_of(store, {oldest, newest})}
    return found.get(local_id(oldest)), found.get(local_id(newest)), count


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
    oldest, newest, undated = _dated_extremes(store)
    return StoreFigures(
        counts=counts,
        single_source={label: alone.get(str(iri), 0) for label, iri in _SINGLE_SOURCE.items()},
        oldest=oldest,
        newest=newest,
        undated=undated,
        disagreements=disagreements(store),
    )
