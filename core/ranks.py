"""The ranks (cấp bậc hàm) of `ontology/ranks.ttl`, one record each, for every layer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Literal, URIRef

from core.namespaces import CAND, RDF, SKOS
from core.ontology import rank_graph
from core.text import fold

RankDescription = tuple[tuple[URIRef, URIRef | Literal], ...]


@dataclass(frozen=True)
class Rank:
    iri: URIRef
    label: str  # the Vietnamese label, `Thiếu tướng`
    label_en: str | None
    order: int  # 1 = Đại tướng, the most senior
    # The concept's own statements, which a document graph that uses the rank carries too.
    description: RankDescription


@cache
def ranks() -> tuple[Rank, ...]:
    """Every rank, the most senior first."""
    graph = rank_graph()
    found = []
    for iri in graph.subjects(RDF.type, CAND.Rank, unique=True):
        if not isinstance(iri, URIRef):
            continue
        labels = {
            label.language: str(label)
            for label in graph.objects(iri, SKOS.prefLabel)
            if isinstance(label, Literal)
        }
        found.append(
            Rank(
                iri=iri,
                label=labels["vi"],
                label_en=labels.get("en"),
                order=int(str(graph.value(iri, CAND.rankOrder))),
                description=tuple(sorted(graph.predicate_objects(iri))),  # type: ignore[arg-type]
            )
        )
    return tuple(sorted(found, key=lambda rank: rank.order))


@cache
def rank_concepts() -> dict[URIRef, RankDescription]:
    """Each rank's IRI -> its description."""
    return {rank.iri: rank.description for rank in ranks()}


@cache
def rank_by_folded_label() -> dict[str, Rank]:
    """`thieu tuong` (any case, accents or not) -> the rank."""
    return {fold(rank.label): rank for rank in ranks()}
