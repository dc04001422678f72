"""Forms met in a fifth round of reading real reports (`tests/fixtures/real-news-blind-5`):
units of other bodies written short (`Bộ CHQS`, `BĐBP`, `Viện KSND`), the posts of a
province's border guard, clusters numbered in Roman figures, `Tỉnh ủy viên`, `Cục phó`,
`Phó Thủ tướng Thường trực`. Every sentence here is invented."""

from __future__ import annotations

from support.extraction import awards, facts_dated, people

facts_of = facts_dated("2024-06")


def test_other_bodies_written_short_are_units_of_their_province() -> None:
    facts = facts_of(
        "Ngày 3/6, Công an tỉnh Cao Bằng, Bộ CHQS tỉnh và Bộ Chỉ huy BĐBP tỉnh Cao Bằng họp "
        "giao ban. Dự có ông Hoàng Văn Chính, Viện trưởng Viện KSND tỉnh Cao Bằng."
    )
    units = {o.name for o in facts.organisations}
    assert {
        "Bộ Chỉ huy Quân sự tỉnh Cao Bằng",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng",
        "Viện kiểm sát nhân dân tỉnh Cao Bằng",
    } <= units
    assert people(facts)["Hoàng Văn Chính"][1] == {
        ("Viện trưởng", "Viện kiểm sát nhân dân tỉnh Cao Bằng")
    }


def test_a_post_in_a_provincial_border_guard_is_one_of_its_command() -> None:
    facts = facts_of(
        "Ngày 5/6, Công an tỉnh Cao Bằng tổ chức hội nghị. Đại tá Nông Đức Thắng, Chỉ huy "
        "trưởng BĐBP tỉnh và Đại tá Lý Văn Tòng, Chính ủy Bộ đội Biên phòng tỉnh Cao Bằng dự "
        "hội nghị. Bộ đội Biên phòng tỉnh Hà Giang cử đại diện tham dự."
    )
    command = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng"
    found = people(facts)
    assert found["Nông Đức Thắng"][1] == {("Chỉ huy trưởng", command)}
    assert found["Lý Văn Tòng"][1] == {("Chính ủy", command)}
    units = {o.name for o in facts.organisations}
    # the force named without a post stays as written
    assert "Bộ đội Biên phòng tỉnh Hà Giang" in units
    assert "Bộ đội Biên phòng tỉnh Cao Bằng" not in units


def test_a_cluster_numbered_in_roman_figures_is_written_with_arabic_ones() -> None:
    facts = facts_of(
        "Ngày 7/6, Cụm thi đua số XII gồm Công an các tỉnh: Sơn La, Điện Biên và Lai Châu "
        "tổ chức hội nghị. Đại tá Lò Văn Pọm, Giám đốc Công an tỉnh Sơn La, Cụm trưởng Cụm "
        "thi đua số XII chủ trì."
    )
    assert [c.name for c in facts.clusters] == ["Cụm thi đua số 12"]
    assert facts.clusters[0].members == [
        "Công an tỉnh Sơn La",
        "Công an tỉnh Điện Biên",
        "Công an tỉnh Lai Châu",
    ]
    assert ("Cụm trưởng", "Cụm thi đua số 12") in people(facts)["Lò Văn Pọm"][1]


def test_member_of_a_party_committee_deputy_general_and_standing_deputy_pm() -> None:
    facts = facts_of(
        "Chiều 9/6, đoàn công tác tỉnh Yên Bái thăm Công an tỉnh. Cùng đi có ông Đào Văn "
        "Lực, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh Yên Bái. Đại tá Tạ Minh Đức, Cục phó Cục "
        "Cảnh sát hình sự và Phó Thủ tướng Thường trực Chính phủ Lê Minh Khang cùng dự."
    )
    found = people(facts)
    assert ("Tỉnh ủy viên", "Tỉnh ủy Yên Bái") in found["Đào Văn Lực"][1]
    assert found["Tạ Minh Đức"][1] == {("Cục phó", "Cục Cảnh sát hình sự")}
    assert found["Lê Minh Khang"][1] == {("Phó Thủ tướng Thường trực", "Chính phủ")}


