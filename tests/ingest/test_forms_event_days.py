"""Events met in a round of reading real reports (`tests/fixtures/real-news-blind-12`): the day
of a ceremony after a flashback to the crime it rewards, an event known only because someone
spoke at it, a voters' meeting held after a council's session; one row a case. Every sentence
here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, Expect, case, equal, found, has

from ingest.model import Facts

DATE = "2020-10"

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "attendance": lambda facts, _: {(e.date, n) for e in facts.events for n in e.attendees},
}

FLASHBACK = (
    "Sáng 9/10, Công an huyện Bảo Lâm tổ chức lễ trao giấy khen cho 2 người dân dũng cảm bắt "
    "cướp. Trước đó, khoảng 21 giờ ngày 20/9, một đối tượng giật túi xách của chị L. rồi bỏ "
    "chạy. Tại buổi lễ, Thiếu tá Phan Hữu Tiệp - Trưởng Công an huyện Bảo Lâm trao giấy khen."
)
SPOKEN_AT = (
    "Ngày 14-10, Bộ Công an gửi thư khen và thưởng Công an huyện Mèo Vạc 10 triệu đồng. Phát "
    "biểu tại buổi lễ, Thiếu tướng Mai Đức Thọ, Phó Cục trưởng Cục Cảnh sát hình sự biểu "
    "dương đơn vị."
)
VOTERS = (
    "Sáng 22/10, Đại tá Giàng A Chư, Giám đốc Công an tỉnh Lai Châu và bà Lò Thị Nhung đã "
    "tiếp xúc cử tri xã Bản Hon, huyện Tam Đường sau kỳ họp thứ hai HĐND tỉnh."
)
REPORTED_REWARD = (
    "Sáng 9/10, Chủ tịch UBND tỉnh Hà Giang trao Huân chương Chiến công hạng Ba cho Công an "
    "huyện Bảo Lâm.\n\nCũng trong ngày, UBND tỉnh Cao Bằng thông tin ông Nông Thế Viện - Chủ "
    "tịch UBND tỉnh này vừa khen thưởng đột xuất Công an huyện Bảo Lạc."
)
LONG_CHAIN = (
    "Ngày 16-10, Công an thành phố Cần Thơ tổ chức lễ kỷ niệm 75 năm Ngày truyền thống. Ủy viên "
    "Trung ương Đảng, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố Cần Thơ Văn "
    "Thế Khởi dự, chỉ đạo."
)
DECISIONS_ANNOUNCED = (
    "Chiều 28/6, Bộ Công an công bố các quyết định về nhân sự lãnh đạo công an cấp tỉnh, chuẩn "
    "bị cho việc hợp nhất tỉnh từ ngày 1/7. Lễ được truyền hình trực tuyến tới công an các địa "
    "phương. Thượng tướng Ninh Quang Khải, Thứ trưởng Bộ Công an chủ trì buổi lễ."
)
A_WEEK = (
    "Chiều 28/12, Công an thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2017, năm "
    "thành phố tổ chức thành công Tuần lễ Cấp cao APEC."
)
SPOKEN_IN_A_PARAGRAPH = (
    "Sáng 5/10, Công an tỉnh Cao Bằng tổ chức lễ công bố quyết định bổ nhiệm Giám đốc.\n\n"
    "Ông Bế Đức Thoan, Phó Bí thư Thường trực Tỉnh ủy đề nghị tân Giám đốc sớm nắm tình hình."
)
RECEIVED_ON_A_DAY = (
    "Sáng 19/10, Công an huyện Yên Lạc đón nhận Huân chương Chiến công hạng Ba. Thừa ủy quyền "
    "của Chủ tịch nước, đồng chí Lã Duy Khánh, Bí thư Tỉnh ủy đã gắn Huân chương lên Cờ truyền "
    "thống của Công an huyện."
)
STAMPED = (
    "Công an huyện Yên Lạc đón nhận Huân chương Chiến công 20/10/2020 09:30\n\nSáng 19-10, Công "
    "an huyện Yên Lạc tổ chức lễ đón nhận Huân chương Chiến công hạng Ba."
)

CASES = [
    case(
        "a_ceremony_keeps_its_day_after_a_flashback_to_the_crime",
        DATE,
        FLASHBACK,
        "attendance",
        equal({("2020-10-09", "Phan Hữu Tiệp")}),
    ),
    case(
        "one_who_spoke_at_a_ceremony_no_sentence_named_attends_it_that_day",
        DATE,
        SPOKEN_AT,
        "attendance",
        equal({("2020-10-14", "Mai Đức Thọ")}),
    ),
    case(
        "a_session_a_voters_meeting_follows_is_no_event",
        DATE,
        VOTERS,
        "events",
        equal({("other", "2020-10-22")}),
    ),
    case(
        "one_whose_reward_another_sentence_reports_that_day_attends_nothing",
        DATE,
        REPORTED_REWARD,
        "events",
        equal({("ceremony", "2020-10-09")}),
    ),
    case(
        "one_whose_reward_is_reported_is_at_no_ceremony",
        DATE,
        REPORTED_REWARD,
        "attendance",
        equal(set()),
    ),
    case(
        "one_named_after_a_long_chain_ending_in_a_delegation_attends",
        DATE,
        LONG_CHAIN,
        "attendance",
        equal({("2020-10-16", "Văn Thế Khởi")}),
    ),
    case(
        "decisions_announced_are_an_appointment_and_the_ceremony_said_after_is_that_day",
        "2025-06",
        DECISIONS_ANNOUNCED,
        "events",
        equal({("appointment", "2025-06-28"), ("ceremony", "2025-06-28")}),
    ),
    case(
        "the_chair_of_that_ceremony_attends_it_on_its_day",
        "2025-06",
        DECISIONS_ANNOUNCED,
        "attendance",
        equal({("2025-06-28", "Ninh Quang Khải")}),
    ),
    case(
        "a_week_tuan_le_is_no_ceremony",
        "2017-12",
        A_WEEK,
        "events",
        equal({("conference", "2017-12-28")}),
    ),
    case(
        "one_who_asks_or_judges_in_a_paragraph_of_the_event_attends_it",
        DATE,
        SPOKEN_IN_A_PARAGRAPH,
        "attendance",
        has(("2020-10-05", "Bế Đức Thoan")),
    ),
    case(
        "a_unit_receiving_an_order_on_a_day_holds_a_ceremony_its_giver_attends",
        DATE,
        RECEIVED_ON_A_DAY,
        "attendance",
        equal({("2020-10-19", "Lã Duy Khánh")}),
    ),
    case(
        "a_headline_time_stamp_dates_no_event",
        DATE,
        STAMPED,
        "events",
        equal({("ceremony", "2020-10-19")}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_event_days(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
