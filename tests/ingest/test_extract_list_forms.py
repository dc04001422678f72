"""List forms and places an unseen article may use: cluster members listed after `gồm`, a
bloc named back with a bare `Khối`, members whose names hold a comma, the head of a cluster,
numbered urban districts, and districts under the names they had before a merger."""

from __future__ import annotations

import pytest
from support.extraction import facts_dated

from ingest.extract import unit_parent

facts_of = facts_dated("2023-10")


def test_members_counted_and_listed_after_a_colon() -> None:
    facts = facts_of(
        "Cụm thi đua số 7 gồm 3 đơn vị: Cục An ninh kinh tế, Cục An ninh nội địa "
        "và Cục Quản lý xuất nhập cảnh đã ký kết giao ước thi đua."
    )
    (cluster,) = facts.clusters
    assert cluster.members == [
        "Cục An ninh kinh tế",
        "Cục An ninh nội địa",
        "Cục Quản lý xuất nhập cảnh",
    ]


def test_a_member_whose_name_holds_a_comma_is_one_member() -> None:
    facts = facts_of(
        "Khối thi đua số 5 bao gồm các đơn vị Cục An ninh điều tra, Cục An ninh mạng và phòng, "
        "chống tội phạm sử dụng công nghệ cao và Cục Hồ sơ nghiệp vụ."
    )
    (cluster,) = facts.clusters
    assert cluster.members == [
        "Cục An ninh điều tra",
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        "Cục Hồ sơ nghiệp vụ",
    ]


def test_the_comma_free_spelling_gives_the_same_unit() -> None:
    facts = facts_of("Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao ra quân.")
    assert [o.name for o in facts.organisations] == [
        "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
    ]


def test_a_bare_khoi_in_a_later_sentence_lists_the_members_of_the_bloc_named_before() -> None:
    facts = facts_of(
        "Chiều 9/10, Khối thi đua các đơn vị Cảnh sát tổ chức hội nghị. Năm nay, Khối có 4 đơn "
        "vị là Cục Cảnh sát kinh tế, Cục Cảnh sát môi trường, Bộ Tư lệnh Cảnh vệ và Cục Cảnh sát "
        "giao thông."
    )
    (cluster,) = facts.clusters
    assert cluster.name == "Khối thi đua các đơn vị Cảnh sát"
    assert cluster.members == [
        "Cục Cảnh sát kinh tế",
        "Cục Cảnh sát môi trường",
        "Bộ Tư lệnh Cảnh vệ",
        "Cục Cảnh sát giao thông",
    ]


def test_a_bare_cum_without_a_list_adds_no_members() -> None:
    facts = facts_of(
        "Cụm thi đua số 4 gồm Công an quận Hải Châu và Công an quận Sơn Trà. Cụm có nhiều "
        "cách làm hay, được Công an quận Cẩm Lệ học tập."
    )
    assert facts.clusters[0].members == ["Công an quận Hải Châu", "Công an quận Sơn Trà"]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Trưởng Khối thi đua", "Trưởng Khối thi đua"),
        ("Phó Trưởng Khối thi đua", "Phó Trưởng Khối thi đua"),
    ],
)
def test_the_head_of_a_bloc_holds_a_post_in_it(written: str, role: str) -> None:
    facts = facts_of(
        "Khối thi đua số 1 tổ chức ký giao ước thi đua. Thiếu tướng Mai Đức Thịnh, Cục trưởng "
        f"Cục Cảnh sát hình sự, {written} ký giao ước."
    )
    (person,) = facts.persons
    assert [(p.role, p.organisation) for p in person.positions] == [
        ("Cục trưởng", "Cục Cảnh sát hình sự"),
        (role, "Khối thi đua số 1"),
    ]
    assert [c.name for c in facts.clusters] == ["Khối thi đua số 1"]


def test_trưởng_cum_thi_dua_with_its_number() -> None:
    facts = facts_of("Đồng chí Giàng A Páo, Trưởng Cụm thi đua số 9 phát biểu khai mạc.")
    (person,) = facts.persons
    assert [(p.role, p.organisation) for p in person.positions] == [
        ("Trưởng Cụm thi đua", "Cụm thi đua số 9")
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Khối thi đua phát biểu ý kiến.", None),
        ("Cụm thi đua Đông Nam Bộ ký giao ước năm 2024.", "Cụm thi đua Đông Nam Bộ"),
        ("Khối thi đua các đơn vị An ninh tổng kết năm.", "Khối thi đua các đơn vị An ninh"),
    ],
)
def test_a_cluster_name_stops_before_a_verb(sentence: str, name: str | None) -> None:
    assert [c.name for c in facts_of(sentence).clusters] == ([name] if name else [])


def test_numbered_districts_listed_after_the_level_word() -> None:
    facts = facts_of("Công an các quận 4, 7, 11 và Tân Phú đạt danh hiệu Đơn vị quyết thắng.")
    assert [(o.name, o.parent) for o in facts.organisations] == [
        ("Công an quận 4", "Công an thành phố Hồ Chí Minh"),
        ("Công an quận 7", "Công an thành phố Hồ Chí Minh"),
        ("Công an quận 11", "Công an thành phố Hồ Chí Minh"),
        ("Công an quận Tân Phú", "Công an thành phố Hồ Chí Minh"),
    ]


