"""The part of the day a report places an event in (`Sáng 20/12`, `Chiều 20/12`): reports of
one day placing their events in different parts weigh against one event."""

from __future__ import annotations

import pytest

from kg.resolve.blocks import resolve_events
from kg.resolve.day_parts import day_part
from kg.resolve.mentions import EventMention


@pytest.mark.parametrize(
    ("sentence", "date", "part"),
    [
        ("Sáng 20/12, Công an tỉnh Lâm Đồng tổ chức hội nghị.", "2023-12-20", "morning"),
        (
            "Chiều qua (15/3), Công an tỉnh Bình Thuận công bố quyết định.",
            "2022-03-15",
            "afternoon",
        ),
        ("Tối thứ Bảy (9/3), Công an huyện Đức Trọng ra quân.", "2024-03-09", "evening"),
        # the part of another day says nothing of this one
        ("Sáng 2/4 Công an tỉnh A nhận quyết định; chiều 3/4 tỉnh B.", "2024-04-03", "afternoon"),
        ("Ngày 12-3-2024, tại Nhà văn hóa tỉnh, lễ đón nhận diễn ra.", "2024-03-12", None),
        # two parts of one day named: none is the event's
        ("Hội nghị diễn ra sáng 5/6 và chiều 5/6 tại hội trường.", "2024-06-05", None),
        ("Sáng 20/12, hội nghị tổng kết diễn ra.", "2023-12", None),
    ],
)
def test_the_part_of_the_day_is_the_word_right_before_the_events_day(sentence, date, part):
    assert day_part(sentence, date) == part


def conference(doc: str, organiser: str, part: str | None) -> EventMention:
    attendees = (f"{doc}#dinh cong huy#1", f"{doc}#nguyen van hai#1")
    return EventMention(
        doc,
        1,
        "conference",
        "2023-12-20",
        f"https://example.org/{doc}",
        (organiser,),
        attendees,
        doc_date="2023-12-20",
        above=("cong-an-tinh-lam-dong",) if organiser != "cong-an-tinh-lam-dong" else (),
        part=part,
    )


def groups(*mentions: EventMention) -> int:
    return len(resolve_events(list(mentions)).clustering.groups)


def test_a_provinces_morning_conference_and_its_districts_afternoon_one_are_two():
    province = conference("province", "cong-an-tinh-lam-dong", "morning")
    district = conference("district", "cong-an-huyen-duc-trong", "afternoon")
    assert groups(province, district) == 2
    # the same two guests and no part of the day said: one event, as before
    assert groups(conference("p", "cong-an-tinh-lam-dong", None), district) == 1


def test_the_same_organiser_and_two_guests_outweigh_a_misplaced_hour():
    morning = conference("one", "cong-an-tinh-lam-dong", "morning")
    afternoon = conference("other", "cong-an-tinh-lam-dong", "afternoon")
    assert groups(morning, afternoon) == 1
