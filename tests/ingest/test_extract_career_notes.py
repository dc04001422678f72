"""Career notes and lists met in the blind sets' remaining misses: earlier posts told after
`từng giữ chức` or `có nhiều năm làm … trước khi`, an officer named again as `ông` and the
last word of his name, a post awaited, officers listed in the sentence after the event.
Every sentence here is invented."""

from __future__ import annotations

from support.extraction import facts_dated, people

from ingest.model import Facts

facts_of = facts_dated("2024-06")


def positions(facts: Facts, name: str) -> dict[tuple[str, str | None], bool]:
    """(role, organisation) -> whether the post is a former one, for one person."""
    person = next(p for p in facts.persons if p.name == name)
    return {(pos.role, pos.organisation): pos.former for pos in person.positions}


def test_earlier_posts_after_tung_giu_chuc_are_former_despite_a_birth_year() -> None:
    facts = facts_of(
        "Ngày 3/6, Bộ trưởng Bộ Công an có quyết định giao Đại tá Hà Minh Tuấn, Phó Giám đốc "
        "Công an tỉnh Ninh Bình phụ trách đơn vị.\n\n"
        "Ông Hà Minh Tuấn sinh năm 1973, trước đó từng giữ chức Trưởng phòng Cảnh sát kinh tế, "
        "Trưởng Công an huyện Gia Viễn."
    )
    held = positions(facts, "Hà Minh Tuấn")
    assert held[("Phó Giám đốc", "Công an tỉnh Ninh Bình")] is False
    assert held[("Trưởng phòng", "Phòng Cảnh sát kinh tế")] is True
    assert held[("Trưởng Công an huyện", "Công an huyện Gia Viễn")] is True


def test_a_birth_year_after_a_stranger_still_leaves_him_out() -> None:
    facts = facts_of(
        "Ngày 3/6, Công an tỉnh Ninh Bình bắt giữ Lò Văn Khiêm sinh năm 1990, từng là bảo vệ "
        "của một công ty."
    )
    assert "Lò Văn Khiêm" not in people(facts)


def test_an_officer_named_again_by_the_last_word_of_his_name_takes_the_posts() -> None:
    facts = facts_of(
        "Sáng 9/6, Thứ trưởng Bộ Công an trao quyết định thăng cấp bậc hàm Thiếu tướng cho "
        "Đại tá Phùng Quốc Khải, Giám đốc Công an tỉnh Phú Thọ.\n\n"
        "Ông Khải có nhiều năm làm Phó Giám đốc Công an tỉnh Tuyên Quang trước khi về giữ chức "
        "Giám đốc Công an tỉnh Phú Thọ vào năm 2021, thay Đại tá Lý Đình Sơn nghỉ hưu."
    )
    held = positions(facts, "Phùng Quốc Khải")
    assert held[("Phó Giám đốc", "Công an tỉnh Tuyên Quang")] is True
    assert held[("Giám đốc", "Công an tỉnh Phú Thọ")] is False
    assert "Khải" not in people(facts)
    assert ("Giám đốc", "Công an tỉnh Phú Thọ") in people(facts)["Lý Đình Sơn"][1]


def test_a_last_word_two_officers_share_names_no_one() -> None:
    facts = facts_of(
        "Sáng 9/6, Đại tá Trịnh Văn Hòa, Giám đốc Công an tỉnh Phú Thọ và Đại tá Mạc Đình Hòa, "
        "Phó Giám đốc dự lễ ra quân.\n\n"
        "Ông Hòa có nhiều năm làm Trưởng Công an huyện Thanh Sơn."
    )
    for name in ("Trịnh Văn Hòa", "Mạc Đình Hòa"):
        assert ("Trưởng Công an huyện", "Công an huyện Thanh Sơn") not in people(facts)[name][1]


def test_a_bare_post_named_again_is_the_one_told_before() -> None:
    facts = facts_of(
        "Sáng 12/6, Thứ trưởng Bộ Công an trao quyết định bổ nhiệm Đại tá Đoàn Văn Lực giữ "
        "chức vụ Giám đốc Công an tỉnh Yên Bái.\n\n"
        "Trước đó, ông Lực có nhiều năm công tác tại Công an tỉnh Lào Cai.\n\n"
        "Tân Giám đốc Đoàn Văn Lực hứa hoàn thành nhiệm vụ."
    )
    assert people(facts)["Đoàn Văn Lực"][1] == {("Giám đốc", "Công an tỉnh Yên Bái")}


