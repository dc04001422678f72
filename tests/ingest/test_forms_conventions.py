"""Forms whose reading the fixture sets' gold once disagreed on, read as decided once for all
(the sets' READMEs, section `Gold corrections`): a ministry or a people's committee named as the
giver of an award is a unit of the article; a commune's party secretary keeps the level in his
role; `lễ ký kết` is one signing. Also `Ma` as a family name beside `Buôn Ma Thuột`. One row a
case; every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, equal, found, has, lacks, people

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
    "at": lambda facts, kind: {p for e in facts.events if e.kind == kind for p in e.attendees},
    "persons": lambda facts, _: set(people(facts)),
}

MINISTER_GIVES = (
    "Ngày 12/5, Công an huyện Yên Thế tổ chức hội nghị sơ kết. Dịp này, Công an huyện được Bộ "
    "trưởng Bộ Công an tặng Bằng khen vì thành tích phá án."
)
CHAIR_GIVES = (
    "Ngày 3/9, Công an thị xã Sông Cầu gặp mặt biểu dương Đội Cảnh sát hình sự. Tại buổi gặp "
    "mặt, đã trao Giấy khen của Chủ tịch UBND thị xã Sông Cầu cho 2 tập thể."
)
WARD_SECRETARY = (
    "Ngày 2/7, Công an phường Hồng Gai ra mắt. Dự có bà Lường Thị Vui, Bí thư Đảng ủy phường "
    "Hồng Gai và ông Khổng Văn Bảy, Bí thư Đảng ủy đặc khu Cô Tô."
)
SIGNING_CEREMONY = (
    "Ngày 21-4, Công an tỉnh Sơn La và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lễ ký kết quy chế "
    "phối hợp bảo vệ biên giới. Dự buổi lễ có ông Quàng Văn Tiếp, Phó Chủ tịch UBND tỉnh Sơn La."
)
MA_FAMILY = (
    "Ngày 8/3, Công an phường Buôn Ma Thuột tổ chức hội nghị. Dự có ông Ma Văn Thắm, Chủ tịch "
    "UBND xã Thượng Lâm và Thượng úy Ma Thị Khuyên, Phó Trưởng Công an xã Thượng Lâm."
)

CASES = [
    case(
        "a_ministry_named_in_its_ministers_award_is_a_unit",
        "2022-05",
        MINISTER_GIVES,
        "units",
        has("Bộ Công an", "Công an huyện Yên Thế"),
    ),
    case(
        "a_peoples_committee_whose_chairman_gives_an_award_is_a_unit",
        "2021-09",
        CHAIR_GIVES,
        "units",
        has("Ủy ban nhân dân thị xã Sông Cầu"),
    ),
    case(
        "a_ward_party_secretary_keeps_the_level_in_the_role",
        "2025-07",
        WARD_SECRETARY,
        "posts",
        equal({("Bí thư Đảng ủy phường", "Đảng ủy phường Hồng Gai")}),
        "Lường Thị Vui",
    ),
    case(
        "a_special_zones_party_secretary_keeps_the_level_in_the_role",
        "2025-07",
        WARD_SECRETARY,
        "posts",
        equal({("Bí thư Đảng ủy đặc khu", "Đảng ủy đặc khu Cô Tô")}),
        "Khổng Văn Bảy",
    ),
    case(
        "a_signing_ceremony_is_one_signing",
        "2023-04",
        SIGNING_CEREMONY,
        "events",
        equal({("signing", "2023-04-21")}),
    ),
    case(
        "those_at_the_signing_ceremony_are_at_the_signing",
        "2023-04",
        SIGNING_CEREMONY,
        "at",
        equal({"Quàng Văn Tiếp"}),
        "signing",
    ),
    case(
        "ma_is_a_family_name",
        "2025-03",
        MA_FAMILY,
        "persons",
        equal({"Ma Văn Thắm", "Ma Thị Khuyên"}),
    ),
    case(
        "buon_ma_thuot_stays_one_place",
        "2025-03",
        MA_FAMILY,
        "units",
        lacks("Công an phường Buôn"),
    ),
    case(
        "buon_ma_thuot_names_the_ward",
        "2025-03",
        MA_FAMILY,
        "units",
        has("Công an phường Buôn Ma Thuột"),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_convention_form(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
