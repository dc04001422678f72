"""Forms met in a fourth round of reading real reports (`tests/fixtures/real-news-blind-4`):
a member with its role in brackets, department names after one shared head, awards said again
by their kind alone, the front's committee, the standing committee of a central party body,
suspects named after a longer description. Every sentence here is invented."""

from __future__ import annotations

from support.extraction import awards, facts_dated, people

from ingest.model import Facts

facts_of = facts_dated("2025-11")


def members(facts: Facts) -> dict[str, list[str]]:
    return {c.name: c.members for c in facts.clusters}


def test_a_member_with_its_role_in_brackets_does_not_end_the_list() -> None:
    facts = facts_of(
        "Ngày 12/11, Cụm thi đua số 6, Bộ Công an gồm Công an các tỉnh: Gia Lai (đơn vị Cụm "
        "trưởng), Đắk Lắk, Lâm Đồng và Khánh Hòa tổ chức hội nghị tổng kết."
    )
    assert members(facts)["Cụm thi đua số 6"] == [
        "Công an tỉnh Gia Lai",
        "Công an tỉnh Đắk Lắk",
        "Công an tỉnh Lâm Đồng",
        "Công an tỉnh Khánh Hòa",
    ]


def test_departments_named_after_one_shared_head_are_units_and_members() -> None:
    facts = facts_of(
        "Ngày 14/11, Khối thi đua số 2 gồm các Cục: Cảnh sát hình sự, Cảnh sát giao thông và "
        "Cảnh sát kinh tế tổ chức hội nghị."
    )
    expected = ["Cục Cảnh sát hình sự", "Cục Cảnh sát giao thông", "Cục Cảnh sát kinh tế"]
    assert members(facts)["Khối thi đua số 2"] == expected
    units = {o.name: o.parent for o in facts.organisations}
    assert all(units[name] == "Bộ Công an" for name in expected)


def test_a_shared_head_list_ends_at_the_first_name_that_is_no_known_unit() -> None:
    facts = facts_of(
        "Ngày 14/11, đại diện các Cục: Cảnh sát hình sự, Trường Sơn Xanh và Cảnh sát giao "
        "thông dự hội nghị."
    )
    names = {o.name for o in facts.organisations}
    assert "Cục Cảnh sát hình sự" in names
    assert "Cục Cảnh sát giao thông" not in names


def test_an_award_said_again_by_its_kind_goes_to_those_named_with_it() -> None:
    facts = facts_of(
        "Sáng 20/11, Công an tỉnh Quảng Trị tổ chức lễ trao Kỷ niệm chương Vì sự nghiệp bảo vệ "
        "ANTQ cho 2 đồng chí. Đại tá Lưu Văn Hòe, Giám đốc Công an tỉnh trao Kỷ niệm chương cho "
        "các đồng chí: Đặng Thị Mơ - Phó Chủ tịch UBND tỉnh; Khúc Văn Tư - Chủ tịch Ủy ban MTTQ "
        "tỉnh."
    )
    medal = "kỷ niệm chương vì sự nghiệp bảo vệ an ninh tổ quốc"
    found = {(award.lower(), recipient) for award, recipient in awards(facts)}
    assert {(medal, "Đặng Thị Mơ"), (medal, "Khúc Văn Tư")} <= found
    assert people(facts)["Khúc Văn Tư"][1] == {
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc tỉnh Quảng Trị")
    }


def test_a_class_said_again_takes_the_orders_name_and_alone_is_no_new_award() -> None:
    facts = facts_of(
        "Sáng 21/11, Công an tỉnh Bình Định trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Đại tá "
        "Lữ Văn Cần. Đại tá Ông Đức Mạnh trao Huân chương hạng Ba cho Thượng tá Mã Thị Nhàn. "
        "Ban tổ chức cũng trao Huân chương hạng Ba cho các đồng chí còn lại."
    )
    assert awards(facts) == {
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Lữ Văn Cần"),
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Mã Thị Nhàn"),
    }


def test_an_award_said_by_its_kind_with_nothing_before_is_no_award() -> None:
    facts = facts_of("Sáng 21/11, Đại tá Lữ Văn Cần trao Huân chương cho gia đình liệt sĩ.")
    assert facts.awards == []


