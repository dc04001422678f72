"""Forms met in a second round of reading real reports (`tests/fixtures/real-news-blind-2`):
family names that are also words, awards written in lower case, unit names with commas or
abbreviations, accomplices of a suspect. Every sentence here is invented."""

from __future__ import annotations

from support.extraction import awards, facts_dated, people

facts_of = facts_dated("2022-09")


def test_family_names_that_are_also_words_or_an_honorific() -> None:
    facts = facts_of(
        "Sáng 9/9, Công an tỉnh Yên Bái tổ chức hội nghị. Dự có Thượng tá Ông Đình Khải, "
        "Phó Giám đốc Công an tỉnh; ông Đậu Văn Thư, Phó Chủ tịch UBND tỉnh Yên Bái và Trung tá "
        "Chế Thị Lan, Trưởng phòng Cảnh sát giao thông."
    )
    found = people(facts)
    assert found["Ông Đình Khải"] == ("Thượng tá", {("Phó Giám đốc", "Công an tỉnh Yên Bái")})
    assert found["Đậu Văn Thư"][1] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Yên Bái")}
    assert "Chế Thị Lan" in found


def test_a_list_of_promoted_officers_keeps_names_without_a_title_before_them() -> None:
    facts = facts_of(
        "Ngày 2/9, Bộ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm Thiếu tướng cho các "
        "ông: Hà Quang Trọng, Giám đốc Công an tỉnh Sơn La; Lữ Văn Bình, Cục trưởng Cục Đối "
        "ngoại; Hồ Minh Chánh, Giám đốc Công an tỉnh Bến Tre."
    )
    found = people(facts)
    assert found["Lữ Văn Bình"][1] == {("Cục trưởng", "Cục Đối ngoại")}
    assert found["Hồ Minh Chánh"][1] == {("Giám đốc", "Công an tỉnh Bến Tre")}
    assert found["Hà Quang Trọng"][1] == {("Giám đốc", "Công an tỉnh Sơn La")}


def test_award_names_written_in_lower_case_are_read_and_written_out() -> None:
    facts = facts_of(
        "Ngày 5/9, Chủ tịch UBND tỉnh Bình Phước trao huân chương chiến công hạng nhì cho Phòng "
        "Cảnh sát kinh tế và huân chương bảo vệ Tổ quốc hạng ba cho Trung tá Lục Văn Hào, Đội "
        "trưởng Đội Cảnh sát hình sự."
    )
    assert awards(facts) == {
        ("Huân chương Chiến công hạng Nhì", "Phòng Cảnh sát kinh tế"),
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lục Văn Hào"),
    }


def test_a_suspect_and_his_accomplices_are_no_officers() -> None:
    facts = facts_of(
        "Ngày 6/9, Công an huyện Krông Pắc tổ chức lễ khen thưởng. Đại tá Y Ngọc Niê, Phó "
        "Giám đốc Công an tỉnh Đắk Lắk dự lễ. Tại buổi lễ, đơn vị báo cáo vụ trộm do Lương Văn "
        "Tý và đồng bọn thực hiện đã được làm rõ."
    )
    assert "Lương Văn Tý" not in people(facts)


def test_unit_names_with_commas_and_abbreviated_general_departments() -> None:
    facts = facts_of(
        "Ngày 8/9, Thiếu tướng Mạc Văn Hùng, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về "
        "tham nhũng, kinh tế, buôn lậu và Đại tá Quàng Văn Lả, Phó Tổng cục trưởng Tổng cục "
        "HC-KT dự Đại hội Hội Cựu CAND Việt Nam."
    )
    units = {o.name for o in facts.organisations}
    assert {
        "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        "Tổng cục Hậu cần - Kỹ thuật",
        "Hội Cựu Công an nhân dân Việt Nam",
    } <= units
    found = people(facts)
    assert found["Quàng Văn Lả"][1] == {("Phó Tổng cục trưởng", "Tổng cục Hậu cần - Kỹ thuật")}


def test_an_award_to_a_list_headed_by_what_the_recipients_are() -> None:
    facts = facts_of(
        "Ngày 12/9, Giám đốc Công an tỉnh Cà Mau trao Giấy khen cho 3 tập thể, cá nhân, gồm: "
        "Phòng Cảnh sát cơ động, Công an huyện Năm Căn; Thiếu tá Mã Văn Lực, Phó Trưởng Công "
        "an huyện. Bộ trưởng Bộ Công an tặng Cờ thi đua cho Công an các huyện: Cái Nước, Đầm "
        "Dơi và Phòng Hồ sơ."
    )
    assert awards(facts) == {
        ("Giấy khen", "Phòng Cảnh sát cơ động"),
        ("Giấy khen", "Công an huyện Năm Căn"),
        ("Giấy khen", "Mã Văn Lực"),
        ("Cờ thi đua", "Công an huyện Cái Nước"),
        ("Cờ thi đua", "Công an huyện Đầm Dơi"),
        ("Cờ thi đua", "Phòng Hồ sơ"),
    }


