"""Events: kinds from cue words, dates resolved against the date line, attendees, chair,
organisers, and mentions of one event merged."""

from __future__ import annotations

import pytest
from support.extraction import facts_dated

from ingest.extract.dates import find_dates

facts_of = facts_dated("2020-03")


def events(body: str, date: str = "2020-03") -> set[tuple[str, str | None]]:
    return {(e.kind, e.date) for e in facts_of(body, date).events}


@pytest.mark.parametrize(
    ("written", "line", "iso"),
    [
        ("Ngày 5/3, Công an tỉnh họp", "2020-03", "2020-03-05"),
        ("ngày 8-11, đoàn công tác", "2020-11", "2020-11-08"),
        ("Sáng 31.7 tại hội trường", "2020-07", "2020-07-31"),
        ("Chiều 2/1, hội nghị", "2020-01", "2020-01-02"),
        ("ngày 12/12/2023 đã diễn ra", "2024-01", "2023-12-12"),
        ("ngày 5 tháng 3 năm 2021", "2021-03", "2021-03-05"),
        ("Tối thứ Bảy 14/9, lễ hội", "2019-09", "2019-09-14"),
        ("Sáng nay, Công an tỉnh", "2022-03", "2022-03"),
        ("Chiều qua, đoàn công tác", "2022-03", "2022-03"),
        # an article of January speaking of late December means the year before
        ("ngày 28/12, đơn vị tổng kết", "2021-01", "2020-12-28"),
    ],
)
def test_dates_resolve_against_the_date_line(written: str, line: str, iso: str) -> None:
    assert [d.value for d in find_dates(written, line)] == [iso]


@pytest.mark.parametrize(
    "written",
    ["giai đoạn 2015 – 2020", "tỷ lệ đạt 92,7%", "kéo dài đến hết ngày 15/2/2020", "Quốc lộ 1A"],
)
def test_numbers_that_are_not_event_dates(written: str) -> None:
    assert find_dates(written, "2020-01") == []


@pytest.mark.parametrize(
    "written", ["kể từ ngày 1/3/2025 kết thúc hoạt động", "được thành lập ngày 12/8/2024"]
)
def test_the_day_a_state_began_dates_a_change_not_an_event(written: str) -> None:
    began = [d.value for d in find_dates(written, "2025-06")]
    assert began in (["2025-03-01"], ["2024-08-12"])
    assert find_dates(written, "2025-06", beginnings=False) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ngày 5/3, Công an tỉnh Bắc Giang tổ chức hội nghị sơ kết.", "conference"),
        ("Ngày 5/3, Công an tỉnh Bắc Giang tổ chức hội thảo khoa học.", "conference"),
        ("Ngày 5/3, đoàn công tác làm việc với Công an tỉnh Bắc Giang.", "conference"),
        ("Ngày 5/3, Công an tỉnh Bắc Giang tổ chức lễ ra quân.", "ceremony"),
        ("Ngày 5/3, Công an tỉnh Bắc Giang tổ chức kỷ niệm 60 năm thành lập.", "ceremony"),
        ("Ngày 5/3, Công an tỉnh Bắc Giang ký kết quy chế phối hợp.", "signing"),
        ("Ngày 5/3, Công an tỉnh Bắc Giang mở đợt cao điểm trấn áp tội phạm.", "campaign"),
        (
            "Ngày 5/3, Công an tỉnh Bắc Giang thực hiện chuyên đề tổ chức chiến dịch truy quét.",
            "campaign",
        ),
        ("Ngày 5/3, Bộ Công an bổ nhiệm Giám đốc Công an tỉnh Bắc Giang.", "appointment"),
        ("Ngày 5/3, Công an tỉnh Bắc Giang tổng kết công tác năm 2019.", "conference"),
    ],
)
def test_event_kind_from_its_cue_word(sentence: str, kind: str) -> None:
    assert (kind, "2020-03-05") in events(sentence)


def test_a_lead_sentence_with_two_events_gives_both() -> None:
    found = events("Sáng 7-8, CATP Hà Nội tổ chức lễ phát động đợt thi đua đặc biệt.", "2018-08")
    assert found == {("ceremony", "2018-08-07"), ("campaign", "2018-08-07")}


def test_a_qualifying_word_after_an_event_is_not_a_second_event() -> None:
    found = events("Ngày 5/3, Công an quận Hoàng Mai tổ chức hội nghị tuyên dương điển hình.")
    assert found == {("conference", "2020-03-05")}


