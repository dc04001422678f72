"""Forms met writing the blind identity sets (`tests/fixtures/identity-blind-2`, `-3`, `-5`): an
article that says a second officer shares a name, or gives one name one role in two provinces
in one sentence, several events of one kind in one sentence, appointments announced as
decisions on `tổ chức, cán bộ` or on the occasion told before (received, or handed over:
`Nhân dịp này, A trao quyết định bổ nhiệm B`). Every sentence here is invented."""

from __future__ import annotations

from support.extraction import facts_dated

from ingest.model import Facts

facts_of = facts_dated("2023-02")


def posts(facts: Facts, name: str) -> list[set[str | None]]:
    return [{pos.organisation for pos in p.positions} for p in facts.persons if p.name == name]


def events(facts: Facts) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.kind, e.date, tuple(e.organisers)) for e in facts.events]


def test_an_officer_said_to_share_a_name_is_another_person_of_the_same_rank() -> None:
    facts = facts_of(
        "Chiều 14/2, Công an tỉnh Nghệ An tổ chức lễ công bố các quyết định về công tác cán bộ. "
        "Thượng tá Lê Hữu Tình, Trưởng Công an huyện Con Cuông được điều động giữ chức vụ "
        "Trưởng Phòng Cảnh sát kinh tế. Cũng tại buổi lễ, một cán bộ trùng họ tên là Thượng tá "
        "Lê Hữu Tình, Phó Trưởng Phòng Cảnh sát kinh tế được bổ nhiệm Trưởng Công an huyện "
        "Anh Sơn."
    )
    two = posts(facts, "Lê Hữu Tình")
    assert len(two) == 2
    assert "Công an huyện Con Cuông" in two[0] and "Công an huyện Anh Sơn" not in two[0]
    assert "Công an huyện Anh Sơn" in two[1] and "Công an huyện Con Cuông" not in two[1]


def test_a_name_said_again_without_a_cue_is_the_same_officer() -> None:
    facts = facts_of(
        "Chiều 14/2, Thượng tá Lê Hữu Tình, Trưởng Công an huyện Con Cuông chủ trì hội nghị. "
        "Thượng tá Lê Hữu Tình, Trưởng Công an huyện yêu cầu các đội tăng cường tuần tra."
    )
    assert len(posts(facts, "Lê Hữu Tình")) == 1


def test_two_conferences_of_one_day_in_one_sentence_are_held_by_the_unit_of_each() -> None:
    facts = facts_of(
        "Ngày 5/7, Thứ trưởng Phan Đình Lộc dự hội nghị sơ kết của Công an tỉnh Thanh Hóa vào "
        "buổi sáng và hội nghị sơ kết của Công an tỉnh Ninh Bình vào buổi chiều.",
        date="2024-07",
    )
    assert events(facts) == [
        ("conference", "2024-07-05", ("Công an tỉnh Thanh Hóa",)),
        ("conference", "2024-07-05", ("Công an tỉnh Ninh Bình",)),
    ]


def test_a_sentence_opening_at_a_place_speaks_of_the_event_held_there() -> None:
    facts = facts_of(
        "Ngày 5/7, Thứ trưởng Phan Đình Lộc dự hội nghị sơ kết của Công an tỉnh Thanh Hóa vào "
        "buổi sáng và hội nghị sơ kết của Công an tỉnh Ninh Bình vào buổi chiều.\n\n"
        "Tại Ninh Bình, Đại tá Mẫn Văn Cừ, Giám đốc Công an tỉnh Ninh Bình tiếp thu ý kiến.",
        date="2024-07",
    )
    held = {e.organisers[0]: e.attendees for e in facts.events}
    assert "Mẫn Văn Cừ" in held["Công an tỉnh Ninh Bình"]
    assert "Mẫn Văn Cừ" not in held["Công an tỉnh Thanh Hóa"]


