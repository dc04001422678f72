"""Forms met in a third round of reading real reports (`tests/fixtures/real-news-blind-3`):
cluster members named without `Công an`, by their leaders or with codes in brackets. Every
sentence here is invented."""

from __future__ import annotations

from support.extraction import awards, facts_dated, people

from ingest.model import Facts

facts_of = facts_dated("2026-02")


def members(facts: Facts) -> dict[str, list[str]]:
    return {c.name: c.members for c in facts.clusters}


def test_a_cluster_listing_bare_province_names_has_their_police_as_members() -> None:
    facts = facts_of(
        "Ngày 4/2, Cụm thi đua số 3 có 4 tỉnh miền núi gồm Lào Cai, Yên Bái, Hà Giang và "
        "Tuyên Quang tổ chức hội nghị ký kết giao ước thi đua."
    )
    assert members(facts)["Cụm thi đua số 3"] == [
        "Công an tỉnh Lào Cai",
        "Công an tỉnh Yên Bái",
        "Công an tỉnh Hà Giang",
        "Công an tỉnh Tuyên Quang",
    ]
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Công an tỉnh Lào Cai"] == units["Công an tỉnh Tuyên Quang"] == "Bộ Công an"


def test_the_leaders_of_the_provinces_at_a_clusters_meeting_name_its_members() -> None:
    facts = facts_of(
        "Sáng 5/2, Cụm thi đua số 7 tổ chức hội nghị sơ kết tại TP Đông Hà. Dự hội nghị có "
        "lãnh đạo Công an các tỉnh: Quảng Nam, Quảng Ngãi, Bình Định và Công an tỉnh Quảng Trị "
        "(đơn vị Cụm trưởng)."
    )
    assert members(facts)["Cụm thi đua số 7"] == [
        "Công an tỉnh Quảng Nam",
        "Công an tỉnh Quảng Ngãi",
        "Công an tỉnh Bình Định",
        "Công an tỉnh Quảng Trị",
    ]


def test_leaders_listed_without_a_cluster_in_the_article_are_no_members() -> None:
    facts = facts_of(
        "Sáng 5/2, Bộ Công an tổ chức hội nghị tại Hà Nội. Dự hội nghị có lãnh đạo Công an các "
        "tỉnh: Quảng Nam, Quảng Ngãi và Bình Định."
    )
    assert facts.clusters == []


def test_members_signing_between_them_and_codes_in_brackets() -> None:
    facts = facts_of(
        "Ngày 6/2, Cụm thi đua số 4 ký giao ước thi đua giữa Công an 3 tỉnh: Hưng Yên, Thái "
        "Bình và Nam Định. Ngày 7/2, Khối thi đua các đơn vị An ninh gồm 3 đơn vị: Cục An ninh "
        "kinh tế (A04), Cục An ninh nội địa (A06) và Cục An ninh điều tra (A09) tổng kết năm."
    )
    found = members(facts)
    assert found["Cụm thi đua số 4"] == [
        "Công an tỉnh Hưng Yên",
        "Công an tỉnh Thái Bình",
        "Công an tỉnh Nam Định",
    ]
    assert found["Khối thi đua các đơn vị An ninh"] == [
        "Cục An ninh kinh tế",
        "Cục An ninh nội địa",
        "Cục An ninh điều tra",
    ]


def test_officers_listed_after_the_rank_they_rise_to_take_it_and_attend() -> None:
    facts = facts_of(
        "Chiều 9/2, Bộ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm cho 3 sĩ quan. Hai "
        "sĩ quan lên Thiếu tướng gồm ông Mạc Văn Tiến (52 tuổi), Giám đốc Công an tỉnh Hòa "
        "Bình; ông La Đức Hậu, Cục trưởng Cục Đối ngoại. Đại tá Âu Minh Quý, Phó Cục trưởng Cục "
        "Quản lý xuất nhập cảnh được phong hàm Thiếu tướng."
    )
    ranks = {p.name: p.rank for p in facts.persons}
    assert ranks["Mạc Văn Tiến"] == ranks["La Đức Hậu"] == ranks["Âu Minh Quý"] == "Thiếu tướng"
    appointment = next(e for e in facts.events if e.kind == "appointment")
    assert {"Mạc Văn Tiến", "La Đức Hậu", "Âu Minh Quý"} <= set(appointment.attendees)
    assert appointment.date == "2026-02-09"


