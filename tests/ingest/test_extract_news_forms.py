"""Forms that real news writes and the project's own articles did not: former posts, several
officers in one sentence, provinces listed after one police unit, posts of a provincial party
committee and state posts. Every sentence here is invented."""

from __future__ import annotations

from support.extraction import facts_dated

from core.namespaces import CAND, ORG, SCHEMA
from ingest.extract import extract
from ingest.model import Facts
from ingest.read import read_text
from kg import queries
from kg.dates import date_literal
from kg.documents import DocumentGraph, write_document
from kg.store import OxigraphStore
from kg.triples import build_graph

facts_of = facts_dated("2021-06")


def posts_of(facts: Facts) -> dict[str, set[tuple[str, str | None, bool]]]:
    return {
        p.name: {(pos.role, pos.organisation, pos.former) for pos in p.positions}
        for p in facts.persons
    }


def test_a_former_post_is_kept_as_a_post_ended_by_the_article() -> None:
    facts = facts_of(
        "Ngày 3/6, Bộ Công an trao quyết định điều động Thiếu tướng Đinh Quang Vũ, nguyên "
        "Phó Tổng cục trưởng Tổng cục Chính trị CAND giữ chức vụ Giám đốc Công an tỉnh Hòa Bình."
    )
    assert posts_of(facts)["Đinh Quang Vũ"] == {
        ("Phó Tổng cục trưởng", "Tổng cục Chính trị Công an nhân dân", True),
        ("Giám đốc", "Công an tỉnh Hòa Bình", False),
    }
    former = next(pos for pos in facts.persons[0].positions if pos.former)
    assert former.end == "2021-06"
    gold = facts.to_gold()["persons"][0]["positions"]
    role = "Phó Tổng cục trưởng"
    assert {"role": role, "organisation": former.organisation, "former": True} in gold


def test_former_in_parentheses_or_opening_a_sentence_but_not_a_name_or_giu_nguyen() -> None:
    facts = facts_of(
        "Dự lễ có Đại tá Lê Văn Nguyên, Giám đốc Công an tỉnh Yên Bái và bà Hà Thị Loan "
        "(nguyên Phó Giám đốc Công an tỉnh Lào Cai). Nguyên Giám đốc Công an tỉnh Lào Cai, "
        "Đại tá Vi Văn Tấn cũng tới dự. Đại tá Mai Đức Phú giữ nguyên chức vụ Giám đốc Công an "
        "tỉnh Tuyên Quang."
    )
    posts = posts_of(facts)
    assert posts["Lê Văn Nguyên"] == {("Giám đốc", "Công an tỉnh Yên Bái", False)}
    assert posts["Hà Thị Loan"] == {("Phó Giám đốc", "Công an tỉnh Lào Cai", True)}
    assert posts["Vi Văn Tấn"] == {("Giám đốc", "Công an tỉnh Lào Cai", True)}
    assert ("Giám đốc", "Công an tỉnh Tuyên Quang", False) in posts["Mai Đức Phú"]


def test_a_former_post_reaches_the_graph_with_an_end_date_and_no_observation() -> None:
    facts = facts_of(
        "Ngày 3/6, Đại tá Đỗ Văn Hiệp, nguyên Giám đốc Công an tỉnh Sơn La, tới dự hội nghị.",
        "2021-06-03",
    )
    graph = build_graph(facts).graph
    posts = list(graph.subjects(ORG.member, None))
    assert len(posts) == 1
    assert graph.value(posts[0], SCHEMA.endDate) == date_literal("2021-06-03")
    assert graph.value(posts[0], CAND.observedOn) is None


