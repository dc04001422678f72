"""Forms of personnel news met in a sixth round of reading real reports
(`tests/fixtures/real-news-blind-6`): careers listed after `từng trải qua các chức vụ`, a
post after an age and home town in brackets, the ministry's office written in lower case,
`công an huyện X` in lower case; one row a case. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, Expect, case, equal, found, has, held, people

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "posts": lambda facts, name: people(facts)[name][1],
    "held": lambda facts, name: set(held(facts, name)),
    "units": lambda facts, _: {o.name for o in facts.organisations},
    "parents": lambda facts, _: {(o.name, o.parent) for o in facts.organisations},
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "attendees": lambda facts, kind: {
        a for e in facts.events if e.kind == kind for a in e.attendees
    },
}

CASES = [
    case(
        "the_ministry_office_written_in_lower_case_is_the_unit_of_its_chief",
        "2022-03",
        "Chiều 4/3, ông Lều Văn Bính, Chánh văn phòng Bộ Công an, dự buổi lễ.",
        "posts",
        equal({("Chánh Văn phòng", "Văn phòng Bộ Công an")}),
        "Lều Văn Bính",
    ),
    case(
        "posts_listed_after_tung_trai_qua_cac_chuc_vu_were_held_before",
        "2021-06",
        "Ngày 9/6, Bộ Công an bổ nhiệm Đại tá Cao Hữu Lễ giữ chức Giám đốc Công an tỉnh Kon "
        "Tum. Đại tá Cao Hữu Lễ từng trải qua các chức vụ Trưởng phòng Cảnh sát kinh tế Công "
        "an tỉnh Gia Lai, Trưởng công an huyện Chư Sê, Phó giám đốc Công an tỉnh Gia Lai.",
        "held",
        equal(
            {
                ("Giám đốc", "Công an tỉnh Kon Tum", False),
                ("Trưởng phòng", "Phòng Cảnh sát kinh tế", True),
                ("Trưởng Công an huyện", "Công an huyện Chư Sê", True),
                ("Phó Giám đốc", "Công an tỉnh Gia Lai", True),
            }
        ),
        "Cao Hữu Lễ",
    ),
    case(
        "a_post_after_an_age_and_home_town_in_brackets_is_the_persons",
        "2020-06",
        "Ngày 2/6, đại tá Mẫn Quốc Hưng (48 tuổi, quê Bắc Ninh), Phó Cục trưởng Cục Cảnh sát "
        "giao thông, được bổ nhiệm làm Giám đốc Công an tỉnh Lạng Sơn.",
        "posts",
        equal(
            {
                ("Phó Cục trưởng", "Cục Cảnh sát giao thông"),
                ("Giám đốc", "Công an tỉnh Lạng Sơn"),
            }
        ),
        "Mẫn Quốc Hưng",
    ),
    case(
        "a_birth_year_with_a_home_commune_in_brackets_keeps_the_post_too",
        "2023-02",
        "Thượng tá Khuất Văn Đoài (SN 1976, quê xã Tam Hiệp, huyện Phúc Thọ), Trưởng phòng "
        "Cảnh sát hình sự Công an tỉnh Hà Nam, được điều động giữ chức Phó Giám đốc.",
        "posts",
        has(("Trưởng phòng", "Phòng Cảnh sát hình sự")),
        "Khuất Văn Đoài",
    ),
    case(
        "lower_case_cong_an_with_its_district_is_that_districts_police",
        "2019-04",
        "Ngày 8/4, lực lượng công an huyện Đông Anh phối hợp tuần tra.",
        "parents",
        has(("Công an huyện Đông Anh", "Công an thành phố Hà Nội")),
    ),
    case(
        "lower_case_cong_an_xa_without_a_place_is_no_unit",
        "2019-04",
        "Ngày 8/4, Công an tỉnh Bắc Giang cho biết lực lượng công an xã đã ra quân.",
        "units",
        equal({"Công an tỉnh Bắc Giang"}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_personnel_news_forms(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