def test_names_ended_by_a_dash_or_opened_by_y_are_read_whole() -> None:
    facts = facts_of(
        "Sáng 10/2, Công an tỉnh Gia Lai tổ chức hội nghị. Dự có đồng chí Y Blin Mlô, Phó Bí "
        "thư Tỉnh ủy; Đại tá Kiều Văn Sử-Giám đốc Công an tỉnh chủ trì."
    )
    found = people(facts)
    assert "Y Blin Mlô" in found
    assert found["Kiều Văn Sử"] == ("Đại tá", {("Giám đốc", "Công an tỉnh Gia Lai")})


def test_words_that_fold_like_a_bodys_name_are_not_that_body() -> None:
    facts = facts_of("Ngày 11/2, Đại tá Lò Đức Chinh phụ trách Công an tỉnh Sơn La dự lễ ra quân.")
    assert "Lò Đức Chinh" in people(facts)
    assert "Chính phủ" not in {o.name for o in facts.organisations}
    written = facts_of("Ngày 11/2, Thủ tướng Chính phủ gửi thư khen Công an tỉnh Sơn La.")
    assert "Chính phủ" in {o.name for o in written.organisations}


def kinds(facts: Facts) -> set[tuple[str, str | None]]:
    return {(e.kind, e.date) for e in facts.events}


def held(facts: Facts, kind: str) -> tuple[str | None, list[str], list[str]]:
    """(date, attendees, organisers) of the event of that kind."""
    event = next(e for e in facts.events if e.kind == kind)
    return event.date, event.attendees, event.organisers


def test_a_cluster_reviewing_its_movement_holds_a_conference_unless_a_ceremony_is_named() -> None:
    facts = facts_of("Ngày 12/2, Cụm thi đua số 2, Bộ Công an tổng kết phong trào năm 2025.")
    assert kinds(facts) == {("conference", "2026-02-12")}
    facts = facts_of(
        "Ngày 12/2, Cụm thi đua số 2 tổ chức lễ đón nhận Cờ thi đua và tổng kết phong trào thi đua."
    )
    assert kinds(facts) == {("ceremony", "2026-02-12")}


def test_an_award_given_solemnly_is_a_ceremony_and_who_pins_it_attends() -> None:
    facts = facts_of(
        "Sáng 13/2, Công an tỉnh Phú Yên trang trọng trao tặng Huân chương cho 20 cán bộ hưu "
        "trí. Thừa ủy quyền của Chủ tịch nước, ông Đỗ Văn Khang, Chủ tịch UBND tỉnh gắn Huân "
        "chương lên cờ truyền thống."
    )
    assert held(facts, "ceremony")[:2] == ("2026-02-13", ["Đỗ Văn Khang"])


def test_the_ceremony_an_appointment_was_announced_at_is_held_that_day() -> None:
    facts = facts_of(
        "Ngày 14/2, Công an tỉnh Kon Tum công bố các quyết định về công tác cán bộ.\n\nDự buổi "
        "lễ có ông Lê Văn Tú, Phó Chủ tịch UBND tỉnh Kon Tum."
    )
    assert kinds(facts) == {("appointment", "2026-02-14"), ("ceremony", "2026-02-14")}
    assert held(facts, "ceremony")[1:] == (["Lê Văn Tú"], ["Công an tỉnh Kon Tum"])


