"""Change events in the ontology and the shapes, and the shipped reference data of 2025."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, URIRef

from core.ids import mint
from core.namespaces import CAND, ORG, PROV, RDF, SCHEMA
from core.reorganisation import renamings, reorganisation_dates
from ingest.extract.gazetteer import gazetteer
from ingest.extract.lexicon import table
from kg.units.changes import Change, change_triples, legal_act_triples
from kg.units.reference import REFERENCE_GRAPH, REFERENCE_VERSION, shipped, version_of
from kg.units.reference_build import reference_graph
from kg.validate import ValidationError, validate, validate_with_pyshacl

CHECKERS = {"native": validate, "pyshacl": validate_with_pyshacl}
UNIT = "https://w3id.org/cand-kg/id/unit/"
BEN_TRE, VINH_LONG = URIRef(UNIT + "cong-an-tinh-ben-tre"), URIRef(UNIT + "cong-an-tinh-vinh-long")


def a_merger() -> Graph:
    graph = Graph()
    for unit, name in ((BEN_TRE, "Công an tỉnh Bến Tre"), (VINH_LONG, "Công an tỉnh Vĩnh Long")):
        graph.add((unit, RDF.type, ORG.Organization))
        graph.add((unit, SCHEMA.name, Literal(name)))
    change = Change(
        mint("change", "thu"), "merger", "2025-07-01", (BEN_TRE, VINH_LONG), (VINH_LONG,)
    )
    for triple in change_triples(change):
        graph.add(triple)
    return graph


def without_date(graph: Graph) -> None:
    graph.remove((None, PROV.startedAtTime, None))


def without_original(graph: Graph) -> None:
    graph.remove((None, ORG.originalOrganization, None))


def with_a_date_that_is_not_one(graph: Graph) -> None:
    graph.set((mint("change", "thu"), PROV.startedAtTime, Literal("1/7/2025")))


def without_kind(graph: Graph) -> None:
    graph.remove((None, CAND.changeKind, None))


@pytest.mark.parametrize("checker", CHECKERS)
def test_shapes_accept_a_dated_merger(checker):
    CHECKERS[checker](a_merger())


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize(
    "breakage",
    [without_date, without_original, with_a_date_that_is_not_one, without_kind],
    ids=lambda f: f.__name__,
)
def test_shapes_reject_a_change_event_missing_what_makes_it_one(
    checker: str, breakage: Callable[[Graph], None]
):
    graph = a_merger()
    breakage(graph)
    with pytest.raises(ValidationError, match="candsh:ChangeEventShape"):
        CHECKERS[checker](graph, "thu")


ACT = mint("act", "thu")
REPORT = "https://bao.example/tin-quyet-dinh"


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize(
    ("number", "reports"), [("12/2025/QĐ-TTg", ()), ("", (REPORT,)), ("12/2025/QĐ-TTg", (REPORT,))]
)
def test_shapes_accept_an_act_known_by_its_number_or_by_reports_of_it(checker, number, reports):
    graph = Graph()
    for triple in legal_act_triples(ACT, number, "2025-10-17", "Quyết định", reports):
        graph.add(triple)
    CHECKERS[checker](graph)


@pytest.mark.parametrize("checker", CHECKERS)
def test_shapes_reject_an_act_with_neither_its_number_nor_a_report_of_it(checker):
    graph = Graph()
    for triple in legal_act_triples(ACT, "", "2025-10-17", "Quyết định"):
        graph.add(triple)
    with pytest.raises(ValidationError, match="candsh:LegalActShape"):
        CHECKERS[checker](graph, "thu")


def test_a_merger_ends_the_absorbed_unit_and_keeps_the_absorbing_one():
    graph = a_merger()
    assert graph.value(BEN_TRE, SCHEMA.dissolutionDate) == Literal(
        "2025-07-01", datatype=SCHEMA_DATE
    )
    assert graph.value(VINH_LONG, SCHEMA.dissolutionDate) is None
    assert graph.value(VINH_LONG, SCHEMA.foundingDate) is None
    assert (VINH_LONG, ORG.resultedFrom, mint("change", "thu")) in graph


SCHEMA_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")


@pytest.fixture(scope="module")
def reference() -> Graph:
    return shipped()


def test_the_shipped_file_is_what_the_tables_and_the_gazetteer_build(reference):
    built = reference_graph()
    assert set(built) == set(reference), "run python -m kg.units.reference_build"


def test_reference_data_passes_the_shapes(reference):
    validate(reference, "reference data")


def test_reference_data_names_itself_with_its_version(reference):
    assert version_of(reference) == REFERENCE_VERSION
    assert (URIRef(REFERENCE_GRAPH), RDF.type, CAND.ReferenceData) in reference


def changes_of_kind(graph: Graph, kind: URIRef) -> list[URIRef]:
    return [c for c in graph.subjects(CAND.changeKind, kind) if isinstance(c, URIRef)]


def test_twenty_three_merged_provinces_each_absorbing_the_others_police(reference):
    mergers = changes_of_kind(reference, CAND.merger)
    assert len(mergers) == 23
    kept = {reference.value(m, ORG.resultingOrganization) for m in mergers}
    absorbed = {o for m in mergers for o in reference.objects(m, ORG.originalOrganization)} - kept
    assert len(kept) + len(absorbed) == 52  # 63 provinces, 11 of them untouched
    assert len([r for r in table("admin/provinces.csv") if not r["merged_2025"]]) == 34
    ben_tre = [m for m in mergers if (m, ORG.originalOrganization, BEN_TRE) in reference]
    assert [reference.value(m, ORG.resultingOrganization) for m in ben_tre] == [VINH_LONG]
    for unit in absorbed:
        assert str(reference.value(unit, SCHEMA.dissolutionDate)) == "2025-07-01"
    for unit in kept:
        assert reference.value(unit, SCHEMA.dissolutionDate) is None


def test_every_district_police_of_the_gazetteer_ends_on_the_first_of_march(reference):
    ended = {
        str(name).replace(" - ", "-")
        for change in changes_of_kind(reference, CAND.dissolution)
        for unit in reference.objects(change, ORG.originalOrganization)
        for name in reference.objects(unit, SCHEMA.name)
        if str(reference.value(change, PROV.startedAtTime)) == "2025-03-01"
    }
    without_police = {"Hoàng Sa"}  # no police of its own: Đà Nẵng's decision ends seven
    for district in gazetteer().current:
        police = f"Công an {district.type} {district.name}".replace(" - ", "-")
        assert (police in ended) == (district.name not in without_police), police


def test_units_gone_before_march_2025_are_not_ended_by_its_decree(reference):
    """Quận 2 (merged into Thủ Đức in 2021) and huyện Việt Yên (a thị xã since 2024) had no
    police left on 2025-03-01, so Nghị định 02/2025 does not end them."""
    names = {
        str(n)
        for c in changes_of_kind(reference, CAND.dissolution)
        for u in reference.objects(c, ORG.originalOrganization)
        for n in reference.objects(u, SCHEMA.name)
    }
    assert "Công an quận 2" not in names and "Công an huyện Việt Yên" not in names
    assert "Công an thị xã Việt Yên" in names and "Công an quận 3" in names
    # merged or split by the arrangement of 2023-2025, before the district police ended
    gone = {"Công an huyện Mỹ Lộc", "Công an huyện Yên Dũng", "Công an huyện Hoa Lư"}
    assert not names & gone
    assert {"Công an thành phố Hoa Lư", "Công an quận Thuận Hóa"} <= names


def test_the_reference_dates_its_changes_by_the_core_tables_of_days(reference):
    days = {
        str(reference.value(c, PROV.startedAtTime))
        for c in reference.subjects(RDF.type, ORG.ChangeEvent)
    }
    assert days == set(reorganisation_dates().values()) | {r.date for r in renamings()}


def test_every_change_cites_a_dated_legal_act_by_its_number_or_reports_of_it(reference):
    for change in reference.subjects(RDF.type, ORG.ChangeEvent):
        acts = list(reference.objects(change, CAND.legalBasis))
        assert acts, f"{change} cites no act"
        for act in acts:
            number = reference.value(act, SCHEMA.legislationIdentifier)
            assert number is not None or any(reference.objects(act, SCHEMA.subjectOf))
            assert reference.value(act, SCHEMA.legislationDate) is not None


def test_the_school_renamed_in_october_2025_ends_in_the_academy(reference):
    school = URIRef(UNIT + "truong-dai-hoc-ky-thuat-hau-can-cong-an-nhan-dan")
    academy = URIRef(UNIT + "hoc-vien-ky-thuat-va-cong-nghe-an-ninh")
    (change,) = reference.objects(school, ORG.changedBy)
    assert reference.value(change, CAND.changeKind) == CAND.renaming
    assert reference.value(change, ORG.resultingOrganization) == academy
    assert str(reference.value(school, SCHEMA.dissolutionDate)) == "2025-10-17"
    assert str(reference.value(academy, SCHEMA.foundingDate)) == "2025-10-17"
