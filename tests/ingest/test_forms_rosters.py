"""Rosters, rotations and party posts as real reports write them (read for
`tests/fixtures/real-news-blind-9`): a rank or a post said once for a list of names, two posts
before one body, posts of a province's bodies said without its name. One row a case; every
sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, equal, found, has, lacks, people

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "person": lambda facts, name: people(facts)[name],
    "people": lambda facts, _: set(people(facts)),
    "members": lambda facts, _: [m for c in facts.clusters for m in c.members],
    "clusters": lambda facts, _: [c.name for c in facts.clusters],
}

PLURAL_RANK = (
    "Ngoài đại tá Tạ Minh Chiến - Giám đốc, Công an tỉnh Hậu Giang hiện có 4 Phó Giám đốc gồm "
    "các đại tá Vũ Khắc Liêm, Ngô Thị Lựu, Lê Đình Sáu và thượng tá Bạch Văn Hòa."
)
ROLE_AFTER_GROUP = (
    "Ban Giám đốc Công an tỉnh Lai Châu gồm: Đại tá Hoàng Văn Pịn – Giám đốc; Đại tá Lò Thị "
    "Hiên, Đại tá Tòng Văn Chăn, Thượng tá Phạm Hữu Nhẫn – Phó Giám đốc."
)
CAREER = (
    "Thượng tá Quách Văn Thiều 46 tuổi, quê Hà Nam, từng giữ chức Phó bí thư, Bí thư Đoàn "
    "Thanh niên Bộ Công an. Cùng dự có ông Lò Văn Xiêng, Chủ tịch tỉnh Sơn La."
)
DEPARTMENT_OF_CUC = (
    "Bộ Công an điều động Thượng tá Diêm Quốc Tuấn, Trưởng phòng Tham mưu, Cục An ninh đối "
    "ngoại, làm Phó Giám đốc Công an tỉnh Kon Tum."
)
HOST_MARKED = (
    "Ngày 20/11, tại Công an tỉnh, Cụm thi đua số 4, Bộ Công an gồm Công an các tỉnh: Thái "
    "Nguyên (đơn vị Cụm trưởng), Bắc Ninh, Lạng Sơn và Tuyên Quang tổ chức hội nghị tổng kết. "
    "Dự có Thiếu tướng Hà Quang Vĩnh - Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh."
)
HOST_BEFORE = (
    "Ngày 20/11, tại Công an tỉnh Lạng Sơn, Cụm thi đua số 4 gồm Công an các tỉnh Thái "
    "Nguyên, Bắc Ninh, Lạng Sơn và Tuyên Quang tổ chức hội nghị. Dự có ông Nông Đình Khải, "
    "Phó Chủ tịch UBND tỉnh."
)
STANDING_DEPUTY = (
    "Ngày 20/11, Thứ trưởng Bộ Công an trao quyết định điều động Đại tá Giang Văn Tráng, Phó "
    "Chủ nhiệm Thường trực Ủy ban Kiểm tra Đảng ủy Công an Trung ương, giữ chức Giám đốc Công "
    "an tỉnh Yên Bái. Năm 2017, Đại tá Tráng được bổ nhiệm làm Phó Giám đốc Công an tỉnh Sơn La."
)
COPULA = (
    "Thượng tá Nghiêm Đức Toản được bổ nhiệm giữ chức Trưởng phòng Cảnh sát hình sự Công an tỉnh "
    "Hà Nam. Trước đó, Thượng tá Nghiêm Đức Toản có 5 năm là Phó Trưởng Công an huyện Kim Bảng."
)
WARD_AFTER_TOWN = (
    "Ngày 3/3, Công an phường Nam Sầm Sơn (Thanh Hóa) bắt giữ hai đối tượng trộm cắp. Thiếu tá "
    "Mạc Văn Lịch, Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, cho biết thêm."
)
ACTING = (
    "Giám đốc CATP Hà Nội điều động Thượng tá Phan Hữu Quỳ, Phó trưởng CAQ Hoàn Kiếm, giữ quyền "
    "Trưởng CAQ Ba Đình."
)
DISTRICTS_ALONE = (
    "Tại huyện Nam Giang, Công an tỉnh vừa tổ chức hội nghị tổng kết của khối thi đua các huyện "
    "trung du - miền núi, gồm: Phước Sơn, Bắc Trà My, Nam Trà My và Nông Sơn."
)
TWO_MOVED = (
    "Thượng tá Tô Văn Khương, Trưởng Công an TP Sầm Sơn và Thượng tá Lưu Bá Thạch, Trưởng Công "
    "an huyện Hoằng Hóa được điều động giữ chức Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh "
    "Thanh Hóa."
)
NEW_HOLDER = (
    "Chiều 3/8, Bộ Công an bổ nhiệm Thượng tá Mai Đình Khiết, Phó Giám đốc Công an tỉnh Quảng "
    "Bình, giữ chức Giám đốc Công an tỉnh Quảng Bình. Tân Giám đốc 46 tuổi, quê Thanh Hóa, từng "
    "giữ chức Phó Chánh Văn phòng Bộ Công an."
)
PREDECESSOR_AFTER_POST = (
    "Trưởng Công an TP Đông Hà tiền nhiệm, Thượng tá Hồ Sĩ Lẫm, được điều động làm Trưởng phòng "
    "Cảnh sát kinh tế Công an tỉnh Quảng Trị."
)
IN_TURN = (
    "Thượng tá Hà Đình Quyết và Thượng tá Tạ Văn Khoát lần lượt giữ chức Trưởng Công an huyện "
    "Thanh Oai và Trưởng Công an huyện Ứng Hòa."
)
AGENCY_HEAD = (
    "Đại tá Vương Thế Lộc được bổ nhiệm giữ chức Phó Giám đốc, kiêm Thủ trưởng Cơ quan CSĐT "
    "Công an tỉnh Hà Nam. Trưởng phòng PC02 Đại tá Quàng Văn Ún được bổ nhiệm giữ chức Phó Giám "
    "đốc Công an TP Hải Phòng."
)
HAU_GIANG = "Công an tỉnh Hậu Giang"
LAI_CHAU = "Công an tỉnh Lai Châu"

CASES = [
    *(
        case(
            f"a_plural_rank_is_each_listed_name's-{name}",
            "2020-05",
            PLURAL_RANK,
            "person",
            equal(("Đại tá", {("Phó Giám đốc", HAU_GIANG)})),
            name,
        )
        for name in ("Vũ Khắc Liêm", "Ngô Thị Lựu", "Lê Đình Sáu")
    ),
    case(
        "the_plural_rank_stops_at_a_name_with_its_own",
        "2020-05",
        PLURAL_RANK,
        "person",
        equal(("Thượng tá", {("Phó Giám đốc", HAU_GIANG)})),
        "Bạch Văn Hòa",
    ),
    *(
        case(
            f"a_post_after_a_dash_is_the_whole_group's-{name}",
            "2019-12",
            ROLE_AFTER_GROUP,
            "posts",
            equal({("Phó Giám đốc", LAI_CHAU)}),
            name,
        )
        for name in ("Lò Thị Hiên", "Tòng Văn Chăn", "Phạm Hữu Nhẫn")
    ),
    case(
        "the_group_before_a_semicolon_keeps_its_own_post",
        "2019-12",
        ROLE_AFTER_GROUP,
        "posts",
        equal({("Giám đốc", LAI_CHAU)}),
        "Hoàng Văn Pịn",
    ),
    case(
        "two_posts_before_a_youth_union_are_both_the_union's",
        "2020-08",
        CAREER,
        "posts",
        equal(
            {("Phó Bí thư", "Đoàn Thanh niên Bộ Công an"), ("Bí thư", "Đoàn Thanh niên Bộ Công an")}
        ),
        "Quách Văn Thiều",
    ),
    case(
        "a_youth_union_is_no_person",
        "2020-08",
        CAREER,
        "people",
        equal({"Quách Văn Thiều", "Lò Văn Xiêng"}),
    ),
    case(
        "the_chair_of_a_province_is_its_people's_committee's",
        "2020-08",
        CAREER,
        "posts",
        equal({("Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")}),
        "Lò Văn Xiêng",
    ),
    case(
        "a_department_written_before_a_cuc_is_under_it",
        "2019-11",
        DEPARTMENT_OF_CUC,
        "parents",
        has(("Phòng Tham mưu", "Cục An ninh đối ngoại")),
    ),
    case(
        "a_bare_province_after_a_cluster's_list_is_the_marked_head's",
        "2025-11",
        HOST_MARKED,
        "posts",
        equal(
            {
                ("Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Thái Nguyên"),
                ("Giám đốc", "Công an tỉnh Thái Nguyên"),
            }
        ),
        "Hà Quang Vĩnh",
    ),
    case(
        "a_bare_province_after_a_cluster's_list_is_the_host's_named_before_it",
        "2024-11",
        HOST_BEFORE,
        "posts",
        equal({("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lạng Sơn")}),
        "Nông Đình Khải",
    ),
    case(
        "a_standing_deputy_of_a_party_inspection_committee_is_one_post",
        "2019-11",
        STANDING_DEPUTY,
        "posts",
        has(
            (
                "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Đảng ủy Công an Trung ương",
                "Đảng ủy Công an Trung ương",
            )
        ),
        "Giang Văn Tráng",
    ),
    case(
        "a_rank_and_the_last_word_of_a_name_told_before_name_that_officer",
        "2019-11",
        STANDING_DEPUTY,
        "posts",
        has(("Phó Giám đốc", "Công an tỉnh Sơn La")),
        "Giang Văn Tráng",
    ),
    case(
        "a_post_said_with_the_copula_after_the_name",
        "2021-04",
        COPULA,
        "posts",
        has(("Phó Trưởng Công an huyện", "Công an huyện Kim Bảng")),
        "Nghiêm Đức Toản",
    ),
    case(
        "a_ward_named_after_a_town_keeps_the_town's_name",
        "2026-03",
        WARD_AFTER_TOWN,
        "units",
        has("Công an phường Nam Sầm Sơn", "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
    ),
    case(
        "an_acting_post_taken_with_giu_quyen",
        "2014-08",
        ACTING,
        "posts",
        equal(
            {
                ("Phó Trưởng Công an quận", "Công an quận Hoàn Kiếm"),
                ("Quyền Trưởng Công an quận", "Công an quận Ba Đình"),
            }
        ),
        "Phan Hữu Quỳ",
    ),
    case(
        "a_city_after_a_head_of_districts_is_no_member_of_the_cluster",
        "2017-01",
        "Cụm thi đua số 6 Công an TP Hà Nội gồm Công an 12 quận nội thành Hà Nội ký giao ước.",
        "members",
        equal([]),
    ),
    case(
        "provinces_named_alone_after_a_head_of_provinces_are_members",
        "2017-06",
        "Cụm thi đua số 2 gồm Công an 4 tỉnh: Lào Cai, Yên Bái, Hà Giang và Tuyên Quang họp.",
        "members",
        equal(
            [
                "Công an tỉnh Lào Cai",
                "Công an tỉnh Yên Bái",
                "Công an tỉnh Hà Giang",
                "Công an tỉnh Tuyên Quang",
            ]
        ),
    ),
    case(
        "districts_named_alone_in_a_province's_bloc_are_its_members",
        "2015-12",
        DISTRICTS_ALONE,
        "members",
        equal(
            [
                "Công an huyện Phước Sơn",
                "Công an huyện Bắc Trà My",
                "Công an huyện Nam Trà My",
                "Công an huyện Nông Sơn",
            ]
        ),
    ),
    case(
        "a_bloc's_name_goes_on_after_a_dash_between_lower_case_words",
        "2015-12",
        DISTRICTS_ALONE,
        "clusters",
        equal(["Khối thi đua các huyện trung du - miền núi"]),
    ),
    case(
        "a_district_with_a_direction_word_is_no_person",
        "2015-12",
        DISTRICTS_ALONE,
        "people",
        equal(set()),
    ),
    *(
        case(
            f"two_officers_each_with_a_post_joined_by_va_take_the_new_post-{name}",
            "2024-12",
            TWO_MOVED,
            "posts",
            has(("Phó Trưởng phòng", "Phòng Cảnh sát hình sự")),
            name,
        )
        for name in ("Tô Văn Khương", "Lưu Bá Thạch")
    ),
    case(
        "the_new_holder_of_a_post_as_subject_of_a_life_is_the_one_appointed",
        "2020-08",
        NEW_HOLDER,
        "posts",
        has(("Phó Chánh Văn phòng", "Văn phòng Bộ Công an")),
        "Mai Đình Khiết",
    ),
    case(
        "a_post_before_a_name_said_with_tien_nhiem",
        "2021-08",
        PREDECESSOR_AFTER_POST,
        "posts",
        has(("Trưởng Công an thành phố", "Công an thành phố Đông Hà")),
        "Hồ Sĩ Lẫm",
    ),
    case(
        "after_march_2025_a_commune_said_with_its_district_is_under_the_province",
        "2025-05",
        "Ngày 12/5, Công an xã Thanh Hương, huyện Thanh Chương (Nghệ An) bắt giữ hai đối tượng.",
        "parents",
        has(("Công an xã Thanh Hương", "Công an tỉnh Nghệ An")),
    ),
    case(
        "before_march_2025_a_commune_said_with_its_district_is_under_the_district",
        "2023-05",
        "Ngày 12/5, Công an xã Thanh Hương, huyện Thanh Chương (Nghệ An) bắt giữ hai đối tượng.",
        "parents",
        has(("Công an xã Thanh Hương", "Công an huyện Thanh Chương")),
    ),
    case(
        "a_department_of_the_province_before_a_name_is_no_person",
        "2021-06",
        "Cùng dự có Giám đốc Sở Tư pháp Khúc Thị Nhàn và Đại tá Ông Văn Thạc, Giám đốc Công an "
        "tỉnh Bắc Giang.",
        "people",
        lacks("Sở Tư"),
    ),
    case(
        "posts_listed_after_lan_luot_go_in_turn-first",
        "2022-09",
        IN_TURN,
        "posts",
        equal({("Trưởng Công an huyện", "Công an huyện Thanh Oai")}),
        "Hà Đình Quyết",
    ),
    case(
        "posts_listed_after_lan_luot_go_in_turn-second",
        "2022-09",
        IN_TURN,
        "posts",
        equal({("Trưởng Công an huyện", "Công an huyện Ứng Hòa")}),
        "Tạ Văn Khoát",
    ),
    case(
        "a_post_joined_by_a_comma_and_kiem_is_held_too",
        "2022-09",
        AGENCY_HEAD,
        "posts",
        has(("Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam")),
        "Vương Thế Lộc",
    ),
    case(
        "a_department_is_under_the_one_provincial_police_named_later",
        "2022-09",
        AGENCY_HEAD,
        "parents",
        has(("Phòng Cảnh sát hình sự", "Công an thành phố Hải Phòng")),
    ),
    case(
        "the_head_of_a_province's_delegation_of_deputies",
        "2025-02",
        "Chiều 28/2, Công an tỉnh Thanh Hóa tổ chức lễ công bố quyết định. Dự có đồng chí Quản "
        "Thế Lực, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Đoàn ĐBQH tỉnh.",
        "posts",
        has(("Trưởng Đoàn Đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội tỉnh Thanh Hóa")),
        "Quản Thế Lực",
    ),
    case(
        "names_said_together_with_no_list_share_no_post",
        "2019-12",
        "Dự buổi lễ có Đại tá Lò Thị Hiên, Đại tá Tòng Văn Chăn - Giám đốc Công an tỉnh Lai Châu.",
        "posts",
        equal(set()),
        "Lò Thị Hiên",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_roster_form(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
