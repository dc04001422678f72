"""Units: canonical names, abbreviations, parents from the gazetteer, list forms, references
back to a unit named earlier."""

from __future__ import annotations

import pytest
from support.extraction import article_facts

from ingest.extract import canonical_unit, extract, unit_kind, unit_parent
from ingest.read import read_text

HN = "Công an thành phố Hà Nội"


def orgs(body: str, date: str = "2021-05") -> dict[str, str | None]:
    facts = article_facts(body, date)
    return {o.name: o.parent for o in facts.organisations}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("CATP Hà Nội", HN),
        ("Công an TP.Hà Nội", HN),
        ("Công an TP. Hà Nội", HN),
        ("Công an TP Hà Nội", HN),
        ("Công an Thủ đô", HN),
        ("Công an Hà Nội", HN),
        ("CA thành phố Hà Nội", HN),
        ("Công an TP.HCM", "Công an thành phố Hồ Chí Minh"),
        ("CATP Hồ Chí Minh", "Công an thành phố Hồ Chí Minh"),
        ("Công an tỉnh Thanh Hoá", "Công an tỉnh Thanh Hóa"),
        ("CAT Nghệ An", "Công an tỉnh Nghệ An"),
        ("CAQ Hoàn Kiếm", "Công an quận Hoàn Kiếm"),
        ("CA quận Đống Đa", "Công an quận Đống Đa"),
        ("Công an Quận 1", "Công an quận 1"),
        ("Công an huyện Sóc Sơn", "Công an huyện Sóc Sơn"),
        ("Bộ CA", "Bộ Công an"),
        ("UBND quận Đống Đa", "Ủy ban nhân dân quận Đống Đa"),
        ("Uỷ ban nhân dân tỉnh Hoà Bình", "Ủy ban nhân dân tỉnh Hòa Bình"),
        ("HĐND tỉnh Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An"),
        ("Đảng ủy Công an T.Ư", "Đảng ủy Công an Trung ương"),
        ("Công an T.Ư", "Công an Trung ương"),
        ("Cục Cảnh sát hình sự", "Cục Cảnh sát hình sự"),
        ("Phòng PC08", "Phòng Cảnh sát giao thông"),
    ],
)
def test_canonical_unit_expands_abbreviations(written: str, canonical: str) -> None:
    assert canonical_unit(written) == canonical


def test_canonical_unit_tidies_text_it_does_not_know() -> None:
    assert canonical_unit("  Hợp tác xã   Bình Minh ") == "Hợp tác xã Bình Minh"


@pytest.mark.parametrize(
    ("unit", "parent", "kind"),
    [
        (HN, "Bộ Công an", "provincial_police"),
        ("Công an quận Đống Đa", HN, "district_police"),
        ("Công an huyện Mộc Châu", "Công an tỉnh Sơn La", "district_police"),
        ("Công an thị xã Bỉm Sơn", "Công an tỉnh Thanh Hóa", "district_police"),
        # a city under a province is a district-level unit
        ("Công an thành phố Biên Hòa", "Công an tỉnh Đồng Nai", "district_police"),
        ("Công an thành phố Thủ Đức", "Công an thành phố Hồ Chí Minh", "district_police"),
        ("Cục Cảnh sát giao thông", "Bộ Công an", "ministry_unit"),
        ("Ủy ban nhân dân quận Đống Đa", None, "local_government"),
    ],
)
def test_unit_parent_and_kind_come_from_the_gazetteer(
    unit: str, parent: str | None, kind: str
) -> None:
    assert unit_parent(unit) == parent
    assert unit_kind(unit) == kind


def test_a_district_name_shared_by_provinces_gets_no_parent_without_context() -> None:
    assert unit_parent("Công an huyện Châu Thành") is None


def test_a_shared_district_name_takes_the_province_named_before() -> None:
    found = orgs("Công an tỉnh Long An họp. Công an huyện Châu Thành báo cáo.")
    assert found["Công an huyện Châu Thành"] == "Công an tỉnh Long An"


def test_list_of_districts_after_a_colon_gives_one_unit_each() -> None:
    found = orgs("Công an các quận: Ba Đình, Tây Hồ và Cầu Giấy đã ký giao ước.")
    assert {k: v for k, v in found.items() if k != HN} == {
        "Công an quận Ba Đình": HN,
        "Công an quận Tây Hồ": HN,
        "Công an quận Cầu Giấy": HN,
    }


def test_list_of_cities_with_a_qualifier_before_the_colon() -> None:
    found = orgs("Công an 3 thành phố trực thuộc Trung ương: Hà Nội, TP.HCM và Cần Thơ họp.")
    assert set(found) == {HN, "Công an thành phố Hồ Chí Minh", "Công an thành phố Cần Thơ"}
    assert set(found.values()) == {"Bộ Công an"}


def test_list_of_provinces_without_a_colon() -> None:
    found = orgs("Công an các tỉnh Lào Cai, Yên Bái và Hà Giang phối hợp tuần tra.")
    assert set(found) == {"Công an tỉnh Lào Cai", "Công an tỉnh Yên Bái", "Công an tỉnh Hà Giang"}