def test_a_count_after_listed_units_ends_the_list() -> None:
    facts = facts_of(
        "Ngày 11/6, ông Vi Văn Tám, Phó Chủ tịch UBND tỉnh Nghệ An trao Bằng khen cho Công an "
        "các huyện: Kỳ Sơn, Tương Dương và 5 cá nhân."
    )
    units = {o.name for o in facts.organisations}
    assert {"Công an huyện Kỳ Sơn", "Công an huyện Tương Dương"} <= units
    assert not any(name.endswith(" 5") for name in units)


def test_posts_given_respectively_pair_units_and_people_in_order() -> None:
    facts = facts_of(
        "Chiều 12/6, Thứ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm từ Đại tá lên "
        "Thiếu tướng cho 3 Giám đốc Công an tỉnh. Các Giám đốc Công an tỉnh Hà Nam, Nam Định "
        "và Thái Bình được thăng hàm lần lượt là các ông Đỗ Văn Hòa, Phan Quốc Huy và Lại Thế "
        "Vinh."
    )
    found = people(facts)
    assert found["Đỗ Văn Hòa"] == ("Thiếu tướng", {("Giám đốc", "Công an tỉnh Hà Nam")})
    assert found["Phan Quốc Huy"] == ("Thiếu tướng", {("Giám đốc", "Công an tỉnh Nam Định")})
    assert found["Lại Thế Vinh"] == ("Thiếu tướng", {("Giám đốc", "Công an tỉnh Thái Bình")})


def test_a_unit_given_as_a_former_post_is_not_the_province_in_context() -> None:
    facts = facts_of(
        "Ngày 1/7, Công an tỉnh Phú Thọ công bố quyết định về công tác cán bộ. Các Phó Giám "
        "đốc gồm: Đại tá Hà Minh Tâm (nguyên Giám đốc Công an tỉnh Vĩnh Phúc), Đại tá Cao Văn "
        "Lực (nguyên Giám đốc Công an tỉnh Hòa Bình)."
    )
    found = people(facts)
    assert found["Hà Minh Tâm"][1] == {
        ("Phó Giám đốc", "Công an tỉnh Phú Thọ"),
        ("Giám đốc", "Công an tỉnh Vĩnh Phúc"),
    }
    assert ("Phó Giám đốc", "Công an tỉnh Phú Thọ") in found["Cao Văn Lực"][1]


def test_a_post_said_before_names_joined_by_la_is_each_ones() -> None:
    facts = facts_of(
        "Ngày 14/6, Công an tỉnh Bình Thuận tổ chức lễ kỷ niệm. Hai Phó Giám đốc Công an tỉnh "
        "đương nhiệm là Đại tá Lê Văn Hải và Thượng tá Hồ Ngọc Sơn cũng được trao tặng Huân "
        "chương Bảo vệ Tổ quốc hạng Ba."
    )
    found = people(facts)
    for name in ("Lê Văn Hải", "Hồ Ngọc Sơn"):
        assert found[name][1] == {("Phó Giám đốc", "Công an tỉnh Bình Thuận")}
    assert awards(facts) == {
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lê Văn Hải"),
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Hồ Ngọc Sơn"),
    }


def test_a_rank_said_once_before_a_colon_is_each_listed_ones() -> None:
    facts = facts_of(
        "Ngày 15/6, Công an tỉnh Long An công bố quyết định bổ nhiệm các Phó Trưởng phòng gồm "
        "các thiếu tá: Trần Văn Bé, Lâm Thị Nga và Huỳnh Tấn Lợi."
    )
    found = people(facts)
    assert {found[n][0] for n in ("Trần Văn Bé", "Lâm Thị Nga", "Huỳnh Tấn Lợi")} == {"Thiếu tá"}


def test_the_fire_police_of_a_province_before_2018_is_a_unit() -> None:
    facts = facts_of(
        "Ngày 20/6/2015, Sở Cảnh sát PCCC tỉnh Khánh Hòa tổ chức hội nghị. Đại tá Phan Văn "
        "Lộc, Giám đốc Cảnh sát PCCC tỉnh Bình Định dự."
    )
    units = {o.name: o.parent for o in facts.organisations}
    # before 2018 a province's fire police was under the ministry, not the province's police
    assert units["Sở Cảnh sát phòng cháy và chữa cháy tỉnh Khánh Hòa"] == "Bộ Công an"
    assert people(facts)["Phan Văn Lộc"][1] == {
        ("Giám đốc", "Cảnh sát phòng cháy và chữa cháy tỉnh Bình Định")
    }