def test_recipients_listed_after_gom_or_cung_and_the_kind_of_the_next_ones() -> None:
    facts = facts_of(
        "Ngày 15/2, Công an tỉnh Hà Nam tổ chức lễ đón nhận Bằng khen của Thủ tướng Chính phủ. "
        "Các tập thể được tặng Bằng khen gồm: Phòng Cảnh sát giao thông, Trại tạm giam và Công "
        "an thành phố Phủ Lý. Chủ tịch UBND tỉnh trao Huân chương Chiến công hạng Ba tặng Phòng "
        "Cảnh sát hình sự cùng hai cá nhân: Thiếu tá Lưu Văn Bính, Đội trưởng; Đại úy Tạ Văn "
        "Cừ, Phó Đội trưởng."
    )
    given = awards(facts)
    units = ("Phòng Cảnh sát giao thông", "Trại tạm giam", "Công an thành phố Phủ Lý")
    assert all(("Bằng khen", unit) in given for unit in units)
    order = "Huân chương Chiến công hạng Ba"
    to = ("Phòng Cảnh sát hình sự", "Lưu Văn Bính", "Tạ Văn Cừ")
    assert all((order, recipient) in given for recipient in to)


def test_awards_to_people_who_once_led_are_given_and_a_headline_ends_the_orders_name() -> None:
    text = (
        "Công an Lai Châu nhận Huân chương Chiến công sau chuyên án gỗ lậu\n\nSáng 16/2, Công an "
        "tỉnh Lai Châu trao Huân chương cho 12 cán bộ từng là lãnh đạo Công an tỉnh, trong đó "
        "có 4 Huân chương Lao động hạng Ba và 8 Huân chương Bảo vệ Tổ quốc hạng Ba."
    )
    names = {award for award, _ in awards(facts_of(text))}
    assert {"Huân chương Lao động hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Ba"} <= names
    assert "Huân chương Chiến công sau chuyên án gỗ lậu" not in names


def test_this_afternoon_after_a_dated_sentence_and_a_day_in_brackets() -> None:
    facts = facts_of(
        "Chiều 17/2, Bộ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm cho Thiếu tướng Đàm "
        "Văn Khoa. Cũng trong chiều nay, Bộ trưởng dự lễ kỷ niệm ngày truyền thống Cục Đối "
        "ngoại. Trước đó một ngày (16/2), Đại tá Mai Văn Quyết được điều động giữ chức Phó Cục "
        "trưởng Cục Đối ngoại."
    )
    told = kinds(facts)
    assert sorted(date or "" for _, date in told) == ["2026-02-16", "2026-02-17", "2026-02-17"]
    assert ("ceremony", "2026-02-17") in told


def test_the_board_of_directors_is_nobodys_post() -> None:
    facts = facts_of(
        "Ngày 18/2, thay mặt Ban Giám đốc, Đại tá Khổng Văn Lực, Phó Giám đốc Công an tỉnh Hà "
        "Giang chúc mừng Phòng Cảnh sát hình sự."
    )
    assert people(facts)["Khổng Văn Lực"][1] == {("Phó Giám đốc", "Công an tỉnh Hà Giang")}


def test_posts_said_before_each_name_of_a_list_stay_with_their_names() -> None:
    found = people(
        facts_of(
            "Ngày 19/2, lãnh đạo tỉnh Phú Thọ thăm Công an tỉnh. Cùng đi có Chủ tịch UBND tỉnh "
            "Hà Văn Tám, Phó Chủ tịch HĐND tỉnh Lưu Thị Hòa, Trưởng Ban Dân vận Tỉnh ủy Kim "
            "Văn Sơn."
        )
    )
    assert found["Hà Văn Tám"][1] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ")}
    assert found["Lưu Thị Hòa"][1] == {("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ")}
    assert found["Kim Văn Sơn"][1] == {("Trưởng Ban Dân vận Tỉnh ủy", "Tỉnh ủy Phú Thọ")}


def test_a_party_committee_listed_before_a_local_body_shares_its_place() -> None:
    facts = facts_of(
        "Chiều 20/2, Đảng ủy, HĐND, UBND xã Nậm Cắn gặp mặt Công an xã. Sáng 21/2, đoàn đại "
        "biểu Tỉnh ủy, UBND tỉnh Nghệ An thăm Công an tỉnh."
    )
    units = {o.name for o in facts.organisations}
    assert {"Đảng ủy xã Nậm Cắn", "Tỉnh ủy Nghệ An", "Ủy ban nhân dân xã Nậm Cắn"} <= units


