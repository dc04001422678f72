"""The units an article names, their parents and the emulation clusters they belong to: forms
met in rounds of reading real reports (`tests/fixtures/real-news-blind-2` to `-5`), one row a
case. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from support import form_texts as t
from support.extraction import (
    FIELDS,
    SHARED_VIEWS,
    Expect,
    View,
    case,
    equal,
    found,
    has,
    lacks,
    once,
)

VIEWS: dict[str, View] = {
    **SHARED_VIEWS,
    "listed": lambda facts, _: [o.name for o in facts.organisations],
    "members": lambda facts, cluster: {c.name: c.members for c in facts.clusters}[cluster],
    "clusters": lambda facts, _: facts.clusters,
}

SIGNING = (
    "Ngày 6/2, Cụm thi đua số 4 ký giao ước thi đua giữa Công an 3 tỉnh: Hưng Yên, Thái "
    "Bình và Nam Định. Ngày 7/2, Khối thi đua các đơn vị An ninh gồm 3 đơn vị: Cục An ninh "
    "kinh tế (A04), Cục An ninh nội địa (A06) và Cục An ninh điều tra (A09) tổng kết năm."
)
SHARED_HEAD_ENDS = (
    "Ngày 14/11, đại diện các Cục: Cảnh sát hình sự, Trường Sơn Xanh và Cảnh sát giao "
    "thông dự hội nghị."
)
LONGER_WITH_HEAD = "Phòng Hồ sơ nghiệp vụ Công an tỉnh Hà Giang nhận Giấy khen."
OFFICE_OF_A_KNOWN_UNIT = (
    "Ngày 24/5, Đại tá Đinh Quang Vũ, Chánh Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an "
    "và ông Hầu A Lềnh, Phó Chủ nhiệm Văn phòng Chính phủ dự hội nghị."
)
SHARED_HEAD_UNITS = ["Cục Cảnh sát hình sự", "Cục Cảnh sát giao thông", "Cục Cảnh sát kinh tế"]

CASES = [
    # third round
    case(
        "a_cluster_listing_bare_province_names_has_their_police_as_members",
        t.THIRD,
        t.BARE_PROVINCES,
        "members",
        equal(
            [
                "Công an tỉnh Lào Cai",
                "Công an tỉnh Yên Bái",
                "Công an tỉnh Hà Giang",
                "Công an tỉnh Tuyên Quang",
            ]
        ),
        "Cụm thi đua số 3",
    ),
    case(
        "bare_province_names_are_their_police_under_the_ministry",
        t.THIRD,
        t.BARE_PROVINCES,
        "parents",
        has(("Công an tỉnh Lào Cai", "Bộ Công an"), ("Công an tỉnh Tuyên Quang", "Bộ Công an")),
    ),
    case(
        "the_leaders_of_the_provinces_at_a_clusters_meeting_name_its_members",
        t.THIRD,
        "Sáng 5/2, Cụm thi đua số 7 tổ chức hội nghị sơ kết tại TP Đông Hà. Dự hội nghị có "
        "lãnh đạo Công an các tỉnh: Quảng Nam, Quảng Ngãi, Bình Định và Công an tỉnh Quảng Trị "
        "(đơn vị Cụm trưởng).",
        "members",
        equal(
            [
                "Công an tỉnh Quảng Nam",
                "Công an tỉnh Quảng Ngãi",
                "Công an tỉnh Bình Định",
                "Công an tỉnh Quảng Trị",
            ]
        ),
        "Cụm thi đua số 7",
    ),
    case(
        "leaders_listed_without_a_cluster_in_the_article_are_no_members",
        t.THIRD,
        "Sáng 5/2, Bộ Công an tổ chức hội nghị tại Hà Nội. Dự hội nghị có lãnh đạo Công an các "
        "tỉnh: Quảng Nam, Quảng Ngãi và Bình Định.",
        "clusters",
        equal([]),
    ),
    case(
        "members_signing_between_them",
        t.THIRD,
        SIGNING,
        "members",
        equal(
            [
                "Công an tỉnh Hưng Yên",
                "Công an tỉnh Thái Bình",
                "Công an tỉnh Nam Định",
            ]
        ),
        "Cụm thi đua số 4",
    ),
    case(
        "members_with_codes_in_brackets",
        t.THIRD,
        SIGNING,
        "members",
        equal(
            [
                "Cục An ninh kinh tế",
                "Cục An ninh nội địa",
                "Cục An ninh điều tra",
            ]
        ),
        "Khối thi đua các đơn vị An ninh",
    ),
    case(
        "words_that_fold_like_a_bodys_name_are_not_that_body",
        t.THIRD,
        t.FOLDS_LIKE_A_BODY,
        "units",
        lacks("Chính phủ"),
    ),
    case(
        "the_body_written_out_is_that_body",
        t.THIRD,
        "Ngày 11/2, Thủ tướng Chính phủ làm việc với Công an tỉnh Sơn La.",
        "units",
        has("Chính phủ"),
    ),
    case(
        "a_party_committee_listed_before_a_local_body_shares_its_place",
        t.THIRD,
        "Chiều 20/2, Đảng ủy, HĐND, UBND xã Nậm Cắn gặp mặt Công an xã. Sáng 21/2, đoàn đại "
        "biểu Tỉnh ủy, UBND tỉnh Nghệ An thăm Công an tỉnh.",
        "units",
        has("Đảng ủy xã Nậm Cắn", "Tỉnh ủy Nghệ An", "Ủy ban nhân dân xã Nậm Cắn"),
    ),
    case(
        "the_government_giving_an_excellent_flag_is_no_unit_named",
        t.THIRD,
        t.GOVERNMENT_FLAG,
        "units",
        lacks("Chính phủ"),
    ),
    case(
        "the_government_named_only_in_a_mandate_is_no_unit_named",
        t.THIRD,
        "Sáng 12/5, thừa ủy quyền của Thủ tướng Chính phủ, Đại tá Lò Văn Khiêm, Giám đốc Công "
        "an tỉnh Sơn La trao Bằng khen cho Phòng Tham mưu. Thay mặt Thủ tướng Chính phủ, ông "
        "Cầm Bá Thịnh, Chủ tịch UBND tỉnh chúc mừng đơn vị.",
        "units",
        lacks("Chính phủ"),
    ),
    case(
        "the_government_whose_head_gives_the_award_holds_no_ceremony",
        "2019-05",
        "Lễ trao Bằng khen của Thủ tướng Chính phủ cho Công an huyện Mai Sơn. Chiều 3/5, Công "
        "an tỉnh Sơn La tổ chức lễ trao Bằng khen của Thủ tướng Chính phủ cho Công an huyện Mai "
        "Sơn. Thừa ủy quyền của Thủ tướng Chính phủ, Đại tá Lò Văn Khiêm trao Bằng khen.",
        "units",
        lacks("Chính phủ"),
    ),
    case(
        "a_ministry_named_in_a_mandate_stays_a_unit_named",
        t.THIRD,
        "Sáng 12/5, thừa lệnh Bộ trưởng Bộ Công an, Đại tá Lò Văn Khiêm trao Kỷ niệm chương "
        "cho Phòng Tham mưu.",
        "units",
        has("Bộ Công an"),
    ),
    case(
        "a_district_police_in_brackets_after_a_communes_is_its_parent",
        "2019-04",
        "Chiều 5/4, Công an tỉnh Quảng Trị tổ chức lễ truy tặng Huân chương cho Thiếu tá Hồ Văn "
        "Lợi, nguyên Phó Trưởng Công an xã Hải Lâm (Công an huyện Hải Lăng).",
        "parents",
        has(("Công an xã Hải Lâm", "Công an huyện Hải Lăng")),
    ),
    case(
        "a_district_police_listed_after_a_communes_is_not_its_parent",
        "2019-04",
        "Chiều 5/4, Giám đốc Công an tỉnh Quảng Trị tặng Giấy khen cho Công an xã Hải Lâm, Công "
        "an thị xã Quảng Trị và Công an huyện Hải Lăng.",
        "parents",
        lacks(("Công an xã Hải Lâm", "Công an thị xã Quảng Trị")),
    ),
    case(
        "the_office_sharing_the_ministry_in_a_chain_is_under_it",
        t.THIRD,
        t.OFFICE_IN_A_CHAIN,
        "parents",
        has(("Văn phòng Bộ Công an", "Bộ Công an")),
    ),
    # fourth round
    case(
        "a_member_with_its_role_in_brackets_does_not_end_the_list",
        t.FOURTH,
        "Ngày 12/11, Cụm thi đua số 6, Bộ Công an gồm Công an các tỉnh: Gia Lai (đơn vị Cụm "
        "trưởng), Đắk Lắk, Lâm Đồng và Khánh Hòa tổ chức hội nghị tổng kết.",
        "members",
        equal(
            [
                "Công an tỉnh Gia Lai",
                "Công an tỉnh Đắk Lắk",
                "Công an tỉnh Lâm Đồng",
                "Công an tỉnh Khánh Hòa",
            ]
        ),
        "Cụm thi đua số 6",
    ),
    case(
        "departments_named_after_one_shared_head_are_members",
        t.FOURTH,
        t.SHARED_HEAD,
        "members",
        equal(SHARED_HEAD_UNITS),
        "Khối thi đua số 2",
    ),
    case(
        "departments_named_after_one_shared_head_are_units",
        t.FOURTH,
        t.SHARED_HEAD,
        "parents",
        has(*((name, "Bộ Công an") for name in SHARED_HEAD_UNITS)),
    ),
    case(
        "a_shared_head_list_begins_with_a_known_unit",
        t.FOURTH,
        SHARED_HEAD_ENDS,
        "units",
        has("Cục Cảnh sát hình sự"),
    ),
    case(
        "a_shared_head_list_ends_at_the_first_name_that_is_no_known_unit",
        t.FOURTH,
        SHARED_HEAD_ENDS,
        "units",
        lacks("Cục Cảnh sát giao thông"),
    ),
    case(
        "a_council_listed_between_a_party_committee_and_the_peoples_committee",
        t.FOURTH,
        "Chiều 26/11, Đảng ủy, HĐND, UBND xã Đông Sơn tổ chức lễ kỷ niệm Ngày hội toàn dân bảo "
        "vệ an ninh Tổ quốc.",
        "units",
        has("Đảng ủy xã Đông Sơn", "Hội đồng nhân dân xã Đông Sơn", "Ủy ban nhân dân xã Đông Sơn"),
    ),
    case(
        "an_investigation_agency_takes_the_name_of_the_police_unit_after_it",
        t.FOURTH,
        t.INVESTIGATION_AGENCY,
        "parents",
        has(
            ("Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam", "Công an tỉnh Hà Nam"),
            ("Cơ quan Cảnh sát điều tra Công an huyện Kim Bảng", "Công an huyện Kim Bảng"),
        ),
    ),
    case(
        "a_department_is_under_the_provincial_police_named_before_it_in_the_sentence",
        t.FOURTH,
        "Ngày 1/11, Công an tỉnh Bình Phước khen thưởng Thiếu úy Hồ Văn Tèo, cán bộ Phòng Cảnh "
        "sát cơ động.",
        "parents",
        has(("Phòng Cảnh sát cơ động", "Công an tỉnh Bình Phước")),
    ),
    case(
        "the_holder_named_after_a_communes_body_is_no_commune",
        t.FOURTH,
        t.HOLDER_AFTER_A_BODY,
        "units",
        lacks("Ủy ban nhân dân xã Trịnh Thị Hoa"),
    ),
    case(
        "a_commune_named_after_a_person_is_still_a_commune_when_first_named",
        t.FOURTH,
        "Chiều 3/11, Chủ tịch UBND phường Hoàng Văn Thụ dự lễ kỷ niệm.",
        "units",
        has("Ủy ban nhân dân phường Hoàng Văn Thụ"),
    ),
    case(
        "a_general_department_said_after_a_department_is_its_parent",
        "2014-07",
        "Ngày 10/7, Đại tá Mông Văn Tý, Phó Cục trưởng Cục Cảnh sát hình sự (C45), Tổng cục "
        "Cảnh sát dự hội nghị.",
        "parents",
        has(("Cục Cảnh sát hình sự", "Tổng cục Cảnh sát")),
    ),
    # fifth round
    case(
        "a_department_named_longer_than_the_known_one_is_under_its_province",
        t.FIFTH,
        t.LONGER_DEPARTMENT,
        "parents",
        has(("Phòng Hồ sơ nghiệp vụ", "Công an tỉnh Tuyên Quang")),
    ),
    case(
        "the_longer_name_written_with_its_head_word_is_not_the_shorter",
        t.FIFTH,
        LONGER_WITH_HEAD,
        "units",
        lacks("Phòng Hồ sơ"),
    ),
    case(
        "the_longer_name_written_with_its_head_word_is_one_unit",
        t.FIFTH,
        LONGER_WITH_HEAD,
        "units",
        has("Phòng Hồ sơ nghiệp vụ"),
    ),
    case(
        "a_team_named_before_its_department_belongs_to_it",
        t.FIFTH,
        t.TEAM_BEFORE_DEPARTMENT,
        "parents",
        has(
            ("Đội Quản lý con dấu", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
            ("Đội Tổng hợp", "Phòng Tham mưu"),
        ),
    ),
    case(
        "a_team_listed_beside_a_department_is_not_under_it",
        t.FIFTH,
        "Ngày 11/5, Giám đốc tặng Giấy khen cho Đội Tổng hợp, Phòng Tham mưu.",
        "parents",
        lacks(("Đội Tổng hợp", "Phòng Tham mưu")),
    ),
    case(
        "an_office_named_after_a_known_unit_belongs_to_it",
        t.FIFTH,
        OFFICE_OF_A_KNOWN_UNIT,
        "parents",
        has(
            (
                "Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an",
                "Cơ quan Cảnh sát điều tra Bộ Công an",
            ),
            ("Văn phòng Chính phủ", "Chính phủ"),
        ),
    ),
    case(
        "a_code_two_units_have_had_names_no_unit_on_its_own",
        t.FIFTH,
        "Ngày 29/5, Đại tá Hoàng Văn Thụ, Phó Cục trưởng Cục C07 dự hội nghị.",
        "units",
        lacks("Cục Cảnh sát phòng cháy"),
    ),
    case(
        "units_not_known_by_name_written_before_their_ministry_unit_belong_to_it",
        t.FIFTH,
        t.BEFORE_MINISTRY_UNITS,
        "parents",
        has(
            ("Phòng Kiểm định phương tiện, thiết bị", "Cục Cảnh sát giao thông"),
            ("Tiểu đoàn Cảnh sát đặc nhiệm số 5", "Bộ Tư lệnh Cảnh sát cơ động"),
        ),
    ),
    case(
        "a_known_department_before_a_ministry_unit_is_not_read_again",
        t.FIFTH,
        "Ngày 30/5, Phòng Tham mưu, Cục Cảnh sát giao thông tổ chức hội nghị.",
        "listed",
        once("Phòng Tham mưu"),
    ),
    # second round
    case(
        "unit_names_with_commas_and_abbreviated_general_departments",
        t.OUTLETS,
        t.COMMAS_AND_ABBREVIATIONS,
        "units",
        has(
            "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
            "Tổng cục Hậu cần - Kỹ thuật",
            "Hội Cựu Công an nhân dân Việt Nam",
        ),
    ),
    case(
        "units_attending_by_their_codes_alone_are_the_units_the_codes_name",
        "2016-05",
        "Sáng 9/5, Công an tỉnh Ninh Bình sơ kết chuyên án. Dự hội nghị có đại diện C45, C54 và "
        "các phòng PC45, PC54 Công an tỉnh Ninh Bình.",
        "parents",
        has(
            ("Cục Cảnh sát điều tra tội phạm về trật tự xã hội", "Bộ Công an"),
            ("Viện Khoa học hình sự", "Bộ Công an"),
            ("Phòng Cảnh sát hình sự", "Công an tỉnh Ninh Bình"),
            ("Phòng Kỹ thuật hình sự", "Công an tỉnh Ninh Bình"),
        ),
    ),
    case(
        "a_ministry_code_said_with_the_units_name_is_that_unit_once",
        "2020-02",
        "Ngày 7/2, đại diện Cục An ninh kinh tế (A04) và Cục An ninh nội địa (A06) dự hội nghị.",
        "units",
        equal({"Cục An ninh kinh tế", "Cục An ninh nội địa"}),
    ),
    case(
        "a_cuc_with_a_short_name_is_read_whole_not_as_a_shorter_cuc",
        "2016-01",
        "Dự lễ có Thượng tá Hoàng Văn Kít, Phó Cục trưởng Cục CSGT đường bộ - đường sắt.",
        "parents",
        equal({("Cục Cảnh sát giao thông đường bộ - đường sắt", "Bộ Công an")}),
    ),
    case(
        "a_department_of_another_ministry_is_a_unit_outside_the_forces",
        "2023-10",
        "Cơ quan điều tra khởi tố thêm ba bị can tại Cục Đăng kiểm Việt Nam.",
        "parents",
        equal({("Cục Đăng kiểm Việt Nam", None)}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_units_parents_and_clusters(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
