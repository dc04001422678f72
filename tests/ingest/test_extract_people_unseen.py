"""People written in ways an unseen article may use: a post before the name after a dash, a
minister's post said first and his name in a later sentence, `Công an <province>` without
`tỉnh`, and `Giám đốc Công an tỉnh` referring back to the province named before."""

from __future__ import annotations

import pytest
from support.extraction import facts_dated

from ingest.model import Facts

facts_of = facts_dated("2024-02")


def people(facts: Facts) -> dict[str, tuple[str | None, list[tuple[str, str | None]]]]:
    return {
        p.name: (p.rank, [(x.role, x.organisation) for x in p.positions]) for p in facts.persons
    }


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_post_before_the_name_after_a_dash(dash: str) -> None:
    facts = facts_of(
        f"Phó Giám đốc Công an tỉnh Hậu Giang {dash} Thượng tá Đặng Văn Mến phát biểu."
    )
    assert people(facts) == {
        "Đặng Văn Mến": ("Thượng tá", [("Phó Giám đốc", "Công an tỉnh Hậu Giang")])
    }


def test_a_vice_minister_named_in_the_next_sentence() -> None:
    facts = facts_of(
        "Sáng 6/2, Thứ trưởng Bộ Công an về dự và chỉ đạo hội nghị của Công an tỉnh Sóc Trăng. "
        "Phát biểu tại hội nghị, Trung tướng Phạm Thế Tùng ghi nhận những kết quả đạt được."
    )
    assert people(facts)["Phạm Thế Tùng"] == ("Trung tướng", [("Thứ trưởng", "Bộ Công an")])


def test_the_minister_who_grants_an_award_is_not_the_general_named_next() -> None:
    facts = facts_of(
        "Công an tỉnh Sóc Trăng được tặng Bằng khen của Bộ trưởng Bộ Công an. Thiếu tướng "
        "Nguyễn Văn Thạnh phát biểu."
    )
    assert people(facts) == {"Nguyễn Văn Thạnh": ("Thiếu tướng", [])}


def test_a_vice_ministers_post_waits_for_a_general_not_a_colonel() -> None:
    facts = facts_of(
        "Dự buổi lễ có Thứ trưởng Bộ Công an. Đại tá Trần Văn Sáu báo cáo kết quả công tác."
    )
    assert people(facts) == {"Trần Văn Sáu": ("Đại tá", [])}


def test_a_province_police_without_the_word_tinh_and_its_director_later() -> None:
    facts = facts_of(
        "Ngày 14/2, Công an Nghệ An tổ chức lễ ra quân. Đại tá Bùi Quang Thanh, Giám đốc Công "
        "an tỉnh phát biểu."
    )
    assert [(o.name, o.parent) for o in facts.organisations] == [
        ("Công an tỉnh Nghệ An", "Bộ Công an")
    ]
    assert people(facts) == {"Bùi Quang Thanh": ("Đại tá", [("Giám đốc", "Công an tỉnh Nghệ An")])}


def test_honorific_then_rank_then_name() -> None:
    facts = facts_of("Đồng chí Thượng úy Hờ A Dình, Phó Trưởng Công an xã Pá Mỳ phát biểu.")
    assert people(facts) == {
        "Hờ A Dình": ("Thượng úy", [("Phó Trưởng Công an xã", "Công an xã Pá Mỳ")])
    }


def test_cong_an_thanh_pho_in_a_province_refers_back_to_the_city_under_it() -> None:
    facts = facts_of(
        "Sáng 3/2, Công an tỉnh Khánh Hòa làm việc với Công an thành phố Cam Ranh. Tiếp đoàn có "
        "Thượng tá Lê Văn Hiếu, Trưởng Công an thành phố."
    )
    assert people(facts)["Lê Văn Hiếu"] == (
        "Thượng tá",
        [("Trưởng Công an thành phố", "Công an thành phố Cam Ranh")],
    )


