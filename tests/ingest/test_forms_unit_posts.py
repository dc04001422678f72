"""Posts and units as personnel news writes the unit: a border post's officer with the command
written after the post, the whole border guard's command and a province's, units named by codes
or numbers (`PC02`, `Phòng 3 - Cục C02`), a department said alone after a guest from another
province, a district police's deputy written short. One row a case; every sentence here is
invented."""

from __future__ import annotations

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, equal, found, has, lacks

BORDER = (
    "Thiếu tá Sùng Seo Chẩn, Phó Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Lào Cai, Bộ Chỉ huy "
    "BĐBP tỉnh Lào Cai, chỉ huy tổ công tác."
)
BORDER_OF = (
    "Ủy ban nhân dân tỉnh tặng Bằng khen cho Đồn Biên phòng Mường Khương thuộc Bộ Chỉ huy BĐBP "
    "tỉnh Lào Cai."
)
COMMAND = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai"
CODES = (
    "Thiếu tá Bế Văn Khoan, Phó Trưởng phòng 3, Cục C02 cho biết chuyên án do Phòng 3 - Cục C02 "
    "chủ trì. Trung tá Lục Thị Quyên, Đội trưởng PC02 Công an tỉnh Cao Bằng, chỉ huy bắt giữ."
)
GUEST_OFFICE = (
    "Chiều 20/10, Công an tỉnh Thái Bình ký kết quy chế phối hợp với Sở Tư pháp tỉnh Thái Bình. "
    "Dự có ông Bùi Khắc Hiếu, Phó Giám đốc Sở Tư pháp tỉnh Hải Dương. Ông Vũ Đình Thạo, Giám "
    "đốc Sở Nội vụ, cũng phát biểu."
)
VISIT = (
    "Đoàn công tác của Cục Cảnh sát giao thông do Thiếu tướng Mạc Đình Khuê, Phó Cục trưởng dẫn "
    "đầu đã làm việc tại Công an tỉnh Cao Bằng."
)
MERGED_BORDER = (
    "Đại tá Trương Văn Khiêm, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh Bạc Liêu được bổ nhiệm giữ "
    "chức Chỉ huy trưởng Ban Chỉ huy BĐBP tỉnh Cà Mau."
)
NATIONAL_BORDER = (
    "Dự có Thiếu tướng Hà Văn Sính, Chính ủy BĐBP và Trung tướng Triệu Đức Hoan, Phó Tư lệnh Bộ "
    "đội Biên phòng. Đại tá Lò Văn Xôm, Chính ủy BĐBP tỉnh Điện Biên cũng dự."
)
COMMAND_TYPO = "Đại tá Nông Văn Slảng, Chỉ huy trưởng Bộ BĐBP tỉnh Cao Bằng phát biểu."
DISTRICT_FIRST = (
    "Ngày 20/3, Công an huyện Võ Nhai, tỉnh Thái Nguyên công bố quyết định của Giám đốc Công an "
    "tỉnh về công tác cán bộ."
)
DEPUTY_LOCAL = "Thượng tá Vi Văn Thoòng, Phó Công an huyện Tương Dương, dự họp."
SPOKESMAN_OF = (
    "Thượng tá Lò Văn Dũng được giao làm người phát ngôn của Bộ Công an thay Thiếu tướng Hà "
    "Minh Quế, nghỉ hưu. Đại tá Cầm Thị Lan, người phát ngôn của Công an tỉnh Sơn La, trả lời."
)

