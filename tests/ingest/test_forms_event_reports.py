"""Events as reports tell them in passing: a local point of a national online conference, an
event said to have been held (`vừa tổ chức`) without a day, a rite told without `lễ`. Every
sentence here is invented."""

from __future__ import annotations

import pytest
from support.extraction import found

from ingest.model import EventFact, Facts

MONTH = "2024-01"
BRIDGE = (
    "Phú Yên theo dõi tổng kết công tác của Bộ Công an\n\n"
    "Sáng 12/1, tại điểm cầu Công an tỉnh Phú Yên, Đại tá Lê Quang Vĩnh, Giám đốc Công an "
    "tỉnh cùng lãnh đạo các phòng nghiệp vụ dự hội nghị trực tuyến tổng kết công tác năm "
    "2023 của Bộ Công an.\n\n"
    "Hội nghị do Đại tướng Phan Đình Hòa, Bộ trưởng Bộ Công an chủ trì tại điểm cầu Hà Nội."
)
BRIDGE_LATER = (
    "Sáng 12/1, Bộ Công an tổ chức hội nghị trực tuyến sơ kết mô hình Công an xã chính quy "
    "đến Công an các tỉnh, thành phố.\n\n"
    "Tại điểm cầu Công an tỉnh Gia Lai, Đại tá Vũ Văn Tùng, Phó Giám đốc Công an tỉnh dự."
)
BROADCAST = (
    "Tin buổi sáng\n\nSáng 12/1, hội nghị sơ kết công tác quý IV được tổ chức trực tuyến từ "
    "điểm cầu Bộ Công an tới điểm cầu Công an tỉnh Gia Lai và các địa phương."
)
ATTENDING_UNIT = (
    "Tin buổi sáng\n\nSáng 12/1, Công an tỉnh Gia Lai dự hội nghị trực tuyến toàn quốc "
    "sơ kết công tác quý IV.\n\nDự tại điểm cầu Gia Lai có Đại tá Vũ Văn Tùng, Phó Giám đốc "
    "Công an tỉnh Gia Lai."
)
JUST_HELD = (
    "Ninh Phước giữ vững bình yên làng xã\n\n"
    "Công an huyện Ninh Phước vừa tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an "
    "ninh Tổ quốc 6 tháng đầu năm.\n\n"
    "Thượng tá Trần Văn Lực, Trưởng Công an huyện chủ trì hội nghị."
)
HELD_AMONG_OTHER_DAYS = (
    "Ninh Phước tăng cường trấn áp tội phạm\n\n"
    "Nhằm đẩy lùi tội phạm trên địa bàn, Công an huyện Ninh Phước đã tổ chức lễ ra quân "
    "tấn công trấn áp tội phạm.\n\n"
    "Ngày 20/12, lực lượng Công an huyện triệt phá một tụ điểm đánh bạc, bắt giữ 9 đối "
    "tượng.\n\n"
    "Thượng tá Trần Văn Lực, Trưởng Công an huyện phát biểu tại buổi lễ."
)
LOOKED_BACK = (
    "Ninh Phước giữ vững bình yên làng xã\n\n"
    "Những năm qua, Công an huyện Ninh Phước đã tổ chức hội nghị chuyên đề về an ninh nông "
    "thôn với nhiều kết quả."
)
INCENSE = (
    "Sáng 18/1, Công an tỉnh Ninh Thuận tổ chức lễ đón nhận Huân chương Chiến công hạng "
    "Nhất.\n\n"
    "Trước đó, chiều 17/1, Đại tá Phạm Văn Kha, Giám đốc Công an tỉnh cùng đoàn cán bộ đã "
    "dâng hương tại Nghĩa trang liệt sĩ tỉnh."
)


def events(body: str) -> set[tuple[str, str | None]]:
    return {(e.kind, e.date) for e in found(body, MONTH).events}


def only(facts: Facts, kind: str) -> EventFact:
    (event,) = [e for e in facts.events if e.kind == kind]
    return event


def test_a_local_point_of_an_online_conference_attends_the_one_conference() -> None:
    facts = found(BRIDGE, MONTH)
    event = only(facts, "conference")
    assert event.date == "2024-01-12"
    assert event.organisers == ["Bộ Công an"]
    assert set(event.attendees) == {"Lê Quang Vĩnh", "Phan Đình Hòa"}


def test_a_local_point_named_after_the_conference_holds_nothing() -> None:
    event = only(found(BRIDGE_LATER, MONTH), "conference")
    assert event.organisers == ["Bộ Công an"]
    assert "Vũ Văn Tùng" in event.attendees


def test_the_hall_a_conference_is_broadcast_from_is_its_hosts() -> None:
    assert only(found(BROADCAST, MONTH), "conference").organisers == ["Bộ Công an"]


def test_a_unit_that_attends_a_conference_does_not_hold_it() -> None:
    event = only(found(ATTENDING_UNIT, MONTH), "conference")
    assert "Công an tỉnh Gia Lai" not in event.organisers
    assert event.attendees == ["Vũ Văn Tùng"]


def test_an_event_said_to_be_held_without_a_day_is_dated_by_the_date_line() -> None:
    facts = found(JUST_HELD, MONTH)
    event = only(facts, "conference")
    assert event.date == MONTH
    assert event.organisers == ["Công an huyện Ninh Phước"]
    assert event.attendees == ["Trần Văn Lực"]


def test_an_event_held_before_a_day_told_of_other_things_keeps_the_date_line() -> None:
    facts = found(HELD_AMONG_OTHER_DAYS, MONTH)
    event = only(facts, "ceremony")
    assert (event.kind, event.date) == ("ceremony", MONTH)
    assert event.organisers == ["Công an huyện Ninh Phước"]
    assert "Trần Văn Lực" in event.attendees


def test_events_held_in_years_past_are_not_reported_events() -> None:
    assert events(LOOKED_BACK) == set()


@pytest.mark.parametrize("said", ["đã tổ chức hội nghị", "vừa tổ chức thành công hội nghị"])
def test_held_said_either_way(said: str) -> None:
    body = f"Ninh Phước sơ kết\n\nCông an huyện Ninh Phước {said} sơ kết công tác quý I."
    assert events(body) == {("conference", MONTH)}


def test_a_rite_told_without_le_is_a_ceremony_of_its_day() -> None:
    facts = found(INCENSE, MONTH)
    assert {(e.kind, e.date) for e in facts.events} == {
        ("ceremony", "2024-01-18"),
        ("ceremony", "2024-01-17"),
    }
    rite = next(e for e in facts.events if e.date == "2024-01-17")
    assert rite.attendees == ["Phạm Văn Kha"]