def test_a_promotion_of_several_officers_with_ages_and_headless_department_names() -> None:
    facts = facts_of(
        "Theo quyết định, 3 người được thăng cấp bậc hàm từ Đại tá lên Thiếu tướng, gồm: ông "
        "Tạ Quang Khải (53 tuổi), Cục trưởng Cảnh sát giao thông; ông Vương Đình Lộc, Giám đốc "
        "Công an tỉnh Bắc Giang; ông Kha Minh Tú (51 tuổi), Tư lệnh Bộ Tư lệnh Cảnh vệ."
    )
    assert {p.name: p.rank for p in facts.persons} == {
        "Tạ Quang Khải": "Thiếu tướng",
        "Vương Đình Lộc": "Thiếu tướng",
        "Kha Minh Tú": "Thiếu tướng",
    }
    posts = posts_of(facts)
    assert posts["Tạ Quang Khải"] == {("Cục trưởng", "Cục Cảnh sát giao thông", False)}
    assert posts["Kha Minh Tú"] == {("Tư lệnh", "Bộ Tư lệnh Cảnh vệ", False)}


def test_a_department_head_never_takes_the_province_named_before() -> None:
    facts = facts_of(
        "Thăng cấp bậc hàm Thiếu tướng đối với Đại tá Mạc Văn Hòa, Giám đốc Công an tỉnh Quảng "
        "Trị; Đại tá Âu Thị Bích, Cục trưởng Cục Đối ngoại."
    )
    assert posts_of(facts)["Âu Thị Bích"] == {("Cục trưởng", "Cục Đối ngoại", False)}


def test_provinces_listed_after_one_police_unit_are_units_each() -> None:
    facts = facts_of(
        "Công an tỉnh Bình Phước, Long An và Tây Ninh được tặng Cờ thi đua của Bộ Công an. "
        "Công an Thái Bình, Nam Định, TP.HCM ký kết chương trình phối hợp. Giám đốc Công an "
        "tỉnh Kon Tum, Đại tá Y Bhin Niê phát biểu."
    )
    names = [o.name for o in facts.organisations]
    for unit in (
        "Công an tỉnh Long An",
        "Công an tỉnh Tây Ninh",
        "Công an tỉnh Nam Định",
        "Công an thành phố Hồ Chí Minh",
    ):
        assert unit in names
    recipients = {a.recipient for a in facts.awards}
    assert recipients == {
        "Công an tỉnh Bình Phước",
        "Công an tỉnh Long An",
        "Công an tỉnh Tây Ninh",
    }
    assert {a.grantor for a in facts.awards} == {"Bộ Công an"}


def test_party_posts_take_the_province_in_context_and_a_list_head_is_everyones() -> None:
    facts = facts_of(
        "Sáng 5/6, Công an tỉnh Phú Yên tổ chức hội nghị. Dự hội nghị có các đồng chí Ủy viên "
        "BTV Tỉnh ủy: Lương Thị Hạnh - Trưởng Ban Tuyên giáo Tỉnh ủy; Đại tá Y Dương - Giám đốc "
        "Công an tỉnh. Đồng chí Cù Văn Thắng, Bí thư Tỉnh ủy phát biểu. Đồng chí Lã Quốc Bảo, "
        "Phó Chủ tịch Thường trực UBND tỉnh cũng dự."
    )
    posts = posts_of(facts)
    member = ("Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Phú Yên", False)
    assert posts["Lương Thị Hạnh"] == {
        member,
        ("Trưởng Ban Tuyên giáo Tỉnh ủy", "Tỉnh ủy Phú Yên", False),
    }
    assert posts["Y Dương"] == {member, ("Giám đốc", "Công an tỉnh Phú Yên", False)}
    assert posts["Cù Văn Thắng"] == {("Bí thư Tỉnh ủy", "Tỉnh ủy Phú Yên", False)}
    assert posts["Lã Quốc Bảo"] == {
        ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Phú Yên", False)
    }


def test_state_posts_are_never_attached_to_a_police_unit() -> None:
    facts = facts_of(
        "Ngày 2/6, tại Công an tỉnh Gia Lai, ông Tống Minh Đạt, Chủ tịch nước trao Huân chương "
        "cho đơn vị; dự có ông Khổng Văn Sang, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ."
    )
    posts = posts_of(facts)
    assert posts["Tống Minh Đạt"] == {("Chủ tịch nước", None, False)}
    assert ("Thủ tướng", "Chính phủ", False) in posts["Khổng Văn Sang"]


