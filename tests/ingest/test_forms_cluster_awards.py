"""Cluster members and awards met in a round of reading real reports of emulation clusters,
blocs and the honours given at their meetings (`tests/fixtures/real-news-blind-17`): lists
with a second head after a semicolon, in brackets or after `là`, the members left after the
2025 merger and those joining or leaving, awards named to many at once, posthumously or after
a count; one row a case. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, awards, case, equal, found, has, lacks

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "members": lambda facts, cluster: {
        m for c in facts.clusters if c.name == cluster for m in c.members
    },
    "clusters": lambda facts, _: {c.name for c in facts.clusters},
    "awards": lambda facts, _: awards(facts),
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "organisers": lambda facts, _: {o for e in facts.events for o in e.organisers},
}

SECOND_HEAD = (
    "Ngày 3/3, Khối thi đua Công an các huyện, thị xã, thành phố thuộc Công an tỉnh Bình Dương "
    "ký giao ước thi đua. Khối gồm: Công an các huyện Bàu Bàng, Dầu Tiếng; Công an các thị xã "
    "Bến Cát, Tân Uyên và Công an thành phố Thủ Dầu Một."
)
AFTER_THE_MERGER = (
    "Ngày 5/10, Cụm thi đua số 7 - Bộ Công an tổ chức hội nghị sơ kết. Sau sắp xếp, Cụm còn 3 "
    "thành viên là Công an thành phố Huế, Công an thành phố Đà Nẵng và Công an tỉnh Quảng Ngãi; "
    "Công an tỉnh Gia Lai là thành viên mới của Cụm. Công an tỉnh Quảng Trị, thành viên của Cụm "
    "nhiều năm, được chuyển sang Cụm thi đua số 5. Công an thành phố Đà Nẵng được Bộ Công an "
    "phân công làm Cụm trưởng."
)
LOWER_CASE_BLOC = (
    "Ngày 12/2, khối thi đua công an các huyện miền núi thuộc Công an tỉnh Quảng Nam họp ký "
    "giao ước. Đơn vị trưởng khối là Công an huyện Phước Sơn. Các thành viên còn lại gồm Công an "
    "các huyện Nam Trà My, Bắc Trà My và Tây Giang."
)
LEADERS_BY_NAME = (
    "Ngày 20/11, Cụm thi đua số 4 tổng kết năm. Dự hội nghị có lãnh đạo Công an 5 tỉnh: Công an "
    "tỉnh Hà Giang, Tuyên Quang; Công an tỉnh Bắc Kạn, Thái Nguyên và Lạng Sơn."
)
IN_BRACKETS = (
    "Ngày 2/12, Cụm thi đua số 3 gồm Công an 4 tỉnh đồng bằng (Nam Định, Thái Bình, Ninh Bình, "
    "Hà Nam) tổ chức hội nghị tổng kết."
)
AFTER_LA = (
    "Ngày 9/11, Cụm thi đua số 1, gồm Công an 5 thành phố trực thuộc Trung ương là Hà Nội, "
    "Hải Phòng, Đà Nẵng, Cần Thơ và TP.HCM, tổng kết năm."
)
MARTYR_THROUGH_FAMILY = (
    "Ngày 19/8, ông Kha Đình Lượng, Chủ tịch UBND tỉnh trao danh hiệu Anh hùng lực lượng vũ "
    "trang nhân dân cho Công an huyện Kỳ Sơn và cho thân nhân liệt sĩ Lữ Văn Chình."
)
SOME_NAMED = (
    "Ngày 18/8, Đại tá Mã Đình Thụ, Giám đốc Công an tỉnh trao Kỷ niệm chương “Bảo vệ an ninh "
    "Tổ quốc” cho các đồng chí, trong đó có ông Tạ Văn Bồng, Giám đốc Sở Tư pháp tỉnh Cao "
    "Bằng và bà Âu Thị Lanh."
)
TITLE_QUOTED = (
    "Ngày 6/1, Công an tỉnh Bạc Liêu trao danh hiệu “Chiến sĩ thi đua toàn lực lượng Công an "
    "nhân dân” cho Thiếu tá Lâm Văn Nghĩ."
)
TIMES_GIVEN = (
    "Công an tỉnh Bình Định đón nhận danh hiệu Anh hùng lần thứ hai\n\nNgày 15/8, Chủ tịch "
    "nước trao danh hiệu Anh hùng lực lượng vũ trang nhân dân cho Công an tỉnh Bình Định."
)
EACH_CLAUSE_ITS_SUBJECT = (
    "Dịp này, Công an xã Tân Hòa được tặng thưởng Huân chương Chiến công hạng Nhì; Trung tá Ninh "
    "Văn Quát, Trưởng Công an xã Tân Hòa được tặng thưởng Huân chương Chiến công hạng Ba."
)
NAMED_AFTER_A_COUNT = (
    "Ba cán bộ Công an hy sinh khi truy bắt đối tượng đã được Chủ tịch nước truy tặng Huân "
    "chương Chiến công hạng Nhất. Những người được truy tặng gồm: Thiếu tá Mạc Văn Thìn, Đội "
    "trưởng Đội Cảnh sát hình sự; Đại úy Kha Văn Tiệp và Trung úy Lò Văn Kiêng."
)
COUNTED_THEN_NAMED = (
    "Với thành tích chống buôn lậu, 2 tập thể và 2 cá nhân của Công an tỉnh Lạng Sơn được Thủ "
    "tướng Chính phủ tặng Bằng khen. Hai tập thể nhận Bằng khen lần này là Phòng Cảnh sát kinh "
    "tế và Công an huyện Cao Lộc. Các cá nhân gồm Thượng tá Hoàng Văn Khiêm và Đại úy Nông "
    "Thị Dịu."
)
PAST_YEAR = (
    "Ngày 10/3, Cụm thi đua số 5 ký giao ước thi đua. Trong năm 2022, toàn Cụm có một đơn vị "
    "nhận Cờ thi đua của Chính phủ; ba đơn vị nhận Cờ thi đua của Bộ Công an."
)
HEAD_OF_THE_DEPARTMENT = (
    "Ngày 5/5, Công an tỉnh Sơn La đón nhận Huân chương. Phòng An ninh kinh tế và Trung tá "
    "Lường Văn Piếng, Phó Trưởng phòng được đón nhận Huân chương Chiến công hạng Ba."
)
HANDED_AT_A_CONFERENCE = (
    "Ngày 10/1, Công an tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm. Tại hội nghị, "
    "Phòng Cảnh sát giao thông vinh dự đón nhận Cờ thi đua của Chính phủ."
)
CITY_SAID_BARE = (
    "Ngày 17/8, UBND TP Cần Thơ tổ chức lễ đón nhận Huân chương cho Công an TP Cần Thơ. Liệt "
    "sĩ Võ Văn Nhơn, nguyên Trưởng ty Công an tỉnh Hậu Giang được truy tặng danh hiệu Anh "
    "hùng. Đại tá Lục Văn Xê - Phó Giám đốc Công an TP được trao Huân chương Chiến công hạng Ba."
)
HEADLINE_COUNT = (
    "Bằng khen của Thủ tướng cho hai tập thể Công an Tây Ninh\n\nThủ tướng Chính phủ tặng Bằng "
    "khen cho 2 tập thể thuộc Công an tỉnh Tây Ninh. Hai tập thể được khen là Phòng Cảnh sát "
    "giao thông và Công an huyện Gò Dầu."
)
OF_THE_CLUSTER = (
    "Sáng 18/11, đã diễn ra hội nghị tổng kết phong trào thi đua năm 2022 của Cụm thi đua số 6, "
    "Bộ Công an. Tham dự hội nghị có đại diện lãnh đạo Cục Công tác đảng và công tác chính trị."
)
BLOC_OF_THE_PLAINS = (
    "Ngày 20/2, khối thi đua công an các huyện, thị xã, thành phố đồng bằng Công an tỉnh Bình "
    "Định ký giao ước thi đua. Nội dung giao ước do đơn vị trưởng khối (Công an huyện Tuy "
    "Phước) xây dựng."
)
REGIMENT = (
    "Ngày 9/1, Đại tá Quàng Văn Khương, Phó Trung đoàn trưởng Trung đoàn Cảnh sát cơ động, Bộ "
    "Tư lệnh Cảnh sát cơ động dự lễ."
)
HERO = "Anh hùng Lực lượng vũ trang nhân dân"
FEAT = "Huân chương Chiến công hạng Nhất"
MEDAL = "Kỷ niệm chương Bảo vệ an ninh Tổ quốc"
KHOI_BD = "Khối thi đua Công an các huyện, thị xã, thành phố"

CASES = [
    case(
        "a_second_head_after_a_semicolon_starts_a_list_of_its_own",
        "2021-03",
        SECOND_HEAD,
        "members",
        has("Công an thị xã Bến Cát", "Công an thị xã Tân Uyên", "Công an thành phố Thủ Dầu Một"),
        KHOI_BD,
    ),
    case(
        "a_second_head_after_a_semicolon_is_no_unit_of_the_first_list",
        "2021-03",
        SECOND_HEAD,
        "units",
        lacks("Công an huyện Công"),
    ),
    case(
        "the_members_left_after_a_merger_and_a_new_one_are_the_clusters",
        "2025-10",
        AFTER_THE_MERGER,
        "members",
        equal(
            {
                "Công an thành phố Huế",
                "Công an thành phố Đà Nẵng",
                "Công an tỉnh Quảng Ngãi",
                "Công an tỉnh Gia Lai",
            }
        ),
        "Cụm thi đua số 7",
    ),
    case(
        "a_member_moved_to_another_cluster_is_of_that_one",
        "2025-10",
        AFTER_THE_MERGER,
        "members",
        equal({"Công an tỉnh Quảng Trị"}),
        "Cụm thi đua số 5",
    ),
    case(
        "a_lower_case_bloc_of_a_region_is_a_bloc_with_its_head_and_the_rest",
        "2019-02",
        LOWER_CASE_BLOC,
        "members",
        equal(
            {
                "Công an huyện Phước Sơn",
                "Công an huyện Nam Trà My",
                "Công an huyện Bắc Trà My",
                "Công an huyện Tây Giang",
            }
        ),
        "Khối thi đua Công an các huyện miền núi",
    ),
    case(
        "leaders_of_units_named_in_full_after_a_count_are_members",
        "2019-11",
        LEADERS_BY_NAME,
        "members",
        has("Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang", "Công an tỉnh Lạng Sơn"),
        "Cụm thi đua số 4",
    ),
    case(
        "provinces_in_brackets_after_a_count_are_members",
        "2019-12",
        IN_BRACKETS,
        "members",
        equal({f"Công an tỉnh {p}" for p in ("Nam Định", "Thái Bình", "Ninh Bình", "Hà Nam")}),
        "Cụm thi đua số 3",
    ),
    case(
        "cities_after_la_are_members",
        "2016-11",
        AFTER_LA,
        "members",
        has("Công an thành phố Hà Nội", "Công an thành phố Cần Thơ"),
        "Cụm thi đua số 1",
    ),
    case(
        "a_martyr_honoured_through_his_family_receives_the_title",
        "2017-08",
        MARTYR_THROUGH_FAMILY,
        "awards",
        equal({(HERO, "Công an huyện Kỳ Sơn"), (HERO, "Lữ Văn Chình")}),
    ),
    case(
        "those_named_after_trong_do_co_receive_the_award",
        "2021-08",
        SOME_NAMED,
        "awards",
        has((MEDAL, "Tạ Văn Bồng"), (MEDAL, "Âu Thị Lanh")),
    ),
    case(
        "a_title_in_quotes_is_named_without_danh_hieu",
        "2022-01",
        TITLE_QUOTED,
        "awards",
        equal({("Chiến sĩ thi đua toàn lực lượng Công an nhân dân", "Lâm Văn Nghĩ")}),
    ),
    case(
        "how_many_times_a_title_was_given_is_no_part_of_its_name",
        "2024-08",
        TIMES_GIVEN,
        "awards",
        equal({(HERO, "Công an tỉnh Bình Định")}),
    ),
    case(
        "each_clause_after_a_semicolon_gives_to_its_own_subject",
        "2025-08",
        EACH_CLAUSE_ITS_SUBJECT,
        "awards",
        equal(
            {
                ("Huân chương Chiến công hạng Nhì", "Công an xã Tân Hòa"),
                ("Huân chương Chiến công hạng Ba", "Ninh Văn Quát"),
            }
        ),
    ),
    case(
        "those_named_in_the_next_sentence_after_a_count_in_words_receive_it",
        "2023-06",
        NAMED_AFTER_A_COUNT,
        "awards",
        equal({(FEAT, "Mạc Văn Thìn"), (FEAT, "Kha Văn Tiệp"), (FEAT, "Lò Văn Kiêng")}),
    ),
    case(
        "collectives_and_individuals_named_in_two_sentences_after_a_count_receive_it",
        "2021-03",
        COUNTED_THEN_NAMED,
        "awards",
        equal(
            {
                ("Bằng khen", "Phòng Cảnh sát kinh tế"),
                ("Bằng khen", "Công an huyện Cao Lộc"),
                ("Bằng khen", "Hoàng Văn Khiêm"),
                ("Bằng khen", "Nông Thị Dịu"),
            }
        ),
    ),
    case(
        "a_past_years_tally_through_its_clauses_is_no_award",
        "2023-03",
        PAST_YEAR,
        "awards",
        equal(set()),
    ),
    case(
        "a_bare_department_head_after_the_department_is_its_head",
        "2018-05",
        HEAD_OF_THE_DEPARTMENT,
        "posts",
        equal({("Phó Trưởng phòng", "Phòng An ninh kinh tế")}),
        "Lường Văn Piếng",
    ),
    case(
        "a_city_police_said_bare_is_the_city_named_before_not_a_province_named_since",
        "2016-08",
        CITY_SAID_BARE,
        "posts",
        equal({("Phó Giám đốc", "Công an thành phố Cần Thơ")}),
        "Lục Văn Xê",
    ),
    case(
        "a_headlines_count_told_again_in_the_body_is_no_statement_of_its_own",
        "2021-07",
        HEADLINE_COUNT,
        "awards",
        equal({("Bằng khen", "Phòng Cảnh sát giao thông"), ("Bằng khen", "Công an huyện Gò Dầu")}),
    ),
    case(
        "a_clusters_conference_is_held_by_the_cluster_not_the_ministry_said_after_it",
        "2022-11",
        OF_THE_CLUSTER,
        "organisers",
        equal({"Cụm thi đua số 6"}),
    ),
    case(
        "a_lower_case_bloc_of_the_plains_with_its_province_and_head_in_brackets",
        "2019-02",
        BLOC_OF_THE_PLAINS,
        "members",
        equal({"Công an huyện Tuy Phước"}),
        "Khối thi đua Công an các huyện, thị xã, thành phố đồng bằng",
    ),
    case(
        "a_regiments_deputy_head_holds_a_post",
        "2020-01",
        REGIMENT,
        "held",
        has(("Phó Trung đoàn trưởng", "Trung đoàn Cảnh sát cơ động", False)),
        "Quàng Văn Khương",
    ),
    case(
        "an_award_handed_at_a_conference_makes_no_ceremony",
        "2025-01",
        HANDED_AT_A_CONFERENCE,
        "events",
        equal({("conference", "2025-01-10")}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_cluster_and_award_forms(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
