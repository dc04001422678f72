"""Forms still missed after four blind sets of reports: a department written with a longer name
than the known one, a reward given by someone acting for the President. Every sentence here
is invented."""

from __future__ import annotations

from support.extraction import facts_dated, people

facts_of = facts_dated("2024-05")


def test_a_department_named_longer_than_the_known_one_keeps_its_longer_name() -> None:
    facts = facts_of(
        "Ngày 6/5, Công an tỉnh Tuyên Quang tiễn các cán bộ nghỉ hưu gồm: Trung tá Lục Văn Dũng, "
        "Trưởng phòng Hồ sơ nghiệp vụ; Thiếu tá Hà Thị Nhung, Phó Trưởng phòng Hồ sơ."
    )
    found = people(facts)
    assert found["Lục Văn Dũng"][1] == {("Trưởng phòng", "Phòng Hồ sơ nghiệp vụ")}
    assert found["Hà Thị Nhung"][1] == {("Phó Trưởng phòng", "Phòng Hồ sơ")}
    units = {o.name: o.parent for o in facts.organisations}
    assert units["Phòng Hồ sơ nghiệp vụ"] == "Công an tỉnh Tuyên Quang"


def test_the_longer_name_written_with_its_head_word_is_one_unit() -> None:
    facts = facts_of("Phòng Hồ sơ nghiệp vụ Công an tỉnh Hà Giang nhận Giấy khen.")
    assert "Phòng Hồ sơ" not in {o.name for o in facts.organisations}
    assert "Phòng Hồ sơ nghiệp vụ" in {o.name for o in facts.organisations}