def test_list_with_two_levels_reads_each_item_at_its_own_level() -> None:
    found = orgs("Công an các huyện, thị xã: Quảng Xương, Bỉm Sơn tham gia.")
    assert found == {
        "Công an huyện Quảng Xương": "Công an tỉnh Thanh Hóa",
        "Công an thị xã Bỉm Sơn": "Công an tỉnh Thanh Hóa",
    }


def test_a_plural_without_names_is_no_unit() -> None:
    assert orgs("Đợt thi đua triển khai tới Công an các quận, huyện, thị xã thuộc thành phố.") == {}


def test_bare_city_police_refers_back_to_the_city_named_before() -> None:
    found = orgs("Công an tỉnh Nghệ An họp. Ban Giám đốc Công an tỉnh chỉ đạo. CATP khen thưởng.")
    assert found == {"Công an tỉnh Nghệ An": "Bộ Công an"}


def test_bare_people_committee_of_the_city_refers_back() -> None:
    found = orgs("Công an TP Đà Nẵng làm việc với UBND thành phố về an ninh.")
    assert "Ủy ban nhân dân thành phố Đà Nẵng" in found


def test_commune_police_parent_is_the_district_written_after_it() -> None:
    found = orgs("Công an phường Bến Thành, Quận 1 ra mắt mô hình mới.")
    assert found == {"Công an phường Bến Thành": "Công an quận 1"}


def test_department_parent_is_the_provincial_police_next_to_it() -> None:
    found = orgs("Phòng Cảnh sát kinh tế Công an tỉnh Bắc Ninh phát hiện vụ việc.")
    assert found["Phòng Cảnh sát kinh tế"] == "Công an tỉnh Bắc Ninh"


def test_ministries_with_commas_in_their_names() -> None:
    found = orgs("Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Công an.")
    assert set(found) == {"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Công an"}


def test_party_committee_of_a_district() -> None:
    found = orgs("Huyện ủy Đông Anh chỉ đạo.")
    assert found == {"Huyện ủy Đông Anh": None}


def test_a_person_named_after_a_unit_is_not_part_of_its_place() -> None:
    facts = extract(read_text(" date 2021-05 Giám đốc Công an tỉnh Nghệ An Phạm Thế Tùng dự.", "t"))
    assert [o.name for o in facts.organisations] == ["Công an tỉnh Nghệ An"]
    assert [p.name for p in facts.persons] == ["Phạm Thế Tùng"]


def test_parent_written_in_brackets() -> None:
    found = orgs(
        "Công an huyện Châu Thành (Tiền Giang) và Công an xã Bát Tràng (huyện Gia Lâm) họp."
    )
    assert found == {
        "Công an huyện Châu Thành": "Công an tỉnh Tiền Giang",
        "Công an xã Bát Tràng": "Công an huyện Gia Lâm",
    }


def test_bare_commune_police_refers_back_to_the_commune_named_before() -> None:
    facts = extract(
        read_text(
            " date 2024-02 Công an phường Cửa Nam tổng kết năm. Thiếu tá Vũ Thị Hoa, "
            "Trưởng Công an phường cho biết đơn vị đã hoàn thành chỉ tiêu.",
            "t",
        )
    )
    (person,) = facts.persons
    assert [(p.role, p.organisation) for p in person.positions] == [
        ("Trưởng Công an phường", "Công an phường Cửa Nam")
    ]


def test_several_district_police_without_names_refer_to_none() -> None:
    found = orgs(
        "Công an quận Tây Hồ họp. 6 Công an quận trong Cụm và Công an quận, huyện khác dự."
    )
    assert found == {"Công an quận Tây Hồ": HN}


def test_team_of_a_district_police() -> None:
    found = orgs("Đội CSGT - TT Công an quận Hà Đông ra quân.")
    assert found["Đội Cảnh sát giao thông - trật tự"] == "Công an quận Hà Đông"


def test_list_of_wards_under_the_district_named_before() -> None:
    found = orgs(
        "Công an quận Hoàn Kiếm tổng kết năm. Công an các phường: Hàng Trống, Hàng Bạc, "
        "Tràng Tiền được đánh giá cao."
    )
    assert found == {
        "Công an quận Hoàn Kiếm": HN,
        "Công an phường Hàng Trống": "Công an quận Hoàn Kiếm",
        "Công an phường Hàng Bạc": "Công an quận Hoàn Kiếm",
        "Công an phường Tràng Tiền": "Công an quận Hoàn Kiếm",
    }


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        # the T07 school's name since October 2025, and its earlier one
        ("Học viện Kỹ thuật và Công nghệ An ninh", "Học viện Kỹ thuật và Công nghệ an ninh"),
        (
            "Trường Đại học Kỹ thuật - Hậu cần CAND",
            "Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân",
        ),
    ],
)
def test_the_ministry_s_technical_school_under_either_name_is_a_ministry_unit(written, canonical):
    assert canonical_unit(written) == canonical
    assert (unit_parent(canonical), unit_kind(canonical)) == ("Bộ Công an", "ministry_unit")