def test_the_party_committee_of_a_commune() -> None:
    facts = facts_of("Đ/c Lò Thị Hương - Bí thư Đảng ủy xã Chiềng Sinh phát biểu.")
    assert people(facts) == {
        "Lò Thị Hương": (None, [("Bí thư Đảng ủy xã", "Đảng ủy xã Chiềng Sinh")])
    }
    assert [o.name for o in facts.organisations] == ["Đảng ủy xã Chiềng Sinh"]


def test_an_acting_director_and_a_teams_political_officer() -> None:
    facts = facts_of(
        "Đại tá Rơ Mah Tuấn, Quyền Giám đốc Công an tỉnh Kon Tum và Thiếu tá Y Niê, Chính trị "
        "viên Đội An ninh Công an huyện Đắk Hà dự."
    )
    found = people(facts)
    assert found["Rơ Mah Tuấn"] == ("Đại tá", [("Quyền Giám đốc", "Công an tỉnh Kon Tum")])
    assert [(o.name, o.parent) for o in facts.organisations if o.name == "Đội An ninh"] == [
        ("Đội An ninh", "Công an huyện Đắk Hà")
    ]


def test_a_mandate_is_not_an_acting_post() -> None:
    facts = facts_of(
        "Thừa ủy quyền Bộ trưởng Bộ Công an, Thiếu tướng Hà Văn Tám trao Bằng khen cho Công an "
        "huyện Đắk Hà."
    )
    assert people(facts) == {"Hà Văn Tám": ("Thiếu tướng", [])}


def test_provincial_bodies_outside_the_police_in_a_cooperation_signing() -> None:
    facts = facts_of(
        "Ngày 7/2, Công an tỉnh Kiên Giang ký kết quy chế phối hợp với Bộ Chỉ huy Bộ đội Biên "
        "phòng tỉnh Kiên Giang và Cục Hải quan tỉnh Kiên Giang. Ông Trần Văn Bé, Giám đốc Sở "
        "Công Thương tỉnh Kiên Giang dự."
    )
    assert [o.name for o in facts.organisations] == [
        "Công an tỉnh Kiên Giang",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang",
        "Cục Hải quan tỉnh Kiên Giang",
        "Sở Công Thương tỉnh Kiên Giang",
    ]
    assert people(facts)["Trần Văn Bé"] == (None, [("Giám đốc", "Sở Công Thương tỉnh Kiên Giang")])


def test_everyone_listed_in_a_promotion_gets_the_new_rank() -> None:
    facts = facts_of(
        "Ngày 30/1, Thủ tướng Chính phủ quyết định thăng cấp bậc hàm từ Đại tá lên Thiếu tướng "
        "đối với đồng chí Phạm Văn Sơn, Giám đốc Công an tỉnh Lạng Sơn và đồng chí Vi Văn Thiện, "
        "Giám đốc Công an tỉnh Cao Bằng."
    )
    assert {p.name: p.rank for p in facts.persons} == {
        "Phạm Văn Sơn": "Thiếu tướng",
        "Vi Văn Thiện": "Thiếu tướng",
    }


def test_people_listed_before_a_promotion_all_get_the_new_rank() -> None:
    facts = facts_of(
        "Thượng tá Hà Văn Dũng và Thượng tá Nông Thị Mai được thăng cấp bậc hàm Đại tá."
    )
    assert {p.name: p.rank for p in facts.persons} == {
        "Hà Văn Dũng": "Đại tá",
        "Nông Thị Mai": "Đại tá",
    }


def test_someone_given_another_thing_in_a_promotion_sentence_keeps_his_rank() -> None:
    facts = facts_of(
        "Giám đốc trao quyết định thăng cấp bậc hàm Thiếu tá cho Đại úy Lý Văn Páo, trao Giấy "
        "khen cho Trung úy Hoàng Văn Chỉnh."
    )
    assert {p.name: p.rank for p in facts.persons} == {
        "Lý Văn Páo": "Thiếu tá",
        "Hoàng Văn Chỉnh": "Trung úy",
    }
