"""People: ranks, honorifics, posts before and after the name, stacked posts, shared heads,
officials outside the police, and suspects, victims and witnesses left out."""

from __future__ import annotations

import pytest
from support.extraction import facts_dated

from ingest.extract.ranks import rank_labels

facts_of = facts_dated("2022-04")


def people(body: str) -> dict[str, tuple[str | None, list[tuple[str, str | None]]]]:
    return {
        p.name: (p.rank, [(x.role, x.organisation) for x in p.positions])
        for p in facts_of(body).persons
    }


@pytest.mark.parametrize("rank", sorted(rank_labels().values()))
def test_every_rank_is_read_capitalised_or_not(rank: str) -> None:
    for written in (rank, rank.lower()):
        found = people(f"Buổi lễ có {written} Trịnh Văn Quyết tham dự.")
        assert found == {"Trịnh Văn Quyết": (rank, [])}


def test_ranks_come_from_the_ontology() -> None:
    assert len(rank_labels()) == 17


@pytest.mark.parametrize("honorific", ["đồng chí", "ông", "bà", "Đồng chí"])
def test_honorifics_are_dropped_from_the_name(honorific: str) -> None:
    found = people(f"{honorific} Lý Thị Mai, Phó Chủ tịch UBND tỉnh Cao Bằng phát biểu.")
    assert found == {"Lý Thị Mai": (None, [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng")])}


def test_stacked_posts_are_split() -> None:
    found = people(
        "Đại tướng Lê Hồng Anh, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, "
        "Bộ trưởng Bộ Công an dự."
    )
    assert found == {
        "Lê Hồng Anh": (
            "Đại tướng",
            [
                ("Ủy viên Bộ Chính trị", "Bộ Chính trị"),
                ("Bí thư Đảng ủy Công an Trung ương", "Đảng ủy Công an Trung ương"),
                ("Bộ trưởng", "Bộ Công an"),
            ],
        )
    }


def test_a_party_post_shares_the_unit_of_the_next_post() -> None:
    found = people("Đại tá Bế Văn Tuấn, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh Lạng Sơn dự.")
    assert found["Bế Văn Tuấn"][1] == [
        ("Phó Bí thư Đảng ủy", "Công an tỉnh Lạng Sơn"),
        ("Phó Giám đốc", "Công an tỉnh Lạng Sơn"),
    ]


def test_a_district_party_committee_takes_the_place_of_the_next_post() -> None:
    found = people("Ông Đinh Công Sứ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Gia Lâm dự.")
    assert found["Đinh Công Sứ"][1] == [
        ("Phó Bí thư Huyện ủy", "Huyện ủy Gia Lâm"),
        ("Chủ tịch", "Ủy ban nhân dân huyện Gia Lâm"),
    ]


def test_a_named_party_committee_keeps_its_word_in_the_role() -> None:
    found = people("Dự có ông Nguyễn Đắc Vinh, Bí thư Tỉnh ủy Nghệ An.")
    assert found == {"Nguyễn Đắc Vinh": (None, [("Bí thư Tỉnh ủy", "Tỉnh ủy Nghệ An")])}


def test_post_before_the_name_with_its_unit() -> None:
    found = people("Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên đề nghị phối hợp.")
    assert found == {"Đỗ Xuân Tuyên": (None, [("Thứ trưởng", "Bộ Y tế")])}


def test_post_and_rank_before_the_name() -> None:
    found = people("Bộ trưởng Bộ Công an, Đại tướng Lương Cường phát biểu.")
    assert found == {"Lương Cường": ("Đại tướng", [("Bộ trưởng", "Bộ Công an")])}


def test_a_post_of_someone_else_before_a_comma_is_not_taken() -> None:
    found = people(
        "Thừa ủy quyền của Bộ trưởng Bộ Công an, Trung tướng Vũ Hải Sơn trao quyết định."
    )
    assert found == {"Vũ Hải Sơn": ("Trung tướng", [])}


def test_role_then_name_of_a_city_official_refers_back_to_the_city() -> None:
    found = people("Công an TP Hải Phòng báo cáo. Phó Chủ tịch UBND thành phố Lê Anh Quân chỉ đạo.")
    assert found == {
        "Lê Anh Quân": (None, [("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hải Phòng")])
    }


def test_post_in_apposition_after_a_dash() -> None:
    found = people("Trung tá Hà Văn Nam - Trưởng Công an xã Tân Lập cho biết.")
    assert found == {"Hà Văn Nam": ("Trung tá", [("Trưởng Công an xã", "Công an xã Tân Lập")])}


def test_head_of_a_department_after_truong_phong() -> None:
    found = people("Thiếu tá Vi Văn Bằng, Phó Trưởng phòng Cảnh sát kinh tế cho biết.")
    assert found == {"Vi Văn Bằng": ("Thiếu tá", [("Phó Trưởng phòng", "Phòng Cảnh sát kinh tế")])}


def test_a_post_without_a_unit_is_in_the_police_named_before_it() -> None:
    found = people(
        "Về phía Công an tỉnh Hà Nam có Đại tá Vũ Văn Chung, Giám đốc Công an tỉnh Hà Nam; "
        "Thượng tá Trần Anh Đức, Phó Giám đốc."
    )
    assert found["Trần Anh Đức"] == ("Thượng tá", [("Phó Giám đốc", "Công an tỉnh Hà Nam")])


def test_new_post_after_giu_chuc_belongs_to_the_person_named_before() -> None:
    found = people(
        "Bộ Công an điều động Đại tá Lê Quang Đạo, Phó Giám đốc Công an tỉnh Bình Định "
        "giữ chức vụ Giám đốc Công an tỉnh Gia Lai."
    )
    assert found["Lê Quang Đạo"][1] == [
        ("Phó Giám đốc", "Công an tỉnh Bình Định"),
        ("Giám đốc", "Công an tỉnh Gia Lai"),
    ]


def test_mentions_of_one_person_are_merged() -> None:
    facts = facts_of(
        "Đại tá Mai Văn Hùng, Giám đốc Công an tỉnh Ninh Bình chủ trì hội nghị. "
        "Phát biểu bế mạc, Đại tá Mai Văn Hùng yêu cầu các đơn vị quyết liệt hơn."
    )
    assert [p.name for p in facts.persons] == ["Mai Văn Hùng"]
    assert len(facts.persons[0].positions) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Công an đã bắt giữ đối tượng Trần Văn Hải về hành vi trộm cắp.",
        "Bị can Lê Minh Tuấn bị khởi tố về tội lừa đảo.",
        "Nghi phạm Phạm Văn Đức đã ra đầu thú.",
        "Nạn nhân là chị Hoàng Thị Lan bị thương nhẹ.",
        "Nhân chứng Vũ Văn Khải cho biết đã thấy chiếc xe.",
        "Bị hại Ngô Thị Hồng đã đến trình báo.",
        "Tòa tuyên phạt bị cáo Đặng Văn Lâm 5 năm tù.",
        "Lực lượng chức năng truy bắt đối tượng truy nã Bùi Văn Tình.",
        "Ông Lê Văn Chín (SN 1968, trú tại xã Phú Lộc) đã giao nộp vũ khí.",
        "Anh Phan Văn Tâm, sinh năm 1990, trú tại phường 3 đã trình báo.",
        "Ngày 5/3, tại nhà ông Đỗ Văn Hạnh ở thôn 3, Công an xã tổ chức hội nghị.",
    ],
)
def test_suspects_victims_and_witnesses_are_left_out(sentence: str) -> None:
    assert people(sentence) == {}


def test_an_officer_in_an_arrest_story_is_kept_and_the_suspect_is_not() -> None:
    found = people(
        "Thượng úy Lâm Văn Phúc, cán bộ Công an xã Tân Hòa đã bắt giữ đối tượng "
        "Lâm Văn Tài (SN 1995)."
    )
    assert set(found) == {"Lâm Văn Phúc"}


def test_place_names_are_not_people() -> None:
    found = people("Hướng tới kỷ niệm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi, Hà Nội ra quân.")
    assert found == {}


def test_evidence_points_at_the_name_in_the_text() -> None:
    facts = facts_of("Hội nghị có Thiếu tướng Đoàn Văn Thái, Cục trưởng Cục Cảnh sát hình sự.")
    person = facts.persons[0]
    assert person.evidence is not None
    text = facts.document.text
    assert text[person.evidence.start : person.evidence.end] == "Đoàn Văn Thái"
    assert person.evidence.sentence == 0


def test_member_of_the_party_central_committee() -> None:
    found = people("Thượng tướng Đỗ Văn Hoàng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an dự.")
    assert found["Đỗ Văn Hoàng"][1] == [
        ("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("Thứ trưởng", "Bộ Công an"),
    ]


def test_academic_title_after_the_rank_is_dropped() -> None:
    found = people("Đại tá, TS Phùng Thế Vinh, Giám đốc Công an tỉnh Tuyên Quang phát biểu.")
    assert found == {"Phùng Thế Vinh": ("Đại tá", [("Giám đốc", "Công an tỉnh Tuyên Quang")])}


def test_department_and_bureau_abbreviations() -> None:
    found = people(
        "Trung tá Lò Văn Hải, Trưởng phòng CSGT Công an tỉnh Điện Biên và Đại tá Vũ Hồng Văn, "
        "Cục trưởng Cục CSGT cùng dự."
    )
    assert found == {
        "Lò Văn Hải": ("Trung tá", [("Trưởng phòng", "Phòng Cảnh sát giao thông")]),
        "Vũ Hồng Văn": ("Đại tá", [("Cục trưởng", "Cục Cảnh sát giao thông")]),
    }


def test_a_vice_minister_without_a_ministry_is_in_the_ministry_named_before() -> None:
    found = people("Ngày 3/3, Bộ Công an tổ chức hội nghị. Thứ trưởng Lê Quốc Hùng chủ trì.")
    assert found == {"Lê Quốc Hùng": (None, [("Thứ trưởng", "Bộ Công an")])}


def test_a_director_without_a_unit_is_in_the_provincial_police_named_before() -> None:
    found = people(
        "Công an tỉnh Bình Dương tổng kết năm. Đại tá Trịnh Ngọc Quyên, Giám đốc cho biết "
        "tình hình ổn định."
    )
    assert found == {"Trịnh Ngọc Quyên": ("Đại tá", [("Giám đốc", "Công an tỉnh Bình Dương")])}


def test_a_post_without_a_unit_stays_without_one_when_nothing_was_named() -> None:
    found = people("Đại tá Hà Văn Tư, Phó Giám đốc cho biết tình hình ổn định.")
    assert found == {"Hà Văn Tư": ("Đại tá", [("Phó Giám đốc", None)])}


def test_a_bare_name_outside_any_event_is_nobody() -> None:
    assert people("Du khách tản bộ quanh Hồ Gươm, Trần Hưng Đạo và Lý Thái Tổ.") == {}


def test_a_bare_name_placed_at_an_event_is_an_attendee() -> None:
    facts = facts_of("Ngày 2/4, Công an tỉnh Yên Bái tổ chức hội nghị. Dự có ông Hoàng Văn Tám.")
    assert [p.name for p in facts.persons] == ["Hoàng Văn Tám"]
    assert facts.events[0].attendees == ["Hoàng Văn Tám"]


def test_a_list_of_suspects_is_left_out_here_and_later() -> None:
    found = people(
        "Ngày 12/9, Công an huyện Đông Anh bắt giữ các đối tượng gồm: Nguyễn Văn An, "
        "Trần Văn Bình và Lê Văn Cường. Tại cơ quan Công an, Nguyễn Văn An, Trần Văn Bình "
        "khai nhận hành vi phạm tội. Đại úy Phạm Minh Đức, Đội trưởng Đội CSHS Công an huyện "
        "Đông Anh cho biết vụ án đang được mở rộng."
    )
    assert found == {"Phạm Minh Đức": ("Đại úy", [("Đội trưởng", "Đội Cảnh sát hình sự")])}


def test_a_deputy_prime_minister_is_in_the_government_without_naming_it_as_a_unit() -> None:
    facts = facts_of("Sáng 2/3, Phó Thủ tướng Trần Lưu Quang làm việc với Công an tỉnh Khánh Hòa.")
    (person,) = facts.persons
    assert [(p.role, p.organisation) for p in person.positions] == [("Phó Thủ tướng", "Chính phủ")]
    assert [o.name for o in facts.organisations] == ["Công an tỉnh Khánh Hòa"]


def test_posts_in_central_party_boards() -> None:
    found = people(
        "Dự có đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư và đồng chí "
        "Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương."
    )
    assert found == {
        "Trần Cẩm Tú": (
            None,
            [("Ủy viên Bộ Chính trị", "Bộ Chính trị"), ("Thường trực Ban Bí thư", "Ban Bí thư")],
        ),
        "Lê Minh Hưng": (None, [("Trưởng Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương")]),
    }


def test_a_foreign_delegation_head_with_a_hyphenated_name() -> None:
    found = people(
        "Chiều 8/10, Thứ trưởng Bộ Công an Lê Quốc Hùng tiếp đoàn Bộ Nội vụ Lào do ông "
        "Vi-lay Lạt-xạ-vông, Thứ trưởng Bộ Nội vụ Lào dẫn đầu."
    )
    assert found == {
        "Lê Quốc Hùng": (None, [("Thứ trưởng", "Bộ Công an")]),
        "Vi-lay Lạt-xạ-vông": (None, [("Thứ trưởng", "Bộ Nội vụ Lào")]),
    }


def test_head_of_the_investigation_agency() -> None:
    found = people("Đại tá Lê Văn Sao, Thủ trưởng Cơ quan CSĐT Công an tỉnh Nghệ An dự.")
    # the agency of the police unit named after it, as the blind sets' gold names it
    agency = "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An"
    assert found == {"Lê Văn Sao": ("Đại tá", [("Thủ trưởng", agency)])}


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh Lạng Sơn được thăng cấp bậc hàm "
        "Thiếu tướng.",
        "Bộ Công an trao quyết định thăng cấp bậc hàm từ Đại tá lên Thiếu tướng đối với "
        "đồng chí Nguyễn Văn Hùng, Giám đốc Công an tỉnh Lạng Sơn.",
        "Đại tá Nguyễn Văn Hùng nhận quyết định. Thiếu tướng Nguyễn Văn Hùng phát biểu.",
    ],
)
def test_a_promoted_officer_has_the_new_rank(sentence: str) -> None:
    assert people(sentence)["Nguyễn Văn Hùng"][0] == "Thiếu tướng"