def awards_of(facts: Facts) -> set[tuple[str, str | None]]:
    return {(a.award, a.recipient) for a in facts.awards}


def test_an_award_to_several_officers_each_with_a_post_is_one_statement_each() -> None:
    facts = facts_of(
        "Thừa ủy quyền của Chủ tịch nước, Đại tá Bạch Văn Khôi, Giám đốc Công an tỉnh Hưng Yên "
        "trao Huân chương BVTQ hạng Nhì cho Phòng Cảnh sát kinh tế và Huân chương Chiến công "
        "hạng Ba cho 2 cá nhân: Thiếu tá Lạc Thị Mơ, Đội trưởng Phòng Cảnh sát hình sự; Đại "
        "úy Ninh Văn Cường, Phó Trưởng Công an thành phố Hưng Yên (tỉnh Hưng Yên)."
    )
    assert awards_of(facts) == {
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Phòng Cảnh sát kinh tế"),
        ("Huân chương Chiến công hạng Ba", "Lạc Thị Mơ"),
        ("Huân chương Chiến công hạng Ba", "Ninh Văn Cường"),
    }
    assert {a.grantor for a in facts.awards} == {"Chủ tịch nước"}


def test_recipients_named_after_the_award_and_the_unit_of_counted_people() -> None:
    facts = facts_of(
        "Ba tập thể được tặng Bằng khen là Công an huyện Văn Giang, Phòng Hậu cần và Công an "
        "huyện Khoái Châu. Giám đốc Công an tỉnh trao Giấy khen cho Phòng Tham mưu và 6 cá nhân "
        "thuộc Công an huyện Ân Thi. Bộ trưởng Bộ Công an tặng Huy chương Vì ANTQ cho 40 cán "
        "bộ, chiến sĩ Công an tỉnh Hưng Yên."
    )
    assert awards_of(facts) == {
        ("Bằng khen", "Công an huyện Văn Giang"),
        ("Bằng khen", "Phòng Hậu cần"),
        ("Bằng khen", "Công an huyện Khoái Châu"),
        ("Giấy khen", "Phòng Tham mưu"),
        ("Giấy khen", "Công an huyện Ân Thi"),
        ("Huy chương Vì an ninh Tổ quốc", "Công an tỉnh Hưng Yên"),
    }
    huy_chuong = next(a for a in facts.awards if a.award.startswith("Huy chương"))
    assert (huy_chuong.grantor, huy_chuong.individuals) == ("Bộ trưởng Bộ Công an", 40)


def test_proposals_and_recalled_honours_are_no_awards() -> None:
    facts = facts_of(
        "Hội nghị đề nghị Chính phủ tặng Cờ thi đua cho Công an tỉnh Lạng Sơn. Công an huyện "
        "Tràng Định từng được tặng Huân chương Chiến công hạng Nhì. Phòng Cảnh sát cơ động đã 2 "
        "lần được tặng Bằng khen. Đồn Công an Tân Thanh được tặng Huân chương Chiến công hạng "
        "Ba năm 2015.",
        "2023-05",
    )
    assert facts.awards == []


def test_classes_said_once_each_after_the_first_are_awards_of_their_own() -> None:
    facts = facts_of(
        'Ngày 19/8, Công an tỉnh Hà Nam tổ chức lễ trao Huy chương "Chiến sĩ vẻ vang" cho cán '
        "bộ. Thừa ủy quyền của Chủ tịch nước, Giám đốc Công an tỉnh trao Huy chương Chiến sĩ vẻ "
        "vang hạng Nhất cho 40 đồng chí, hạng Nhì cho 52 đồng chí và hạng Ba cho 67 đồng chí."
    )
    assert {(a.award, a.individuals) for a in facts.awards} == {
        ("Huy chương Chiến sĩ vẻ vang hạng Nhất", 40),
        ("Huy chương Chiến sĩ vẻ vang hạng Nhì", 52),
        ("Huy chương Chiến sĩ vẻ vang hạng Ba", 67),
    }


