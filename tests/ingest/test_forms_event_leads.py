"""Events met in a round of reading real reports (`tests/fixtures/real-news-blind-10`): an
article with no day whose headline names no event, a working visit, a congress the event
serves, a count after the event word; one row a case. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, Expect, case, equal, found, has, lacks

from ingest.model import Facts

DATE = "2022-10"

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "kinds": lambda facts, _: {e.kind for e in facts.events},
    "attending": lambda facts, _: {name for e in facts.events for name in e.attendees},
    "attendees on": lambda facts, day: next(e for e in facts.events if e.date == day).attendees,
}

BODY_LEAD = (
    "Bình Dương biểu dương 20 tập thể trong phong trào bảo vệ an ninh Tổ quốc\n\n"
    "Hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc của tỉnh có sự tham dự của "
    "lãnh đạo các sở, ngành.\n\nPhát biểu tại hội nghị, Đại tá Quản Văn Thịnh, Giám đốc Công "
    "an tỉnh Bình Dương biểu dương các địa phương."
)
VISIT = (
    "Đoàn công tác của Cục Cảnh sát giao thông do Thiếu tướng Lưu Đình Phác, Phó Cục trưởng "
    "dẫn đầu đã đến thăm và làm việc tại Công an tỉnh Cao Bằng."
)
SERVED = (
    "Chiều 12/10, Đại tá Vũ Hữu Toản, Giám đốc Công an tỉnh Hà Giang chủ trì lễ ra quân bảo "
    "đảm an ninh, trật tự trong thời gian diễn ra Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII."
)
COUNTED = (
    "Ngày 5/10, Chủ tịch UBND tỉnh Lâm Đồng đã khen thưởng đột xuất 3 tập thể có thành tích "
    "phá án. Phát biểu tại buổi lễ, bà Đoàn Thị Yến Nhi, Phó Chủ tịch UBND tỉnh biểu dương "
    "các đơn vị."
)
TWO_CEREMONIES = (
    "Hai đơn vị đón nhận danh hiệu Anh hùng\n\nNhân kỷ niệm 77 năm Ngày truyền thống CAND, "
    "UBND tỉnh Yên Bái tổ chức lễ đón nhận danh hiệu Anh hùng cho Công an huyện Lục Yên. "
    "Thừa ủy quyền của Chủ tịch nước, ông Khúc Văn Doanh, Bí thư Tỉnh ủy trao danh hiệu.\n\n"
    "Ngày 19-10, Công an tỉnh Lào Cai tổ chức lễ đón nhận Huân chương Chiến công hạng Nhì."
)
SERVED_TWO = (
    "Chiều 12/10, Công an tỉnh Hà Giang ra quân bảo đảm an ninh trong thời gian diễn ra Đại "
    "hội đại biểu Đảng bộ tỉnh lần thứ XVII và Đại hội đại biểu toàn quốc lần thứ XIII."
)
PRAISED_AT = (
    "Chiều 20/10, Công an tỉnh Lâm Đồng tổ chức hội nghị tuyên dương, khen thưởng đột xuất "
    "các tập thể phá chuyên án ma túy."
)
DECIDED_NEXT = (
    "Sáng 2/10, tại xã Mường Ảng, Công an tỉnh Điện Biên tổ chức lễ công bố quyết định và ra "
    "mắt Công an xã Mường Ảng.\n\nĐại tá Kha Đình Lễ, Phó Giám đốc Công an tỉnh trao quyết "
    "định bổ nhiệm Trung tá Mẫn Văn Tường giữ chức Trưởng Công an xã Mường Ảng."
)
STARTS_LATER = (
    "Chiều 3/10, Bộ Công an công bố quyết định bổ nhiệm Đại tá Kha Đình Lễ giữ chức Giám đốc "
    "Công an tỉnh Điện Biên.\n\nĐại tá Kha Đình Lễ nhận nhiệm vụ từ ngày 5/10, thay cho Đại "
    "tá Mẫn Văn Tường được điều động đến nhận công tác tại Tỉnh ủy Điện Biên."
)
MOVED_AFTER = (
    "Chiều 2/10, Công an tỉnh Điện Biên tổ chức lễ công bố các quyết định về công tác cán bộ.\n\n"
    "Theo đó, Trung tá Mẫn Văn Tường, Phó Trưởng Công an huyện Tuần Giáo, được bổ nhiệm giữ "
    "chức Trưởng Công an huyện Tuần Giáo.\n\nTrưởng Công an huyện Tuần Giáo tiền nhiệm, Thượng "
    "tá Đèo Văn Sáng, được điều động làm Trưởng phòng Tham mưu."
)
SIGNED_BEFORE = (
    "Sáng 4/10, Công an tỉnh Điện Biên tổ chức lễ công bố Quyết định số 4120/QĐ-BCA ngày "
    "28/9/2022 của Bộ trưởng Bộ Công an về công tác cán bộ.\n\nTheo quyết định, Đại tá Kha "
    "Đình Lễ được điều động, bổ nhiệm giữ chức vụ Giám đốc Công an tỉnh Điện Biên."
)
EXAMPLES_LISTED = (
    "Ngày 20/10, Công an tỉnh Điện Biên tổ chức lễ công bố quyết định nghỉ hưu đối với lãnh đạo "
    "cấp phòng.\n\nTrong số 12 sĩ quan có 5 Trưởng phòng và 7 Phó Trưởng phòng, như Thượng tá "
    "Mẫn Văn Tường (Trưởng phòng Tham mưu) và Thượng tá Đèo Văn Sáng (Phó Trưởng phòng Hậu cần)."
)

CASES = [
    case(
        "an_undated_article_is_told_in_the_body_lead_when_its_headline_names_no_event",
        DATE,
        BODY_LEAD,
        "events",
        equal({("conference", DATE)}),
    ),
    case(
        "the_one_who_speaks_at_the_undated_event_attends_it",
        DATE,
        BODY_LEAD,
        "attending",
        has("Quản Văn Thịnh"),
    ),
    case(
        "a_visit_to_work_at_a_unit_is_a_working_session",
        DATE,
        VISIT,
        "kinds",
        equal({"conference"}),
    ),
    case(
        "a_congress_the_event_is_held_for_is_no_event",
        DATE,
        SERVED,
        "kinds",
        lacks("conference"),
    ),
    case(
        "an_appointment_handed_over_after_the_dated_ceremony_is_made_that_day",
        DATE,
        DECIDED_NEXT,
        "events",
        equal({("ceremony", "2022-10-02"), ("appointment", "2022-10-02")}),
    ),
    case(
        "the_day_one_takes_up_a_post_is_no_day_of_an_event",
        DATE,
        STARTS_LATER,
        "events",
        lacks(("appointment", "2022-10-05")),
    ),
    case(
        "the_day_a_numbered_decision_was_signed_is_no_day_of_an_event",
        DATE,
        SIGNED_BEFORE,
        "events",
        equal({("ceremony", "2022-10-04"), ("appointment", "2022-10-04")}),
    ),
    case(
        "one_moved_to_a_post_in_the_paragraphs_after_a_ceremony_of_decisions_is_at_it",
        DATE,
        MOVED_AFTER,
        "attending",
        has("Đèo Văn Sáng"),
    ),
    case(
        "officers_named_as_examples_of_those_a_ceremony_was_held_for_are_at_it",
        DATE,
        EXAMPLES_LISTED,
        "attending",
        has("Mẫn Văn Tường", "Đèo Văn Sáng"),
    ),
    case(
        "what_a_conference_does_listed_after_it_is_no_ceremony",
        DATE,
        PRAISED_AT,
        "events",
        equal({("conference", "2022-10-20")}),
    ),
    case(
        "congresses_joined_to_one_the_event_serves_are_no_events",
        DATE,
        SERVED_TWO,
        "kinds",
        lacks("conference"),
    ),
    case(
        "an_undated_ceremony_held_in_the_body_lead_is_apart_from_a_dated_one_after_it",
        DATE,
        TWO_CEREMONIES,
        "events",
        equal({("ceremony", DATE), ("ceremony", "2022-10-19")}),
    ),
    case(
        "who_hands_over_at_the_undated_ceremony_attends_it_and_not_the_dated_one",
        DATE,
        TWO_CEREMONIES,
        "attendees on",
        equal(["Khúc Văn Doanh"]),
        DATE,
    ),
    case(
        "a_reward_to_a_count_of_units_on_a_day_is_a_ceremony",
        DATE,
        COUNTED,
        "events",
        equal({("ceremony", "2022-10-05")}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_event_leads(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
