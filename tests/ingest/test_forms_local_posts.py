"""Posts of a province's departments said without the province, heads of units other than a
department said in lower case, names listed among ranked officers whose family name is not a
known one, an investigation agency said without its unit, and a post named in a decision
announced at a ceremony. One row a case; every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, equal, found, has, people

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "person": lambda facts, name: people(facts)[name],
}

OFFICES = (
    "Ngày 14/4, Công an tỉnh Tuyên Quang phối hợp tổ chức hội nghị tuyên truyền pháp luật. Dự có "
    "ông Hầu Minh Khoa, Giám đốc Sở Tư pháp; bà Giáp Thu Diệu, Phó Giám đốc Sở Y tế và Đại tá "
    "Cù Đức Trung, Phó Giám đốc Công an tỉnh Tuyên Quang."
)
OFFICE_OF_NAMED_PROVINCE = (
    "Công an TP Hà Nội ký kết quy chế phối hợp với Sở Giáo dục và Đào tạo Bắc Ninh; ông Hầu "
    "Minh Khoa, Phó Giám đốc Sở Giáo dục và Đào tạo Bắc Ninh, ký thay."
)
DISCIPLINE = (
    "Công an tỉnh Yên Bái kỷ luật khiển trách Thiếu tá Mông Văn Sính, phó trưởng Trại tạm giam "
    "Công an tỉnh Yên Bái, và Đại úy Lục Văn Pham, trưởng Công an xã Cát Thịnh."
)
PLURAL_RANK_VAN = (
    "Công an tỉnh Hà Tĩnh hiện có 4 Phó Giám đốc gồm các đại tá Văn Đức Hiển, Từ Quang Mạnh, "
    "Văn Thị Nga và thượng tá Văn Hữu Lạc."
)
BARE_AGENCY = (
    "Ngày 9/10, Công an huyện Con Cuông (Nghệ An) bắt giữ hai đối tượng trộm cắp gỗ. Cơ quan "
    "CSĐT đã khởi tố vụ án để điều tra."
)
GUEST = (
    "Sáng 9/10, Thiếu tướng Kiều Đăng Mạnh, Giám đốc Công an tỉnh Hà Giang dự lễ công bố quyết "
    "định bổ nhiệm Phó Giám đốc Công an tỉnh Hà Giang đối với Thượng tá Nùng Văn Sếnh."
)
COMRADES_VAN = (
    "Dự có các đồng chí: Đại tá Từ Quang Mạnh, Phó Giám đốc Công an tỉnh Hà Tĩnh; Văn Thị Nga, "
    "Trưởng phòng Cảnh sát hình sự và Văn Hữu Lạc, Trưởng Công an huyện Kỳ Anh."
)
SPEAKER = (
    "Thiếu tướng Kiều Đăng Mạnh, Giám đốc Công an tỉnh Hà Giang đọc quyết định điều động, bổ "
    "nhiệm Trưởng phòng Cảnh sát giao thông Công an tỉnh Hà Giang."
)
TUYEN_QUANG = "Công an tỉnh Tuyên Quang"
HA_TINH = "Công an tỉnh Hà Tĩnh"
MASS_BODIES = (
    "Sáng 6/5, Công an tỉnh Tuyên Quang ký kết chương trình phối hợp với các đoàn thể. Dự có bà "
    "Lục Thị Hoan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh và ông Vi Đình Cẩn, Phó Chủ tịch Hội Cựu "
    "chiến binh tỉnh Tuyên Quang."
)

CASES = [
    case(
        "a_province's_department_said_alone_is_the_province's_named_last",
        "2023-04",
        OFFICES,
        "posts",
        equal({("Giám đốc", "Sở Tư pháp tỉnh Tuyên Quang")}),
        "Hầu Minh Khoa",
    ),
    case(
        "the_women's_union_of_a_province_said_alone_is_the_province's",
        "2023-05",
        MASS_BODIES,
        "posts",
        equal({("Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang")}),
        "Lục Thị Hoan",
    ),
    case(
        "the_veterans'_association_of_a_province_is_a_body",
        "2023-05",
        MASS_BODIES,
        "posts",
        equal({("Phó Chủ tịch", "Hội Cựu chiến binh tỉnh Tuyên Quang")}),
        "Vi Đình Cẩn",
    ),
    case(
        "a_deputy_head_of_a_province's_department_said_alone",
        "2023-04",
        OFFICES,
        "posts",
        equal({("Phó Giám đốc", "Sở Y tế tỉnh Tuyên Quang")}),
        "Giáp Thu Diệu",
    ),
    case(
        "a_province's_department_said_alone_is_a_unit",
        "2023-04",
        OFFICES,
        "units",
        has("Sở Tư pháp tỉnh Tuyên Quang", "Sở Y tế tỉnh Tuyên Quang", TUYEN_QUANG),
    ),
    case(
        "a_province_written_after_its_department_is_its",
        "2023-04",
        OFFICE_OF_NAMED_PROVINCE,
        "posts",
        equal({("Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh")}),
        "Hầu Minh Khoa",
    ),
    case(
        "a_head_of_a_unit_not_a_department_is_named_by_its_head_word",
        "2022-06",
        DISCIPLINE,
        "posts",
        equal({("Phó Trưởng Trại", "Trại tạm giam")}),
        "Mông Văn Sính",
    ),
    case(
        "a_commune_police_head_in_lower_case",
        "2022-06",
        DISCIPLINE,
        "posts",
        equal({("Trưởng Công an xã", "Công an xã Cát Thịnh")}),
        "Lục Văn Pham",
    ),
    case(
        "the_detention_camp_is_under_the_provincial_police",
        "2022-06",
        DISCIPLINE,
        "parents",
        has(("Trại tạm giam", "Công an tỉnh Yên Bái")),
    ),
    case(
        "a_name_listed_on_after_an_officer's_posts_needs_no_known_family_name",
        "2021-05",
        COMRADES_VAN,
        "posts",
        equal({("Trưởng phòng", "Phòng Cảnh sát hình sự")}),
        "Văn Thị Nga",
    ),
    case(
        "a_name_listed_on_after_and_needs_no_known_family_name",
        "2021-05",
        COMRADES_VAN,
        "posts",
        equal({("Trưởng Công an huyện", "Công an huyện Kỳ Anh")}),
        "Văn Hữu Lạc",
    ),
    case(
        "an_agency_said_alone_is_the_agency_of_the_police_named_last",
        "2021-10",
        BARE_AGENCY,
        "parents",
        has(("Cơ quan Cảnh sát điều tra Công an huyện Con Cuông", "Công an huyện Con Cuông")),
    ),
    case(
        "an_agency_said_alone_with_no_police_named_is_no_unit",
        "2021-10",
        "Cơ quan CSĐT đã khởi tố vụ án trộm cắp tài sản.",
        "units",
        equal(set()),
    ),
    case(
        "a_guest_at_the_announcement_of_an_appointment_keeps_only_his_post",
        "2023-10",
        GUEST,
        "posts",
        equal({("Giám đốc", "Công an tỉnh Hà Giang")}),
        "Kiều Đăng Mạnh",
    ),
    case(
        "one_reading_a_decision_of_moving_and_appointing_keeps_only_his_post",
        "2023-10",
        SPEAKER,
        "posts",
        equal({("Giám đốc", "Công an tỉnh Hà Giang")}),
        "Kiều Đăng Mạnh",
    ),
    case(
        "the_post_of_an_announced_decision_is_the_appointee's_after_doi_voi",
        "2023-10",
        GUEST,
        "posts",
        equal({("Phó Giám đốc", "Công an tỉnh Hà Giang")}),
        "Nùng Văn Sếnh",
    ),
    *(
        case(
            f"a_name_listed_after_ranked_officers_needs_no_known_family_name-{name}",
            "2021-05",
            PLURAL_RANK_VAN,
            "person",
            equal((rank, {("Phó Giám đốc", HA_TINH)})),
            name,
        )
        for name, rank in (
            ("Văn Đức Hiển", "Đại tá"),
            ("Văn Thị Nga", "Đại tá"),
            ("Văn Hữu Lạc", "Thượng tá"),
        )
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_local_post_form(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
