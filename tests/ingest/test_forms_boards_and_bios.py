"""Steering boards of a province and their posts, said with the board or after it was named;
army units beside the police (a military region, a province's command said bare);
a standing-board post shared with the next post of the province's party committee; a border
post under the one command an article names; a birth year between a name and its post; a
promotion whose people the next sentence lists. One row a case; every sentence is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, equal, found, has, lacks, people

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "rank": lambda facts, name: people(facts)[name][0],
    "names": lambda facts, _: set(people(facts)),
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "attendance": lambda facts, _: {(e.kind, e.date, a) for e in facts.events for a in e.attendees},
}

BOARD = (
    "Chiều 3/7, Ban Chỉ đạo 138 tỉnh Hà Giang tổ chức hội nghị sơ kết. Ông Vàng Seo Phử, Phó "
    "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh chủ trì; Đại tá Lục Đình Khoan, Giám đốc "
    "Công an tỉnh, Phó Trưởng ban Thường trực và Đại tá Nông Thế Vịnh, Chỉ huy trưởng Bộ Chỉ "
    "huy BĐBP tỉnh, Phó Trưởng ban cùng dự."
)
BOARD_NAMED_BEFORE = (
    "Sáng 5/1, Ban Chỉ đạo phòng, chống tội phạm tỉnh Lai Châu tổng kết công tác năm. Dự có ông "
    "Giàng A Sềnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo."
)
NO_BOARD = (
    "Thượng tá Lục Đình Khoan, Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Hà Giang, Trưởng "
    "ban chuyên án, cho biết các đối tượng đã bị bắt."
)
STANDING = (
    "Sáng 9/3, Công an tỉnh Hà Giang tổng kết công tác. Dự có ông Sùng Mí Lả, Ủy viên Ban "
    "Thường vụ, Trưởng Ban Nội chính Tỉnh ủy."
)
BORDER = (
    "Công an tỉnh Lào Cai và Bộ Chỉ huy BĐBP tỉnh Lào Cai ký quy chế phối hợp. Đồn Biên phòng "
    "Bát Xát sẽ tuần tra chung với Công an huyện Bát Xát."
)
BIRTH_YEAR = (
    "Người chỉ huy việc bắt giữ là đồng chí Thạch Sa Rương, sinh năm 1984, Đội trưởng Đội Cảnh "
    "sát hình sự Công an huyện Trà Cú."
)
SUSPECT = "Công an huyện Trà Cú bắt giữ Thạch Sa Rương, sinh năm 1990, trú xã Tập Sơn."
PROMOTION = (
    "Ngày 2/9, Thứ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm từ Đại tá lên Thiếu "
    "tướng cho 2 đồng chí. Các đồng chí được thăng cấp gồm: Đại tá Lục Đình Khoan (SN 1970), "
    "Giám đốc Công an tỉnh Hà Giang; ông Nông Thế Vịnh (SN 1971), Cục trưởng Cục An ninh kinh tế."
)
ARMY = (
    "Ngày 27/10, UBND huyện Yên Minh tổ chức tổng kết diễn tập. Dự có Thiếu tướng Sùng Mí Lả, "
    "Phó Tư lệnh Quân khu 2; Đại tá Nông Thế Vịnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và "
    "Đại tá Lục Đình Khoan, Phó Giám đốc Công an tỉnh Hà Giang."
)
ACTING = (
    "Ngày 4/11, Thứ trưởng Bộ Công an ký quyết định giao Đại tá Lục Đình Khoan, Phó Giám đốc "
    "Công an tỉnh phụ trách Công an tỉnh Cao Bằng. Trước đó, Đại tá Sùng Mí Lả, Giám đốc Công an "
    "tỉnh Cao Bằng đã được điều động giữ chức Phó Cục trưởng Cục Cảnh sát giao thông. Cùng ngày, "
    "Giám đốc Công an tỉnh giao Thượng tá Nông Thế Vịnh, Phó Trưởng phòng phụ trách Phòng Cảnh "
    "sát kinh tế."
)
DELEGATION = (
    "Ngày 10-4, đoàn công tác của Tỉnh ủy Hà Giang do ông Sùng Mí Lả, Ủy viên Ban Thường vụ Tỉnh "
    "ủy, Trưởng Ban Nội chính Tỉnh ủy làm trưởng đoàn đã làm việc với Công an tỉnh."
)
# the two posts of Sùng Mí Lả's chain, each in the province's party committee
HA_GIANG_BOARD_POSTS = {
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Hà Giang"),
    ("Trưởng Ban Nội chính Tỉnh ủy", "Tỉnh ủy Hà Giang"),
}
TYPO_AND_DISTRICTS = (
    "Sáng 11-7, Công an tỉnh Hà Giang sơ kết công tác. Dự có ông Sùng Mí Lả, Uy viên Trung ương "
    "Đảng, Bí thư Tỉnh ủy và các Phó Chủ tịch UBND huyện Đồng Văn, Mèo Vạc."
)
FORCE_SIDE = (
    "Ngày 14-3, Công an tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn ký kết kế hoạch phối "
    "hợp. Về phía Bộ đội Biên phòng tỉnh có Đại tá Nông Thế Vịnh, Chỉ huy trưởng."
)
COMMUNE_CHAIN = (
    "Sáng 2/7, Công an tỉnh Hà Giang làm việc với Công an các xã. Dự có ông Sùng Mí Lả, Bí thư "
    "Đảng ủy xã Lũng Cú, Chủ tịch HĐND xã và ông Nông Thế Vịnh, Bí thư Huyện ủy Mèo Vạc, Chủ "
    "tịch UBND huyện."
)
LATER_PLACE = (
    "Đại tá Lục Đình Khoan, Bí thư Đảng ủy, Giám đốc Công an tỉnh quán triệt Nghị quyết Đại hội "
    "Đảng bộ tỉnh Hà Giang lần thứ XVII."
)
OLD_GENERAL_DEPARTMENT = (
    "Trước đó, Thiếu tướng Sùng Mí Lả là Phó Tổng cục trưởng Tổng cục Cảnh sát phòng, chống tội "
    "phạm, Bộ Công an."
)
HA_GIANG_BOARD = "Ban Chỉ đạo 138 tỉnh Hà Giang"

CASES = [
    case(
        "a_steering_board_of_a_province_said_with_tinh_bare_is_a_unit",
        "2019-07",
        BOARD,
        "parents",
        has((HA_GIANG_BOARD, None)),
    ),
    case(
        "the_head_of_a_steering_board_keeps_the_board_in_the_role",
        "2019-07",
        BOARD,
        "posts",
        has(("Trưởng Ban Chỉ đạo", HA_GIANG_BOARD)),
        "Vàng Seo Phử",
    ),
    case(
        "a_standing_deputy_said_bare_after_the_board_is_the_board's",
        "2019-07",
        BOARD,
        "posts",
        equal(
            {("Giám đốc", "Công an tỉnh Hà Giang"), ("Phó Trưởng Ban Thường trực", HA_GIANG_BOARD)}
        ),
        "Lục Đình Khoan",
    ),
    case(
        "a_deputy_said_bare_after_the_board_is_not_of_the_border_command",
        "2019-07",
        BOARD,
        "posts",
        has(("Phó Trưởng Ban", HA_GIANG_BOARD)),
        "Nông Thế Vịnh",
    ),
    case(
        "a_board_head_named_by_its_kind_only_after_the_board",
        "2020-01",
        BOARD_NAMED_BEFORE,
        "posts",
        has(("Trưởng Ban Chỉ đạo", "Ban Chỉ đạo phòng, chống tội phạm tỉnh Lai Châu")),
        "Giàng A Sềnh",
    ),
    case(
        "a_head_of_a_case_team_with_no_board_in_the_article_is_no_board's",
        "2020-01",
        NO_BOARD,
        "units",
        lacks(HA_GIANG_BOARD),
    ),
    case(
        "a_post_held_beside_a_board's_keeps_its_own_unit",
        "2019-07",
        BOARD,
        "posts",
        has(("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")),
        "Vàng Seo Phử",
    ),
    case(
        "a_military_region_is_a_unit_of_its_deputy_commander",
        "2017-10",
        ARMY,
        "posts",
        equal({("Phó Tư lệnh", "Quân khu 2")}),
        "Sùng Mí Lả",
    ),
    case(
        "a_province's_body_said_bare_is_of_the_province_the_sentence_names_after_it",
        "2017-10",
        ARMY,
        "posts",
        equal({("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Hà Giang")}),
        "Nông Thế Vịnh",
    ),
    case(
        "an_acting_head_holds_the_deputy's_post_in_the_unit_in_his_charge",
        "2024-11",
        ACTING,
        "posts",
        equal({("Phó Trưởng phòng", "Phòng Cảnh sát kinh tế")}),
        "Nông Thế Vịnh",
    ),
    case(
        "a_decision_giving_a_unit_in_charge_is_an_appointment_of_those_given_it",
        "2024-11",
        ACTING,
        "attendance",
        has(
            ("appointment", "2024-11-04", "Lục Đình Khoan"),
            ("appointment", "2024-11-04", "Nông Thế Vịnh"),
        ),
    ),
    case(
        "a_decision_told_after_truoc_do_is_not_this_one",
        "2024-11",
        ACTING,
        "attendance",
        lacks(("appointment", "2024-11-04", "Sùng Mí Lả")),
    ),
    case(
        "the_head_of_a_working_delegation_holds_no_post_by_it_and_the_committee_is_the_province's",
        "2015-04",
        DELEGATION,
        "posts",
        equal(HA_GIANG_BOARD_POSTS),
        "Sùng Mí Lả",
    ),
    case(
        "a_post_with_a_dropped_diacritic",
        "2024-07",
        TYPO_AND_DISTRICTS,
        "posts",
        equal(
            {
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Bí thư Tỉnh ủy", "Tỉnh ủy Hà Giang"),
            }
        ),
        "Sùng Mí Lả",
    ),
    case(
        "a_district_body_of_further_districts_listed_after_the_first",
        "2024-07",
        TYPO_AND_DISTRICTS,
        "units",
        has("Ủy ban nhân dân huyện Đồng Văn", "Ủy ban nhân dân huyện Mèo Vạc"),
    ),
    case(
        "a_command_post_after_the_force_is_of_its_command",
        "2018-03",
        FORCE_SIDE,
        "posts",
        equal({("Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn")}),
        "Nông Thế Vịnh",
    ),
    case(
        "a_commune_body_said_bare_after_the_commune's_party_committee",
        "2025-07",
        COMMUNE_CHAIN,
        "posts",
        equal(
            {
                ("Bí thư Đảng ủy xã", "Đảng ủy xã Lũng Cú"),
                ("Chủ tịch", "Hội đồng nhân dân xã Lũng Cú"),
            }
        ),
        "Sùng Mí Lả",
    ),
    case(
        "a_district_body_said_bare_after_the_district's_party_committee",
        "2025-07",
        COMMUNE_CHAIN,
        "posts",
        has(("Chủ tịch", "Ủy ban nhân dân huyện Mèo Vạc")),
        "Nông Thế Vịnh",
    ),
    case(
        "a_review_held_is_a_meeting",
        "2017-10",
        ARMY,
        "events",
        has(("conference", "2017-10-27")),
    ),
    case(
        "a_bare_provincial_police_of_the_province_named_after_it_as_a_place",
        "2020-10",
        LATER_PLACE,
        "posts",
        equal({("Bí thư Đảng ủy", "Công an tỉnh Hà Giang"), ("Giám đốc", "Công an tỉnh Hà Giang")}),
        "Lục Đình Khoan",
    ),
    case(
        "a_general_department_by_its_name_before_2014",
        "2014-03",
        OLD_GENERAL_DEPARTMENT,
        "posts",
        equal({("Phó Tổng cục trưởng", "Tổng cục Cảnh sát phòng, chống tội phạm")}),
        "Sùng Mí Lả",
    ),
    case(
        "a_standing_board_post_takes_the_party_committee_of_the_next_post",
        "2021-03",
        STANDING,
        "posts",
        equal(HA_GIANG_BOARD_POSTS),
        "Sùng Mí Lả",
    ),
    case(
        "a_border_post_is_under_the_one_command_the_article_names",
        "2018-03",
        BORDER,
        "parents",
        has(("Đồn Biên phòng Bát Xát", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai")),
    ),
    case(
        "a_birth_year_between_an_officer_and_the_post",
        "2022-04",
        BIRTH_YEAR,
        "posts",
        equal({("Đội trưởng", "Đội Cảnh sát hình sự")}),
        "Thạch Sa Rương",
    ),
    case(
        "a_suspect_with_a_birth_year_is_no_person",
        "2022-04",
        SUSPECT,
        "names",
        equal(set()),
    ),
    *(
        case(
            f"a_promotion_listed_next_sentence_{name}",
            "2022-09",
            PROMOTION,
            "rank",
            equal(rank),
            name,
        )
        for name, rank in (("Lục Đình Khoan", "Thiếu tướng"), ("Nông Thế Vịnh", "Thiếu tướng"))
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_board_and_bio_form(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
