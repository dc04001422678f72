"""Units: one IRI per real unit, however written, whatever the order (people and events:
test_identity.py)."""

from __future__ import annotations

import pytest
from support.graph_facts import (
    HA_TINH,
    NGHE_AN,
    all_documents,
    conference_2020,
    document,
)

from core.namespaces import CAND, RDF
from ingest.model import Facts, OrganisationFact, PersonFact, Position
from kg.resolve import default_catalogue, resolve, unit_iri
from kg.triples import build_graph


def persons_of(facts: Facts) -> set:
    return set(build_graph(facts).graph.subjects(RDF.type, CAND.Person))


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


def needs_gazetteer() -> None:
    if default_catalogue().kind("Phòng Tham mưu") is None:
        pytest.skip("the extractor's gazetteer is not installed")


def staff_office(doc_id: str, province: str | None, officer: str = "Lê Văn Hòa") -> Facts:
    """An article naming a provincial police's `Phòng Tham mưu` without its province."""
    organisations = [OrganisationFact("Phòng Tham mưu", province, "provincial_department")]
    if province:
        organisations.append(OrganisationFact(province, "Bộ Công an", "provincial_police"))
    return Facts(
        document=document(doc_id, "2022-03-03"),
        organisations=organisations,
        persons=[PersonFact(officer, "Thượng tá", [Position("Trưởng phòng", "Phòng Tham mưu")])],
    )


def units_of(facts: Facts) -> dict:
    return {str(iri): info for iri, info in resolve(facts)[1].units.items()}


def test_staff_offices_of_two_provinces_are_two_units_each_under_its_province():
    needs_gazetteer()
    nghe_an = resolve(staff_office("tm-nghe-an", NGHE_AN))
    ha_tinh = resolve(staff_office("tm-ha-tinh", HA_TINH))
    office_nghe_an = nghe_an[0].unit("Phòng Tham mưu")
    office_ha_tinh = ha_tinh[0].unit("Phòng Tham mưu")
    assert office_nghe_an != office_ha_tinh
    assert str(office_nghe_an).endswith("/unit/phong-tham-muu--cong-an-tinh-nghe-an")
    assert nghe_an[1].units[office_nghe_an].parent == unit_iri(NGHE_AN)
    assert ha_tinh[1].units[office_ha_tinh].parent == unit_iri(HA_TINH)
    assert nghe_an[1].units[office_nghe_an].name == "Phòng Tham mưu"


def test_staff_office_of_one_province_in_two_articles_is_one_unit():
    needs_gazetteer()
    first = resolve(staff_office("tm-1", NGHE_AN))[0].unit("Phòng Tham mưu")
    # Written with its province in one name, and bare in a roster of that province only.
    written_whole = resolve(staff_office("tm-2", None))[0].unit(
        "Phòng Tham mưu Công an tỉnh Nghệ An"
    )
    roster = staff_office("tm-3", None)
    roster.organisations.append(OrganisationFact("Công an huyện Nghi Lộc", NGHE_AN))
    from_roster = resolve(roster)[0].unit("Phòng Tham mưu")
    assert first == written_whole == from_roster == unit_iri("Phòng Tham mưu", NGHE_AN)


def test_staff_office_whose_province_is_unknown_keeps_the_bare_name():
    needs_gazetteer()
    facts = staff_office("tm-noi-dau", None)
    assert resolve(facts)[0].unit("Phòng Tham mưu") == unit_iri("Phòng Tham mưu")


def test_district_teams_of_two_districts_are_two_units():
    needs_gazetteer()
    teams = set()
    for district in ("Công an huyện Nghi Lộc", "Công an huyện Nam Đàn"):
        facts = Facts(
            document=document(f"doi-{district}", "2022-03-03"),
            organisations=[OrganisationFact("Đội Cảnh sát hình sự", district, "district_team")],
        )
        team = resolve(facts)[0].unit("Đội Cảnh sát hình sự")
        assert str(team).endswith(f"--{unit_iri(district).rsplit('/', 1)[-1]}")
        teams.add(team)
    assert len(teams) == 2


def district_article(doc_id: str, province: str | None) -> Facts:
    organisations = [OrganisationFact("Công an huyện Châu Thành", province, "district_police")]
    return Facts(document=document(doc_id, "2023-01-01"), organisations=organisations)


def test_same_district_name_in_two_provinces_is_two_units():
    needs_gazetteer()
    tien_giang = resolve(district_article("ct-tg", "Công an tỉnh Tiền Giang"))
    ben_tre = resolve(district_article("ct-bt", "Công an tỉnh Bến Tre"))
    first = tien_giang[0].unit("Công an huyện Châu Thành")
    second = ben_tre[0].unit("Công an huyện Châu Thành")
    assert first != second
    assert str(first).endswith("/unit/cong-an-huyen-chau-thanh--cong-an-tinh-tien-giang")
    assert tien_giang[1].units[first].parent == unit_iri("Công an tỉnh Tiền Giang")
    assert ben_tre[1].units[second].parent == unit_iri("Công an tỉnh Bến Tre")
    assert tien_giang[1].units[first].name == "Công an huyện Châu Thành"


def test_ambiguous_district_without_a_province_keeps_the_bare_name():
    needs_gazetteer()
    facts = district_article("ct-khong-ro", None)
    assert resolve(facts)[0].unit("Công an huyện Châu Thành") == unit_iri(
        "Công an huyện Châu Thành"
    )


def test_unique_district_and_provincial_units_keep_their_name_as_id():
    needs_gazetteer()
    facts = Facts(
        document=document("cau-giay", "2023-01-01"),
        organisations=[OrganisationFact("Công an quận Cầu Giấy")],
    )
    resolver = resolve(facts)[0]
    assert str(resolver.unit("Công an quận Cầu Giấy")).endswith("/unit/cong-an-quan-cau-giay")
    assert str(resolver.unit(NGHE_AN)).endswith("/unit/cong-an-tinh-nghe-an")
    assert str(resolver.unit("Cục Cảnh sát hình sự")).endswith("/unit/cuc-canh-sat-hinh-su")


def test_committee_of_an_ambiguous_district_takes_the_province_of_the_document():
    needs_gazetteer()
    facts = district_article("ct-ubnd", "Công an tỉnh Tiền Giang")
    facts.organisations.append(OrganisationFact("Công an tỉnh Tiền Giang", "Bộ Công an"))
    committee = resolve(facts)[0].unit("UBND huyện Châu Thành")
    assert str(committee).endswith("/unit/uy-ban-nhan-dan-huyen-chau-thanh--tien-giang")
    elsewhere = resolve(Facts(document=document("ubnd-2", "2023-01-01")))[0]
    assert elsewhere.unit("UBND huyện Châu Thành") == unit_iri("Ủy ban nhân dân huyện Châu Thành")