@pytest.mark.parametrize(
    ("unit", "parent"),
    [
        ("Công an huyện Tĩnh Gia", "Công an tỉnh Thanh Hóa"),
        ("Công an thị xã Nghi Sơn", "Công an tỉnh Thanh Hóa"),
        ("Công an huyện Hoành Bồ", "Công an tỉnh Quảng Ninh"),
        ("Công an thị xã Long Khánh", "Công an tỉnh Đồng Nai"),
        ("Công an huyện Phú Quốc", "Công an tỉnh Kiên Giang"),
        ("Công an thị xã Dĩ An", "Công an tỉnh Bình Dương"),
        # a former huyện Kỳ Sơn of Hòa Bình does not make Nghệ An's ambiguous
        ("Công an huyện Kỳ Sơn", "Công an tỉnh Nghệ An"),
        # merged or split by the arrangement of 2023-2025
        ("Công an huyện Mỹ Lộc", "Công an tỉnh Nam Định"),
        ("Công an huyện Yên Dũng", "Công an tỉnh Bắc Giang"),
        ("Công an huyện Hoa Lư", "Công an tỉnh Ninh Bình"),
        ("Công an thành phố Hoa Lư", "Công an tỉnh Ninh Bình"),
        ("Công an thành phố Ninh Bình", "Công an tỉnh Ninh Bình"),
        ("Công an huyện Nam Đông", "Công an tỉnh Thừa Thiên Huế"),
        ("Công an quận Phú Xuân", "Công an tỉnh Thừa Thiên Huế"),
    ],
)
def test_former_district_names_still_resolve_to_their_province(unit: str, parent: str) -> None:
    assert unit_parent(unit) == parent


def test_a_former_district_in_an_article_gets_its_provincial_police() -> None:
    facts = facts_of("Sáng 3/2, Công an huyện Trảng Bàng ra quân trấn áp tội phạm.")
    assert [(o.name, o.parent) for o in facts.organisations] == [
        ("Công an huyện Trảng Bàng", "Công an tỉnh Tây Ninh")
    ]


def test_districts_listed_after_one_district_police_without_cac() -> None:
    facts = facts_of("Công an huyện Quốc Oai, Chương Mỹ và Mỹ Đức phối hợp tuần tra.")
    assert [(o.name, o.parent) for o in facts.organisations] == [
        ("Công an huyện Quốc Oai", "Công an thành phố Hà Nội"),
        ("Công an huyện Chương Mỹ", "Công an thành phố Hà Nội"),
        ("Công an huyện Mỹ Đức", "Công an thành phố Hà Nội"),
    ]


def test_numbered_districts_after_cong_an_quan() -> None:
    facts = facts_of("Công an quận 6, 8 và Bình Tân tổ chức diễn tập.")
    assert [o.name for o in facts.organisations] == [
        "Công an quận 6",
        "Công an quận 8",
        "Công an quận Bình Tân",
    ]


def test_a_province_after_a_district_police_is_not_another_district() -> None:
    facts = facts_of("Công an huyện Mường Chà, Điện Biên và Công an huyện Sìn Hồ phối hợp.")
    assert [o.name for o in facts.organisations] == [
        "Công an huyện Mường Chà",
        "Công an huyện Sìn Hồ",
    ]


def test_a_level_written_midway_in_a_list_holds_for_the_items_after_it() -> None:
    facts = facts_of(
        "Công an các quận Tây Hồ, Long Biên; huyện Sóc Sơn, Đông Anh tham gia diễn tập."
    )
    assert [o.name for o in facts.organisations] == [
        "Công an quận Tây Hồ",
        "Công an quận Long Biên",
        "Công an huyện Sóc Sơn",
        "Công an huyện Đông Anh",
    ]


def test_a_team_without_its_unit_written_belongs_to_the_one_district_police_named() -> None:
    facts = facts_of(
        "Ngày 9/10, Công an huyện Đức Trọng bắt giữ nhóm trộm cắp. Theo Đại úy Ka Sô Ha Ly, Đội "
        "trưởng Đội Cảnh sát hình sự, nhóm này gây ra nhiều vụ."
    )
    assert ("Đội Cảnh sát hình sự", "Công an huyện Đức Trọng") in [
        (o.name, o.parent) for o in facts.organisations
    ]


def test_a_team_in_an_article_of_two_district_polices_gets_no_guessed_parent() -> None:
    facts = facts_of(
        "Công an huyện Đức Trọng phối hợp với Công an huyện Lâm Hà. Đội Cảnh sát kinh tế đã "
        "xác minh vụ việc."
    )
    assert ("Đội Cảnh sát kinh tế", None) in [(o.name, o.parent) for o in facts.organisations]


def test_a_commune_police_in_an_article_of_two_district_polices_gets_no_guessed_parent() -> None:
    facts = facts_of(
        "Công an huyện Đức Trọng phối hợp với Công an huyện Lâm Hà. Công an xã Tân Hội đã xác "
        "minh vụ việc."
    )
    assert ("Công an xã Tân Hội", None) in [(o.name, o.parent) for o in facts.organisations]
