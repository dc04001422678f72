"""Awards (name, grantor, recipient, counts) and emulation clusters (parent, members)."""

from __future__ import annotations

from support.extraction import facts_dated

from ingest.extract import extract
from ingest.read import read_text

facts_of = facts_dated("2023-01")


def awards(body: str) -> list[tuple[str, str | None, str | None, int | None, int | None]]:
    return [
        (a.award, a.recipient, a.grantor, a.collectives, a.individuals)
        for a in facts_of(body).awards
    ]


def test_counts_and_grantor_of_a_passive_khen_thuong() -> None:
    found = awards(
        "Năm qua, Cụm thi đua số 2 có 14 tập thể và 37 cá nhân được Giám đốc CATP Hải Phòng "
        "khen thưởng."
    )
    assert found == [
        ("khen thưởng", "Cụm thi đua số 2", "Giám đốc Công an thành phố Hải Phòng", 14, 37)
    ]


def test_an_order_with_its_class_and_a_recipient_after_cho() -> None:
    found = awards(
        "Thứ trưởng Bộ Công an Nguyễn Duy Ngọc trao Huân chương Bảo vệ Tổ quốc hạng Ba "
        "cho Công an tỉnh Tây Ninh."
    )
    assert found == [
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Công an tỉnh Tây Ninh", None, None, None)
    ]


def test_certificate_of_a_minister_given_to_counts_only() -> None:
    found = awards("Đại tá Phan Văn Kỳ trao Bằng khen của Bộ trưởng Bộ Công an cho 5 tập thể.")
    assert found == [("Bằng khen", None, "Bộ trưởng Bộ Công an", 5, None)]


def test_recipients_counted_inside_a_unit_are_that_unit() -> None:
    found = awards(
        "Dịp này, 9 tập thể và 20 cá nhân thuộc Công an tỉnh Cà Mau được tặng Giấy khen."
    )
    assert found == [("Giấy khen", "Công an tỉnh Cà Mau", None, 9, 20)]


def test_emulation_flag_received_by_a_unit() -> None:
    found = awards("Công an huyện Tân Uyên vinh dự nhận Cờ thi đua của Bộ Công an.")
    assert found == [("Cờ thi đua", "Công an huyện Tân Uyên", "Bộ Công an", None, None)]


def test_rewards_mentioned_in_general_are_not_awards() -> None:
    assert awards("Công tác thi đua, khen thưởng được chú trọng.") == []


def test_one_award_statement_repeated_is_one_award() -> None:
    found = awards(
        "Công an tỉnh Bến Tre đón nhận Huân chương Chiến công hạng Nhì. "
        "Đại diện Chủ tịch nước trao Huân chương Chiến công hạng Nhì cho Công an tỉnh Bến Tre."
    )
    assert [a[:2] for a in found] == [("Huân chương Chiến công hạng Nhì", "Công an tỉnh Bến Tre")]


def test_cluster_with_parent_and_listed_members() -> None:
    facts = facts_of(
        "Ngày 3/1, Cụm thi đua số 5, Công an tỉnh Quảng Ninh gồm Công an các thành phố: "
        "Hạ Long, Cẩm Phả, Uông Bí và Công an huyện Vân Đồn tổ chức hội nghị."
    )
    (cluster,) = facts.clusters
    assert cluster.name == "Cụm thi đua số 5"
    assert cluster.parent == "Công an tỉnh Quảng Ninh"
    assert cluster.members == [
        "Công an thành phố Hạ Long",
        "Công an thành phố Cẩm Phả",
        "Công an thành phố Uông Bí",
        "Công an huyện Vân Đồn",
    ]
    assert all(
        o.parent == "Công an tỉnh Quảng Ninh"
        for o in facts.organisations
        if o.name in cluster.members
    )
    # clusters are not listed among the units
    assert "Cụm thi đua số 5" not in {o.name for o in facts.organisations}


def test_bloc_named_by_number_without_parent_takes_its_members_parent() -> None:
    facts = facts_of("Khối thi đua số 3 gồm Công an quận Ngô Quyền và Công an quận Lê Chân.")
    (cluster,) = facts.clusters
    assert cluster.name == "Khối thi đua số 3"
    assert cluster.parent == "Công an thành phố Hải Phòng"


def test_a_later_bare_cum_refers_to_the_cluster_named_before() -> None:
    facts = facts_of(
        "Cụm thi đua số 1 gồm Công an quận Ba Đình và Công an quận Hoàn Kiếm. "
        "Các đơn vị trong Cụm ký giao ước. Đại tá Hồ Văn Tư, Cụm trưởng Cụm thi đua số 1 phát biểu."
    )
    assert [c.name for c in facts.clusters] == ["Cụm thi đua số 1"]
    assert facts.persons[0].positions[0].role == "Cụm trưởng"
    assert facts.persons[0].positions[0].organisation == "Cụm thi đua số 1"


