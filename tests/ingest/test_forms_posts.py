"""The posts of the people an article names, now or former: forms met in rounds of reading
real reports (`tests/fixtures/real-news-blind-2` to `-5`), one row a case; the posts career
notes tell are in test_forms_careers.py. Every sentence here is invented."""

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
    held,
    lacks,
)

VIEWS: dict[str, View] = {
    **SHARED_VIEWS,
    "held in order": held,
}

PHU_THO = (
    "Ngày 19/2, lãnh đạo tỉnh Phú Thọ thăm Công an tỉnh. Cùng đi có Chủ tịch UBND tỉnh Hà Văn "
    "Tám, Phó Chủ tịch HĐND tỉnh Lưu Thị Hòa, Trưởng Ban Dân vận Tỉnh ủy Kim Văn Sơn."
)
JOINED_BY_AND = (
    "Sáng 28/11, Thượng tá Lò Văn Khiêm trao quyết định điều động Đại úy Cầm Văn Pọm và "
    "Đại úy Lường Thị Én giữ chức Phó Trưởng Công an xã Mường Khoa."
)
TWO_FORMER = (
    "Ngày 28/5, Đại tá Sầm Văn Khải, nguyên Giám đốc Công an tỉnh Cao Bằng và Đại tá Lý Thị "
    "Mai, nguyên Giám đốc Công an tỉnh Bắc Kạn được điều động, bổ nhiệm giữ chức vụ Phó "
    "Giám đốc Công an tỉnh Thái Nguyên."
)
PROMOTED_LIST = (
    "Ngày 2/9, Bộ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm Thiếu tướng cho các "
    "ông: Hà Quang Trọng, Giám đốc Công an tỉnh Sơn La; Lữ Văn Bình, Cục trưởng Cục Đối "
    "ngoại; Hồ Minh Chánh, Giám đốc Công an tỉnh Bến Tre."
)
DOI_VOI = (
    "Ngày 28/9, Bộ trưởng Bộ Công an trao quyết định bổ nhiệm chức vụ Phó Giám đốc Công an "
    "tỉnh Gia Lai đối với Thượng tá Rơ Châm Khiêm, Trưởng phòng Hồ sơ và Thượng tá Đinh "
    "Xuân Thủy, Trưởng Công an huyện Chư Sê. Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen "
    "cho Đại tá Mai Văn Lộ."
)
MUONG_KHOA = ("Phó Trưởng Công an xã", "Công an xã Mường Khoa")
THAI_NGUYEN = ("Phó Giám đốc", "Công an tỉnh Thái Nguyên")