def test_an_honour_said_to_have_been_given_twice_before_is_no_new_award() -> None:
    facts = facts_of(
        "Sáng 17/6, Công an tỉnh Kon Tum đón nhận Huân chương Chiến công hạng Nhất của Chủ "
        "tịch nước. Trước đó, Công an tỉnh Kon Tum đã hai lần được tuyên dương danh hiệu Anh "
        "hùng lực lượng vũ trang nhân dân."
    )
    assert awards(facts) == {("Huân chương Chiến công hạng Nhất", "Công an tỉnh Kon Tum")}


def test_the_one_mourned_attends_no_event_of_the_article() -> None:
    facts = facts_of(
        "Ngày 18/6, Thiếu tướng Vũ Đức Thành, Giám đốc Công an tỉnh Bình Dương dự lễ truy điệu "
        "Thượng úy Đoàn Văn Phú. Tại buổi lễ, Thiếu tướng Vũ Đức Thành công bố quyết định thăng "
        "cấp bậc hàm từ thượng úy lên đại úy đối với đồng chí Đoàn Văn Phú."
    )
    attendees = {name for e in facts.events for name in e.attendees}
    assert "Vũ Đức Thành" in attendees
    assert "Đoàn Văn Phú" not in attendees


def test_a_party_post_of_a_unit_said_alone_is_in_the_unit_of_the_officers_post() -> None:
    facts = facts_of(
        "Ngày 19/6, Đảng bộ Công an tỉnh Tây Ninh tổ chức đại hội. Đại tá Lê Thanh Bình, Phó "
        "Giám đốc Công an tỉnh được bầu giữ chức Phó Bí thư Đảng ủy."
    )
    assert people(facts)["Lê Thanh Bình"][1] == {
        ("Phó Giám đốc", "Công an tỉnh Tây Ninh"),
        ("Phó Bí thư Đảng ủy", "Công an tỉnh Tây Ninh"),
    }


def test_a_border_post_is_a_unit() -> None:
    facts = facts_of(
        "Ngày 21/6, Đồn Biên phòng Na Mèo và Đồn Biên phòng cửa khẩu quốc tế Lao Bảo bắt giữ "
        "hai đối tượng vận chuyển ma túy."
    )
    units = {o.name for o in facts.organisations}
    assert {"Đồn Biên phòng Na Mèo", "Đồn Biên phòng cửa khẩu quốc tế Lao Bảo"} <= units


def test_the_police_of_each_commune_listed_after_tai_n_xa() -> None:
    facts = facts_of(
        "Ngày 22/6, Công an huyện Kim Bảng điều động 9 cán bộ đảm nhiệm chức danh Công an xã "
        "tại 3 xã: Thụy Lôi, Tân Sơn và Khả Phong."
    )
    units = {o.name: o.parent for o in facts.organisations}
    for commune in ("Thụy Lôi", "Tân Sơn", "Khả Phong"):
        assert units[f"Công an xã {commune}"] == "Công an huyện Kim Bảng"
    assert not {p.name for p in facts.persons} & {"Khả Phong", "Tân Sơn"}


def test_those_given_posts_right_after_a_ceremony_of_decisions_attend_it() -> None:
    facts = facts_of(
        "Chiều 23/6, Công an huyện Thanh Liêm tổ chức lễ công bố quyết định của Giám đốc Công "
        "an tỉnh Hà Nam về công tác cán bộ. Theo đó, Thiếu tá Bùi Văn Thọ giữ chức Trưởng Công "
        "an xã Liêm Sơn. Đại úy Vũ Thị Lan được giao giữ chức Phó Trưởng Công an xã Liêm Sơn. "
        "Ông Bùi Văn Thọ từng giữ chức Đội trưởng."
    )
    attendees = {name for e in facts.events for name in e.attendees}
    assert {"Bùi Văn Thọ", "Vũ Thị Lan"} <= attendees


def test_a_spot_reward_is_given_at_a_ceremony() -> None:
    facts = facts_of(
        "Ngày 24/6, Đại tá Hồ Văn Mười, Giám đốc Công an tỉnh Đắk Nông khen thưởng nóng Phòng "
        "Cảnh sát hình sự."
    )
    assert [(e.kind, e.date) for e in facts.events] == [("ceremony", "2024-06-24")]
    assert facts.events[0].attendees == ["Hồ Văn Mười"]
