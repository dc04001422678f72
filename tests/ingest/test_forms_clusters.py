"""Emulation clusters and blocs as outlets write them (blocs named by their forces, members
given in a bracket, after `còn có` or `các thành viên khác là`, lists broken by the page) and
the units that meet in them. Every sentence here is invented."""

from __future__ import annotations

import pytest
from support.extraction import facts_dated, people

facts_of = facts_dated("2021-11")


def members(body: str, date: str = "2021-11") -> dict[str, list[str]]:
    return {c.name: c.members for c in facts_of(body, date=date).clusters}


def test_a_bloc_named_by_its_force_keeps_the_lower_case_words() -> None:
    facts = facts_of(
        "Ngày 26/11, Khối thi đua Cảnh sát, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết. "
        "Khối gồm 3 đơn vị: Phòng PC02, Phòng CSGT và Phòng PC06. Thượng tá Đinh Văn Quyết, "
        "Trưởng phòng Cảnh sát giao thông – Trưởng khối năm 2021 chủ trì."
    )
    (bloc,) = facts.clusters
    assert bloc.name == "Khối thi đua Cảnh sát"
    assert bloc.parent == "Công an tỉnh Nghệ An"
    assert bloc.members == [
        "Phòng Cảnh sát hình sự",
        "Phòng Cảnh sát giao thông",
        "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    ]
    assert ("Trưởng khối", "Khối thi đua Cảnh sát") in people(facts)["Đinh Văn Quyết"][1]


def test_a_headline_short_bloc_name_is_the_body_s_bloc() -> None:
    facts = facts_of(
        "Khối An ninh Công an tỉnh tổng kết năm 2021\n\n"
        "Ngày 20/11, Khối thi đua An ninh, Công an tỉnh Quảng Bình tổ chức hội nghị. "
        "Khối gồm các phòng: An ninh đối ngoại và An ninh kinh tế."
    )
    assert [c.name for c in facts.clusters] == ["Khối thi đua An ninh"]
    assert facts.clusters[0].members == ["Phòng An ninh đối ngoại", "Phòng An ninh kinh tế"]


def test_khoi_alone_before_forces_joined_by_dashes_is_a_bloc() -> None:
    found = members(
        "Ngày 9-3, Khối Xây dựng lực lượng – Hậu cần kỹ thuật, Công an tỉnh Hà Tĩnh ký giao "
        "ước thi đua. Năm 2021, Khối do đơn vị Phòng PX13 làm Khối trưởng và đơn vị Phòng PH11 "
        "làm Khối phó; các thành viên khác là Phòng PV11 và Phòng PX03."
    )
    assert set(found["Khối Xây dựng lực lượng – Hậu cần kỹ thuật"]) == {
        "Phòng Tổ chức cán bộ",
        "Phòng Hậu cần",
        "Phòng Tham mưu",
        "Phòng Công tác đảng và công tác chính trị",
    }


def test_units_that_open_the_sentence_belong_to_the_cluster_in_the_bracket() -> None:
    found = members(
        "Chiều 14/7, Cục Cảnh sát giao thông (C08) và Cục Cảnh sát quản lý hành chính về trật "
        "tự xã hội (C06) tổ chức ký kết giao ước thi đua giữa hai đơn vị (cùng thuộc Cụm thi "
        "đua số 3- khối các đơn vị Cảnh sát)."
    )
    assert found == {
        "Cụm thi đua số 3": [
            "Cục Cảnh sát giao thông",
            "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        ]
    }


def test_members_after_con_co_join_the_head_named_before() -> None:
    found = members(
        "Cụm thi đua số 7 có 3 đơn vị. Ngoài Công an tỉnh Quảng Trị là đơn vị Cụm trưởng, Cụm "
        "còn có Công an các tỉnh Quảng Bình và Quảng Nam."
    )
    assert set(found["Cụm thi đua số 7"]) == {
        "Công an tỉnh Quảng Trị",
        "Công an tỉnh Quảng Bình",
        "Công an tỉnh Quảng Nam",
    }


def test_a_member_list_broken_over_two_lines_inside_a_name() -> None:
    found = members(
        "Ngày 18-1, Cụm thi đua số 5 gồm: Công an tỉnh Hà Tĩnh, Công an\n"
        "tỉnh Quảng Bình và Công an tỉnh Quảng Trị ký giao ước thi đua."
    )
    assert found["Cụm thi đua số 5"] == [
        "Công an tỉnh Hà Tĩnh",
        "Công an tỉnh Quảng Bình",
        "Công an tỉnh Quảng Trị",
    ]


def test_a_ministry_department_whose_name_holds_commas_is_one_member() -> None:
    found = members(
        "Cụm thi đua số 6, Bộ Công an gồm Cục Đối ngoại, Cục Khoa học, chiến lược và lịch sử "
        "Công an và Cục Hồ sơ nghiệp vụ ký giao ước thi đua."
    )
    assert found["Cụm thi đua số 6"] == [
        "Cục Đối ngoại",
        "Cục Khoa học, chiến lược và lịch sử Công an",
        "Cục Hồ sơ nghiệp vụ",
    ]


def test_a_force_named_after_a_numbered_cluster_is_no_bloc_of_its_own() -> None:
    found = members(
        "Cụm thi đua số 5 - Khối Cảnh sát tổng kết năm 2020. Ngày 8-12, Cụm thi đua số 5 gồm "
        "các Cục: Cảnh sát hình sự và Cảnh sát kinh tế tổ chức hội nghị."
    )
    assert found == {"Cụm thi đua số 5": ["Cục Cảnh sát hình sự", "Cục Cảnh sát kinh tế"]}


def test_a_commune_named_after_a_former_district_is_under_its_province_today() -> None:
    body = (
        "Dự có Thiếu tướng Cầm Văn Toàn, Giám đốc Công an tỉnh {host}; Đại tá Lò Văn Khiêm, Phó "
        "Giám đốc Công an tỉnh Lai Châu. Thượng tá Sùng Văn Páo, Trưởng Công an xã Yên Minh "
        "trình bày tham luận."
    )
    facts = facts_of(body.format(host="Tuyên Quang"), date="2025-11")
    units = {o.name: o.parent for o in facts.organisations}
    # Yên Minh was a district of Hà Giang, which joined Tuyên Quang in 2025
    assert units["Công an xã Yên Minh"] == "Công an tỉnh Tuyên Quang"
    # a province the article does not name is not where its commune is
    facts = facts_of(body.format(host="Sơn La"), date="2025-11")
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Công an xã Yên Minh"] == "Công an tỉnh Lai Châu"


def test_a_department_of_a_ministry_department_named_after_it() -> None:
    facts = facts_of(
        "Dự có Thượng tá Giáp Thị Huê, Phó Trưởng phòng Thi đua - khen thưởng, Cục Công tác "
        "chính trị."
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Phòng Thi đua - Khen thưởng"] == "Cục Công tác chính trị"
    assert ("Phó Trưởng phòng", "Phòng Thi đua - Khen thưởng") in people(facts)["Giáp Thị Huê"][1]


def test_head_units_named_after_the_post_or_as_its_representative() -> None:
    found = members(
        "Sáng 16/11, Cụm thi đua số 8 tổ chức hội nghị tổng kết. Tham dự có lãnh đạo Công an "
        "các tỉnh: Bến Tre, Long An, Tây Ninh và đơn vị cụm trưởng Công an tỉnh BR-VT. Đại tá "
        "Hồ Văn Sáu, Giám đốc Công an tỉnh Đồng Nai đại diện đơn vị Cụm phó phát biểu. Hội nghị "
        "bàn giao đơn vị Cụm trưởng năm 2021 từ Công an tỉnh Bà Rịa - Vũng Tàu cho Công an tỉnh "
        "Đồng Tháp."
    )
    assert set(found["Cụm thi đua số 8"]) == {
        "Công an tỉnh Bến Tre",
        "Công an tỉnh Long An",
        "Công an tỉnh Tây Ninh",
        "Công an tỉnh Bà Rịa - Vũng Tàu",
        "Công an tỉnh Đồng Nai",
        "Công an tỉnh Đồng Tháp",
    }


def test_ministry_departments_by_their_codes_and_short_names() -> None:
    facts = facts_of(
        "Cụm thi đua số 6, Bộ Công an gồm Văn phòng Bộ, Cục Đối ngoại và Cục Xây dựng phong "
        "trào bảo vệ an ninh Tổ quốc ký giao ước. Đại diện lãnh đạo Cục X15 tặng hoa.",
        date="2017-03",
    )
    assert facts.clusters[0].members == [
        "Văn phòng Bộ Công an",
        "Cục Đối ngoại",
        "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc",
    ]
    assert "Cục Công tác chính trị" in {o.name for o in facts.organisations}


def test_a_note_in_brackets_after_a_member_does_not_end_the_list() -> None:
    found = members(
        "Ngày 15-9, Cụm thi đua số 6, Bộ Công an gồm Công an tỉnh Quảng Ngãi, Công an tỉnh Quảng "
        "Trị (đơn vị Cụm trưởng), Công an TP Đà Nẵng và Công an tỉnh Gia Lai tổ chức hội nghị.",
        date="2025-09",
    )
    assert found["Cụm thi đua số 6"] == [
        "Công an tỉnh Quảng Ngãi",
        "Công an tỉnh Quảng Trị",
        "Công an thành phố Đà Nẵng",
        "Công an tỉnh Gia Lai",
    ]


def test_a_province_s_departments_by_their_short_names() -> None:
    facts = facts_of(
        "Công an tỉnh Quảng Ninh tổ chức hội nghị. Dự có bà Lò Thị Nga, Giám đốc Sở LĐ-TB&XH "
        "tỉnh; ông Hứa Văn Đạt, Phó Giám đốc Sở GTVT tỉnh Quảng Ninh."
    )
    units = {o.name for o in facts.organisations}
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh" in units
    assert "Sở Giao thông vận tải tỉnh Quảng Ninh" in units


def test_a_ministry_department_s_numbered_departments_and_their_posts() -> None:
    facts = facts_of(
        "Ngày 12-5, Phòng 4 - C45 (Cục Cảnh sát hình sự, Bộ Công an) phối hợp bắt giữ nhóm đối "
        "tượng. Theo Thượng tá Giang Văn Bảy, Phó Trưởng phòng 4 - C45, vụ án đang được mở "
        "rộng. Đại tá Hồ Sĩ Luân, Trưởng phòng 7, Cục C47 cũng tham gia.",
        date="2016-05",
    )
    units = {o.name: o.parent for o in facts.organisations}
    # the code is the department the article names it by, not what it meant at other times
    assert units["Phòng 4"] == "Cục Cảnh sát hình sự"
    assert "Cục Cảnh sát điều tra tội phạm về trật tự xã hội" not in units
    assert units["Phòng 7"] == "Cục Cảnh sát điều tra tội phạm về ma túy"
    found = people(facts)
    assert ("Phó Trưởng phòng", "Phòng 4") in found["Giang Văn Bảy"][1]
    assert ("Trưởng phòng", "Phòng 7") in found["Hồ Sĩ Luân"][1]


def test_numbered_departments_of_a_ministry_department_written_whole() -> None:
    facts = facts_of(
        "Thượng tá Đàm Quang Tiệp, Phó Trưởng phòng 5, Cục Cảnh sát kinh tế cho biết Phòng 2 - "
        "Cục An ninh điều tra đã cùng vào cuộc.",
        date="2024-03",
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Phòng 5"] == "Cục Cảnh sát kinh tế"
    assert units["Phòng 2"] == "Cục An ninh điều tra"
    assert ("Phó Trưởng phòng", "Phòng 5") in people(facts)["Đàm Quang Tiệp"][1]


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("Công an Tp.HCM", "Công an thành phố Hồ Chí Minh"),
        ("Công an Tp Hà Nội", "Công an thành phố Hà Nội"),
        ("Công an Tp. Hải Phòng", "Công an thành phố Hải Phòng"),
        ("Công an tỉnh ĐắkLắk", "Công an tỉnh Đắk Lắk"),
        ("Công an tỉnh KonTum", "Công an tỉnh Kon Tum"),
        ("Công an tỉnh TT-Huế", "Công an tỉnh Thừa Thiên Huế"),
    ],
)
def test_a_province_s_police_as_outlets_spell_it(written: str, unit: str) -> None:
    facts = facts_of(f"Đại tá Vi Văn Lự, Giám đốc {written} phát biểu.")
    assert people(facts)["Vi Văn Lự"][1] == {("Giám đốc", unit)}


def test_the_capital_s_police_named_with_the_city_continues_a_list() -> None:
    found = members(
        "Cụm thi đua số 1 gồm Công an Thủ đô Hà Nội, CA TP Đà Nẵng và Công an Tp. Hải Phòng "
        "tổ chức hội nghị."
    )
    assert found["Cụm thi đua số 1"] == [
        "Công an thành phố Hà Nội",
        "Công an thành phố Đà Nẵng",
        "Công an thành phố Hải Phòng",
    ]


def test_an_em_dash_before_a_post_and_a_non_breaking_hyphen_inside_a_name() -> None:
    facts = facts_of(
        "Cụm thi đua số 8 gồm Công an tỉnh Long An và Công an tỉnh Bà Rịa\u2011Vũng Tàu tổ chức "
        "hội nghị. Đại tá Mạc Văn Tấn \u2014 Giám đốc Công an tỉnh Long An chủ trì."
    )
    assert facts.clusters[0].members == ["Công an tỉnh Long An", "Công an tỉnh Bà Rịa - Vũng Tàu"]
    assert people(facts)["Mạc Văn Tấn"][1] == {("Giám đốc", "Công an tỉnh Long An")}


def test_a_ward_named_after_one_given_with_its_district_is_in_that_district() -> None:
    facts = facts_of(
        "Cán bộ Công an phường 2, quận 3 đang bảo vệ hiện trường. Người dân được hướng dẫn đến "
        "Công an phường 10 trình báo.",
        date="2021-05",
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Công an phường 10"] == "Công an quận 3"


def test_a_photo_credit_names_no_unit_of_the_article() -> None:
    facts = facts_of(
        "Ngày 5/5, Công an tỉnh Nghệ An tổ chức hội nghị. Hình ảnh của Công an tỉnh Hà Tĩnh "
        "được trình chiếu.\n\nQuang cảnh hội nghị. Ảnh: Bộ Công an\n\nĐại biểu phát biểu. (Ảnh "
        "do Công an tỉnh Quảng Trị cung cấp)\n\nNguồn: Công an TP Hà Nội"
    )
    assert {o.name for o in facts.organisations} == {"Công an tỉnh Nghệ An", "Công an tỉnh Hà Tĩnh"}


def test_a_bare_van_phong_before_the_ministry_s_departments_is_its_office() -> None:
    found = members(
        "Sáng 28-2, Cụm thi đua số 6, Bộ Công an gồm Văn phòng, Cục Đối ngoại và Cục Hồ sơ "
        "nghiệp vụ tổ chức lễ ký giao ước thi đua."
    )
    assert found["Cụm thi đua số 6"] == [
        "Văn phòng Bộ Công an",
        "Cục Đối ngoại",
        "Cục Hồ sơ nghiệp vụ",
    ]


def test_departments_named_as_after_the_2025_reorganisation() -> None:
    facts = facts_of(
        "Đại tá Hà Văn Ân, Trưởng phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn "
        "lậu, môi trường Công an tỉnh Nghệ An và Thượng tá Lù Văn Bé, Phó Trưởng phòng Công tác "
        "chính trị Công an tỉnh Nghệ An dự.",
        date="2025-09",
    )
    units = {o.name: o.parent for o in facts.organisations}
    long_name = "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường"
    assert units[long_name] == "Công an tỉnh Nghệ An"
    assert units["Phòng Công tác chính trị"] == "Công an tỉnh Nghệ An"


def test_a_unit_renamed_before_the_article_is_read_by_its_new_name() -> None:
    body = (
        "Cụm thi đua số 6 gồm Công an các tỉnh, thành phố: Huế, Quảng Trị và Đà Nẵng tổ chức hội "
        "nghị. Phòng Cảnh sát hình sự Công an tỉnh Thừa Thiên Huế báo cáo."
    )
    after = facts_of(body, date="2025-09")
    units = {o.name: o.parent for o in after.organisations}
    assert units["Công an thành phố Huế"] == "Bộ Công an"
    assert units["Phòng Cảnh sát hình sự"] == "Công an thành phố Huế"
    assert "Công an tỉnh Thừa Thiên Huế" not in units
    assert after.clusters[0].members[0] == "Công an thành phố Huế"
    before = facts_of(body, date="2024-09")
    assert "Công an tỉnh Thừa Thiên Huế" in {o.name for o in before.organisations}


def test_cum_so_without_thi_dua_is_the_numbered_cluster() -> None:
    found = members(
        "Cụm thi đua số 5 gồm Công an tỉnh Quảng Bình và Công an tỉnh Quảng Trị. Hội nghị tổng "
        "kết phong trào thi đua Cụm số 5, Bộ Công an đã bầu Công an tỉnh Hà Tĩnh làm Cụm trưởng."
    )
    assert found == {
        "Cụm thi đua số 5": [
            "Công an tỉnh Quảng Bình",
            "Công an tỉnh Quảng Trị",
            "Công an tỉnh Hà Tĩnh",
        ]
    }


def test_members_listed_after_cong_an_cac_dia_phuong() -> None:
    found = members(
        "Cụm thi đua số 3 gồm Công an 4 địa phương: Hải Phòng, Quảng Ninh, Hưng Yên và Bắc Ninh "
        "tổ chức hội nghị.",
        date="2025-09",
    )
    assert found["Cụm thi đua số 3"] == [
        "Công an thành phố Hải Phòng",
        "Công an tỉnh Quảng Ninh",
        "Công an tỉnh Hưng Yên",
        "Công an tỉnh Bắc Ninh",
    ]


def test_a_caption_opened_by_anh_is_no_credit() -> None:
    facts = facts_of(
        "Ngày 5/5, Công an tỉnh Nghệ An tổ chức hội nghị.\n\nẢnh: Đại tá Lù Văn Ất, Giám đốc Công "
        "an tỉnh Hà Tĩnh trao quyết định cho các đồng chí."
    )
    assert people(facts)["Lù Văn Ất"][1] == {("Giám đốc", "Công an tỉnh Hà Tĩnh")}


def test_a_team_named_without_its_unit_is_in_the_district_the_sentence_names() -> None:
    facts = facts_of(
        "Cơ quan chức năng quận Bình Thạnh đã làm việc với Đội CSTT để làm rõ sự việc.",
        date="2018-09",
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Đội Cảnh sát trật tự"] == "Công an quận Bình Thạnh"


def test_a_level_s_bloc_in_lower_case_without_thi_dua() -> None:
    facts = facts_of(
        "Ngày 9/1, khối Công an các huyện, thành phố - Công an tỉnh Nghệ An tổ chức hội nghị. "
        "Công an huyện Yên Thành được bầu làm Khối trưởng."
    )
    clusters = {c.name: (c.parent, c.members) for c in facts.clusters}
    assert clusters == {
        "Khối Công an các huyện, thành phố": ("Công an tỉnh Nghệ An", ["Công an huyện Yên Thành"])
    }


def test_a_bloc_s_short_name_is_the_longer_one_the_article_names() -> None:
    found = members(
        "Khối thi đua các cơ quan Nội chính tỉnh Hà Tĩnh gồm Công an tỉnh Hà Tĩnh và Tòa án nhân "
        "dân tỉnh Hà Tĩnh. Hội nghị Khối thi đua Nội chính bầu Công an tỉnh làm Khối trưởng."
    )
    assert found == {
        "Khối thi đua các cơ quan Nội chính tỉnh Hà Tĩnh": [
            "Công an tỉnh Hà Tĩnh",
            "Tòa án nhân dân tỉnh Hà Tĩnh",
        ]
    }


def test_a_bloc_s_name_not_inside_another_stays_its_own() -> None:
    found = members(
        "Khối thi đua các cơ quan Nội chính tỉnh Hà Tĩnh gồm Công an tỉnh Hà Tĩnh và Tòa án nhân "
        "dân tỉnh Hà Tĩnh. Khối thi đua An ninh gồm Phòng An ninh kinh tế và Phòng An ninh nội địa."
    )
    assert set(found) == {"Khối thi đua các cơ quan Nội chính tỉnh Hà Tĩnh", "Khối thi đua An ninh"}


def test_department_codes_of_before_2018() -> None:
    facts = facts_of(
        "Thượng tá Đặng Văn Ốc, Trưởng phòng PX15 Công an tỉnh Quảng Nam và đại diện Phòng PX16 "
        "Công an tỉnh Quảng Nam dự.",
        date="2016-05",
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Phòng Công tác chính trị"] == "Công an tỉnh Quảng Nam"
    assert units["Phòng Công tác đảng và công tác quần chúng"] == "Công an tỉnh Quảng Nam"
    assert people(facts)["Đặng Văn Ốc"][1] == {("Trưởng phòng", "Phòng Công tác chính trị")}


def test_ministry_codes_c03_and_c11_name_their_departments() -> None:
    facts = facts_of(
        "Đại tá Lù Văn Ất, Phó Cục trưởng Cục C03 và Thượng tá Đèo Văn Ba, Phó Cục trưởng Cục "
        "C11 dự.",
        date="2025-10",
    )
    assert people(facts)["Lù Văn Ất"][1] == {("Phó Cục trưởng", "Cục Cảnh sát kinh tế")}
    custody = "Cục Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng"
    assert people(facts)["Đèo Văn Ba"][1] == {("Phó Cục trưởng", custody)}


def test_a_code_named_with_its_department_keeps_that_name_later() -> None:
    facts = facts_of(
        "Đại tá Lù Văn Ất, Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn "
        "lậu (C03) dự. Cục C03 đã phá nhiều vụ án.",
        date="2024-10",
    )
    assert [o.name for o in facts.organisations] == [
        "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"
    ]


def test_a_cluster_written_in_roman_and_arabic_figures_is_one_cluster() -> None:
    facts = facts_of(
        "Cụm thi đua số III tổng kết năm 2018\n\n"
        "Ngày 10/1, Cụm thi đua số 3 gồm Công an các tỉnh: Hòa Bình, Sơn La và Lai Châu tổ chức "
        "hội nghị. Cụm III bầu Công an tỉnh Sơn La làm Cụm trưởng; lãnh đạo Công an 3 tỉnh "
        "thuộc Cụm thi đua số III đã ký kết giao ước thi đua năm 2019.",
        date="2019-01",
    )
    assert [c.name for c in facts.clusters] == ["Cụm thi đua số 3"]
    signing = next(e for e in facts.events if e.kind == "signing")
    assert signing.organisers == ["Cụm thi đua số 3"]