def test_posts_written_before_the_name_after_a_place_or_abbreviated() -> None:
    facts = facts_of(
        "Ngày 14/9, tại Hà Nội, Bộ trưởng Bộ Công an Trịnh Quốc Hưng dự lễ cùng PCT UBND tỉnh "
        "Phú Thọ Đỗ Thị Lan và Thượng tá Kha Văn Tùng, Trưởng phòng Tham mưu Công an tỉnh Phú "
        "Thọ."
    )
    found = people(facts)
    assert found["Trịnh Quốc Hưng"][1] == {("Bộ trưởng", "Bộ Công an")}
    assert found["Đỗ Thị Lan"][1] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ")}
    assert found["Kha Văn Tùng"][1] == {("Trưởng phòng", "Phòng Tham mưu")}
    assert "Hà Nội" not in found


def test_a_promotion_with_a_list_after_voi_gives_the_new_rank_to_the_list_not_the_giver() -> None:
    facts = facts_of(
        "Sáng 15/9, Chủ tịch nước Lò Minh Hải trao quyết định thăng cấp bậc hàm từ đại tá lên "
        "thiếu tướng với các ông: Khúc Văn Thìn, Giám đốc Công an tỉnh Hưng Yên; Doãn Quang "
        "Huy, Cục trưởng Cục Hồ sơ nghiệp vụ."
    )
    ranks = {p.name: p.rank for p in facts.persons}
    assert ranks == {
        "Lò Minh Hải": None,
        "Khúc Văn Thìn": "Thiếu tướng",
        "Doãn Quang Huy": "Thiếu tướng",
    }


def test_a_predecessor_holds_the_post_until_now_and_is_not_at_the_ceremony() -> None:
    facts = facts_of(
        "Chiều 16/9, Bộ Công an tổ chức lễ công bố quyết định điều động, bổ nhiệm Đại tá Cầm "
        "Văn Đông, Phó Giám đốc Công an tỉnh Sơn La giữ chức vụ Giám đốc Công an tỉnh Điện "
        "Biên, thay Đại tá Hà Văn Khải nghỉ hưu theo chế độ."
    )
    predecessor = next(p for p in facts.persons if p.name == "Hà Văn Khải")
    assert [(p.role, p.organisation, p.former) for p in predecessor.positions] == [
        ("Giám đốc", "Công an tỉnh Điện Biên", True)
    ]
    assert facts.events
    assert all("Hà Văn Khải" not in e.attendees for e in facts.events)
    assert any("Cầm Văn Đông" in e.attendees for e in facts.events)


def test_those_honoured_posthumously_are_not_at_the_ceremony() -> None:
    facts = facts_of(
        "Ngày 18/9, Công an tỉnh Phú Yên tổ chức lễ trao Huân chương Bảo vệ Tổ quốc hạng Nhì "
        "cho Đại tá Tôn Thất Bảo; truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho Thượng tá Lê "
        "Văn Quế (nguyên Phó Giám đốc)."
    )
    attendees = {a for e in facts.events for a in e.attendees}
    assert "Tôn Thất Bảo" in attendees
    assert "Lê Văn Quế" not in attendees
    assert ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lê Văn Quế") in awards(facts)