def test_plans_and_anniversaries_in_passing_are_no_events() -> None:
    found = events(
        "Hướng tới kỷ niệm ngày thành lập, ngày 9/3 Công an huyện Thạch Thất tổ chức hội nghị. "
        "Theo kế hoạch, các đơn vị tiếp tục tuần tra."
    )
    assert found == {("conference", "2020-03-09")}


def test_undated_sentences_create_no_events_when_a_dated_one_exists() -> None:
    found = events(
        "Ngày 4/3, Công an tỉnh Hưng Yên tổ chức hội nghị. "
        "Trước đó, các đơn vị đã triển khai nhiều đợt cao điểm."
    )
    assert found == {("conference", "2020-03-04")}


def test_repeated_mentions_of_one_event_are_merged() -> None:
    facts = facts_of(
        "Ngày 5/3, Công an tỉnh Nam Định tổ chức hội nghị. Hội nghị có sự tham dự của "
        "Đại tá Trần Văn Thiện. Phát biểu tại hội nghị, Đại tá Trần Văn Thiện yêu cầu."
    )
    assert len(facts.events) == 1
    assert facts.events[0].attendees == ["Trần Văn Thiện"]


def test_attendees_chair_and_organisers() -> None:
    facts = facts_of(
        "Sáng 10/3, Công an tỉnh Phú Thọ tổ chức hội nghị triển khai công tác. "
        "Đại tá Đỗ Mạnh Hùng, Giám đốc Công an tỉnh chủ trì hội nghị. Tới dự có ông "
        "Bùi Văn Quang, Chủ tịch UBND tỉnh Phú Thọ."
    )
    (event,) = facts.events
    assert event.date == "2020-03-10"
    assert event.organisers == ["Công an tỉnh Phú Thọ"]
    assert event.attendees == ["Đỗ Mạnh Hùng", "Bùi Văn Quang"]
    assert event.chair == ["Đỗ Mạnh Hùng"]


def test_a_delegation_leader_attends_and_the_host_organises() -> None:
    facts = facts_of(
        "Chiều qua, đoàn công tác do Thứ trưởng Bộ Tư pháp Nguyễn Khánh Ngọc dẫn đầu đã làm "
        "việc với Công an tỉnh Hà Giang.",
        "2022-03",
    )
    (event,) = facts.events
    assert (event.kind, event.date) == ("conference", "2022-03")
    assert event.attendees == ["Nguyễn Khánh Ngọc"]
    assert event.organisers == ["Công an tỉnh Hà Giang"]


def test_a_paragraph_opened_at_the_event_keeps_its_people_there() -> None:
    facts = facts_of(
        "Ngày 6/3, Công an tỉnh Kon Tum tổ chức hội nghị.\n\nPhát biểu tại hội nghị, "
        "Đại tá Nguyễn Văn A Sáu nêu ý kiến. Đại tá Lê Văn Hoàn, Phó Giám đốc đề nghị "
        "tăng cường phối hợp.\n\nNăm qua, Đại tá Trần Ngọc Thanh đã được khen thưởng."
    )
    (event,) = facts.events
    assert "Lê Văn Hoàn" in event.attendees
    assert "Trần Ngọc Thanh" not in event.attendees


def test_an_article_without_any_date_uses_its_lead_and_the_date_line() -> None:
    found = events("Công an tỉnh Sơn La tổ chức lễ ra quân bảo đảm an ninh.", "2021-06")
    assert found == {("ceremony", "2021-06")}


def test_a_public_holiday_is_no_ceremony() -> None:
    found = events("Tối 28/4, Công an tỉnh Bình Phước mở đợt cao điểm dịp nghỉ lễ 30/4 và 1/5.")
    assert found == {("campaign", "2020-04-28")}


def test_each_event_takes_the_date_written_before_it() -> None:
    found = events(
        "Ngày 5/3, Công an tỉnh Bắc Kạn tổ chức hội nghị sơ kết; ngày 10/3, hai đơn vị sẽ ký kết "
        "quy chế phối hợp với Công an tỉnh Cao Bằng."
    )
    assert found == {("conference", "2020-03-05"), ("signing", "2020-03-10")}


def test_an_undated_lead_is_dated_by_the_date_line() -> None:
    found = events(
        "Công an tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác năm. Trước đó, ngày 2/3, "
        "đơn vị đã bắt giữ 3 đối tượng.",
        "2020-03",
    )
    assert found == {("conference", "2020-03")}


def test_an_undated_lead_naming_a_later_dated_event_adds_no_second_one() -> None:
    found = events(
        "Công an tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác năm. Hội nghị diễn ra "
        "sáng 15/3 tại hội trường.",
        "2020-03",
    )
    assert found == {("conference", "2020-03-15")}


