"""Award statements met in a round of reading real reports (`tests/fixtures/real-news-blind-10`):
rewards after a case, lower-case awards handed over, honours only recalled or proposed, a
martyr honoured, a headline's short title; one row a case. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, Expect, awards, case, equal, found, has, lacks

from ingest.model import Facts

DATE = "2023-06"

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "awards": lambda facts, _: awards(facts),
    "names": lambda facts, _: {award for award, _ in awards(facts)},
    "granted": lambda facts, _: {(a.award, a.recipient, a.grantor) for a in facts.awards},
    "absent": lambda facts, _: {n for e in facts.events for n in e.attendees},
    "units": lambda facts, _: {o.name for o in facts.organisations},
}

REWARDED_BY_CHAIRMAN = (
    "Ngày 3/6, tại trụ sở Công an tỉnh Tây Ninh, Chủ tịch UBND tỉnh Hồ Sĩ Lãm đã khen thưởng "
    "đột xuất 2 tập thể có thành tích phá án. 2 tập thể được khen thưởng là: Phòng Cảnh sát "
    "hình sự và Công an huyện Gò Dầu."
)
UNITS_REWARDED = (
    "Ngày 8/6, lãnh đạo Bộ Công an quyết định thưởng các đơn vị: Công an huyện Lộc Bình, "
    "Công an huyện Đình Lập, mỗi đơn vị 10 triệu đồng. Thứ trưởng cũng gửi phần thưởng 30 "
    "triệu đồng cho tập thể cán bộ, chiến sĩ Phòng Cảnh sát giao thông Công an tỉnh Lạng Sơn."
)
GIVEN_IN_LOWER_CASE = (
    "Dịp này, 12 tập thể và 30 cá nhân đã được UBND tỉnh, Công an tỉnh Bình Dương trao tặng "
    "bằng khen và giấy khen. Ngoài ra, 2 cá nhân được tặng bằng khen của Thủ tướng Chính phủ."
)
ONLY_RECALLED = (
    "Nhiều năm liên tục, Công an tỉnh Phú Thọ được Chính phủ tặng Cờ thi đua. Trải qua 50 năm "
    "xây dựng, Công an huyện Thanh Sơn đã được tặng thưởng 2 Huân chương Chiến công hạng Ba. "
    "Trong 5 năm, 7 tập thể được tặng Cờ thi đua của Bộ Công an và nhiều hình thức khen "
    "thưởng khác."
)
PROPOSED = (
    "Ngày 20/11, hội nghị đã bình xét, suy tôn các đơn vị đạt danh hiệu “Đơn vị Quyết thắng”, "
    "“Cờ thi đua của Bộ Công an” để đề nghị cấp trên."
)
MARTYR = (
    "Ngày 15/8, thừa ủy quyền của Chủ tịch nước, ông Khúc Văn Doanh, Bí thư Tỉnh ủy trao "
    "danh hiệu Anh hùng lực lượng vũ trang nhân dân cho Công an huyện Mường Lát và liệt sĩ "
    "Mạc Đình Sướng, nguyên Trưởng Công an huyện Mường Lát."
)
SHORT_TITLE = (
    "Công an huyện Quan Sơn đón nhận danh hiệu Anh hùng\n\nNgày 10/8, Chủ tịch UBND tỉnh trao "
    "danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Công an xã Na Mèo thuộc Công an "
    "huyện Quan Sơn."
)
GIVEN_ORDER = (
    "Ngày 9/6, Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho Công an tỉnh Hòa Bình."
)
COUNTED_UNITS = (
    "Ngày 12/6, Bộ Công an quyết định thưởng cho 2 đơn vị gồm: Công an huyện Bảo Lâm và Công "
    "an huyện Bảo Lạc, mỗi đơn vị 10 triệu đồng."
)
FIVE_YEARS = "5 năm qua, toàn Công an tỉnh có 12 tập thể được tặng Huân chương Chiến công các hạng."
CHAIRMANS_CERTIFICATE = (
    "Ngày 18/6, Công an thị xã Ayun Pa trao Giấy khen của Chủ tịch UBND thị xã Ayun Pa cho "
    "các tập thể có thành tích xuất sắc."
)
POSTHUMOUS_LIST = (
    "Ngày 20/6, Chủ tịch nước truy tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho đại tá Giàng A "
    "Tủa, Phó Trung đoàn trưởng Trung đoàn Cảnh sát cơ động Tây Nguyên, Bộ Tư lệnh Cảnh sát cơ "
    "động, Bộ Công an; trung úy Sùng Văn Dế, chiến sĩ Công an huyện Mường Lát, Công an tỉnh "
    "Thanh Hóa và thượng sĩ Vàng A Lử, chiến sĩ Trung đoàn Cảnh sát cơ động Tây Nguyên."
)
HERO = "Anh hùng Lực lượng vũ trang nhân dân"
PHONG = "Phòng Cảnh sát hình sự"

CASES = [
    case(
        "units_named_after_a_reward_by_count_receive_it_from_the_chairman",
        DATE,
        REWARDED_BY_CHAIRMAN,
        "granted",
        equal(
            {
                ("khen thưởng", PHONG, "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh"),
                ("khen thưởng", "Công an huyện Gò Dầu", "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh"),
            }
        ),
    ),
    case(
        "units_rewarded_with_money_are_rewarded",
        DATE,
        UNITS_REWARDED,
        "awards",
        equal(
            {
                ("khen thưởng", "Công an huyện Lộc Bình"),
                ("khen thưởng", "Công an huyện Đình Lập"),
                ("khen thưởng", "Phòng Cảnh sát giao thông"),
            }
        ),
    ),
    case(
        "an_order_given_with_tang_thuong_is_no_reward_of_its_own",
        DATE,
        GIVEN_ORDER,
        "names",
        equal({"Huân chương Lao động hạng Ba"}),
    ),
    case(
        "lower_case_awards_handed_over_or_of_a_grantor_are_awards",
        DATE,
        GIVEN_IN_LOWER_CASE,
        "awards",
        equal({("Bằng khen", None), ("Giấy khen", None)}),
    ),
    case("honours_of_years_past_are_no_awards", DATE, ONLY_RECALLED, "awards", equal(set())),
    case("honours_proposed_are_no_awards", DATE, PROPOSED, "awards", equal(set())),
    case(
        "a_local_government_whose_chairman_gives_an_award_is_a_unit_of_the_article",
        DATE,
        CHAIRMANS_CERTIFICATE,
        "units",
        has("Ủy ban nhân dân thị xã Ayun Pa"),
    ),
    case(
        "honours_of_years_past_told_by_count_are_no_awards",
        DATE,
        FIVE_YEARS,
        "awards",
        equal(set()),
    ),
    case(
        "units_counted_then_listed_after_a_reward_are_rewarded",
        DATE,
        COUNTED_UNITS,
        "awards",
        equal({("khen thưởng", "Công an huyện Bảo Lâm"), ("khen thưởng", "Công an huyện Bảo Lạc")}),
    ),
    case(
        "a_martyr_named_with_a_unit_is_honoured_too",
        DATE,
        MARTYR,
        "awards",
        equal({(HERO, "Công an huyện Mường Lát"), (HERO, "Mạc Đình Sướng")}),
    ),
    case("a_martyr_attends_nothing", DATE, MARTYR, "absent", lacks("Mạc Đình Sướng")),
    case(
        "a_headline_short_title_sums_up_the_award_given_in_the_body",
        DATE,
        SHORT_TITLE,
        "awards",
        equal({(HERO, "Công an xã Na Mèo")}),
    ),
    case(
        "every_officer_of_a_posthumous_list_whose_posts_chain_units_receives_it",
        DATE,
        POSTHUMOUS_LIST,
        "awards",
        equal(
            {
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Giàng A Tủa"),
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Sùng Văn Dế"),
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Vàng A Lử"),
            }
        ),
    ),
    case(
        "a_title_in_lower_case_is_written_canonically",
        DATE,
        MARTYR,
        "names",
        has(HERO),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_award_statements(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
