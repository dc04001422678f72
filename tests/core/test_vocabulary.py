"""The vocabulary in core/: ranks and event kinds agree with the ontology's files."""

from __future__ import annotations

from rdflib import Literal

from core.kinds import EVENT_KINDS
from core.namespaces import CAND, SKOS
from core.ontology import ontology_graph
from core.ranks import rank_by_folded_label, rank_concepts, ranks


def test_event_kinds_are_the_concepts_of_the_event_kind_scheme():
    graph = ontology_graph()
    kinds = graph.subjects(SKOS.inScheme, CAND.EventKindScheme)
    assert set(EVENT_KINDS) == {str(graph.value(kind, SKOS.notation)) for kind in kinds}


def test_ranks_run_from_the_most_senior_down_each_with_a_label():
    scheme = ranks()
    assert [rank.order for rank in scheme] == list(range(1, len(scheme) + 1))
    assert scheme[0].label == "Đại tướng" and scheme[0].label_en == "General"
    assert len({rank.label for rank in scheme}) == len(scheme)


def test_a_rank_is_found_from_its_label_typed_without_accents():
    assert rank_by_folded_label()["thieu ta"].label == "Thiếu tá"
    assert rank_by_folded_label()["trung tuong"].order == 3


def test_a_rank_concept_carries_its_labels_and_order():
    description = rank_concepts()[ranks()[0].iri]
    assert (CAND.rankOrder, Literal(1)) in description
    assert (SKOS.prefLabel, Literal("Đại tướng", lang="vi")) in description