def test_an_undated_lead_mentioning_a_campaign_in_passing_is_no_event() -> None:
    found = events(
        "Thực hiện đợt cao điểm trấn áp tội phạm, Công an huyện Yên Lạc bắt 5 đối tượng."
    )
    assert found == set()


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Chiều nay (14/3), Công an tỉnh Ninh Bình tổ chức hội nghị.", "2020-03-14"),
        ("Sáng qua, ngày 13/3, Công an tỉnh Ninh Bình tổ chức hội nghị.", "2020-03-13"),
        ("Trong hai ngày 18 và 19/3, Công an tỉnh Ninh Bình tổ chức hội thảo.", "2020-03-18"),
        ("Từ ngày 24-25/3/2020, Công an tỉnh Ninh Bình tổ chức hội thảo.", "2020-03-24"),
        ("Tối 2-3, Công an tỉnh Ninh Bình tổ chức lễ mít tinh.", "2020-03-02"),
    ],
)
def test_a_day_given_after_a_relative_word_or_over_several_days(written: str, iso: str) -> None:
    assert [e.date for e in facts_of(written).events] == [iso]


def test_a_decision_handed_to_a_newly_appointed_officer_is_a_ceremony_and_an_appointment() -> None:
    found = events(
        "Sáng 14/4, Thứ trưởng Trần Quốc Hưng trao quyết định của Bộ trưởng Bộ Công an cho Đại "
        "tá Mai Văn Khôi, tân Phó Giám đốc Công an tỉnh Yên Bái.",
        "2022-04",
    )
    assert found == {("ceremony", "2022-04-14"), ("appointment", "2022-04-14")}


def test_a_place_named_tan_beside_a_decision_is_no_appointment() -> None:
    found = events(
        "Sáng 14/4, Công an quận Tân Bình tổ chức lễ công bố quyết định khen thưởng tập thể.",
        "2022-04",
    )
    assert ("appointment", "2022-04-14") not in found


def test_two_chairs_on_one_morning_hold_two_events_of_their_units() -> None:
    found = facts_of(
        "Sáng 12/3, Đại tá Lò Văn Hải, Giám đốc Công an tỉnh Sơn La chủ trì lễ ra quân tuần "
        "tra biên giới. Cùng ngày, Đại tá Cầm Văn Tú, Giám đốc Công an tỉnh Điện Biên chủ trì "
        "lễ ra quân bảo đảm giao thông.",
        "2020-03",
    ).events
    held = {(e.kind, e.date, tuple(e.organisers), tuple(e.chair)) for e in found}
    assert held == {
        ("ceremony", "2020-03-12", ("Công an tỉnh Sơn La",), ("Lò Văn Hải",)),
        ("ceremony", "2020-03-12", ("Công an tỉnh Điện Biên",), ("Cầm Văn Tú",)),
    }


def test_a_paragraph_opening_at_a_ceremony_tells_it_on_the_day_told_before() -> None:
    found = facts_of(
        "Ngày 9/3, Đại tá Lò Văn Hải được bổ nhiệm giữ chức Giám đốc Công an tỉnh Sơn La.\n\n"
        "Tại buổi lễ trao quyết định, ông Quàng Văn Bình, Chủ tịch Ủy ban nhân dân tỉnh Sơn La "
        "chúc mừng tân Giám đốc.",
        "2020-03",
    ).events
    (ceremony,) = [e for e in found if e.kind == "ceremony"]
    assert ceremony.date == "2020-03-09"
    assert ceremony.organisers == []
    assert "Quàng Văn Bình" in ceremony.attendees


def test_a_sentence_at_the_conference_adds_to_it_and_holds_no_other() -> None:
    found = facts_of(
        "Ngày 20/3, Công an tỉnh Sơn La tổ chức hội nghị sơ kết quý I.\n\n"
        "Tại hội nghị, Thượng tá Lò Văn Hải, Trưởng Phòng Cảnh sát hình sự báo cáo chuyên đề.",
        "2020-03",
    ).events
    (conference,) = found
    assert conference.organisers == ["Công an tỉnh Sơn La"]
    assert "Lò Văn Hải" in conference.attendees


def test_an_appointment_told_of_him_is_his() -> None:
    found = facts_of(
        "Ngày 15/3, Đại tá Lò Văn Hải nhận nhiệm vụ mới. Ông từng giữ chức Phó Giám đốc Công an "
        "tỉnh Sơn La; ngày 2/3/2018 được điều động về làm Giám đốc Công an tỉnh Lai Châu.",
        "2020-03",
    ).events
    (appointment,) = [e for e in found if e.kind == "appointment"]
    assert appointment.date == "2018-03-02"
    assert appointment.attendees == ["Lò Văn Hải"]
