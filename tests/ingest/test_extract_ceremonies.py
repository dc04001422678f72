"""Ceremonies an unseen article may tell only through what is handed over: `trao Giấy khen
cho …`, `trao quyết định`, `gắn quân hàm`, dated by their own sentence; who gives and who
receives; and awards with their class or title."""

from __future__ import annotations

from support.extraction import facts_dated

from ingest.model import Facts

facts_of = facts_dated("2023-10-20")


def events(facts: Facts) -> list[tuple[str, str | None, list[str], list[str]]]:
    return [(e.kind, e.date, e.organisers, e.attendees) for e in facts.events]


def test_handing_a_certificate_on_a_dated_day_is_a_ceremony_that_day() -> None:
    facts = facts_of(
        "Công an tỉnh Quảng Trị đẩy mạnh phong trào thi đua. Ngày 17/10, Đại tá Nguyễn Quốc "
        "Trung, Giám đốc Công an tỉnh Quảng Trị về thăm và trao Giấy khen cho tập thể Công an "
        "xã Hướng Phùng."
    )
    assert ("ceremony", "2023-10-17", [], ["Nguyễn Quốc Trung"]) in events(facts)
    assert [(a.award, a.recipient) for a in facts.awards] == [
        ("Giấy khen", "Công an xã Hướng Phùng")
    ]


def test_the_unit_given_a_certificate_does_not_hold_the_ceremony() -> None:
    facts = facts_of(
        "Sáng 3/10, Thượng tá Lò Văn Pọm, Trưởng Công an huyện Mường Lát trao Bằng khen tặng "
        "đơn vị Công an xã Pù Nhi."
    )
    assert events(facts) == [("ceremony", "2023-10-03", [], ["Lò Văn Pọm"])]
    assert [(a.award, a.recipient) for a in facts.awards] == [("Bằng khen", "Công an xã Pù Nhi")]


def test_awards_given_at_a_conference_add_no_ceremony() -> None:
    facts = facts_of(
        "Chiều 12/10, Công an tỉnh Yên Bái tổ chức hội nghị sơ kết 9 tháng và trao Giấy khen "
        "cho 8 tập thể, 21 cá nhân."
    )
    assert events(facts) == [("conference", "2023-10-12", ["Công an tỉnh Yên Bái"], [])]
    assert [(a.award, a.collectives, a.individuals) for a in facts.awards] == [("Giấy khen", 8, 21)]


def test_handing_a_decision_places_giver_and_receiver_at_a_ceremony() -> None:
    facts = facts_of(
        "Chiều 5-10, Trung tướng Lê Văn Tuyến trao quyết định cho Thiếu tá Ngô Thị Hiền."
    )
    assert events(facts) == [("ceremony", "2023-10-05", [], ["Lê Văn Tuyến", "Ngô Thị Hiền"])]
    assert {p.name: p.rank for p in facts.persons} == {
        "Lê Văn Tuyến": "Trung tướng",
        "Ngô Thị Hiền": "Thiếu tá",
    }


def test_pinning_new_insignia_is_a_ceremony_of_the_unit_before_it() -> None:
    facts = facts_of(
        "Ngày 08/9/2023, Công an thành phố Đà Nẵng tổ chức gắn quân hàm cho chiến sĩ mới."
    )
    assert events(facts) == [("ceremony", "2023-09-08", ["Công an thành phố Đà Nẵng"], [])]


def test_lower_ranks_and_đ_c_before_names() -> None:
    facts = facts_of(
        "Tại buổi lễ, Thiếu úy Hà Văn Sình, Trung úy Lường Thị Nga và đ/c Cầm Bá Xuân được nhận "
        "Giấy khen của Giám đốc Công an tỉnh Sơn La."
    )
    assert {p.name: p.rank for p in facts.persons} == {
        "Hà Văn Sình": "Thiếu úy",
        "Lường Thị Nga": "Trung úy",
        "Cầm Bá Xuân": None,
    }


def test_order_with_its_class_commemorative_medal_and_title() -> None:
    facts = facts_of(
        "Sáng 19/10, Công an tỉnh Kon Tum đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì. Dịp này, "
        "9 cá nhân được tặng Kỷ niệm chương Vì an ninh Tổ quốc. Công an huyện Sa Thầy được tặng "
        "Danh hiệu Đơn vị quyết thắng."
    )
    found = [(a.award, a.recipient, a.individuals) for a in facts.awards]
    assert found == [
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Công an tỉnh Kon Tum", None),
        ("Kỷ niệm chương Vì an ninh Tổ quốc", None, 9),
        ("Đơn vị quyết thắng", "Công an huyện Sa Thầy", None),
    ]


def test_event_dates_in_several_writings() -> None:
    assert [
        e.date for e in facts_of("Ngày 08/3/2022, Công an tỉnh Bắc Kạn tổ chức hội nghị.").events
    ] == ["2022-03-08"]
    assert [
        e.date for e in facts_of("Tối 2-9, Công an tỉnh Bắc Kạn tổ chức lễ mít tinh.").events
    ] == ["2023-09-02"]
    assert [e.date for e in facts_of("Hôm qua, Công an tỉnh Bắc Kạn tổ chức hội nghị.").events] == [
        "2023-10"
    ]


def test_cung_du_co_and_den_du_va_chi_dao_place_people_at_the_event() -> None:
    facts = facts_of(
        "Sáng 10/10, Công an tỉnh Lai Châu tổ chức lễ ra quân. Thiếu tướng Phạm Thế Tùng, Thứ "
        "trưởng Bộ Công an đến dự và chỉ đạo. Cùng dự có Đại tá Lê Văn Ngọc, Giám đốc Công an tỉnh."
    )
    (event,) = facts.events
    assert event.attendees == ["Phạm Thế Tùng", "Lê Văn Ngọc"]
    posts = {p.name: [(x.role, x.organisation) for x in p.positions] for p in facts.persons}
    assert posts["Lê Văn Ngọc"] == [("Giám đốc", "Công an tỉnh Lai Châu")]


def test_another_event_in_the_paragraph_of_a_dated_one_is_held_that_day() -> None:
    facts = facts_of(
        "Ngày 11/10, Cụm thi đua số 8 tổ chức hội nghị tổng kết tại Cà Mau. Kết thúc hội nghị, "
        "Công an các tỉnh trong Cụm ký giao ước thi đua năm 2024."
    )
    assert [(e.kind, e.date) for e in facts.events] == [
        ("conference", "2023-10-11"),
        ("signing", "2023-10-11"),
    ]


def test_an_event_told_as_looking_back_is_not_dated_that_day() -> None:
    facts = facts_of(
        "Ngày 11/10, Công an tỉnh Cà Mau tổ chức hội nghị. Trước đó, Công an tỉnh đã ký kết quy "
        "chế phối hợp với Bộ đội Biên phòng tỉnh."
    )
    assert [(e.kind, e.date) for e in facts.events] == [("conference", "2023-10-11")]


def test_an_award_title_in_quotes_is_named_without_them() -> None:
    facts = facts_of(
        "Công an tỉnh Trà Vinh đón nhận Huân chương “Vì an ninh Tổ quốc” hạng Ba. Thiếu tá Thạch "
        'Sô Phol được tặng Kỷ niệm chương "Bảo vệ an ninh Tổ quốc".'
    )
    assert [(a.award, a.recipient) for a in facts.awards] == [
        ("Huân chương Vì an ninh Tổ quốc hạng Ba", "Công an tỉnh Trà Vinh"),
        ("Kỷ niệm chương Bảo vệ an ninh Tổ quốc", "Thạch Sô Phol"),
    ]
