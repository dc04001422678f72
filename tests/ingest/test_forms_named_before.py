"""Forms seen in published reports where who is meant and what is said of him are apart: two
posts given in one sentence (`bổ nhiệm A giữ chức vụ X, B giữ chức vụ Y`), recipients listed
before their award (`A, Đội trưởng …; B, …; C, Công an xã D được tặng Giấy khen`), a decision
handed to the holders of a post (`trao quyết định cho các Phó Giám đốc …: A, B`), a career after
a bare pronoun (`ông từng giữ các chức vụ: …`), a post before the name (`Giám đốc Công an tỉnh
là Đại tá A`), and an investigation agency in lower case (`cơ quan Cảnh sát điều tra Bộ Công
an`). One row a case; every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, awards, case, equal, found, has, lacks

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    **SHARED_VIEWS,
    "awards": lambda facts, _: awards(facts),
    "at": lambda facts, kind: {p for e in facts.events if e.kind == kind for p in e.attendees},
    "former": lambda facts, name: {
        (x.role, x.organisation)
        for p in facts.persons
        if p.name == name
        for x in p.positions
        if x.former
    },
}

TWO_GIVEN = (
    "Ngày 10/8, Công an tỉnh Hà Giang công bố quyết định bổ nhiệm Thượng tá Vàng Seo Páo giữ "
    "chức vụ Trưởng Phòng Cảnh sát hình sự, Thượng tá Lý Mí Sủng giữ chức vụ Trưởng Phòng Cảnh "
    "sát kinh tế."
)
TWO_GIVEN_AND = (
    "Ngày 10/8, Bộ Công an công bố quyết định điều động, bổ nhiệm Đại tá Vàng Seo Khư giữ chức vụ "
    "Giám đốc Công an tỉnh Hà Giang và Đại tá Lý Mí Chừ giữ chức vụ Phó Giám đốc Công an tỉnh Lào "
    "Cai."
)
LISTED_BEFORE = (
    "Ngày 7/9, Công an tỉnh Lào Cai tổ chức hội nghị sơ kết. Thượng tá Sần Văn Lử, Đội trưởng "
    "Đội Cảnh sát hình sự, Công an huyện Bát Xát; Đại úy Lồ Thị Dua, cán bộ Phòng Cảnh sát kinh "
    "tế và Trung úy Giàng Seo Chư, Công an xã Trịnh Tường được Giám đốc Công an tỉnh tặng Giấy "
    "khen."
)
MIXED_BEFORE = (
    "Sáng 1/3, Công an tỉnh Đồng Nai tổ chức lễ đón nhận Huân chương Chiến công. Các tập thể Phòng "
    "PC03, PA06, PX77 và Đại tá Sầm Văn Lụa, Phó Giám đốc Công an tỉnh; Thiếu tá Nông Thị Phấn, "
    "Phó Trưởng Phòng PC02 đón nhận Huân chương Chiến công hạng Nhì."
)
COUNTED_THEN_NAMED = (
    "Ngày 1/3, thừa ủy quyền của Chủ tịch nước, ông Bạc Cầm Khuyên, Chủ tịch UBND tỉnh trao Huân "
    "chương Chiến công hạng Nhất cho tập thể Công an tỉnh Sơn La và hai cá nhân là Đại tá Hà Văn "
    "Nhót, Phó Giám đốc Công an tỉnh; Thượng tá Lò Thị Ón, Phó Trưởng Phòng PC04."
)
LOWER_AGENCY = (
    "Ngày 5/6, cơ quan Cảnh sát điều tra Bộ Công an đã khởi tố vụ án. Trước đó, cơ quan Cảnh sát "
    "điều tra Công an tỉnh Nghệ An đã chuyển hồ sơ; Đại tá Cầm Bá Khiêm, Thủ trưởng cơ quan Cảnh "
    "sát điều tra Công an tỉnh Nghệ An cho biết."
)
NGHE_AN_AGENCY = "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An"
HANDED_TO_POST = (
    "Ngày 4/3, Công an tỉnh Bắc Kạn tổ chức lễ công bố quyết định. Thiếu tướng Đèo Văn Khiêm, "
    "Giám đốc Công an tỉnh trao quyết định cho các Phó Giám đốc Công an tỉnh: Đại tá Nông Văn "
    "Pản, Thượng tá Hoàng Thị Slao."
)
CAREER_AFTER_PRONOUN = (
    "Ngày 3/4, Công an tỉnh Cao Bằng công bố quyết định bổ nhiệm Đại tá Vi Văn Chiêm giữ chức vụ "
    "Giám đốc. Trước khi được bổ nhiệm, ông từng giữ các chức vụ: Trưởng Công an huyện Hà Quảng, "
    "Phó Giám đốc Công an tỉnh Bắc Kạn."
)
POST_THEN_NAME = (
    "Ngày 12/11, Công an tỉnh Lai Châu tổ chức hội nghị tổng kết. Người chủ trì hội nghị là Đại "
    "tá Tẩn Láo Lở, Giám đốc Công an tỉnh. Giám đốc Công an tỉnh Điện Biên là Đại tá Lường Văn "
    "Khẩm cũng tới dự."
)

CASES = [
    case(
        "the_first_of_two_posts_given_is_the_first_persons",
        "2023-08",
        TWO_GIVEN,
        "posts",
        equal({("Trưởng phòng", "Phòng Cảnh sát hình sự")}),
        "Vàng Seo Páo",
    ),
    case(
        "the_second_of_two_posts_given_is_the_second_persons",
        "2023-08",
        TWO_GIVEN,
        "posts",
        equal({("Trưởng phòng", "Phòng Cảnh sát kinh tế")}),
        "Lý Mí Sủng",
    ),
    *(
        case(
            f"each_of_two_posts_given_with_va_is_its_own_persons-{name}",
            "2023-08",
            TWO_GIVEN_AND,
            "posts",
            equal({post}),
            name,
        )
        for name, post in (
            ("Vàng Seo Khư", ("Giám đốc", "Công an tỉnh Hà Giang")),
            ("Lý Mí Chừ", ("Phó Giám đốc", "Công an tỉnh Lào Cai")),
        )
    ),
    case(
        "recipients_listed_before_the_award_each_receive_it",
        "2021-09",
        LISTED_BEFORE,
        "awards",
        has(
            ("Giấy khen", "Sần Văn Lử"), ("Giấy khen", "Lồ Thị Dua"), ("Giấy khen", "Giàng Seo Chư")
        ),
    ),
    case(
        "a_recipients_bare_unit_is_no_recipient",
        "2021-09",
        LISTED_BEFORE,
        "awards",
        lacks(("Giấy khen", "Công an xã Trịnh Tường")),
    ),
    case(
        "units_and_persons_listed_before_an_award_received_each_receive_it",
        "2023-03",
        MIXED_BEFORE,
        "awards",
        has(
            *(
                ("Huân chương Chiến công hạng Nhì", who)
                for who in ("Phòng Cảnh sát kinh tế", "Sầm Văn Lụa", "Nông Thị Phấn")
            )
        ),
    ),
    case(
        "persons_counted_then_named_after_la_each_receive_it",
        "2023-03",
        COUNTED_THEN_NAMED,
        "awards",
        has(
            *(
                ("Huân chương Chiến công hạng Nhất", who)
                for who in ("Công an tỉnh Sơn La", "Hà Văn Nhót", "Lò Thị Ón")
            )
        ),
    ),
    case(
        "an_investigation_agency_in_lower_case_is_a_unit",
        "2023-06",
        LOWER_AGENCY,
        "units",
        has("Cơ quan Cảnh sát điều tra Bộ Công an", NGHE_AN_AGENCY),
    ),
    case(
        "the_head_of_an_agency_in_lower_case",
        "2023-06",
        LOWER_AGENCY,
        "posts",
        equal({("Thủ trưởng", NGHE_AN_AGENCY)}),
        "Cầm Bá Khiêm",
    ),
    case(
        "a_decision_handed_to_the_holders_of_a_post_appoints_each",
        "2024-03",
        HANDED_TO_POST,
        "at",
        equal({"Đèo Văn Khiêm", "Nông Văn Pản", "Hoàng Thị Slao"}),
        "appointment",
    ),
    case(
        "those_a_decision_is_handed_to_hold_the_post",
        "2024-03",
        HANDED_TO_POST,
        "posts",
        equal({("Phó Giám đốc", "Công an tỉnh Bắc Kạn")}),
        "Hoàng Thị Slao",
    ),
    case(
        "a_career_told_after_a_bare_pronoun_is_the_appointees",
        "2022-04",
        CAREER_AFTER_PRONOUN,
        "former",
        equal(
            {
                ("Trưởng Công an huyện", "Công an huyện Hà Quảng"),
                ("Phó Giám đốc", "Công an tỉnh Bắc Kạn"),
            }
        ),
        "Vi Văn Chiêm",
    ),
    *(
        case(
            f"a_post_said_before_the_name_after_la-{name}",
            "2020-11",
            POST_THEN_NAME,
            "posts",
            equal({("Giám đốc", unit)}),
            name,
        )
        for name, unit in (
            ("Tẩn Láo Lở", "Công an tỉnh Lai Châu"),
            ("Lường Văn Khẩm", "Công an tỉnh Điện Biên"),
        )
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_named_before_form(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