def test_a_general_award_takes_the_recipients_a_later_statement_lists() -> None:
    facts = facts_of(
        "Ngày 4/9, Giám đốc Công an tỉnh Nam Định trao Giấy khen cho các tập thể có thành tích. "
        "Các tập thể được khen thưởng gồm Công an huyện Hải Hậu, huyện Giao Thủy và Phòng Cảnh "
        "sát hình sự."
    )
    assert awards_of(facts) == {
        ("Giấy khen", "Công an huyện Hải Hậu"),
        ("Giấy khen", "Công an huyện Giao Thủy"),
        ("Giấy khen", "Phòng Cảnh sát hình sự"),
    }


def test_posts_once_held_are_former_and_the_presidential_palace_is_no_post() -> None:
    facts = facts_of(
        "Chiều 9/1, tại Phủ Chủ tịch, Chủ tịch nước Vương Đình Huệ trao quyết định. Thượng "
        "tướng Lý Thành Công sinh năm 1964, từng giữ chức Phó Tổng cục trưởng Tổng cục Cảnh "
        "sát và Giám đốc Công an tỉnh Ninh Bình."
    )
    posts = posts_of(facts)
    assert posts["Vương Đình Huệ"] == {("Chủ tịch nước", None, False)}
    assert posts["Lý Thành Công"] == {
        ("Phó Tổng cục trưởng", "Tổng cục Cảnh sát", True),
        ("Giám đốc", "Công an tỉnh Ninh Bình", True),
    }


def test_district_bodies_said_without_a_name_are_the_districts_in_context() -> None:
    facts = facts_of(
        "Ngày 24/9, đồng chí Âu Thị Nga, Bí thư Huyện ủy Quỳnh Lưu (Nghệ An) làm việc với Công "
        "an huyện. Cùng dự có đồng chí Lê Đình Tạo, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban "
        "Tổ chức Huyện ủy và ông Hồ Sỹ Hà, Chủ tịch UBND huyện."
    )
    posts = posts_of(facts)
    committee = "Huyện ủy Quỳnh Lưu"
    assert posts["Lê Đình Tạo"] == {
        ("Ủy viên Ban Thường vụ Huyện ủy", committee, False),
        ("Trưởng Ban Tổ chức Huyện ủy", committee, False),
    }
    assert posts["Hồ Sỹ Hà"] == {("Chủ tịch", "Ủy ban nhân dân huyện Quỳnh Lưu", False)}


def test_a_new_post_heading_a_list_after_gom_is_each_listed_officers() -> None:
    facts = facts_of(
        "Thiếu tướng Đào Văn Kha, Cục trưởng Cục Tổ chức cán bộ công bố quyết định điều động, "
        "bổ nhiệm 2 đồng chí giữ chức vụ Phó Giám đốc Công an tỉnh Hà Nam, gồm: Đại tá Tô Hữu "
        "Lợi, Trưởng phòng An ninh nội địa; Thượng tá Hà Thị Duyên, Trưởng Công an thành phố "
        "Phủ Lý."
    )
    posts = posts_of(facts)
    deputy = ("Phó Giám đốc", "Công an tỉnh Hà Nam", False)
    assert deputy in posts["Tô Hữu Lợi"] and deputy in posts["Hà Thị Duyên"]
    assert deputy not in posts["Đào Văn Kha"]


def test_after_march_2025_a_commune_police_is_under_its_province() -> None:
    facts = facts_of(
        "Sáng 8/9, Công an tỉnh Lào Cai tổ chức ra quân; tham gia có Công an các xã: Bảo Nhai, "
        "Si Ma Cai.",
        "2025-09",
    )
    parents = {o.name: o.parent for o in facts.organisations}
    assert parents["Công an xã Bảo Nhai"] == "Công an tỉnh Lào Cai"