CASES = [
    # third round
    case(
        "the_board_of_directors_is_nobodys_post",
        t.THIRD,
        "Ngày 18/2, thay mặt Ban Giám đốc, Đại tá Khổng Văn Lực, Phó Giám đốc Công an tỉnh Hà "
        "Giang chúc mừng Phòng Cảnh sát hình sự.",
        "posts",
        equal({("Phó Giám đốc", "Công an tỉnh Hà Giang")}),
        "Khổng Văn Lực",
    ),
    case(
        "posts_said_before_each_name_of_a_list_stay_with_their_names-0",
        t.THIRD,
        PHU_THO,
        "posts",
        equal({("Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ")}),
        "Hà Văn Tám",
    ),
    case(
        "posts_said_before_each_name_of_a_list_stay_with_their_names-1",
        t.THIRD,
        PHU_THO,
        "posts",
        equal({("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ")}),
        "Lưu Thị Hòa",
    ),
    case(
        "posts_said_before_each_name_of_a_list_stay_with_their_names-2",
        t.THIRD,
        PHU_THO,
        "posts",
        equal({("Trưởng Ban Dân vận Tỉnh ủy", "Tỉnh ủy Phú Thọ")}),
        "Kim Văn Sơn",
    ),
    case(
        "a_communes_posts_said_without_its_name_are_the_communes_in_context",
        t.THIRD,
        "Chiều 22/2, UBND xã Ea Tu tổ chức gặp mặt Công an xã. Dự có ông Y Nhuê Ayun-Bí thư "
        "Đảng ủy xã; bà H Lan-Chủ tịch UBND xã.",
        "posts",
        equal({("Bí thư Đảng ủy xã", "Đảng ủy xã Ea Tu")}),
        "Y Nhuê Ayun",
    ),
    case(
        "the_head_of_an_office_sharing_the_ministry_in_a_chain_heads_its_office",
        t.THIRD,
        t.OFFICE_IN_A_CHAIN,
        "posts",
        has(("Chánh Văn phòng", "Văn phòng Bộ Công an")),
        "Triệu Văn Lâm",
    ),
    # fourth round
    case(
        "an_award_said_again_by_its_kind_goes_to_those_named_with_it-post",
        t.FOURTH,
        t.KIND_SAID_AGAIN,
        "posts",
        equal({("Chủ tịch", "Ủy ban Mặt trận Tổ quốc tỉnh Quảng Trị")}),
        "Khúc Văn Tư",
    ),
    case(
        "a_member_of_the_standing_committee_of_a_central_party_body_keeps_its_name",
        t.FOURTH,
        "Sáng 23/11, Trung tướng Khổng Văn Tín, Ủy viên Ban Thường vụ Đảng ủy Công an Trung "
        "ương, Thứ trưởng Bộ Công an dự hội nghị.",
        "posts",
        equal(
            {
                ("Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương", "Đảng ủy Công an Trung ương"),
                ("Thứ trưởng", "Bộ Công an"),
            }
        ),
        "Khổng Văn Tín",
    ),
    case(
        "an_association_named_short_after_it_was_named_in_full_is_that_one",
        t.FOURTH,
        t.ASSOCIATION,
        "posts",
        has(("Chủ tịch", "Hội Cựu Công an nhân dân tỉnh Nam Định")),
        "Tạ Quang Khải",
    ),
    case(
        "an_investigation_agency_takes_the_name_of_the_police_unit_after_it-post",
        t.FOURTH,
        t.INVESTIGATION_AGENCY,
        "posts",
        equal(
            {
                ("Phó Giám đốc", "Công an tỉnh Hà Nam"),
                ("Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam"),
            }
        ),
        "Vũ Thế Hanh",
    ),
    case(
        "two_officers_joined_by_and_before_a_post_both_hold_it-0",
        t.FOURTH,
        JOINED_BY_AND,
        "posts",
        has(MUONG_KHOA),
        "Cầm Văn Pọm",
    ),
    case(
        "two_officers_joined_by_and_before_a_post_both_hold_it-1",
        t.FOURTH,
        JOINED_BY_AND,
        "posts",
        has(MUONG_KHOA),
        "Lường Thị Én",
    ),
    case(
        "two_officers_joined_by_and_before_a_post_both_hold_it-2",
        t.FOURTH,
        JOINED_BY_AND,
        "posts",
        lacks(MUONG_KHOA),
        "Lò Văn Khiêm",
    ),
    case(
        "the_holder_named_after_a_communes_body_is_no_commune-post",
        t.FOURTH,
        t.HOLDER_AFTER_A_BODY,
        "posts",
        equal({("Chủ tịch", "Ủy ban nhân dân xã Ea Tu")}),
        "Trịnh Thị Hoa",
    ),
    # fifth round
    case(
        "a_department_named_longer_than_the_known_one_keeps_its_longer_name-0",
        t.FIFTH,
        t.LONGER_DEPARTMENT,
        "posts",
        equal({("Trưởng phòng", "Phòng Hồ sơ nghiệp vụ")}),
        "Lục Văn Dũng",
    ),
    case(
        "a_department_named_longer_than_the_known_one_keeps_its_longer_name-1",
        t.FIFTH,
        t.LONGER_DEPARTMENT,
        "posts",
        equal({("Phó Trưởng phòng", "Phòng Hồ sơ")}),
        "Hà Thị Nhung",
    ),
    case(
        "the_one_who_mandates_the_giver_is_not_at_the_ceremony-post",
        t.FIFTH,
        t.MANDATED_GIVER,
        "posts",
        equal({("Chủ tịch nước", None)}),
        "Lưu Đình Khải",
    ),
    case(
        "a_team_named_before_its_department_is_read_and_belongs_to_it-0",
        t.FIFTH,
        t.TEAM_BEFORE_DEPARTMENT,
        "posts",
        equal({("Đội trưởng", "Đội Quản lý con dấu")}),
        "Lò Thị Vân",
    ),
    case(
        "a_team_named_before_its_department_is_read_and_belongs_to_it-1",
        t.FIFTH,
        t.TEAM_BEFORE_DEPARTMENT,
        "posts",
        equal({("Phó Đội trưởng", "Đội Tổng hợp")}),
        "Tòng Văn Hải",
    ),
    case(
        "a_former_post_said_with_nguyen_la_and_no_comma_is_the_officers",
        t.FIFTH,
        "Ngày 27/5, Bộ Công an trao quyết định. Thiếu tướng Vàng Văn Páo nguyên là Giám đốc "
        "Công an tỉnh Lai Châu, được bổ nhiệm Cục trưởng Cục Cảnh sát giao thông từ tháng 3.",
        "held",
        has(("Giám đốc", "Công an tỉnh Lai Châu", True)),
        "Vàng Văn Páo",
    ),
    case(
        "two_officers_each_with_a_former_post_both_take_the_new_one-0",
        t.FIFTH,
        TWO_FORMER,
        "posts",
        equal({("Giám đốc", "Công an tỉnh Cao Bằng"), THAI_NGUYEN}),
        "Sầm Văn Khải",
    ),
    case(
        "two_officers_each_with_a_former_post_both_take_the_new_one-1",
        t.FIFTH,
        TWO_FORMER,
        "posts",
        equal({("Giám đốc", "Công an tỉnh Bắc Kạn"), THAI_NGUYEN}),
        "Lý Thị Mai",
    ),
    case(
        "a_code_two_units_have_had_is_the_one_named_with_it_earlier",
        t.FIFTH,
        "Ngày 29/5, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07) tổ chức hội "
        "nghị. Dự có Đại tá Hoàng Văn Thụ, Phó Cục trưởng Cục C07.",
        "posts",
        equal({("Phó Cục trưởng", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")}),
        "Hoàng Văn Thụ",
    ),
    case(
        "a_code_written_alone_is_the_unit_named_with_it_earlier",
        t.FIFTH,
        "Ngày 29/5, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07) tổ chức hội "
        "nghị. Đại tá Hoàng Văn Thụ, Phó Cục trưởng C07, phát biểu.",
        "posts",
        equal({("Phó Cục trưởng", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")}),
        "Hoàng Văn Thụ",
    ),
    case(
        "a_code_written_before_its_unit_in_brackets_means_that_unit_later",
        t.FIFTH,
        "Ngày 3/4, C45 (Cục Cảnh sát hình sự) phối hợp với Công an tỉnh Lai Châu phá chuyên "
        "án. Đại tá Mạc Văn Tịnh, Phó Cục trưởng Cục C45, trực tiếp chỉ đạo.",
        "posts",
        equal({("Phó Cục trưởng", "Cục Cảnh sát hình sự")}),
        "Mạc Văn Tịnh",
    ),
    # second round
    case(
        "family_names_that_are_also_words_keep_their_posts",
        t.OUTLETS,
        t.FAMILY_NAMES,
        "posts",
        equal({("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")}),
        "Đậu Văn Thư",
    ),
    *(
        case(
            f"a_list_of_promoted_officers_keeps_names_without_a_title_before_them-{n}",
            t.OUTLETS,
            PROMOTED_LIST,
            "posts",
            equal({post}),
            name,
        )
        for n, (name, post) in enumerate(
            (
                ("Lữ Văn Bình", ("Cục trưởng", "Cục Đối ngoại")),
                ("Hồ Minh Chánh", ("Giám đốc", "Công an tỉnh Bến Tre")),
                ("Hà Quang Trọng", ("Giám đốc", "Công an tỉnh Sơn La")),
            )
        )
    ),
    case(
        "abbreviated_general_departments",
        t.OUTLETS,
        t.COMMAS_AND_ABBREVIATIONS,
        "posts",
        equal({("Phó Tổng cục trưởng", "Tổng cục Hậu cần - Kỹ thuật")}),
        "Quàng Văn Lả",
    ),
    *(
        case(
            f"posts_written_before_the_name_after_a_place_or_abbreviated-{n}",
            t.OUTLETS,
            t.POSTS_BEFORE_NAMES,
            "posts",
            equal({post}),
            name,
        )
        for n, (name, post) in enumerate(
            (
                ("Trịnh Quốc Hưng", ("Bộ trưởng", "Bộ Công an")),
                ("Đỗ Thị Lan", ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ")),
                ("Kha Văn Tùng", ("Trưởng phòng", "Phòng Tham mưu")),
            )
        )
    ),
    case(
        "a_predecessor_holds_the_post_until_now",
        t.OUTLETS,
        t.PREDECESSOR_RETIRES,
        "held in order",
        equal([("Giám đốc", "Công an tỉnh Điện Biên", True)]),
        "Hà Văn Khải",
    ),
    case(
        "short_heads_of_department_and_the_city_written_onto_its_level-0",
        t.OUTLETS,
        t.SHORT_DEPARTMENTS,
        "posts",
        equal(
            {
                ("Phó Bí thư Thành ủy", "Thành ủy thành phố Hồ Chí Minh"),
                ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
            }
        ),
        "Kiều Văn Tâm",
    ),
    case(
        "short_heads_of_department_and_the_city_written_onto_its_level-1",
        t.OUTLETS,
        t.SHORT_DEPARTMENTS,
        "posts",
        equal({("Phó Trưởng phòng", "Phòng Cảnh sát kinh tế")}),
        "Mẫn Thị Thu",
    ),
    case(
        "a_post_taken_up_with_nhan_chuc_vu_is_the_new_post",
        t.OUTLETS,
        "Ngày 22/9, Bộ Công an điều động Đại tá Giàng A Chu, Phó Giám đốc Công an tỉnh Lào Cai "
        "đến nhận chức vụ Giám đốc Công an tỉnh Yên Bái.",
        "posts",
        equal(
            {
                ("Phó Giám đốc", "Công an tỉnh Lào Cai"),
                ("Giám đốc", "Công an tỉnh Yên Bái"),
            }
        ),
        "Giàng A Chu",
    ),
    case(
        "officers_listed_after_la_with_a_team_of_a_department_and_its_province",
        t.OUTLETS,
        t.LISTED_AFTER_LA,
        "posts",
        equal({("Đội trưởng", "Phòng Cảnh sát giao thông")}),
        "Trà Văn Nhi",
    ),
    *(
        case(
            f"a_post_given_to_officers_listed_after_doi_voi_is_each_ones_new_post-{n}",
            t.OUTLETS,
            DOI_VOI,
            "posts",
            has(("Phó Giám đốc", "Công an tỉnh Gia Lai")),
            name,
        )
        for n, name in enumerate(("Rơ Châm Khiêm", "Đinh Xuân Thủy"))
    ),
    case(
        "the_head_of_a_delegation_of_deputies_keeps_whose_delegation_in_the_role",
        t.OUTLETS,
        "Sáng 5/3, Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Quảng Trị Hồ Văn Lãm "
        "dự lễ kỷ niệm của Công an tỉnh.",
        "posts",
        equal(
            {
                ("Phó Bí thư Tỉnh ủy", "Tỉnh ủy Quảng Trị"),
                ("Trưởng Đoàn Đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội tỉnh Quảng Trị"),
            }
        ),
        "Hồ Văn Lãm",
    ),
    case(
        "a_standing_committee_post_shares_the_party_committee_the_next_post_names",
        t.OUTLETS,
        "Dự đại hội có đồng chí Lò Văn Páo - Ủy viên Ban Thường vụ, Phó Bí thư Thường trực Tỉnh "
        "ủy, Chủ tịch HĐND tỉnh Lai Châu.",
        "posts",
        equal(
            {
                ("Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Lai Châu"),
                ("Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy Lai Châu"),
                ("Chủ tịch", "Hội đồng nhân dân tỉnh Lai Châu"),
            }
        ),
        "Lò Văn Páo",
    ),
    case(
        "one_rewarded_after_officers_given_a_post_takes_none",
        t.OUTLETS,
        DOI_VOI,
        "posts",
        equal(set()),
        "Mai Văn Lộ",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_posts_held(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
