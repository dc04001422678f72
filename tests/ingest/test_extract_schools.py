"""Schools of the police and their faculties (`Khoa`, `Trưởng khoa`), and academic titles
between a rank and a name (`Thượng tá, PGS.TS`)."""

from __future__ import annotations

import pytest
from support.extraction import facts_dated

from ingest.model import Facts

facts_of = facts_dated("2024-05")


def units(facts: Facts) -> list[tuple[str, str | None]]:
    return [(o.name, o.parent) for o in facts.organisations]


def test_head_of_faculty_written_before_the_academy() -> None:
    facts = facts_of(
        "Trung tá, TS Vương Thị Kim Oanh, Trưởng khoa Kỹ thuật hình sự Học viện An ninh nhân dân "
        "trình bày báo cáo đề dẫn."
    )
    (person,) = facts.persons
    assert (person.name, person.rank) == ("Vương Thị Kim Oanh", "Trung tá")
    assert [(p.role, p.organisation) for p in person.positions] == [
        ("Trưởng khoa", "Khoa Kỹ thuật hình sự")
    ]
    assert units(facts) == [
        ("Khoa Kỹ thuật hình sự", "Học viện An ninh nhân dân"),
        ("Học viện An ninh nhân dân", "Bộ Công an"),
    ]


def test_faculty_then_its_school_after_a_comma_or_cua() -> None:
    assert units(facts_of("Khoa Ngoại ngữ, Trường Đại học Cảnh sát nhân dân tổ chức hội thảo."))[
        0
    ] == (
        "Khoa Ngoại ngữ",
        "Trường Đại học Cảnh sát nhân dân",
    )
    assert units(
        facts_of(
            "Khoa Quản lý nhà nước về an ninh trật tự của Học viện Cảnh sát nhân dân khai giảng."
        )
    )[0] == ("Khoa Quản lý nhà nước về an ninh trật tự", "Học viện Cảnh sát nhân dân")


def test_a_faculty_with_no_school_written_has_no_parent() -> None:
    assert units(facts_of("Khoa Điều tra hình sự tổ chức sinh hoạt chuyên đề.")) == [
        ("Khoa Điều tra hình sự", None)
    ]


def test_khoa_hoc_is_no_faculty() -> None:
    assert units(facts_of("Đề tài khoa học được nghiệm thu tại Viện Khoa học hình sự.")) == [
        ("Viện Khoa học hình sự", "Bộ Công an")
    ]


@pytest.mark.parametrize(
    "school",
    [
        "Trường Cao đẳng Cảnh sát nhân dân II",
        "Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân",
        "Học viện Chính trị Công an nhân dân",
    ],
)
def test_schools_of_the_ministry(school: str) -> None:
    facts = facts_of(f"Đại tá Phùng Văn Khải, Hiệu trưởng {school} dự lễ bế giảng.")
    assert facts.persons[0].positions[0].organisation == school
    assert units(facts) == [(school, "Bộ Công an")]


@pytest.mark.parametrize("title", ["PGS.TS", "GS.TS", "TS.", "ThS", "Tiến sĩ"])
def test_a_title_after_the_rank_keeps_the_rank(title: str) -> None:
    facts = facts_of(f"Thượng tá, {title} Đinh Thị Thu Trang trình bày tham luận tại hội thảo.")
    assert [(p.name, p.rank) for p in facts.persons] == [("Đinh Thị Thu Trang", "Thượng tá")]