def test_a_youth_union_badge_is_an_award_and_its_giver_no_person() -> None:
    facts = facts_of(
        'Sáng 22/11, Thượng sĩ Lạc Văn Bình được truy tặng Huy hiệu "Tuổi trẻ dũng cảm" của '
        "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh."
    )
    assert awards(facts) == {("Huy hiệu Tuổi trẻ dũng cảm", "Lạc Văn Bình")}
    assert set(people(facts)) == {"Lạc Văn Bình"}


def test_a_member_of_the_standing_committee_of_a_central_party_body_keeps_its_name() -> None:
    facts = facts_of(
        "Sáng 23/11, Trung tướng Khổng Văn Tín, Ủy viên Ban Thường vụ Đảng ủy Công an Trung "
        "ương, Thứ trưởng Bộ Công an dự hội nghị."
    )
    assert people(facts)["Khổng Văn Tín"][1] == {
        ("Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương", "Đảng ủy Công an Trung ương"),
        ("Thứ trưởng", "Bộ Công an"),
    }


def test_suspects_named_after_a_longer_description_are_left_out() -> None:
    facts = facts_of(
        "Ngày 24/11, Thiếu tá Phùng Văn Lợi, Trưởng Công an xã Tân Lập cho biết nhóm đối tượng "
        "trộm cắp tài sản gồm Kha Văn Đen và Lục Thị Vân đã bị bắt."
    )
    assert set(people(facts)) == {"Phùng Văn Lợi"}


def test_an_association_named_short_after_it_was_named_in_full_is_that_one() -> None:
    facts = facts_of(
        "Sáng 25/11, Hội Cựu Công an nhân dân tỉnh Nam Định tổ chức Đại hội lần thứ nhất. Đại "
        "tá Tạ Quang Khải, nguyên Phó Giám đốc Công an tỉnh, được bầu làm Chủ tịch Hội."
    )
    assert ("Chủ tịch", "Hội Cựu Công an nhân dân tỉnh Nam Định") in people(facts)["Tạ Quang Khải"][
        1
    ]
    assert ("conference", "2025-11-25") in {(e.kind, e.date) for e in facts.events}


def test_a_council_listed_between_a_party_committee_and_the_peoples_committee() -> None:
    facts = facts_of(
        "Chiều 26/11, Đảng ủy, HĐND, UBND xã Đông Sơn tổ chức lễ kỷ niệm Ngày hội toàn dân bảo "
        "vệ an ninh Tổ quốc."
    )
    names = {o.name for o in facts.organisations}
    assert {
        "Đảng ủy xã Đông Sơn",
        "Hội đồng nhân dân xã Đông Sơn",
        "Ủy ban nhân dân xã Đông Sơn",
    } <= names


def test_an_investigation_agency_takes_the_name_of_the_police_unit_after_it() -> None:
    facts = facts_of(
        "Ngày 27/11, Đại tá Vũ Thế Hanh, Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra "
        "Công an tỉnh Hà Nam cho biết vụ án do Cơ quan Cảnh sát điều tra Công an huyện Kim "
        "Bảng thụ lý."
    )
    units = {o.name: o.parent for o in facts.organisations}
    agency = "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam"
    assert units[agency] == "Công an tỉnh Hà Nam"
    assert units["Cơ quan Cảnh sát điều tra Công an huyện Kim Bảng"] == "Công an huyện Kim Bảng"
    assert people(facts)["Vũ Thế Hanh"][1] == {
        ("Phó Giám đốc", "Công an tỉnh Hà Nam"),
        ("Thủ trưởng", agency),
    }


def test_two_officers_joined_by_and_before_a_post_both_hold_it() -> None:
    facts = facts_of(
        "Sáng 28/11, Thượng tá Lò Văn Khiêm trao quyết định điều động Đại úy Cầm Văn Pọm và "
        "Đại úy Lường Thị Én giữ chức Phó Trưởng Công an xã Mường Khoa."
    )
    found = people(facts)
    post = ("Phó Trưởng Công an xã", "Công an xã Mường Khoa")
    assert post in found["Cầm Văn Pọm"][1]
    assert post in found["Lường Thị Én"][1]
    assert post not in found["Lò Văn Khiêm"][1]


def test_who_hands_promotions_to_others_keeps_his_rank() -> None:
    facts = facts_of(
        "Sáng 29/11, Đại tá Quàng Văn Ón, Phó Giám đốc Công an tỉnh Sơn La trao quyết định "
        "thăng cấp bậc hàm Thượng tá cho 9 đồng chí."
    )
    assert people(facts)["Quàng Văn Ón"][0] == "Đại tá"