def test_a_ceremony_announcing_decisions_is_one_event_though_two_words_name_it() -> None:
    facts = facts_of(
        "Sáng 10/8, Công an tỉnh Hà Giang tổ chức lễ công bố quyết định của Bộ trưởng Bộ Công "
        "an điều động Đại tá Cao Văn Hợp giữ chức vụ Giám đốc Công an tỉnh Hà Giang.",
        date="2023-08",
    )
    assert [e for e in events(facts) if e[0] == "ceremony"] == [
        ("ceremony", "2023-08-10", ("Công an tỉnh Hà Giang",))
    ]


def test_decisions_on_organisation_and_staff_are_an_appointment() -> None:
    facts = facts_of(
        "Chiều 28/6, Bộ Công an tổ chức lễ công bố quyết định về tổ chức, cán bộ Công an cấp "
        "tỉnh theo nghị quyết sắp xếp đơn vị hành chính.",
        date="2025-06",
    )
    assert {e[:2] for e in events(facts)} == {
        ("ceremony", "2025-06-28"),
        ("appointment", "2025-06-28"),
    }


def test_an_appointment_on_the_occasion_told_before_is_made_that_day() -> None:
    facts = facts_of(
        "Sáng 19-8, Công an thành phố Hải Phòng tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.\n\n"
        "Dịp này, Đại tá Kha Văn Bảy nhận quyết định giữ chức vụ Phó Giám đốc Công an thành phố.",
        date="2025-08",
    )
    found = {e.kind: e for e in facts.events}
    assert found["appointment"].date == "2025-08-19"
    assert "Kha Văn Bảy" in found["appointment"].attendees
    assert "Kha Văn Bảy" in found["ceremony"].attendees


def test_a_decision_of_appointment_handed_over_on_the_occasion_is_an_appointment_that_day():
    facts = facts_of(
        "Sáng 19/8, Công an tỉnh Quảng Trị tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.\n\n"
        "Nhân dịp này, Đại tá Lã Văn Khoa, Giám đốc Công an tỉnh Quảng Trị trao quyết định bổ "
        "nhiệm Thượng tá Tôn Thất Hòa giữ chức vụ Phó Giám đốc Công an tỉnh Quảng Trị.",
        date="2025-08",
    )
    assert sorted((e.kind, e.date) for e in facts.events) == [
        ("appointment", "2025-08-19"),
        ("ceremony", "2025-08-19"),
    ]
    found = {e.kind: e for e in facts.events}
    assert "Tôn Thất Hòa" in found["appointment"].attendees
    assert "Tôn Thất Hòa" in found["ceremony"].attendees


def test_awards_on_the_occasion_are_no_event_of_their_own() -> None:
    facts = facts_of(
        "Sáng 19-8, Công an thành phố Hải Phòng tổ chức lễ kỷ niệm 80 năm Ngày truyền thống.\n\n"
        "Dịp này, Giám đốc Công an thành phố trao Bằng khen cho 12 tập thể.",
        date="2025-08",
    )
    assert [e.kind for e in facts.events] == ["ceremony"]


def test_one_sentence_giving_a_name_one_role_in_two_provinces_names_two_officers() -> None:
    facts = facts_of(
        "Ngày 30/3, Công an tỉnh Bắc Giang và Công an tỉnh Lạng Sơn ký kết quy chế phối hợp. "
        "Ký quy chế có Thượng tá Mai Xuân Định, Phó Giám đốc Công an tỉnh Bắc Giang và Thượng "
        "tá Mai Xuân Định, Phó Giám đốc Công an tỉnh Lạng Sơn."
    )
    assert posts(facts, "Mai Xuân Định") == [
        {"Công an tỉnh Bắc Giang"},
        {"Công an tỉnh Lạng Sơn"},
    ]


def test_a_move_told_over_two_sentences_is_one_officer() -> None:
    facts = facts_of(
        "Chiều 14/2, Thượng tá Mai Xuân Định, Phó Giám đốc Công an tỉnh Bắc Giang được điều "
        "động, bổ nhiệm giữ chức vụ Phó Giám đốc Công an tỉnh Lạng Sơn. Thượng tá Mai Xuân "
        "Định, Phó Giám đốc Công an tỉnh Lạng Sơn hứa sẽ sớm nắm tình hình địa bàn."
    )
    assert len(posts(facts, "Mai Xuân Định")) == 1
