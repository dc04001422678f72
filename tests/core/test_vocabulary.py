"""The vocabulary in core/: ranks, event kinds and unit kinds agree with the ontology's files."""

from __future__ import annotations

from rdflib import RDFS, Literal
from support.project import ROOT

from core.kinds import EVENT_KINDS, UNIT_CLASSES, UnitKind, unit_class
from core.namespaces import CAND, SKOS
from core.ontology import ontology_graph
from core.ranks import rank_by_folded_label, rank_concepts, ranks


def test_event_kinds_are_the_concepts_of_the_event_kind_scheme():
    graph = ontology_graph()
    kinds = graph.subjects(SKOS.inScheme, CAND.EventKindScheme)
    assert set(EVENT_KINDS) == {str(graph.value(kind, SKOS.notation)) for kind in kinds}


def test_every_unit_kind_has_a_unit_class_and_every_unit_class_a_way_in():
    graph = ontology_graph()
    classes = set(graph.subjects(RDFS.subClassOf, CAND.Unit))
    assert set(UNIT_CLASSES.values()) <= classes
    reached = {unit_class(kind, "") for kind in UnitKind} | {
        unit_class(UnitKind.LOCAL_GOVERNMENT, name)
        for name in ("Ủy ban nhân dân tỉnh Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An")
    }
    assert reached == classes


def test_unit_kinds_map_to_specific_classes():
    assert unit_class("provincial_department", "Phòng Tham mưu") == CAND.Division
    assert unit_class("local_government", "Ủy ban nhân dân quận Ba Đình") == CAND.PeoplesCommittee
    assert unit_class("local_government", "Hội đồng nhân dân tỉnh Nghệ An") == CAND.PeoplesCouncil
    assert unit_class("local_government", "Sở Y tế tỉnh Nghệ An") == CAND.OtherOrganisation
    assert unit_class(None, "Ban Chỉ đạo") == CAND.OtherOrganisation


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


def test_unit_kinds_are_spelt_only_in_core_kinds():
    # Kinds of two words or more cannot be another vocabulary's word: quoted, they are a kind.
    spelt = {f'"{kind.value}"' for kind in UnitKind if "_" in kind.value}
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("core", "ingest", "kg", "viz", "api")
        for path in sorted((ROOT / package).rglob("*.py"))
        if path != ROOT / "core" / "kinds.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(kind in line for kind in spelt)
    ]
    assert found == [], "use core.kinds.UnitKind"