def test_one_honoured_after_death_named_before_the_verb_attends_nothing() -> None:
    facts = facts_of(
        "Sáng 30/11, Công an tỉnh Tây Ninh tổ chức lễ truy tặng Huân chương Bảo vệ Tổ quốc hạng "
        "Ba cho Trung sĩ Giáp Văn Lộc. Cũng tại buổi lễ, Trung sĩ Giáp Văn Lộc được truy tặng "
        "Bằng khen của Chủ tịch UBND tỉnh."
    )
    attending = {name for e in facts.events for name in e.attendees}
    assert "Giáp Văn Lộc" not in attending


def test_a_department_is_under_the_provincial_police_named_before_it_in_the_sentence() -> None:
    facts = facts_of(
        "Ngày 1/11, Công an tỉnh Bình Phước khen thưởng Thiếu úy Hồ Văn Tèo, cán bộ Phòng Cảnh "
        "sát cơ động."
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Phòng Cảnh sát cơ động"] == "Công an tỉnh Bình Phước"


def test_the_day_a_unit_was_founded_is_no_day_of_the_event_reported() -> None:
    facts = facts_of(
        "Chiều 12/11, UBND xã Thanh Sơn tổ chức lễ kỷ niệm. Phát biểu tại buổi lễ, Chủ tịch "
        "UBND xã ghi nhận đóng góp của Công an xã kể từ khi được thành lập ngày 1/7/2025."
    )
    assert {(e.kind, e.date) for e in facts.events} == {("ceremony", "2025-11-12")}


def test_the_holder_named_after_a_communes_body_is_no_commune() -> None:
    facts = facts_of(
        "Chiều 3/11, UBND xã Ea Tu tổ chức lễ kỷ niệm. Chủ tịch UBND xã Trịnh Thị Hoa phát "
        "biểu tại buổi lễ."
    )
    names = {o.name for o in facts.organisations}
    assert "Ủy ban nhân dân xã Trịnh Thị Hoa" not in names
    assert people(facts)["Trịnh Thị Hoa"][1] == {("Chủ tịch", "Ủy ban nhân dân xã Ea Tu")}


def test_a_commune_named_after_a_person_is_still_a_commune_when_first_named() -> None:
    facts = facts_of("Chiều 3/11, Chủ tịch UBND phường Hoàng Văn Thụ dự lễ kỷ niệm.")
    assert "Ủy ban nhân dân phường Hoàng Văn Thụ" in {o.name for o in facts.organisations}


def test_a_conference_announcing_decisions_is_one_conference_all_through() -> None:
    facts = facts_of(
        "Công an tỉnh An Giang công bố quyết định về công tác cán bộ\n\n"
        "Sáng 4/11, Công an tỉnh An Giang tổ chức hội nghị công bố quyết định của Bộ trưởng Bộ "
        "Công an về công tác cán bộ.\n\n"
        "Trung tướng Lý Văn Đạt, Thứ trưởng Bộ Công an trao quyết định và chúc mừng Đại tá Kim "
        "Văn Tha."
    )
    kinds = {(e.kind, e.date) for e in facts.events}
    assert ("conference", "2025-11-04") in kinds
    assert ("ceremony", "2025-11-04") not in kinds


def test_a_general_department_said_after_a_department_is_its_parent() -> None:
    facts = facts_of(
        "Ngày 10/7, Đại tá Mông Văn Tý, Phó Cục trưởng Cục Cảnh sát hình sự (C45), Tổng cục "
        "Cảnh sát dự hội nghị.",
        date="2014-07",
    )
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Cục Cảnh sát hình sự"] == "Tổng cục Cảnh sát"


def test_those_praised_in_the_sentence_after_the_award_receive_it() -> None:
    facts = facts_of(
        "Chủ tịch UBND tỉnh Lạng Sơn vừa tặng Giấy khen cho 2 tập thể. Hai tập thể được khen là "
        "Công an xã Tân Thanh và Công an xã Đồng Đăng."
    )
    assert {("Giấy khen", "Công an xã Tân Thanh"), ("Giấy khen", "Công an xã Đồng Đăng")} <= (
        awards(facts)
    )


def test_praise_with_no_award_told_before_is_no_award() -> None:
    facts = facts_of("Hai tập thể được khen là Công an xã Tân Thanh và Công an xã Đồng Đăng.")
    assert facts.awards == []
