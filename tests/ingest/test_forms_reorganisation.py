"""Posts and units as articles written after the 2025 reorganisation give them: the leaders of
a merged province with the post they held in the province absorbed (in brackets, after `(cũ)`,
or as a bare post before it), and the units such former posts name, which are not the ones the
sentence goes on about. One row a case; every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, found, has, lacks

VIEWS = SHARED_VIEWS
AFTER = "2025-10"

CASES = [
    case(
        "a_former_post_in_brackets_after_the_post_held_now",
        AFTER,
        "Ngày 8/10, Đại tá Cao Văn Lãng, Giám đốc Công an tỉnh Vĩnh Long (nguyên Giám đốc Công "
        "an tỉnh Bến Tre) làm việc với Công an xã Tân Hào.",
        "held",
        has(
            ("Giám đốc", "Công an tỉnh Vĩnh Long", False),
            ("Giám đốc", "Công an tỉnh Bến Tre", True),
        ),
        "Cao Văn Lãng",
    ),
    case(
        "a_post_held_now_after_a_former_unit_marked_cu",
        AFTER,
        "Dự lễ có Đại tá Mai Thế Lực, nguyên Phó Giám đốc Công an tỉnh Kon Tum (cũ), nay là "
        "Phó Giám đốc Công an tỉnh Quảng Ngãi.",
        "held",
        has(
            ("Phó Giám đốc", "Công an tỉnh Kon Tum", True),
            ("Phó Giám đốc", "Công an tỉnh Quảng Ngãi", False),
        ),
        "Mai Thế Lực",
    ),
    case(
        "a_bare_post_before_a_former_one_is_in_the_unit_of_the_article",
        AFTER,
        "Ngày 2/10, Công an tỉnh Gia Lai họp. Dự có Đại tá Đinh Thị Nhàn, Phó Giám đốc, nguyên "
        "Phó Giám đốc Công an tỉnh Bình Định (cũ).",
        "held",
        has(
            ("Phó Giám đốc", "Công an tỉnh Gia Lai", False),
            ("Phó Giám đốc", "Công an tỉnh Bình Định", True),
        ),
        "Đinh Thị Nhàn",
    ),
    case(
        "a_bare_post_after_another_officers_former_unit_is_not_in_it",
        AFTER,
        "Ngày 2/10, Công an tỉnh Gia Lai họp. Dự có Đại tá Lò Văn Sướng, nguyên Giám đốc Công "
        "an tỉnh Bình Định; Đại tá Đinh Thị Nhàn, Phó Giám đốc.",
        "posts",
        has(("Phó Giám đốc", "Công an tỉnh Gia Lai")),
        "Đinh Thị Nhàn",
    ),
    case(
        "a_department_after_a_former_unit_in_brackets_is_of_the_unit_held_now",
        AFTER,
        "Cùng dự có Đại tá Lò Văn Sướng, Phó Giám đốc Công an tỉnh Gia Lai (nguyên Phó Giám đốc "
        "Công an tỉnh Bình Định) và Thượng tá Hà Văn Dựng, Trưởng phòng Tham mưu.",
        "parents",
        lacks(("Phòng Tham mưu", "Công an tỉnh Bình Định")),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_posts_and_units_after_the_reorganisation(
    date: str, text: str, view: str, key: Any, expect: Expect
):
    expect.check(VIEWS[view](found(text, date), key))
