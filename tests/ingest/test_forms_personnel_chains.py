"""Posts as personnel news writes them: a long chain of party posts before a police post, an
appointee named before the ceremony that announces his post, a former post followed by the one
held now, a career listed in lower case, a predecessor of `Tân Giám đốc`, boards of party
committees, promotions told clause by clause (posts of the border guard and of units written
by code: test_forms_unit_posts.py). One row a case; every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import (
    FIELDS,
    SHARED_VIEWS,
    Expect,
    case,
    equal,
    found,
    has,
    lacks,
    people,
)

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "person": lambda facts, name: {people(facts)[name][0]},
    "attendees": lambda facts, kind: {
        a for e in facts.events if e.kind == kind for a in e.attendees
    },
}

QUANG_BINH = "Công an tỉnh Quảng Bình"
PARTY_CHAIN = (
    "Đồng chí Hoàng Sĩ Tường, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Ủy viên Ban Thường vụ Đảng ủy "
    "Công an tỉnh, Phó Giám đốc Công an tỉnh Quảng Bình, phát biểu tại hội nghị."
)
RECEIVED = (
    "Chiều 4/9, Thượng tá Lê Thị Khuyên, Trưởng phòng Cảnh sát kinh tế, nhận quyết định tại lễ "
    "công bố quyết định bổ nhiệm Phó Giám đốc Công an tỉnh Phú Yên."
)
NOW = (
    "Dự lễ có Đại tá Mông Quý Khải, nguyên Trưởng phòng PC06 Công an tỉnh Nghệ An, nay là Phó "
    "Giám đốc Công an tỉnh Hà Tĩnh."
)
CAREER = (
    "Đại tá Y Thuyên Ênuôl từng trải qua các chức vụ Trưởng phòng an ninh kinh tế Công an tỉnh "
    "Đắk Lắk, Trưởng công an huyện Cư Kuin, Phó giám đốc Công an tỉnh Đắk Lắk."
)
SUCCESSOR = (
    "Ngày 12/3, Bộ Công an bổ nhiệm Đại tá Đinh Khắc Trọng, Phó Giám đốc Công an tỉnh Ninh "
    "Bình, giữ chức Giám đốc Công an tỉnh Hòa Bình. Tân Giám đốc thay Đại tá Vi Văn Thảo, được "
    "điều động làm Phó Cục trưởng Cục An ninh nội địa."
)
BOARDS = (
    "Dự có ông Đàm Hữu Nghị, Trưởng Ban Nội chính Thành ủy TP.HCM; ông Kha Văn Mến - trưởng Ban "
    "tổ chức Tỉnh ủy Tây Ninh và Thiếu tướng Lưu Quang Tiến, Trợ lý Bộ trưởng Bộ Công an."
)
PROMOTED = (
    "Chiều 6/2, Công an tỉnh Thanh Hóa trao quyết định thăng cấp bậc hàm. Thượng tá Hồ Đắc "
    "Vinh, Trưởng phòng Hậu cần được thăng cấp bậc hàm Đại tá; Trung tá Lò Thị Mẩy, Phó "
    "Trưởng phòng Tham mưu được thăng lên Thượng tá."
)
COUNCIL = (
    "Dự hội nghị có đồng chí Lù Văn Sáu, PCT UBND tỉnh Điện Biên và đồng chí Mùa A Chứ, PCT "
    "HĐND tỉnh."
)
DEPUTY_BOARDS = (
    "Dự có ông Tôn Thất Hiền, Phó Ban Tổ chức Trung ương và bà Lương Thị Nhài, Phó Ban Dân vận "
    "Tỉnh ủy Cao Bằng."
)
NEW_DEPUTY = (
    "Chiều 2/4, Bộ Công an công bố quyết định về công tác cán bộ. Tân Thứ trưởng Bộ Công an năm "
    "nay 55 tuổi, quê Thanh Hóa. Ông là Thiếu tướng Mai Đình Luyện, Giám đốc Công an tỉnh Sơn "
    "La từ năm 2019."
)
NEW_DIRECTOR = (
    "Tân Giám đốc Công an tỉnh Lào Cai năm nay 51 tuổi. Đồng chí Đại tá Giàng A Pao sinh năm "
    "1975, quê Yên Bái."
)
NEW_NAMED_ALREADY = (
    "Đại tá Giàng A Pao được bổ nhiệm giữ chức Giám đốc Công an tỉnh Lào Cai. Tân Giám đốc Công "
    "an tỉnh Lào Cai 51 tuổi. Ông là Đại tá Sần Văn Páo, Trưởng phòng Hậu cần."
)
ASSEMBLY_FIRST = (
    "Thiếu tướng Lò Văn Pấng, Đại biểu Quốc hội khóa XV, Giám đốc Công an tỉnh Lai Châu phát "
    "biểu. Dự có ông Vàng A Dềnh, Đại biểu Quốc hội tỉnh Hà Giang, Phó Giám đốc Công an tỉnh Hà "
    "Giang."
)
TYPO = "Dự có ông Thạch Sa Rết, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân tỉnh Sóc Trăng."
FLAT_TABLE = (
    "Danh sách giám đốc công an các địa phương như sau: STT ĐỊA PHƯƠNG GIÁM ĐỐC CÔNG AN TỈNH 1 "
    "Hà Giang Đại tá Lù Văn Páo 2 Yên Bái Thiếu tướng Hà Quang Thuấn 3 Hà Nội Trung tướng Đinh "
    "Trọng Khiết"
)
CAREER_LIST = (
    "Đại tá Ma Văn Thiệp từng giữ các chức vụ: Trưởng phòng Cảnh sát hình sự Công an tỉnh Bắc "
    "Kạn; Trưởng Công an huyện Ba Bể; Phó Giám đốc Công an tỉnh Bắc Kạn."
)
ABBREVIATED_BODIES = (
    "Sáng 12/5, Công an tỉnh Lạng Sơn họp. Đại tá Hoàng Văn Sửu, Ủy viên BCH Đảng bộ tỉnh, Phó "
    "Giám đốc Công an tỉnh Lạng Sơn phát biểu. Bà Lăng Thị Huệ, Ủy viên Ban Chấp hành Trung ương "
    "Đảng khóa XIII, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự. Thiếu tướng Đàm Văn Phú, Cục trưởng "
    "Cục Cảnh sát QLHC về TTXH trao quyết định."
)
BEFORE_THEN = (
    "Dự có Đại tá Âu Văn Tịnh, Phó Giám đốc Công an tỉnh Nam Định (nay là Giám đốc Công an tỉnh "
    "Thái Bình). Trước đó, Đại tá Hầu Văn Lộc là Phó Giám đốc Công an tỉnh Hà Nam. Đại tá Kha "
    "Văn Thụ, Giám đốc Công an tỉnh Hà Nam thay thế Thiếu tướng Giang Văn Bích chuyển công tác."
)
BRIDGE = (
    "Hội nghị trực tuyến đến 63 điểm cầu. Tại điểm cầu Ninh Bình, PCT UBND tỉnh Đinh Văn Khoát "
    "cùng lãnh đạo Công an tỉnh dự."
)
ASSEMBLY = (
    "Trung tướng Tạ Đình Cừ, Ủy viên Trung ương Đảng, Đại biểu Quốc hội khóa XV, Giám đốc Công "
    "an TP Hà Nội phát biểu."
)

CASES = [
    case(
        "a_member_of_the_province's_party_committee_and_of_its_police's_standing_committee",
        "2019-07",
        PARTY_CHAIN,
        "posts",
        equal(
            {
                ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy Quảng Bình"),
                ("Ủy viên Ban Thường vụ Đảng ủy", QUANG_BINH),
                ("Phó Giám đốc", QUANG_BINH),
            }
        ),
        "Hoàng Sĩ Tường",
    ),
    case(
        "one_who_receives_a_decision_at_its_announcement_takes_the_post",
        "2016-09",
        RECEIVED,
        "posts",
        equal(
            {("Trưởng phòng", "Phòng Cảnh sát kinh tế"), ("Phó Giám đốc", "Công an tỉnh Phú Yên")}
        ),
        "Lê Thị Khuyên",
    ),
    case(
        "a_post_held_now_after_a_former_one",
        "2021-04",
        NOW,
        "held",
        equal(
            {
                ("Trưởng phòng", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", True),
                ("Phó Giám đốc", "Công an tỉnh Hà Tĩnh", False),
            }
        ),
        "Mông Quý Khải",
    ),
    case(
        "a_career_in_lower_case_keeps_each_post",
        "2020-06",
        CAREER,
        "posts",
        equal(
            {
                ("Trưởng phòng", "Phòng An ninh kinh tế"),
                ("Trưởng Công an huyện", "Công an huyện Cư Kuin"),
                ("Phó Giám đốc", "Công an tỉnh Đắk Lắk"),
            }
        ),
        "Y Thuyên Ênuôl",
    ),
    case(
        "a_department_in_lower_case_is_under_the_police_written_after_it",
        "2020-06",
        CAREER,
        "parents",
        has(("Phòng An ninh kinh tế", "Công an tỉnh Đắk Lắk")),
    ),
    case(
        "the_predecessor_of_a_new_director_held_his_post",
        "2020-03",
        SUCCESSOR,
        "held",
        has(("Giám đốc", "Công an tỉnh Hòa Bình", True)),
        "Vi Văn Thảo",
    ),
    case(
        "the_predecessor_of_a_new_director_is_not_appointed",
        "2020-03",
        SUCCESSOR,
        "attendees",
        lacks("Vi Văn Thảo"),
        "appointment",
    ),
    case(
        "a_board_of_a_city's_committee_written_with_the_city_abbreviated",
        "2015-04",
        BOARDS,
        "posts",
        equal({("Trưởng Ban Nội chính Thành ủy", "Thành ủy thành phố Hồ Chí Minh")}),
        "Đàm Hữu Nghị",
    ),
    case(
        "a_board_in_lower_case_before_its_committee",
        "2015-04",
        BOARDS,
        "posts",
        equal({("Trưởng Ban Tổ chức Tỉnh ủy", "Tỉnh ủy Tây Ninh")}),
        "Kha Văn Mến",
    ),
    case(
        "an_assistant_to_the_minister",
        "2015-04",
        BOARDS,
        "posts",
        equal({("Trợ lý Bộ trưởng", "Bộ Công an")}),
        "Lưu Quang Tiến",
    ),
    *(
        case(
            f"each_clause_of_a_promotion_gives_its_own_rank-{name}",
            "2024-02",
            PROMOTED,
            "person",
            has(rank),
            name,
        )
        for name, rank in (("Hồ Đắc Vinh", "Đại tá"), ("Lò Thị Mẩy", "Thượng tá"))
    ),
    case(
        "a_council_said_without_its_province_after_one_named_in_the_sentence",
        "2022-03",
        COUNCIL,
        "posts",
        equal({("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Điện Biên")}),
        "Mùa A Chứ",
    ),
    case(
        "a_deputy_of_a_central_board_written_pho_ban",
        "2021-11",
        DEPUTY_BOARDS,
        "posts",
        equal({("Phó Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương")}),
        "Tôn Thất Hiền",
    ),
    case(
        "a_deputy_of_a_province's_board_written_pho_ban",
        "2021-11",
        DEPUTY_BOARDS,
        "posts",
        equal({("Phó Ban Dân vận Tỉnh ủy", "Tỉnh ủy Cao Bằng")}),
        "Lương Thị Nhài",
    ),
    case(
        "a_people's_committee_written_without_dan",
        "2019-05",
        TYPO,
        "posts",
        has(("Chủ tịch", "Ủy ban nhân dân tỉnh Sóc Trăng")),
        "Thạch Sa Rết",
    ),
    *(
        case(
            f"a_table_flattened_into_one_sentence_gives_each_row_its_post-{name}",
            "2025-06",
            FLAT_TABLE,
            "posts",
            equal({("Giám đốc", unit)}),
            name,
        )
        for name, unit in (
            ("Lù Văn Páo", "Công an tỉnh Hà Giang"),
            ("Hà Quang Thuấn", "Công an tỉnh Yên Bái"),
            ("Đinh Trọng Khiết", "Công an thành phố Hà Nội"),
        )
    ),
    case(
        "a_career_after_a_colon_by_semicolons_keeps_each_post_as_held_before",
        "2020-05",
        CAREER_LIST,
        "held",
        equal(
            {
                ("Trưởng phòng", "Phòng Cảnh sát hình sự", True),
                ("Trưởng Công an huyện", "Công an huyện Ba Bể", True),
                ("Phó Giám đốc", "Công an tỉnh Bắc Kạn", True),
            }
        ),
        "Ma Văn Thiệp",
    ),
    case(
        "a_member_of_the_province's_party_committee_abbreviated_bch",
        "2021-05",
        ABBREVIATED_BODIES,
        "posts",
        equal(
            {
                ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy Lạng Sơn"),
                ("Phó Giám đốc", "Công an tỉnh Lạng Sơn"),
            }
        ),
        "Hoàng Văn Sửu",
    ),
    case(
        "a_term_after_a_post_does_not_end_the_chain",
        "2021-05",
        ABBREVIATED_BODIES,
        "posts",
        has(("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn")),
        "Lăng Thị Huệ",
    ),
    case(
        "a_ministry_department_named_by_its_abbreviation",
        "2021-05",
        ABBREVIATED_BODIES,
        "posts",
        equal({("Cục trưởng", "Cục Cảnh sát quản lý hành chính về trật tự xã hội")}),
        "Đàm Văn Phú",
    ),
    case(
        "a_post_now_in_brackets_ends_the_one_before_it",
        "2022-08",
        BEFORE_THEN,
        "held",
        equal(
            {
                ("Phó Giám đốc", "Công an tỉnh Nam Định", True),
                ("Giám đốc", "Công an tỉnh Thái Bình", False),
            }
        ),
        "Âu Văn Tịnh",
    ),
    case(
        "a_post_said_after_truoc_do_was_held_before",
        "2022-08",
        BEFORE_THEN,
        "held",
        equal({("Phó Giám đốc", "Công an tỉnh Hà Nam", True)}),
        "Hầu Văn Lộc",
    ),
    case(
        "one_replaced_by_an_officer_named_with_his_post_held_that_post",
        "2022-08",
        BEFORE_THEN,
        "held",
        equal({("Giám đốc", "Công an tỉnh Hà Nam", True)}),
        "Giang Văn Bích",
    ),
    case(
        "a_committee_said_without_its_province_after_a_bridge_point_named_bare",
        "2021-03",
        BRIDGE,
        "posts",
        equal({("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình")}),
        "Đinh Văn Khoát",
    ),
    case(
        "a_member_of_the_national_assembly_in_a_chain_does_not_end_it",
        "2022-03",
        ASSEMBLY,
        "posts",
        equal(
            {
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Giám đốc", "Công an thành phố Hà Nội"),
            }
        ),
        "Tạ Đình Cừ",
    ),
    case(
        "a_new_deputy_minister_introduced_with_ong_la_in_the_next_sentence",
        "2024-04",
        NEW_DEPUTY,
        "posts",
        has(("Thứ trưởng", "Bộ Công an")),
        "Mai Đình Luyện",
    ),
    case(
        "a_new_director_named_by_dong_chi_in_the_next_sentence",
        "2024-04",
        NEW_DIRECTOR,
        "posts",
        equal({("Giám đốc", "Công an tỉnh Lào Cai")}),
        "Giàng A Pao",
    ),
    case(
        "a_new_holder_already_named_with_the_post_is_not_given_to_the_next_one",
        "2024-04",
        NEW_NAMED_ALREADY,
        "posts",
        lacks(("Giám đốc", "Công an tỉnh Lào Cai")),
        "Sần Văn Páo",
    ),
    case(
        "a_chain_that_opens_with_the_national_assembly_goes_on_after_its_term",
        "2022-03",
        ASSEMBLY_FIRST,
        "posts",
        equal({("Giám đốc", "Công an tỉnh Lai Châu")}),
        "Lò Văn Pấng",
    ),
    case(
        "a_chain_that_opens_with_the_national_assembly_goes_on_after_its_province",
        "2022-03",
        ASSEMBLY_FIRST,
        "posts",
        equal({("Phó Giám đốc", "Công an tỉnh Hà Giang")}),
        "Vàng A Dềnh",
    ),
    case(
        "the_head_of_an_event's_organisers_in_lower_case_holds_no_board",
        "2015-04",
        "Ông Kha Văn Mến, trưởng ban tổ chức hội thi, phát biểu khai mạc.",
        "posts",
        lacks(("Trưởng Ban Tổ chức", None)),
        "Kha Văn Mến",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_personnel_chain_form(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