def test_short_department_names_heads_of_department_and_the_city_written_onto_its_level() -> None:
    facts = facts_of(
        "Ngày 20/9, ông Kiều Văn Tâm, Phó Bí thư Thành ủy, Phó Chủ tịch UBND TPHCM trao Bằng "
        "khen cho Phòng CSĐT tội phạm về ma túy và Thiếu tá Mẫn Thị Thu, Phó trưởng Phòng "
        "Cảnh sát kinh tế Công an TPHCM."
    )
    found = people(facts)
    assert found["Kiều Văn Tâm"][1] == {
        ("Phó Bí thư Thành ủy", "Thành ủy thành phố Hồ Chí Minh"),
        ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    }
    assert found["Mẫn Thị Thu"][1] == {("Phó Trưởng phòng", "Phòng Cảnh sát kinh tế")}
    assert awards(facts) == {
        ("Bằng khen", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
        ("Bằng khen", "Mẫn Thị Thu"),
    }


def test_a_post_taken_up_with_nhan_chuc_vu_is_the_new_post() -> None:
    facts = facts_of(
        "Ngày 22/9, Bộ Công an điều động Đại tá Giàng A Chu, Phó Giám đốc Công an tỉnh Lào Cai "
        "đến nhận chức vụ Giám đốc Công an tỉnh Yên Bái."
    )
    assert people(facts)["Giàng A Chu"][1] == {
        ("Phó Giám đốc", "Công an tỉnh Lào Cai"),
        ("Giám đốc", "Công an tỉnh Yên Bái"),
    }


def test_officers_listed_after_la_with_a_team_of_a_department_and_its_province() -> None:
    facts = facts_of(
        "Ngày 24/9, Thủ tướng Chính phủ tặng Bằng khen cho 3 cá nhân thuộc Công an tỉnh Quảng "
        "Nam. Các cá nhân được tặng Bằng khen là Thiếu tá Trà Văn Nhi, Đội trưởng, Phòng Cảnh "
        "sát giao thông, Công an tỉnh Quảng Nam; Đại úy Bạch Thị Mơ, Phó Trưởng phòng Hồ sơ và "
        "Trung úy Văn Đức Tín, cán bộ Phòng Tham mưu."
    )
    assert people(facts)["Trà Văn Nhi"][1] == {("Đội trưởng", "Phòng Cảnh sát giao thông")}
    named = {r for a, r in awards(facts) if a == "Bằng khen"}
    assert {"Trà Văn Nhi", "Bạch Thị Mơ", "Văn Đức Tín"} <= named
    assert "Phòng Cảnh sát giao thông" not in named


def test_a_name_broken_before_a_comma_at_a_line_end_is_joined() -> None:
    facts = facts_of(
        "Sáng 26/9, Công an tỉnh Bình Định tổ chức hội nghị sơ kết. Dự có Đại tá Tăng Văn "
        "Lượng, Giám đốc Công an tỉnh và Thượng tá Nhâm Quốc\nThịnh, Trưởng Công an thị xã "
        "An Nhơn."
    )
    assert people(facts)["Nhâm Quốc Thịnh"] == (
        "Thượng tá",
        {("Trưởng Công an thị xã", "Công an thị xã An Nhơn")},
    )


def test_a_post_given_to_officers_listed_after_doi_voi_is_each_ones_new_post() -> None:
    facts = facts_of(
        "Ngày 28/9, Bộ trưởng Bộ Công an trao quyết định bổ nhiệm chức vụ Phó Giám đốc Công an "
        "tỉnh Gia Lai đối với Thượng tá Rơ Châm Khiêm, Trưởng phòng Hồ sơ và Thượng tá Đinh "
        "Xuân Thủy, Trưởng Công an huyện Chư Sê. Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen "
        "cho Đại tá Mai Văn Lộ."
    )
    found = people(facts)
    for name in ("Rơ Châm Khiêm", "Đinh Xuân Thủy"):
        assert ("Phó Giám đốc", "Công an tỉnh Gia Lai") in found[name][1]
    assert found["Mai Văn Lộ"][1] == set()


def test_age_and_home_town_between_a_name_and_its_post() -> None:
    facts = facts_of(
        "Ngày 30/9, Bộ Công an bổ nhiệm đại tá Vương Đức Hạnh, 47 tuổi, quê Bắc Ninh, Phó Cục "
        "trưởng Cục Cảnh sát giao thông, làm Giám đốc Công an tỉnh Lạng Sơn."
    )
    assert people(facts)["Vương Đức Hạnh"] == (
        "Đại tá",
        {("Phó Cục trưởng", "Cục Cảnh sát giao thông"), ("Giám đốc", "Công an tỉnh Lạng Sơn")},
    )
    assert "Bắc Ninh" not in people(facts)


def test_people_arrested_or_prosecuted_are_no_attendees_but_an_officer_who_orders_it_is() -> None:
    facts = facts_of(
        "Sáng 2/10, Công an tỉnh Quảng Ngãi tổ chức hội nghị sơ kết. Tại hội nghị, Đại tá Văn "
        "Hữu Chiến, Giám đốc Công an tỉnh cho biết lực lượng đã bắt giữ Lý Văn Cường, Đào Thị "
        "Mận và Tạ Văn Sĩ; Cơ quan điều tra đã khởi tố Đàm Văn Lợi. Thượng tá Hà Minh Khôi, "
        "người chỉ đạo bắt giữ, phát biểu tại hội nghị."
    )
    attendees = {a for e in facts.events for a in e.attendees}
    assert {"Văn Hữu Chiến", "Hà Minh Khôi"} <= attendees
    assert not {"Lý Văn Cường", "Đào Thị Mận", "Tạ Văn Sĩ", "Đàm Văn Lợi"} & set(people(facts))