def test_a_post_awaited_is_no_one_s() -> None:
    facts = facts_of(
        "Ngày 14/6, Bộ trưởng Bộ Công an giao Đại tá Kiều Văn Nam, Phó Giám đốc Công an tỉnh "
        "Sơn La phụ trách đơn vị trong thời gian chờ bổ nhiệm Giám đốc mới."
    )
    assert people(facts)["Kiều Văn Nam"][1] == {("Phó Giám đốc", "Công an tỉnh Sơn La")}


def test_officers_listed_in_the_sentence_after_the_event_attend_it() -> None:
    facts = facts_of(
        "Chiều 18/6, Công an tỉnh Thái Bình tổ chức lễ trao quyết định nghỉ hưu cho 3 đồng chí "
        "lãnh đạo cấp phòng.\n\n"
        "Danh sách các đồng chí nghỉ hưu gồm: Thượng tá Vũ Hữu Lợi, Trưởng phòng Tham mưu; "
        "Thượng tá Ngô Thị Hằng, Phó Trưởng phòng Cảnh sát kinh tế; Trung tá Đào Văn Quý."
    )
    event = next(e for e in facts.events if e.date == "2024-06-18")
    assert {"Vũ Hữu Lợi", "Ngô Thị Hằng", "Đào Văn Quý"} <= set(event.attendees)


def test_a_list_that_does_not_follow_the_event_directly_places_no_one() -> None:
    facts = facts_of(
        "Chiều 18/6, Công an tỉnh Thái Bình tổ chức lễ trao quyết định nghỉ hưu.\n\n"
        "Buổi lễ diễn ra trang trọng.\n\n"
        "Danh sách cán bộ được khen năm trước gồm: Thượng tá Vũ Hữu Lợi, Trưởng phòng Tham mưu."
    )
    event = next(e for e in facts.events if e.date == "2024-06-18")
    assert "Vũ Hữu Lợi" not in event.attendees


def test_a_sentence_whose_subject_is_only_ong_speaks_of_the_officer_before() -> None:
    facts = facts_of(
        "Sáng 20/6, Thứ trưởng Bộ Công an trao quyết định bổ nhiệm Đại tá Hoàng Thế Vinh giữ "
        "chức vụ Giám đốc Công an tỉnh Hà Nam.\n\n"
        "Tân Giám đốc Hoàng Thế Vinh sinh năm 1976, quê Nam Định. Ông từng giữ các chức vụ "
        "Trưởng Công an huyện Ý Yên, Trưởng phòng Cảnh sát cơ động Công an tỉnh Nam Định.\n\n"
        "Năm 2019, ông được bổ nhiệm làm Phó Giám đốc Công an tỉnh Nam Định."
    )
    held = positions(facts, "Hoàng Thế Vinh")
    assert held[("Trưởng Công an huyện", "Công an huyện Ý Yên")] is True
    assert ("Trưởng phòng", "Phòng Cảnh sát cơ động") in held
    assert ("Phó Giám đốc", "Công an tỉnh Nam Định") in held


def test_ong_after_a_named_officer_in_the_same_sentence_is_no_new_subject() -> None:
    facts = facts_of(
        "Sáng 20/6, Thứ trưởng Bộ Công an trao quyết định cho Đại tá Hoàng Thế Vinh.\n\n"
        "Dự lễ có Đại tá Lục Văn Tường, Giám đốc Công an tỉnh Hà Nam, ông từng làm Trưởng Công "
        "an huyện Kim Bảng."
    )
    assert ("Trưởng Công an huyện", "Công an huyện Kim Bảng") not in people(facts)[
        "Hoàng Thế Vinh"
    ][1]


def test_a_predecessor_named_after_the_successor_held_the_post_told_before() -> None:
    facts = facts_of(
        "Ngày 25/6, Bộ Công an bổ nhiệm Đại tá Lã Văn Tiến, Phó Cục trưởng Cục Cảnh sát giao "
        "thông làm Giám đốc Công an tỉnh Hưng Yên. Ông Tiến nhận nhiệm vụ từ người tiền nhiệm "
        "Thân Đức Mạnh, được điều động giữ chức Phó Chánh Thanh tra Bộ Công an."
    )
    held = positions(facts, "Thân Đức Mạnh")
    assert held[("Giám đốc", "Công an tỉnh Hưng Yên")] is True
    assert held[("Phó Chánh Thanh tra", "Thanh tra Bộ Công an")] is False
    assert ("Giám đốc", "Công an tỉnh Hưng Yên") in positions(facts, "Lã Văn Tiến")