def test_a_communes_posts_said_without_its_name_are_the_communes_in_context() -> None:
    found = people(
        facts_of(
            "Chiều 22/2, UBND xã Ea Tu tổ chức gặp mặt Công an xã. Dự có ông Y Nhuê Ayun-Bí "
            "thư Đảng ủy xã; bà H Lan-Chủ tịch UBND xã."
        )
    )
    assert found["Y Nhuê Ayun"][1] == {("Bí thư Đảng ủy xã", "Đảng ủy xã Ea Tu")}


def test_the_government_giving_an_excellent_flag_is_its_grantor_only() -> None:
    facts = facts_of(
        "Ngày 23/2, Công an tỉnh Ninh Thuận được tặng Cờ thi đua xuất sắc của Chính phủ."
    )
    assert [(a.award, a.recipient, a.grantor) for a in facts.awards] == [
        ("Cờ thi đua", "Công an tỉnh Ninh Thuận", "Chính phủ")
    ]
    assert "Chính phủ" not in {o.name for o in facts.organisations}


def test_a_unit_rewarded_without_cho_is_the_recipient_and_a_yearly_tally_no_award() -> None:
    facts = facts_of(
        "Ngày 24/2, Ban Giám đốc Công an tỉnh Tây Ninh đã khen thưởng đột xuất Phòng Cảnh sát "
        "kinh tế. Năm 2025, toàn tỉnh có 310 lượt tập thể, 900 lượt cá nhân được các cấp khen "
        "thưởng."
    )
    assert awards(facts) == {("khen thưởng", "Phòng Cảnh sát kinh tế")}


def test_the_head_of_an_office_sharing_the_ministry_in_a_chain_heads_its_office() -> None:
    facts = facts_of(
        "Chiều 25/2, Thiếu tướng Triệu Văn Lâm, Chánh văn phòng, Người phát ngôn Bộ Công an "
        "chủ trì họp báo."
    )
    assert ("Chánh Văn phòng", "Văn phòng Bộ Công an") in people(facts)["Triệu Văn Lâm"][1]
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Văn phòng Bộ Công an"] == "Bộ Công an"


def test_departments_written_by_codes_after_one_phong_each_receive_the_award() -> None:
    facts = facts_of(
        "Ngày 26/2, hai tập thể Phòng PC04, PC09 cùng Thiếu tá "
        "Điểu Văn Khanh, Phó trưởng Phòng PC04 được nhận Huân chương Chiến công hạng Ba."
    )
    order = "Huân chương Chiến công hạng Ba"
    given = {recipient for award, recipient in awards(facts) if award == order}
    assert given == {
        "Phòng Cảnh sát điều tra tội phạm về ma túy",
        "Phòng Kỹ thuật hình sự",
        "Điểu Văn Khanh",
    }


def test_a_paragraph_opening_trong_do_goes_on_at_the_event_before() -> None:
    facts = facts_of(
        "Chiều 27/2, Giám đốc Công an tỉnh Cao Bằng trao quyết định cho các trưởng Công an xã."
        "\n\nTrong đó, Công an xã Hà Quảng do Thiếu tá Nông Văn Pính làm Trưởng Công an xã."
    )
    assert "Nông Văn Pính" in held(facts, "ceremony")[1]


def test_one_given_an_award_at_the_ceremony_attends_it_one_given_one_before_does_not() -> None:
    facts = facts_of(
        "Sáng 28/2, Công an tỉnh Hậu Giang tổ chức lễ đón nhận Huân chương Chiến công.\n\nDịp "
        "này, Thượng tá Kha Văn Lượm, Phó Trưởng phòng Cảnh sát kinh tế được tặng Bằng khen."
        "\n\nĐại tá Lý Văn Út, Giám đốc Công an tỉnh từng được tặng Huân chương Chiến công."
    )
    attendees = held(facts, "ceremony")[1]
    assert "Kha Văn Lượm" in attendees
    assert "Lý Văn Út" not in attendees