def test_a_semicolon_ends_one_persons_posts() -> None:
    found = people(
        "Dự có Đại tá Trần Văn An, Giám đốc Công an tỉnh Hà Nam; Phó Chủ tịch UBND tỉnh "
        "Hà Nam Trương Quốc Huy."
    )
    assert found == {
        "Trần Văn An": ("Đại tá", [("Giám đốc", "Công an tỉnh Hà Nam")]),
        "Trương Quốc Huy": (None, [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam")]),
    }


def test_a_post_in_a_unit_no_rule_reads_gets_no_wrong_unit() -> None:
    found = people(
        "Công an tỉnh Hà Nam tổ chức hội nghị. Dự có ông Lê Văn Tú, Giám đốc Trung tâm Y tế Hà "
        "Nam; Đại tá Vũ Văn Sơn, Phó Giám đốc."
    )
    assert found == {
        "Lê Văn Tú": (None, [("Giám đốc", None)]),
        "Vũ Văn Sơn": ("Đại tá", [("Phó Giám đốc", "Công an tỉnh Hà Nam")]),
    }


def test_a_private_word_does_not_hide_an_officer_with_a_post() -> None:
    found = people("Anh Lò Văn Sinh, Trưởng Công an xã Mường Lói kể lại chuyến tuần tra.")
    assert found == {"Lò Văn Sinh": (None, [("Trưởng Công an xã", "Công an xã Mường Lói")])}
