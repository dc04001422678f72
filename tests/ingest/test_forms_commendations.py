"""Letters of commendation, awards and attendance met in a round of reading real reports
(`tests/fixtures/real-news-blind-15`): letters sent or handed, posts written short, people only
greeted or remembered; one row a case. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, awards, case, equal, found, has, lacks

from ingest.model import Facts

DATE = "2021-05"

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "awards": lambda facts, _: awards(facts),
    "granted": lambda facts, _: {(a.award, a.recipient, a.grantor) for a in facts.awards},
    "present": lambda facts, _: {n for e in facts.events for n in e.attendees},
    "kinds": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "ranks": lambda facts, _: {p.name: p.rank for p in facts.persons},
}

LETTER_SENT = (
    "Ngày 4-5, Bộ trưởng Bộ Công an đã gửi thư khen Phòng Cảnh sát hình sự Công an tỉnh Yên Bái "
    "và Công an huyện Văn Chấn vì đã nhanh chóng bắt giữ nhóm cướp tiệm vàng."
)
LETTER_HANDED = (
    "Sáng 12/5, tại trụ sở Công an tỉnh Kon Tum, Thứ trưởng Bộ Công an trao Thư khen của Thủ "
    "tướng Chính phủ cho Công an tỉnh Kon Tum."
)
LETTER_READ = (
    "Tại buổi gặp mặt, Giám đốc Công an tỉnh đọc Thư khen của Thứ trưởng Bộ Công an gửi Công an "
    "tỉnh Sóc Trăng."
)
LETTER_WITH_REWARD = (
    "Ngày 20-5, Bộ Công an gửi thư khen, đồng thời thưởng cho các đơn vị: Công an huyện Tam "
    "Nông, Công an huyện Thanh Thủy, mỗi đơn vị 10 triệu đồng."
)
SHORT_CENTRAL_COMMITTEE = (
    "Ngày 9/5, Trung tướng Khâu Đình Tước, Ủy viên T.Ư Đảng, Thứ trưởng Bộ Công an làm việc "
    "với Công an tỉnh Hà Giang."
)
GREETINGS_PASSED_ON = (
    "Sáng 19/5, Công an tỉnh Bến Tre tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì. Ông "
    "Đoàn Hữu Lễ, Phó Chủ tịch UBND tỉnh dự buổi lễ và chuyển lời chúc mừng của ông Thân Văn "
    "Kiểm, Bí thư Tỉnh ủy, tới các đơn vị được khen thưởng."
)
REMEMBERED = (
    "Sáng 10/5, đoàn đại biểu Công an tỉnh Hưng Yên do Đại tá Ngô Đức Tiệp, Giám đốc Công an "
    "tỉnh dẫn đầu đã dâng hương tưởng niệm cố Bộ trưởng Bộ Công an Diêm Văn Hòe."
)
MINISTRY_AFTER_A_POST = (
    "Các cá nhân được tặng Bằng khen gồm Trung tá Quang Văn Thiệp, Đội trưởng, Phòng Cảnh sát "
    "hình sự, Công an tỉnh Vĩnh Phúc, Bộ Công an và Đại úy Tòng Thị Lả, Phó Trưởng phòng Cảnh "
    "sát giao thông, Công an tỉnh Vĩnh Phúc, Bộ Công an."
)
PROMOTED_FROM_TO = (
    "Sáng 28/5, Đại tá Chẩu Văn Lìn, Giám đốc Công an tỉnh Lạng Sơn trao quyết định thăng cấp "
    "bậc hàm từ Thượng tá lên Đại tá cho Thượng tá Ma Đình Pắn, Trưởng phòng Tham mưu."
)
PROMOTED_NAMED_WITH_THE_NEW_RANK = (
    "Chiều 16/5, Bộ trưởng Lò Văn Nhịp trao quyết định thăng quân hàm cho Trung tướng Sa Văn Khoa."
)
VISIT_TO_CONGRATULATE = (
    "Sáng 18/5, Đoàn đại biểu Tỉnh ủy, UBND tỉnh Phú Yên do ông Trà Văn Lũy, Bí thư Tỉnh ủy "
    "dẫn đầu đã đến chúc mừng cán bộ, chiến sĩ Công an tỉnh. Cùng đi có ông Mông Đức Thiệm, "
    "Chủ tịch UBND tỉnh."
)
PROVINCE_NAMED_LATER = (
    "Ngày 6/5, đoàn công tác do ông Cầm Văn Nhượng, Chủ tịch HĐND tỉnh dẫn đầu có buổi làm "
    "việc với Công an huyện Châu Thành, Công an tỉnh Tiền Giang."
)
FLAGS_OF_TWO_GIVERS = (
    "Ngày 14/1, tại hội nghị, Thiếu tướng Khang Văn Sử trao Cờ thi đua của Chính phủ cho Công "
    "an tỉnh Yên Bái; Cờ thi đua của Bộ Công an cho Công an các tỉnh Tuyên Quang và Phú Thọ."
)
LAST_YEARS_FLAG = (
    "Ngày 9/1, Công an tỉnh Ninh Bình tổng kết công tác năm 2020. Tại hội nghị, Công an tỉnh "
    "được UBND tỉnh tặng Cờ thi đua xuất sắc năm 2020."
)
PEOPLE_COUNTED_THEN_NAMED = (
    "Ngày 7-5, Giám đốc Công an tỉnh Trà Vinh quyết định tặng giấy khen đột xuất cho 2 người "
    "dân và 3 cán bộ, chiến sĩ là đại úy Thạch Sô Phét, Phó Trưởng Công an xã Long Đức; trung "
    "úy Kim Sa Rươl, cán bộ Đội Cảnh sát hình sự Công an huyện Châu Thành và thượng sĩ Lâm Văn "
    "Nhanh."
)
COMMUNE_NAMED_WITH_ITS_DISTRICT = (
    "Sáng 3/7, Công an tỉnh Lâm Đồng trao quyết định bổ nhiệm Thiếu tá Hờ Văn Sính giữ chức vụ "
    "Trưởng Công an xã Phúc Thọ Lâm Hà."
)
DAY_OF_THE_DEED = (
    "Ngày 11-5, Bộ Công an có quyết định thưởng cho Công an huyện Tân Thành vì đã phá nhanh vụ "
    "án giết người xảy ra ngày 26-4 vừa qua. Phát biểu tại buổi lễ, Thiếu tướng Lạc Văn Giáp "
    "biểu dương các lực lượng."
)
CLASSES_TO_THE_SUBJECT = (
    "Dịp này, hai tập thể và 6 cá nhân thuộc Công an tỉnh Cà Mau được tặng thưởng Huân chương "
    "Chiến công hạng Nhì, hạng Ba."
)
REMOTE_CITY = (
    "Sáng 20/5, Bộ Công an tổ chức hội nghị trực tuyến. Tại điểm cầu TP Cần Thơ, Phó Chủ tịch "
    "UBND thành phố Diệp Văn Hên dự hội nghị."
)
LETTER = "Thư khen"

CASES = [
    case(
        "a_letter_sent_to_units_is_an_award_to_each",
        DATE,
        LETTER_SENT,
        "granted",
        equal(
            {
                (LETTER, "Phòng Cảnh sát hình sự", "Bộ trưởng Bộ Công an"),
                (LETTER, "Công an huyện Văn Chấn", "Bộ trưởng Bộ Công an"),
            }
        ),
    ),
    case(
        "a_letter_handed_over_is_an_award_from_its_sender",
        DATE,
        LETTER_HANDED,
        "granted",
        equal({(LETTER, "Công an tỉnh Kon Tum", "Thủ tướng Chính phủ")}),
    ),
    case(
        "a_letter_handed_over_is_a_ceremony",
        DATE,
        LETTER_HANDED,
        "kinds",
        has(("ceremony", "2021-05-12")),
    ),
    case(
        "a_letter_read_out_goes_to_the_unit_it_is_sent_to",
        DATE,
        LETTER_READ,
        "awards",
        equal({(LETTER, "Công an tỉnh Sóc Trăng")}),
    ),
    case(
        "a_letter_sent_with_a_reward_leaves_the_reward_its_units",
        DATE,
        LETTER_WITH_REWARD,
        "awards",
        equal(
            {("khen thưởng", "Công an huyện Tam Nông"), ("khen thưởng", "Công an huyện Thanh Thủy")}
        ),
    ),
    case(
        "the_ministry_closing_a_recipients_post_is_no_recipient",
        DATE,
        MINISTRY_AFTER_A_POST,
        "awards",
        equal({("Bằng khen", "Quang Văn Thiệp"), ("Bằng khen", "Tòng Thị Lả")}),
    ),
    case(
        "one_promoted_from_a_rank_to_the_next_holds_the_next",
        DATE,
        PROMOTED_FROM_TO,
        "ranks",
        equal({"Chẩu Văn Lìn": "Đại tá", "Ma Đình Pắn": "Đại tá"}),
    ),
    case(
        "the_one_who_hands_a_promotion_keeps_his_rank",
        DATE,
        PROMOTED_NAMED_WITH_THE_NEW_RANK,
        "ranks",
        equal({"Lò Văn Nhịp": None, "Sa Văn Khoa": "Trung tướng"}),
    ),
    case(
        "a_delegation_come_to_congratulate_is_a_visit",
        DATE,
        VISIT_TO_CONGRATULATE,
        "kinds",
        equal({("other", "2021-05-18")}),
    ),
    case(
        "a_visiting_delegation_attends_its_visit",
        DATE,
        VISIT_TO_CONGRATULATE,
        "present",
        equal({"Trà Văn Lũy", "Mông Đức Thiệm"}),
    ),
    case(
        "a_provincial_council_said_bare_is_the_province_the_sentence_names_after",
        DATE,
        PROVINCE_NAMED_LATER,
        "posts",
        equal({("Chủ tịch", "Hội đồng nhân dân tỉnh Tiền Giang")}),
        "Cầm Văn Nhượng",
    ),
    case(
        "a_district_police_named_before_its_province_is_under_it",
        DATE,
        PROVINCE_NAMED_LATER,
        "parents",
        has(("Công an huyện Châu Thành", "Công an tỉnh Tiền Giang")),
    ),
    case(
        "provinces_listed_after_cong_an_cac_tinh_each_receive_the_flag",
        DATE,
        FLAGS_OF_TWO_GIVERS,
        "granted",
        equal(
            {
                ("Cờ thi đua", "Công an tỉnh Yên Bái", "Chính phủ"),
                ("Cờ thi đua", "Công an tỉnh Tuyên Quang", "Bộ Công an"),
                ("Cờ thi đua", "Công an tỉnh Phú Thọ", "Bộ Công an"),
            }
        ),
    ),
    case(
        "last_years_flag_handed_at_the_conference_is_an_award",
        "2021-01",
        LAST_YEARS_FLAG,
        "awards",
        equal({("Cờ thi đua", "Công an tỉnh Ninh Bình")}),
    ),
    case(
        "people_counted_then_named_after_la_each_receive_the_award",
        DATE,
        PEOPLE_COUNTED_THEN_NAMED,
        "awards",
        equal(
            {
                ("Giấy khen", "Thạch Sô Phét"),
                ("Giấy khen", "Kim Sa Rươl"),
                ("Giấy khen", "Lâm Văn Nhanh"),
            }
        ),
    ),
    case(
        "a_commune_of_2025_named_with_its_old_district_keeps_the_districts_name",
        "2025-07",
        COMMUNE_NAMED_WITH_ITS_DISTRICT,
        "units",
        has("Công an xã Phúc Thọ Lâm Hà"),
    ),
    case(
        "the_day_a_crime_happened_dates_no_ceremony",
        DATE,
        DAY_OF_THE_DEED,
        "kinds",
        equal({("ceremony", "2021-05-11")}),
    ),
    case(
        "classes_said_after_a_passive_subject_go_to_it_each",
        DATE,
        CLASSES_TO_THE_SUBJECT,
        "awards",
        equal(
            {
                ("Huân chương Chiến công hạng Nhì", "Công an tỉnh Cà Mau"),
                ("Huân chương Chiến công hạng Ba", "Công an tỉnh Cà Mau"),
            }
        ),
    ),
    case(
        "a_city_said_with_its_level_at_a_remote_point_owns_the_bare_committee_after_it",
        DATE,
        REMOTE_CITY,
        "posts",
        equal({("Phó Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ")}),
        "Diệp Văn Hên",
    ),
    case(
        "one_whose_greetings_are_passed_on_is_not_there",
        DATE,
        GREETINGS_PASSED_ON,
        "present",
        equal({"Đoàn Hữu Lễ"}),
    ),
    case(
        "units_rewarded_told_of_again_are_no_new_award",
        DATE,
        GREETINGS_PASSED_ON,
        "awards",
        lacks(("khen thưởng", "Đoàn Hữu Lễ"), ("khen thưởng", None)),
    ),
    case(
        "the_dead_remembered_attend_nothing", DATE, REMEMBERED, "present", equal({"Ngô Đức Tiệp"})
    ),
    case(
        "a_central_committee_written_short_is_written_out_in_the_role",
        DATE,
        SHORT_CENTRAL_COMMITTEE,
        "posts",
        equal(
            {
                ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
                ("Thứ trưởng", "Bộ Công an"),
            }
        ),
        "Khâu Đình Tước",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_commendations(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
