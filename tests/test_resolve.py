"""Identity: one IRI per real person and unit, however written, whatever the order."""

from __future__ import annotations

import pytest
from graph_facts import (
    HA_TINH,
    NGHE_AN,
    all_documents,
    conference_2020,
    document,
    namesake,
    promotion_2023,
)

from ingest.model import EventFact, Facts, OrganisationFact, PersonFact, Position
from kg.namespaces import CAND, RDF
from kg.resolve import default_catalogue, person_iri, resolve, unit_iri
from kg.triples import build_graph


def persons_of(facts: Facts) -> set:
    return set(build_graph(facts).graph.subjects(RDF.type, CAND.Person))


def test_same_officer_written_with_other_case_spacing_and_rank_is_one_person():
    thinh_2020 = resolve(conference_2020())[1].person("Phan Đức Thịnh")
    thinh_2023 = resolve(promotion_2023())[1].person("phan đức  thịnh")
    assert thinh_2020 == thinh_2023 == person_iri("Phan Đức Thịnh", unit_iri(NGHE_AN))
    assert str(thinh_2020).endswith("/person/phan-duc-thinh--cong-an-tinh-nghe-an")


def test_namesakes_serving_in_different_provinces_are_two_people():
    in_nghe_an = persons_of(namesake("tin-nghe-an", NGHE_AN))
    in_ha_tinh = persons_of(namesake("tin-ha-tinh", HA_TINH))
    assert len(in_nghe_an) == len(in_ha_tinh) == 1
    assert in_nghe_an != in_ha_tinh


def test_namesakes_serving_in_the_same_province_are_one_person():
    first = persons_of(namesake("tin-1", NGHE_AN, "2021-04-01"))
    second = persons_of(namesake("tin-2", NGHE_AN, "2022-09-09"))
    assert first == second


def test_person_without_post_takes_the_single_province_of_the_document():
    facts = Facts(
        document=document("mot-tinh", "2021-05-05"),
        organisations=[OrganisationFact(NGHE_AN, None, "provincial_police")],
        events=[EventFact("conference", attendees=["Nguyễn Văn An"])],
    )
    assert resolve(facts)[1].person("Nguyễn Văn An") == person_iri(
        "Nguyễn Văn An", unit_iri(NGHE_AN)
    )


def test_person_without_post_in_a_many_province_document_keeps_the_bare_name():
    facts = Facts(
        document=document("hai-tinh", "2021-05-05"),
        organisations=[
            OrganisationFact(NGHE_AN, None, "provincial_police"),
            OrganisationFact(HA_TINH, None, "provincial_police"),
        ],
        events=[EventFact("conference", attendees=["Nguyễn Văn An"])],
    )
    assert resolve(facts)[1].person("Nguyễn Văn An") == person_iri("Nguyễn Văn An", None)


def test_ministry_official_has_no_province_in_the_key():
    facts = Facts(
        document=document("bo", "2021-05-05"),
        organisations=[OrganisationFact("Bộ Công an", None, "ministry")],
        persons=[PersonFact("Vũ Hồng Sơn", "Trung tướng", [Position("Thứ trưởng", "Bộ Công an")])],
    )
    assert str(resolve(facts)[1].person("Vũ Hồng Sơn")).endswith("/person/vu-hong-son")


def test_unit_abbreviations_resolve_to_one_unit():
    catalogue = default_catalogue()
    if catalogue.canonical("CATP Hà Nội") == "CATP Hà Nội":
        pytest.skip("the extractor's unit canonicaliser is not installed")
    names = ["CATP Hà Nội", "Công an TP. Hà Nội", "Công an thành phố Hà Nội"]
    iris = set()
    for i, name in enumerate(names):
        facts = Facts(
            document=document(f"d{i}", "2021-01-01"), organisations=[OrganisationFact(name)]
        )
        iris |= set(build_graph(facts).graph.subjects(RDF.type, CAND.Unit))
    assert unit_iri("Công an thành phố Hà Nội") in iris
    assert not any("catp" in str(iri) for iri in iris)


def test_district_police_sits_under_its_province_from_the_gazetteer():
    catalogue = default_catalogue()
    if catalogue.parent("Công an quận Đống Đa") is None:
        pytest.skip("the extractor's gazetteer is not installed")
    facts = Facts(
        document=document("dong-da", "2021-01-01"),
        organisations=[OrganisationFact("CA quận Đống Đa")],
    )
    resolver, result = resolve(facts)
    district = resolver.unit("Công an quận Đống Đa")
    assert result.units[district].parent == unit_iri("Công an thành phố Hà Nội")


def test_resolution_does_not_depend_on_ingestion_order(tmp_path):
    from kg.store import OxigraphStore

    dumps = []
    for name, order in (("forward", all_documents()), ("backward", all_documents()[::-1])):
        store = OxigraphStore(tmp_path / name)
        for facts in order:
            built = build_graph(facts)
            store.replace_graph(str(built.iri), built.graph)
        dumps.append(sorted(store.dump_bytes("nq").splitlines()))
        store.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) > 100


def test_cluster_without_a_stated_parent_belongs_to_the_body_above_its_members():
    stated = conference_2020()
    unstated = conference_2020()
    unstated.clusters[0].parent = None
    assert resolve(unstated)[1].cluster("Cụm thi đua số 3") == resolve(stated)[1].cluster(
        "Cụm thi đua số 3"
    )
