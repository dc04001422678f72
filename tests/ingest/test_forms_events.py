"""The events an article tells of: their kinds, days, attendees and organisers, as met in
rounds of reading real reports (`tests/fixtures/real-news-blind-2` to `-5`), one row a case.
Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support import form_texts as t
from support.extraction import FIELDS, Expect, case, equal, found, has, lacks

from ingest.model import EventFact, Facts


def first(facts: Facts, kind: str) -> EventFact:
    return next(e for e in facts.events if e.kind == kind)


VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "each": lambda facts, _: [(e.kind, e.date) for e in facts.events],
    # the day of each kind of event held on it
    "days": lambda facts, _: sorted(
        day or "" for _, day in {(e.kind, e.date) for e in facts.events}
    ),
    "attending": lambda facts, _: {name for e in facts.events for name in e.attendees},
    # of the first event of a kind
    "day of": lambda facts, kind: first(facts, kind).date,
    "attendees of": lambda facts, kind: first(facts, kind).attendees,
    "organisers of": lambda facts, kind: first(facts, kind).organisers,
    "attendees on": lambda facts, day: next(e for e in facts.events if e.date == day).attendees,
}

SOLEMN = (
    "Sáng 13/2, Công an tỉnh Phú Yên trang trọng trao tặng Huân chương cho 20 cán bộ hưu "
    "trí. Thừa ủy quyền của Chủ tịch nước, ông Đỗ Văn Khang, Chủ tịch UBND tỉnh gắn Huân "
    "chương lên cờ truyền thống."
)
ANNOUNCED = (
    "Ngày 14/2, Công an tỉnh Kon Tum công bố các quyết định về công tác cán bộ.\n\nDự buổi "
    "lễ có ông Lê Văn Tú, Phó Chủ tịch UBND tỉnh Kon Tum."
)
THIS_AFTERNOON = (
    "Chiều 17/2, Bộ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm cho Thiếu tướng Đàm "
    "Văn Khoa. Cũng trong chiều nay, Bộ trưởng dự lễ kỷ niệm ngày truyền thống Cục Đối "
    "ngoại. Trước đó một ngày (16/2), Đại tá Mai Văn Quyết được điều động giữ chức Phó Cục "
    "trưởng Cục Đối ngoại."
)
HAU_GIANG = (
    "Sáng 28/2, Công an tỉnh Hậu Giang tổ chức lễ đón nhận Huân chương Chiến công.\n\nDịp "
    "này, Thượng tá Kha Văn Lượm, Phó Trưởng phòng Cảnh sát kinh tế được tặng Bằng khen."
    "\n\nĐại tá Lý Văn Út, Giám đốc Công an tỉnh từng được tặng Huân chương Chiến công."
)
AN_GIANG = (
    "Công an tỉnh An Giang công bố quyết định về công tác cán bộ\n\n"
    "Sáng 4/11, Công an tỉnh An Giang tổ chức hội nghị công bố quyết định của Bộ trưởng Bộ "
    "Công an về công tác cán bộ.\n\n"
    "Trung tướng Lý Văn Đạt, Thứ trưởng Bộ Công an trao quyết định và chúc mừng Đại tá Kim "
    "Văn Tha."
)
KON_TUM = (
    "Ngày 3/5, Ban Giám đốc Công an tỉnh Kon Tum đã khen thưởng đột xuất Phòng Cảnh sát "
    "kinh tế vì thành tích triệt phá đường dây buôn lậu. Đại tá Y Blin, Phó Giám đốc Công "
    "an tỉnh đến chúc mừng cán bộ, chiến sĩ của phòng."
)
LOOKS_BACK = (
    "Sáng 22/5, Công an tỉnh Điện Biên tổ chức lễ công bố quyết định bổ nhiệm Đại tá Vừ A "
    "Dính giữ chức Giám đốc Công an tỉnh.\n\nTrước đó, Đại tá Lường Văn Khoan, nguyên Giám "
    "đốc Công an tỉnh Điện Biên đã được điều động về nhận công tác tại Cục Đào tạo."
)

CASES = [
    # third round
    case(
        "officers_listed_after_the_rank_they_rise_to_attend",
        t.THIRD,
        t.RISE_LISTED,
        "attendees of",
        has("Mạc Văn Tiến", "La Đức Hậu", "Âu Minh Quý"),
        "appointment",
    ),
    case(
        "officers_listed_after_the_rank_they_rise_to_attend_that_day",
        t.THIRD,
        t.RISE_LISTED,
        "day of",
        equal("2026-02-09"),
        "appointment",
    ),
    case(
        "a_cluster_reviewing_its_movement_holds_a_conference",
        t.THIRD,
        "Ngày 12/2, Cụm thi đua số 2, Bộ Công an tổng kết phong trào năm 2025.",
        "events",
        equal({("conference", "2026-02-12")}),
    ),
    case(
        "a_cluster_reviewing_its_movement_holds_a_ceremony_when_one_is_named",
        t.THIRD,
        "Ngày 12/2, Cụm thi đua số 2 tổ chức lễ đón nhận Cờ thi đua và tổng kết phong trào "
        "thi đua.",
        "events",
        equal({("ceremony", "2026-02-12")}),
    ),
    case(
        "an_award_given_solemnly_is_a_ceremony",
        t.THIRD,
        SOLEMN,
        "day of",
        equal("2026-02-13"),
        "ceremony",
    ),
    case(
        "who_pins_an_award_given_solemnly_attends",
        t.THIRD,
        SOLEMN,
        "attendees of",
        equal(["Đỗ Văn Khang"]),
        "ceremony",
    ),
    case(
        "the_ceremony_an_appointment_was_announced_at_is_held_that_day",
        t.THIRD,
        ANNOUNCED,
        "events",
        equal({("appointment", "2026-02-14"), ("ceremony", "2026-02-14")}),
    ),
    case(
        "who_attends_the_ceremony_an_appointment_was_announced_at",
        t.THIRD,
        ANNOUNCED,
        "attendees of",
        equal(["Lê Văn Tú"]),
        "ceremony",
    ),
    case(
        "who_holds_the_ceremony_an_appointment_was_announced_at",
        t.THIRD,
        ANNOUNCED,
        "organisers of",
        equal(["Công an tỉnh Kon Tum"]),
        "ceremony",
    ),
    case(
        "the_ministry_whose_minister_decides_holds_the_handing_over",
        "2020-03",
        "Chiều 2/3, tại Sơn La, Thứ trưởng Lê Văn Khải đã trao quyết định của Bộ trưởng Bộ Công "
        "an cho Đại tá Lò Văn Khiêm, tân Giám đốc Công an tỉnh Sơn La.",
        "organisers of",
        equal(["Bộ Công an"]),
        "appointment",
    ),
    case(
        "the_leaders_of_a_clusters_units_sign_for_the_cluster_not_for_their_host",
        "2019-03",
        "Ngày 12/3, tại Công an tỉnh Lai Châu, lãnh đạo Công an 6 tỉnh thuộc Cụm thi đua số 4 "
        "đã ký kết giao ước thi đua năm 2019.",
        "organisers of",
        equal(["Cụm thi đua số 4"]),
        "signing",
    ),
    case(
        "the_leaders_of_a_clusters_units_sign_at_its_conference",
        "2019-03",
        "Ngày 12/3, Cụm thi đua số 4 tổ chức hội nghị tổng kết. Tại hội nghị, lãnh đạo Công an "
        "6 tỉnh thuộc Cụm thi đua số 4 đã cùng nhau ký kết giao ước thi đua năm 2019.",
        "organisers of",
        equal(["Cụm thi đua số 4"]),
        "signing",
    ),
    case(
        "this_afternoon_after_a_dated_sentence_and_a_day_in_brackets",
        t.THIRD,
        THIS_AFTERNOON,
        "days",
        equal(["2026-02-16", "2026-02-17", "2026-02-17"]),
    ),
    case(
        "this_afternoon_is_the_day_of_the_ceremony",
        t.THIRD,
        THIS_AFTERNOON,
        "events",
        has(("ceremony", "2026-02-17")),
    ),
    case(
        "a_paragraph_opening_trong_do_goes_on_at_the_event_before",
        t.THIRD,
        "Chiều 27/2, Giám đốc Công an tỉnh Cao Bằng trao quyết định cho các trưởng Công an xã."
        "\n\nTrong đó, Công an xã Hà Quảng do Thiếu tá Nông Văn Pính làm Trưởng Công an xã.",
        "attendees of",
        has("Nông Văn Pính"),
        "ceremony",
    ),
    case(
        "one_given_an_award_at_the_ceremony_attends_it",
        t.THIRD,
        HAU_GIANG,
        "attendees of",
        has("Kha Văn Lượm"),
        "ceremony",
    ),
    case(
        "one_given_an_award_before_the_ceremony_does_not_attend_it",
        t.THIRD,
        HAU_GIANG,
        "attendees of",
        lacks("Lý Văn Út"),
        "ceremony",
    ),
    # fourth round
    case(
        "an_associations_congress_is_a_conference",
        t.FOURTH,
        t.ASSOCIATION,
        "events",
        has(("conference", "2025-11-25")),
    ),
    case(
        "one_honoured_after_death_named_before_the_verb_attends_nothing",
        t.FOURTH,
        "Sáng 30/11, Công an tỉnh Tây Ninh tổ chức lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng "
        "Ba cho Trung sĩ Giáp Văn Lộc. Cũng tại buổi lễ, Trung sĩ Giáp Văn Lộc được truy tặng "
        "Bằng khen của Chủ tịch UBND tỉnh.",
        "attending",
        lacks("Giáp Văn Lộc"),
    ),
    case(
        "the_day_a_unit_was_founded_is_no_day_of_the_event_reported",
        t.FOURTH,
        "Chiều 12/11, UBND xã Thanh Sơn tổ chức lễ kỷ niệm. Phát biểu tại buổi lễ, Chủ tịch "
        "UBND xã ghi nhận đóng góp của Công an xã kể từ khi được thành lập ngày 1/7/2025.",
        "events",
        equal({("ceremony", "2025-11-12")}),
    ),
    case(
        "a_conference_announcing_decisions_is_a_conference",
        t.FOURTH,
        AN_GIANG,
        "events",
        has(("conference", "2025-11-04")),
    ),
    case(
        "a_conference_announcing_decisions_is_one_conference_all_through",
        t.FOURTH,
        AN_GIANG,
        "events",
        lacks(("ceremony", "2025-11-04")),
    ),
    # fifth round
    case(
        "the_one_who_mandates_the_giver_is_not_at_the_ceremony",
        t.FIFTH,
        t.MANDATED_GIVER,
        "attending",
        equal({"Giáp Văn Tiến", "Ninh Quốc Hào"}),
    ),
    case(
        "one_acting_for_someone_else_is_there_when_the_mandate_comes_first",
        t.FIFTH,
        "Sáng 15/5, thay mặt Bộ trưởng Bộ Công an, Trung tướng Kiều Văn Toản, Thứ trưởng, trao "
        "Bằng khen cho Đại tá Tạ Minh Đức, Giám đốc Công an tỉnh Yên Bái tại lễ tổng kết.",
        "attending",
        has("Kiều Văn Toản"),
    ),
    case(
        "an_extraordinary_reward_on_a_given_day_is_a_ceremony",
        t.FIFTH,
        KON_TUM,
        "each",
        equal([("ceremony", "2024-05-03")]),
    ),
    case(
        "an_extraordinary_reward_is_a_ceremony_of_the_unit_that_gives_it",
        t.FIFTH,
        KON_TUM,
        "organisers of",
        equal(["Công an tỉnh Kon Tum"]),
        "ceremony",
    ),
    case("the_officer_of_the_event_attends_it", t.FIFTH, LOOKS_BACK, "attending", has("Vừ A Dính")),
    case(
        "an_officer_in_a_sentence_that_looks_back_does_not_attend",
        t.FIFTH,
        LOOKS_BACK,
        "attending",
        lacks("Lường Văn Khoan"),
    ),
    # second round
    case(
        "a_predecessor_is_not_at_the_ceremony",
        t.OUTLETS,
        t.PREDECESSOR_RETIRES,
        "attending",
        lacks("Hà Văn Khải"),
    ),
    case(
        "the_one_appointed_in_place_of_a_predecessor_is_at_the_ceremony",
        t.OUTLETS,
        t.PREDECESSOR_RETIRES,
        "attending",
        has("Cầm Văn Đông"),
    ),
    case(
        "one_honoured_alive_is_at_the_ceremony",
        t.OUTLETS,
        t.POSTHUMOUS,
        "attending",
        has("Tôn Thất Bảo"),
    ),
    case(
        "those_honoured_posthumously_are_not_at_the_ceremony",
        t.OUTLETS,
        t.POSTHUMOUS,
        "attending",
        lacks("Lê Văn Quế"),
    ),
    case(
        "an_officer_who_orders_an_arrest_attends",
        t.OUTLETS,
        t.ARRESTED,
        "attending",
        has("Văn Hữu Chiến", "Hà Minh Khôi"),
    ),
    # career notes
    case(
        "officers_listed_in_the_sentence_after_the_event_attend_it",
        t.CAREER,
        "Chiều 18/6, Công an tỉnh Thái Bình tổ chức lễ trao quyết định nghỉ hưu cho 3 đồng chí "
        "lãnh đạo cấp phòng.\n\n"
        "Danh sách các đồng chí nghỉ hưu gồm: Thượng tá Vũ Hữu Lợi, Trưởng phòng Tham mưu; "
        "Thượng tá Ngô Thị Hằng, Phó Trưởng phòng Cảnh sát kinh tế; Trung tá Đào Văn Quý.",
        "attendees on",
        has("Vũ Hữu Lợi", "Ngô Thị Hằng", "Đào Văn Quý"),
        "2024-06-18",
    ),
    case(
        "a_list_that_does_not_follow_the_event_directly_places_no_one",
        t.CAREER,
        "Chiều 18/6, Công an tỉnh Thái Bình tổ chức lễ trao quyết định nghỉ hưu.\n\n"
        "Buổi lễ diễn ra trang trọng.\n\n"
        "Danh sách cán bộ được khen năm trước gồm: Thượng tá Vũ Hữu Lợi, Trưởng phòng Tham mưu.",
        "attendees on",
        lacks("Vũ Hữu Lợi"),
        "2024-06-18",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_events_held(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
