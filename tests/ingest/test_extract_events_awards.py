"""Clusters, events and awards as a seventh round of real reports tells them
(`tests/fixtures/real-news-blind-7`): members named only as a cluster's head or deputy,
blocs named by a level of police or with a short form in brackets, departments listed after a
lower-case head word. One row a case; every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from support.extraction import (
    FIELDS,
    SHARED_VIEWS,
    Expect,
    View,
    awards,
    case,
    equal,
    found,
    has,
    lacks,
    people,
)

VIEWS: dict[str, View] = {
    **SHARED_VIEWS,
    "clusters": lambda facts, _: [c.name for c in facts.clusters],
    "members of": lambda facts, name: next(
        (c.members for c in facts.clusters if c.name == name), []
    ),
    "parent of": lambda facts, name: next(
        (c.parent for c in facts.clusters if c.name == name), None
    ),
    "awards": lambda facts, _: awards(facts),
    "award names": lambda facts, _: {award for award, _ in awards(facts)},
    "posts of": lambda facts, name: people(facts)[name][1],
    "events": lambda facts, _: [(e.kind, e.date) for e in facts.events],
    "people": lambda facts, _: set(people(facts)),
    "attendees": lambda facts, _: [a for e in facts.events for a in e.attendees],
    "granted counts": lambda facts, _: {
        (a.award, a.recipient, a.individuals) for a in facts.awards
    },
}

DATE = "2023-03"

BLOC_HEADS = (
    "Ngày 2/3, Khối thi đua Công an các huyện, thị xã thuộc Công an tỉnh Phú Thọ họp ký giao "
    "ước thi đua. Khối gồm 13 đơn vị, do Công an huyện Thanh Sơn làm trưởng khối và Công an "
    "thị xã Phú Thọ làm phó khối."
)
ELECTED = (
    "Ngày 9/3, Cụm thi đua số 3, Bộ Công an tổng kết năm. Hội nghị bầu Cục Cảnh sát hình sự "
    "là Cụm trưởng và Cục Cảnh sát kinh tế - Cụm phó năm 2024."
)
ASSIGNED = (
    "Ngày 4/3, Công an 6 tỉnh ký giao ước thi đua. Năm nay Công an tỉnh Sóc Trăng được Bộ "
    "Công an giao làm đơn vị Cụm trưởng, Công an tỉnh Bạc Liêu là đơn vị Cụm phó Cụm thi đua "
    "số 9."
)
OFFICER_HEAD = (
    "Ngày 6/3, Cụm thi đua số 2 họp sơ kết. Thượng tá Đỗ Văn Khiêm, Trưởng Công an quận Lê "
    "Chân, Cụm trưởng chủ trì hội nghị; dự có Thượng tá Hà Văn Mạnh, Phó Trưởng Công an "
    "quận Ngô Quyền."
)
SHORT_FORM = (
    "Ngày 12/3, Khối thi đua Cảnh sát nhân dân (Khối CSND) Công an tỉnh Ninh Bình tổng kết "
    "năm 2022. Khối gồm các phòng: Cảnh sát hình sự, Cảnh sát kinh tế và Cảnh sát giao thông."
)
AFTER_LEVEL = "Ngày 3/3, Cụm thi đua Công an các tỉnh Tây Nguyên tổ chức hội nghị tại Pleiku."
PLACES_OF_MEMBERS = (
    "Ngày 8/3, Cụm thi đua số 2 Công an tỉnh Nghệ An gồm Công an 5 huyện miền Tây tổ chức "
    "ký kết giao ước. Các huyện trong Cụm là Kỳ Sơn, Tương Dương, Con Cuông, Quế Phong và Quỳ "
    "Châu."
)
IN_ORDER = (
    "Sáng 17/8, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Đạo truy tặng Huân "
    "chương Chiến công hạng Nhất, hạng Nhì, hạng Ba cho Đại tá Hồ Văn Tấn (nguyên Giám đốc), "
    "Thượng tá Lý Văn Côn và Trung tá Mạc Văn Hòe."
)
COUNTED_CLASSES = (
    "Ngày 9/3, Chủ tịch nước tặng Huy chương Chiến sĩ vẻ vang hạng Nhất cho 14 đồng chí, "
    "hạng Nhì cho 21 đồng chí."
)
TITLE = (
    "Ngày 10/3, Công an huyện Mèo Vạc đón nhận danh hiệu Anh hùng LLVTND. Nhân dịp này, Phó "
    "Chủ tịch nước gắn Huân chương Sao Vàng lên Cờ truyền thống của Công an tỉnh Hà Giang."
)
NAMED_AFTER_LA = (
    "Ngày 11/3, hai đơn vị thuộc Công an tỉnh Tây Ninh là Phòng Cảnh sát hình sự và Phòng "
    "Cảnh sát kinh tế đã được Chủ tịch nước tặng Huân chương Chiến công hạng Nhì."
)
SPOT_REWARD = (
    "Trưa 14/3, Đại tá Vương Đình Hào, Giám đốc Công an tỉnh Hưng Yên đã thưởng nóng Phòng "
    "Cảnh sát hình sự và Công an huyện Văn Lâm. Công an huyện Kim Động khen thưởng nóng Tổ "
    "công tác số 5."
)
COMMANDERS = (
    "Ngày 15/3, Trung tướng Vi Văn Khởi, Tư lệnh Cảnh vệ và Thiếu tướng Bế Đức Hạnh, Phó Tư "
    "lệnh CSCĐ ký kết giao ước thi đua."
)
HANDED_OVER = (
    "Ngày 16/3, Công an tỉnh Long An đã trao tặng Giấy khen cho 3 tập thể và 11 cá nhân có "
    "thành tích phá án."
)
CONTEST = "Chiều 17/3, Công an tỉnh Bắc Ninh tổ chức hội thi điều lệnh, bắn súng năm 2023."
YOUTH = "Ngày 18/3, Thủ tướng Chính phủ tặng Bằng khen cho Đoàn Thanh niên Công an tỉnh Thái Bình."
WHERE_HELD = (
    "Sáng 19/3, tại Phan Rang - Tháp Chàm, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy "
    "trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Đại tá Ông Văn Kiểm (nguyên Giám đốc Công an "
    "tỉnh)."
)
PROVINCE_NAMED_FIRST = (
    "Ngày 20/3, Công an tỉnh Lâm Đồng họp. Đại tá Lê Văn Thìn, Phó Giám đốc Công an tỉnh dự "
    "hội nghị tại Phan Rang - Tháp Chàm."
)
SUMMED_UP = (
    "Khen thưởng 12 tập thể, cá nhân phá chuyên án ma túy\n\nNgày 21/3, Công an tỉnh Hòa "
    "Bình trao Giấy khen cho 2 tập thể và 10 cá nhân."
)
CHAIRED = (
    "Ngày 22/3, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2023. Đại tá Trần Văn "
    "Hào, Giám đốc Công an tỉnh Quảng Trị chủ trì hội nghị."
)
ELECTED_AFTER = (
    "Ngày 23/3, Cụm thi đua số 5 tổng kết năm. Hội nghị bầu đơn vị Cụm trưởng Cụm thi đua số "
    "5 năm 2024 là Công an tỉnh Hà Tĩnh, đơn vị Cụm phó là Công an tỉnh Quảng Bình."
)
HANDED = (
    "Ngày 24/3, Cụm thi đua số 8 tổng kết năm. Công an tỉnh Tây Ninh đã bàn giao đơn vị Cụm "
    "trưởng năm 2024 cho Công an tỉnh Long An."
)
TWO_RECEIVED = (
    "Ngày 25/3, Công an huyện Tân Yên vinh dự đón nhận Cờ thi đua của Chính phủ và Bằng khen "
    "của Thủ tướng Chính phủ."
)
TWO_GIVEN = "Ngày 26/3, Chủ tịch UBND tỉnh trao Cờ thi đua và Bằng khen cho Công an huyện Lục Nam."
FOR_LAST_YEAR = (
    "Ngày 12/1, Công an tỉnh Cao Bằng tổng kết công tác năm 2022. Tại hội nghị, Phòng Cảnh "
    "sát kinh tế được tặng Cờ thi đua của Chính phủ vì dẫn đầu phong trào thi đua năm 2022. "
    "Phòng Cảnh sát giao thông được tặng Bằng khen năm 2019."
)
BOARD_HEAD = (
    "Ngày 27/3, ông Đinh Văn Thưởng, Trưởng Ban Thi đua - Khen thưởng Trung ương dự lễ đón "
    "nhận Huân chương của Công an tỉnh Lào Cai."
)
TWO_PASSIVE = (
    "Ngày 28/3, Công an huyện Krông Pắc được Chủ tịch UBND tỉnh Đắk Lắk tặng Bằng khen, được "
    "Giám đốc Công an tỉnh tặng Giấy khen vì thành tích phá án."
)
COUNT_THEN_UNIT = (
    "Ngày 29/3, Đại tá Lê Vinh Quy trao Bằng khen cho 3 cá nhân và Cờ thi đua của Bộ Công an "
    "cho Phòng Cảnh sát giao thông Công an tỉnh Đắk Lắk."
)
BRACKETED = (
    "Ngày 30/3, Công an 5 tỉnh Cụm thi đua số 7 (Quảng Bình, Quảng Trị, Thừa Thiên Huế, "
    "Quảng Nam, Quảng Ngãi) tổ chức hội nghị. Cụm thi đua số 2 (Bộ Công an) họp cùng ngày."
)
LEADERS_HERE = (
    "Ngày 31/3, hội nghị Cụm thi đua số 3 có sự tham dự của lãnh đạo Công an các tỉnh Thanh "
    "Hóa, Nghệ An, Hà Tĩnh."
)
QUOTED = (
    'Sáng 1/4, Công an tỉnh Quảng Trị tổ chức lễ kỷ niệm 80 năm Ngày truyền thống. "Các thế '
    'hệ đã vượt qua muôn vàn khó khăn", Đại tá Lê Quang Hạnh, Giám đốc Công an tỉnh khẳng '
    "định."
)
IN_FIGURES = (
    "Ngày 2/4, Chủ tịch nước tặng Huân chương Chiến công hạng III cho Phòng Cảnh sát hình sự "
    "và Huân chương Bảo vệ Tổ quốc hạng 2, hạng 3 cho 2 tập thể của Công an tỉnh Sơn La. Phòng "
    "Cảnh sát kinh tế được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân thời kỳ "
    "đổi mới."
)

CASES = [
    case(
        "units_that_head_a_bloc_and_deputise_are_its_members",
        DATE,
        BLOC_HEADS,
        "members of",
        equal(["Công an huyện Thanh Sơn", "Công an thị xã Phú Thọ"]),
        "Khối thi đua Công an các huyện, thị xã",
    ),
    case(
        "a_bloc_named_by_a_level_of_police_has_the_province_as_parent",
        DATE,
        BLOC_HEADS,
        "parent of",
        equal("Công an tỉnh Phú Thọ"),
        "Khối thi đua Công an các huyện, thị xã",
    ),
    case(
        "departments_elected_head_and_deputy_for_next_year_are_members",
        DATE,
        ELECTED,
        "members of",
        equal(["Cục Cảnh sát hình sự", "Cục Cảnh sát kinh tế"]),
        "Cụm thi đua số 3",
    ),
    case(
        "units_assigned_as_head_and_deputy_of_the_cluster_named_after_the_post",
        DATE,
        ASSIGNED,
        "members of",
        equal(["Công an tỉnh Sóc Trăng", "Công an tỉnh Bạc Liêu"]),
        "Cụm thi đua số 9",
    ),
    case(
        "units_named_after_the_post_they_are_elected_to_are_members",
        DATE,
        ELECTED_AFTER,
        "members of",
        equal(["Công an tỉnh Hà Tĩnh", "Công an tỉnh Quảng Bình"]),
        "Cụm thi đua số 5",
    ),
    case(
        "the_head_handing_over_and_the_unit_taking_the_post_are_members",
        DATE,
        HANDED,
        "members of",
        equal(["Công an tỉnh Tây Ninh", "Công an tỉnh Long An"]),
        "Cụm thi đua số 8",
    ),
    case(
        "the_assigning_ministry_is_no_member",
        DATE,
        ASSIGNED,
        "members of",
        lacks("Bộ Công an"),
        "Cụm thi đua số 9",
    ),
    case(
        "the_unit_of_an_officer_who_is_head_is_a_member_the_guest_unit_is_not",
        DATE,
        OFFICER_HEAD,
        "members of",
        equal(["Công an quận Lê Chân"]),
        "Cụm thi đua số 2",
    ),
    case(
        "a_short_form_in_brackets_ends_a_name_with_lower_case_words",
        DATE,
        SHORT_FORM,
        "clusters",
        equal(["Khối thi đua Cảnh sát nhân dân"]),
    ),
    case(
        "the_unit_after_the_short_form_is_the_parent",
        DATE,
        SHORT_FORM,
        "parent of",
        equal("Công an tỉnh Ninh Bình"),
        "Khối thi đua Cảnh sát nhân dân",
    ),
    case(
        "departments_listed_after_a_lower_case_head_word_are_members",
        DATE,
        SHORT_FORM,
        "members of",
        equal(["Phòng Cảnh sát hình sự", "Phòng Cảnh sát kinh tế", "Phòng Cảnh sát giao thông"]),
        "Khối thi đua Cảnh sát nhân dân",
    ),
    case(
        "the_places_a_cluster_is_said_to_hold_stand_for_their_police",
        DATE,
        PLACES_OF_MEMBERS,
        "members of",
        equal(
            [
                "Công an huyện Kỳ Sơn",
                "Công an huyện Tương Dương",
                "Công an huyện Con Cuông",
                "Công an huyện Quế Phong",
                "Công an huyện Quỳ Châu",
            ]
        ),
        "Cụm thi đua số 2",
    ),
    case(
        "the_district_police_of_a_cluster_are_under_its_province",
        DATE,
        PLACES_OF_MEMBERS,
        "parent of",
        equal("Công an tỉnh Nghệ An"),
        "Cụm thi đua số 2",
    ),
    case(
        "classes_of_one_order_go_one_to_each_person_named_in_order",
        DATE,
        IN_ORDER,
        "awards",
        equal(
            {
                ("Huân chương Chiến công hạng Nhất", "Hồ Văn Tấn"),
                ("Huân chương Chiến công hạng Nhì", "Lý Văn Côn"),
                ("Huân chương Chiến công hạng Ba", "Mạc Văn Hòe"),
            }
        ),
    ),
    case(
        "classes_given_to_counts_stay_without_recipient",
        DATE,
        COUNTED_CLASSES,
        "awards",
        equal(
            {
                ("Huy chương Chiến sĩ vẻ vang hạng Nhất", None),
                ("Huy chương Chiến sĩ vẻ vang hạng Nhì", None),
            }
        ),
    ),
    case(
        "a_title_is_named_without_danh_hieu_and_an_order_without_the_flag",
        DATE,
        TITLE,
        "award names",
        equal({"Anh hùng Lực lượng vũ trang nhân dân", "Huân chương Sao vàng"}),
    ),
    case(
        "units_named_after_la_before_the_verb_receive_the_award",
        DATE,
        NAMED_AFTER_LA,
        "awards",
        equal(
            {
                ("Huân chương Chiến công hạng Nhì", "Phòng Cảnh sát hình sự"),
                ("Huân chương Chiến công hạng Nhì", "Phòng Cảnh sát kinh tế"),
            }
        ),
    ),
    case(
        "a_spot_reward_goes_to_each_unit_named_after_it",
        DATE,
        SPOT_REWARD,
        "awards",
        equal(
            {
                ("khen thưởng", "Phòng Cảnh sát hình sự"),
                ("khen thưởng", "Công an huyện Văn Lâm"),
            }
        ),
    ),
    case(
        "a_commander_named_without_bo_tu_lenh_holds_the_command",
        DATE,
        COMMANDERS,
        "posts of",
        equal({("Tư lệnh", "Bộ Tư lệnh Cảnh vệ")}),
        "Vi Văn Khởi",
    ),
    case(
        "a_deputy_commander_of_a_command_written_short",
        DATE,
        COMMANDERS,
        "posts of",
        equal({("Phó Tư lệnh", "Bộ Tư lệnh Cảnh sát cơ động")}),
        "Bế Đức Hạnh",
    ),
    case(
        "handing_over_an_award_on_a_day_is_a_ceremony",
        DATE,
        HANDED_OVER,
        "events",
        equal([("ceremony", "2023-03-16")]),
    ),
    case(
        "a_contest_is_an_other_event",
        DATE,
        CONTEST,
        "events",
        equal([("other", "2023-03-17")]),
    ),
    case(
        "a_youth_union_is_under_the_police_unit_named_after_it",
        DATE,
        YOUTH,
        "parents",
        has(("Đoàn Thanh niên Công an tỉnh Thái Bình", "Công an tỉnh Thái Bình")),
    ),
    case(
        "the_youth_union_receives_the_award",
        DATE,
        YOUTH,
        "awards",
        equal({("Bằng khen", "Đoàn Thanh niên Công an tỉnh Thái Bình")}),
    ),
    case(
        "a_district_named_bare_after_tai_is_a_place_not_a_person",
        DATE,
        WHERE_HELD,
        "people",
        equal({"Ông Văn Kiểm"}),
    ),
    case(
        "a_district_named_bare_after_tai_gives_the_province_of_a_bare_unit",
        DATE,
        WHERE_HELD,
        "posts of",
        equal({("Giám đốc", "Công an tỉnh Ninh Thuận")}),
        "Ông Văn Kiểm",
    ),
    case(
        "a_province_named_before_is_kept_over_the_place_of_a_meeting",
        DATE,
        PROVINCE_NAMED_FIRST,
        "posts of",
        equal({("Phó Giám đốc", "Công an tỉnh Lâm Đồng")}),
        "Lê Văn Thìn",
    ),
    case(
        "a_headline_reward_sums_up_the_award_the_body_names",
        DATE,
        SUMMED_UP,
        "awards",
        equal({("Giấy khen", None)}),
    ),
    case(
        "a_meeting_chaired_on_the_day_of_a_signing_is_a_conference",
        DATE,
        CHAIRED,
        "events",
        equal([("signing", "2023-03-22"), ("conference", "2023-03-22")]),
    ),
    case(
        "two_awards_received_together_go_to_the_subject",
        DATE,
        TWO_RECEIVED,
        "awards",
        equal({("Cờ thi đua", "Công an huyện Tân Yên"), ("Bằng khen", "Công an huyện Tân Yên")}),
    ),
    case(
        "two_awards_given_together_go_to_the_recipient_after_them",
        DATE,
        TWO_GIVEN,
        "awards",
        equal({("Cờ thi đua", "Công an huyện Lục Nam"), ("Bằng khen", "Công an huyện Lục Nam")}),
    ),
    case(
        "the_year_of_the_deed_rewarded_does_not_make_an_award_past",
        DATE,
        FOR_LAST_YEAR,
        "awards",
        equal({("Cờ thi đua", "Phòng Cảnh sát kinh tế")}),
    ),
    case(
        "the_head_of_a_state_board_holds_trưởng_ban_of_it",
        DATE,
        BOARD_HEAD,
        "posts of",
        equal({("Trưởng Ban", "Ban Thi đua - Khen thưởng Trung ương")}),
        "Đinh Văn Thưởng",
    ),
    case(
        "two_passive_clauses_give_both_awards_to_the_subject",
        DATE,
        TWO_PASSIVE,
        "awards",
        equal({("Bằng khen", "Công an huyện Krông Pắc"), ("Giấy khen", "Công an huyện Krông Pắc")}),
    ),
    case(
        "a_count_given_with_the_award_before_is_not_the_next_ones",
        DATE,
        COUNT_THEN_UNIT,
        "granted counts",
        equal({("Bằng khen", None, 3), ("Cờ thi đua", "Phòng Cảnh sát giao thông", None)}),
    ),
    case(
        "provinces_in_brackets_after_a_cluster_are_its_members",
        DATE,
        BRACKETED,
        "members of",
        equal(
            [
                "Công an tỉnh Quảng Bình",
                "Công an tỉnh Quảng Trị",
                "Công an tỉnh Thừa Thiên Huế",
                "Công an tỉnh Quảng Nam",
                "Công an tỉnh Quảng Ngãi",
            ]
        ),
        "Cụm thi đua số 7",
    ),
    case(
        "one_unit_in_brackets_is_no_member",
        DATE,
        BRACKETED,
        "members of",
        equal([]),
        "Cụm thi đua số 2",
    ),
    case(
        "leaders_attending_the_meeting_of_the_cluster_the_sentence_names_are_its_members",
        DATE,
        LEADERS_HERE,
        "members of",
        equal(["Công an tỉnh Thanh Hóa", "Công an tỉnh Nghệ An", "Công an tỉnh Hà Tĩnh"]),
        "Cụm thi đua số 3",
    ),
    case(
        "a_speaker_quoted_in_a_ceremony_report_attends_it",
        DATE,
        QUOTED,
        "attendees",
        equal(["Lê Quang Hạnh"]),
    ),
    case(
        "classes_in_figures_are_written_in_words_and_a_title_ends_before_its_period",
        DATE,
        IN_FIGURES,
        "award names",
        equal(
            {
                "Huân chương Chiến công hạng Ba",
                "Huân chương Bảo vệ Tổ quốc hạng Nhì",
                "Huân chương Bảo vệ Tổ quốc hạng Ba",
                "Anh hùng Lực lượng vũ trang nhân dân",
            }
        ),
    ),
    case(
        "a_level_followed_by_a_place_is_not_a_bloc_name",
        DATE,
        AFTER_LEVEL,
        "clusters",
        lacks("Cụm thi đua Công an các tỉnh"),
    ),
    case(
        "a_level_followed_by_a_place_names_no_unit_of_its_own",
        DATE,
        AFTER_LEVEL,
        "units",
        lacks("Công an tỉnh Tây Nguyên"),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_clusters_events_and_awards(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