CASES = [
    case(
        "a_border_post_whose_name_opens_with_cua_khau_is_read_whole",
        "2022-09",
        BORDER,
        "posts",
        equal({("Phó Đồn trưởng", "Đồn Biên phòng Cửa khẩu quốc tế Lào Cai")}),
        "Sùng Seo Chẩn",
    ),
    case(
        "a_border_post_is_under_the_command_written_after_it_with_a_comma",
        "2022-09",
        BORDER,
        "parents",
        has(("Đồn Biên phòng Cửa khẩu quốc tế Lào Cai", COMMAND)),
    ),
    case(
        "a_border_post_is_under_the_command_it_is_said_to_belong_to",
        "2022-09",
        BORDER_OF,
        "parents",
        has(("Đồn Biên phòng Mường Khương", COMMAND)),
    ),
    case(
        "a_numbered_section_of_a_ministry_department_is_a_unit_of_it",
        "2020-11",
        CODES,
        "parents",
        has(("Phòng 3", "Cục Cảnh sát hình sự")),
    ),
    case(
        "the_deputy_head_of_a_numbered_section",
        "2020-11",
        CODES,
        "posts",
        equal({("Phó Trưởng phòng", "Phòng 3")}),
        "Bế Văn Khoan",
    ),
    case(
        "a_department's_code_written_alone",
        "2020-11",
        CODES,
        "posts",
        equal({("Đội trưởng", "Phòng Cảnh sát hình sự")}),
        "Lục Thị Quyên",
    ),
    case(
        "a_department's_code_written_alone_is_under_the_police_after_it",
        "2020-11",
        CODES,
        "parents",
        has(("Phòng Cảnh sát hình sự", "Công an tỉnh Cao Bằng")),
    ),
    case(
        "a_department_said_alone_after_a_guest's_from_another_province",
        "2023-10",
        GUEST_OFFICE,
        "posts",
        equal({("Giám đốc", "Sở Nội vụ tỉnh Thái Bình")}),
        "Vũ Đình Thạo",
    ),
    case(
        "a_deputy_head_of_a_department_named_before_him_in_the_sentence",
        "2021-11",
        VISIT,
        "posts",
        equal({("Phó Cục trưởng", "Cục Cảnh sát giao thông")}),
        "Mạc Đình Khuê",
    ),
    case(
        "a_province's_border_guard_after_2025_is_a_ban_chi_huy",
        "2025-07",
        MERGED_BORDER,
        "posts",
        equal(
            {
                ("Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bạc Liêu"),
                ("Chỉ huy trưởng", "Ban Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau"),
            }
        ),
        "Trương Văn Khiêm",
    ),
    case(
        "a_province's_police_said_without_its_name_after_one_of_its_districts",
        "2020-03",
        DISTRICT_FIRST,
        "units",
        has("Công an tỉnh Thái Nguyên", "Công an huyện Võ Nhai"),
    ),
    case(
        "a_deputy_of_a_district_police_written_without_truong",
        "2022-03",
        DEPUTY_LOCAL,
        "posts",
        equal({("Phó Trưởng Công an huyện", "Công an huyện Tương Dương")}),
        "Vi Văn Thoòng",
    ),
    case(
        "a_post_of_the_whole_border_guard_is_its_national_command's",
        "2023-05",
        NATIONAL_BORDER,
        "posts",
        equal({("Phó Tư lệnh", "Bộ Tư lệnh Bộ đội Biên phòng")}),
        "Triệu Đức Hoan",
    ),
    case(
        "an_abbreviated_post_of_the_whole_border_guard_is_its_national_command's",
        "2023-05",
        NATIONAL_BORDER,
        "posts",
        equal({("Chính ủy", "Bộ Tư lệnh Bộ đội Biên phòng")}),
        "Hà Văn Sính",
    ),
    case(
        "a_province's_border_guard_post_stays_the_province's",
        "2023-05",
        NATIONAL_BORDER,
        "posts",
        equal({("Chính ủy", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên")}),
        "Lò Văn Xôm",
    ),
    case(
        "a_command_with_chi_huy_dropped_is_the_command",
        "2023-05",
        COMMAND_TYPO,
        "posts",
        equal({("Chỉ huy trưởng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng")}),
        "Nông Văn Slảng",
    ),
    case(
        "a_command_with_chi_huy_dropped_makes_no_unit_of_the_force",
        "2023-05",
        COMMAND_TYPO,
        "units",
        lacks("Bộ đội Biên phòng tỉnh Cao Bằng"),
        None,
    ),
    case(
        "a_post_joined_to_its_unit_by_cua_keeps_the_unit",
        "2024-08",
        SPOKESMAN_OF,
        "posts",
        equal({("Người phát ngôn", "Công an tỉnh Sơn La")}),
        "Cầm Thị Lan",
    ),
    case(
        "the_predecessor_in_a_post_written_with_cua_held_it_in_that_unit",
        "2024-08",
        SPOKESMAN_OF,
        "posts",
        equal({("Người phát ngôn", "Bộ Công an")}),
        "Hà Minh Quế",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_unit_post_form(date: str, text: str, view: str, key: object, expect: Expect) -> None:
    expect.check(SHARED_VIEWS[view](found(text, date), key))