def test_a_council_is_a_unit_whose_posts_keep_its_name() -> None:
    facts = facts_of(
        "Dự có Thiếu tướng Tôn Thất Lâm, Phó Cục trưởng Cục Công tác chính trị, Thường trực "
        "Hội đồng Thi đua khen thưởng Bộ Công an."
    )
    council = "Hội đồng Thi đua khen thưởng Bộ Công an"
    assert ("Thường trực " + council, council, False) in posts_of(facts)["Tôn Thất Lâm"]
    assert {o.name: o.parent for o in facts.organisations}[council] == "Bộ Công an"


def test_years_of_the_cycle_and_a_family_name_like_an_honorific() -> None:
    facts = facts_of(
        "Dịp Tết Giáp Thìn, ông Ông Văn Mạnh, Giám đốc Công an tỉnh Cà Mau dự lễ ra quân. "
        "Dự lễ còn có Đại tá Đinh  Văn\u00a0Tâm, Phó Giám đốc Công an tỉnh Cà Mau."
    )
    assert {p.name for p in facts.persons} == {"Ông Văn Mạnh", "Đinh Văn Tâm"}


def test_a_ceremony_announcing_a_decision_on_personnel_is_an_appointment_too() -> None:
    facts = facts_of(
        "Ngày 12/1, Công an tỉnh Hà Giang tổ chức lễ công bố quyết định của Bộ trưởng Bộ Công "
        "an về công tác cán bộ. Ngày 20/1, Bí thư Tỉnh ủy đến thăm, chúc mừng Công an tỉnh. "
        "Ngày 25/1, Bí thư Tỉnh ủy đến thăm và trao Bằng khen cho Công an huyện Quản Bạ.",
        "2021-01",
    )
    assert {(e.kind, e.date) for e in facts.events} == {
        ("ceremony", "2021-01-12"),
        ("appointment", "2021-01-12"),
        ("other", "2021-01-20"),
        ("ceremony", "2021-01-25"),
    }


def test_a_state_body_named_only_as_the_giver_is_no_unit_of_the_article() -> None:
    facts = facts_of(
        "Công an tỉnh Cà Mau được tặng Cờ thi đua của Chính phủ. Hội nghị đề nghị Chính phủ tặng "
        "Cờ thi đua cho Công an tỉnh Bạc Liêu. UBND tỉnh Cà Mau tặng Bằng khen cho Phòng Hậu cần."
    )
    names = {o.name for o in facts.organisations}
    assert "Chính phủ" not in names
    assert "Ủy ban nhân dân tỉnh Cà Mau" in names


def test_a_document_has_its_headline_and_an_event_a_title_from_its_noun_phrase() -> None:
    document = read_text(
        " date 2024-11 Cụm thi đua số 4 tổng kết năm 2024\n\nSáng 20/11, tại Nam Định, Cụm thi "
        'đua số 4 tổ chức hội nghị tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2024 '
        "giai đoạn 2020 – 2024. Dự hội nghị có Đại tá Kiều Văn Sơn, Giám đốc Công an tỉnh Nam "
        "Định.",
        "t",
    )
    assert document.title == "Cụm thi đua số 4 tổng kết năm 2024"
    facts = extract(document)
    (event,) = facts.events
    assert event.title == (
        'Hội nghị tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2024 giai đoạn '
        "2020 – 2024 — Cụm thi đua số 4"
    )
    graph = build_graph(facts).graph
    names = {str(o) for o in graph.objects(None, SCHEMA.name)}
    assert {document.title, event.title} <= names


def test_without_a_headline_line_the_first_sentence_is_the_title() -> None:
    document = read_text(" date 2024-11 Ngày 2/11, Công an tỉnh Ninh Bình ra quân. Dòng sau.", "t")
    assert document.title == "Ngày 2/11, Công an tỉnh Ninh Bình ra quân."


def test_the_career_of_a_stored_person_shows_a_former_post_as_ended() -> None:
    facts = facts_of(
        "Ngày 3/6, Bộ Công an điều động Thiếu tướng Đinh Quang Vũ, nguyên Giám đốc Công an tỉnh "
        "Sơn La giữ chức vụ Cục trưởng Cục Cảnh sát giao thông.",
        "2021-06-03",
    )
    built = build_graph(facts)
    store = OxigraphStore(None)
    write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    person = next(iter(built.graph.subjects(ORG.member, None)))
    person = built.graph.value(person, ORG.member)
    career = queries.run(store, "person_career", person=person).dicts()
    posts = {(str(r["unitName"]), str(r.get("ended"))) for r in career if str(r["what"]) == "post"}
    assert posts == {
        ("Công an tỉnh Sơn La", "2021-06-03"),
        ("Cục Cảnh sát giao thông", "None"),
    }