def test_recipient_after_tang_with_a_rank_before_the_name() -> None:
    found = awards(
        "Ngày 8-11, Công an tỉnh Hòa Bình đón nhận Huân chương Chiến công hạng Ba tặng Phòng "
        "Cảnh sát hình sự và Huân chương Chiến công hạng Ba tặng Thiếu tá Đinh Văn Hải, "
        "Phó Trưởng Công an huyện Mai Châu."
    )
    assert [a[:2] for a in found] == [
        ("Huân chương Chiến công hạng Ba", "Phòng Cảnh sát hình sự"),
        ("Huân chương Chiến công hạng Ba", "Đinh Văn Hải"),
    ]


def test_an_order_mentioned_without_its_name_repeats_an_earlier_one() -> None:
    assert awards("Đại tá Vi Văn Nghiêm trao Huân chương cho tập thể và cá nhân.") == []


def test_a_lower_case_title_award_with_its_name() -> None:
    found = awards(
        "Công an huyện Mường Tè đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân."
    )
    assert found == [
        (
            "Anh hùng Lực lượng vũ trang nhân dân",
            "Công an huyện Mường Tè",
            None,
            None,
            None,
        )
    ]


def test_two_award_statements_in_one_sentence_keep_their_own_clauses() -> None:
    found = awards(
        "Dịp này, 5 tập thể được Thủ tướng Chính phủ tặng Bằng khen; Công an tỉnh Long An "
        "vinh dự được Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Nhì."
    )
    assert found == [
        ("Bằng khen", None, "Thủ tướng Chính phủ", 5, None),
        (
            "Huân chương Bảo vệ Tổ quốc hạng Nhì",
            "Công an tỉnh Long An",
            "Chủ tịch nước",
            None,
            None,
        ),
    ]


def test_each_of_several_recipients_gets_the_award() -> None:
    found = awards(
        "Công an huyện Hướng Hóa và Công an thị xã Quảng Trị vinh dự nhận Cờ thi đua của "
        "Bộ Công an. Thứ trưởng trao Bằng khen cho Công an huyện Cam Lộ, Công an huyện "
        "Gio Linh và Đại úy Trần Văn Tư."
    )
    assert [a[:2] for a in found] == [
        ("Cờ thi đua", "Công an huyện Hướng Hóa"),
        ("Cờ thi đua", "Công an thị xã Quảng Trị"),
        ("Bằng khen", "Công an huyện Cam Lộ"),
        ("Bằng khen", "Công an huyện Gio Linh"),
        ("Bằng khen", "Trần Văn Tư"),
    ]


def test_ministry_cluster_of_provinces_and_its_head() -> None:
    facts = facts_of(
        "Ngày 25/11, Cụm thi đua số 2, Bộ Công an gồm Công an 3 tỉnh: Lào Cai, Yên Bái và "
        "Hà Giang tổ chức hội nghị. Đại tá Hoàng Xuân Nguyên, Giám đốc Công an tỉnh Lào Cai, "
        "Cụm trưởng chủ trì hội nghị."
    )
    (cluster,) = facts.clusters
    assert (cluster.name, cluster.parent) == ("Cụm thi đua số 2", "Bộ Công an")
    assert cluster.members == [
        "Công an tỉnh Lào Cai",
        "Công an tỉnh Yên Bái",
        "Công an tỉnh Hà Giang",
    ]
    posts = [(p.role, p.organisation) for p in facts.persons[0].positions]
    assert posts == [("Giám đốc", "Công an tỉnh Lào Cai"), ("Cụm trưởng", "Cụm thi đua số 2")]


def test_descriptive_bloc_name_stops_at_its_unit() -> None:
    facts = facts_of("Khối thi đua các đơn vị nghiệp vụ Công an tỉnh Lào Cai đã ký giao ước.")
    (cluster,) = facts.clusters
    assert (cluster.name, cluster.parent) == (
        "Khối thi đua các đơn vị nghiệp vụ",
        "Công an tỉnh Lào Cai",
    )


def test_bare_cluster_word_then_a_list_form_gives_every_member():

    text = (
        " date 2021-06 Ngày 4/6, Cụm thi đua số 5, Công an tỉnh Bình Định họp mặt. "
        "Cụm gồm Công an các huyện Tuy Phước, Vân Canh và Công an thị xã An Nhơn."
    )
    clusters = extract(read_text(text, "cum-5")).clusters
    assert [c.name for c in clusters] == ["Cụm thi đua số 5"]
    assert clusters[0].members == [
        "Công an huyện Tuy Phước",
        "Công an huyện Vân Canh",
        "Công an thị xã An Nhơn",
    ]