def test_ring_leaders_and_wanted_people_are_no_officers_or_attendees() -> None:
    facts = facts_of(
        "Sáng 5/5, Công an tỉnh Bắc Giang tổ chức hội nghị sơ kết. Lực lượng đã triệt phá đường "
        "dây do Mai Văn Tùng cầm đầu và truy bắt các đối tượng truy nã như Tạ Văn Bình, kẻ chủ "
        "mưu vụ án. Tham dự hội nghị có Đại tá Ngô Văn Sơn, Giám đốc Công an tỉnh."
    )
    assert {p.name for p in facts.persons} == {"Ngô Văn Sơn"}
    assert [e.attendees for e in facts.events] == [["Ngô Văn Sơn"]]


def test_a_mandate_is_not_a_post_of_the_one_who_carries_it_out() -> None:
    facts = facts_of(
        "Ngày 5/3, Công an tỉnh Phú Yên tổ chức lễ; thừa ủy quyền của Chủ tịch nước, Bí thư "
        "Tỉnh ủy Cù Văn An trao Huân chương cho Đại tá Lò Văn Suất (nguyên Giám đốc Công an "
        "tỉnh)."
    )
    posts = posts_of(facts)
    assert posts["Cù Văn An"] == {("Bí thư Tỉnh ủy", "Tỉnh ủy Phú Yên", False)}
    assert posts["Lò Văn Suất"] == {("Giám đốc", "Công an tỉnh Phú Yên", True)}


def test_a_province_committee_said_bare_is_never_a_citys() -> None:
    facts = facts_of(
        "Ngày 5/3, Công an TP Cần Thơ họp; dự có đồng chí Mạc Văn Hòa, Bí thư Tỉnh ủy và đồng "
        "chí Lý Văn Tư, Bí thư Thành ủy."
    )
    posts = posts_of(facts)
    assert posts["Mạc Văn Hòa"] == {("Bí thư Tỉnh ủy", None, False)}
    assert posts["Lý Văn Tư"] == {("Bí thư Thành ủy", "Thành ủy Cần Thơ", False)}


def test_a_list_head_with_an_abbreviated_level() -> None:
    facts = facts_of("Công an 2 TP Hà Nội, Hải Phòng ký kết chương trình phối hợp.")
    names = {o.name for o in facts.organisations}
    assert {"Công an thành phố Hà Nội", "Công an thành phố Hải Phòng"} <= names


def test_an_event_title_stops_before_what_follows_its_noun_phrase_but_not_inside_a_date() -> None:
    facts = facts_of(
        "Sáng 14/3, Công an tỉnh Lào Cai tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì "
        "của Chủ tịch nước tặng Phòng Cảnh sát cơ động. Hội nghị sơ kết đợt 15.3.2021 diễn ra tại "
        "hội trường Công an tỉnh Lào Cai."
    )
    titles = {event.title for event in facts.events}
    assert "Lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì — Công an tỉnh Lào Cai" in titles
    assert any(t and t.startswith("Hội nghị sơ kết đợt 15.3.2021") for t in titles), titles


def test_an_event_title_stops_before_the_hour_it_starts() -> None:
    facts = facts_of(
        "Công an tỉnh Sơn La tổ chức lễ tang Đại tá Hà Minh Lộc. Lễ viếng bắt đầu từ 8 giờ ngày "
        "20/10/2023 tại nhà tang lễ Công an tỉnh; lễ truy điệu sẽ cử hành lúc 14 giờ cùng ngày."
    )
    titles = {event.title for event in facts.events}
    assert titles and not any("giờ" in (t or "") for t in titles), titles
