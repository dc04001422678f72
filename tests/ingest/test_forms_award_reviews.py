"""Award statements met in a round of reading real reports (`tests/fixtures/real-news-blind-12`):
honours recalled by a review over several clauses, awards of the day after them, recipients
listed apart from the award, rewards to units with money; one row a case. Every sentence here
is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support.extraction import FIELDS, Expect, awards, case, equal, found

from ingest.model import Facts

DATE = "2021-03"

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "awards": lambda facts, _: awards(facts),
    "granted": lambda facts, _: {(a.award, a.recipient, a.grantor) for a in facts.awards},
    "roles": lambda facts, _: {(p.name, q.role) for p in facts.persons for q in p.positions},
}

REVIEW_GOES_ON = (
    "Ngày 4/3, Công an tỉnh Phú Yên tổ chức hội nghị tổng kết phong trào. 5 năm qua, toàn tỉnh "
    "có 9 tập thể được tặng Huân chương Chiến công các hạng; 14 tập thể và 6 cá nhân được tặng "
    "Bằng khen của Thủ tướng Chính phủ; 20 tập thể được Bộ Công an tặng Cờ thi đua."
)
TERM_REVIEWED = (
    "Nhiệm kỳ qua, Đảng bộ lãnh đạo đơn vị hoàn thành nhiệm vụ; Công an tỉnh Kon Tum được Chủ "
    "tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Ba; 2 năm được tặng Cờ thi đua."
)
BACK_TO_THE_DAY = (
    "5 năm qua, 8 tập thể được tặng Cờ thi đua của Bộ Công an; tại hội nghị, Giám đốc Công an "
    "tỉnh Phú Yên tặng Giấy khen cho Phòng Tham mưu."
)
HEADLINE_AND_BODY = (
    "Công an tỉnh Ninh Bình nhận Huân chương Chiến công hạng Ba\n\nSáng 10/3, thừa lệnh Chủ tịch "
    "nước, Chủ tịch UBND tỉnh trao Huân chương Chiến công hạng Ba cho tập thể Công an tỉnh Ninh "
    "Bình và Thượng tá Giáp Đình Khởi, Trưởng phòng Cảnh sát hình sự."
)
COUNTED_THEN_NAMED = (
    "Ngày 2/3, ông Lạc Văn Dự - Phó Chủ tịch UBND tỉnh Phú Yên đã khen thưởng đột xuất 3 tập "
    "thể. Trước đó, 3 tập thể gồm: Phòng Cảnh sát hình sự; Phòng Kỹ thuật hình sự, Công an "
    "tỉnh; Công an huyện Sơn Hòa đã phá nhanh vụ cướp."
)
SOME_OF_THOSE_COUNTED = (
    "Chủ tịch UBND tỉnh Phú Yên quyết định tặng bằng khen cho 3 tập thể, 5 cá nhân, trong đó "
    "có Phòng Tham mưu và Công an huyện Đồng Xuân."
)
WITH_MONEY_AND_A_GLOSS = (
    "Ông Lạc Văn Dự đã khen thưởng đột xuất kèm số tiền 10 triệu đồng cho Phòng Cảnh sát "
    "hình sự (PC02 - Công an tỉnh Phú Yên) và Công an huyện Tây Hòa."
)
BY_ORDER_OF = (
    "Sáng 10/3, thừa lệnh Chủ tịch nước, ông Ngạc Đình Phú, Chủ tịch UBND tỉnh Phú Yên trao "
    "Huân chương Chiến công hạng Ba cho Công an huyện Sông Hinh."
)
FLAG_AND_FAMILY = (
    "Sáng 18/8, thừa ủy quyền của Chủ tịch nước, ông Tào Văn Khiết gắn danh hiệu Anh hùng "
    "LLVTND lên lá cờ truyền thống của Công an huyện Đồng Xuân và trao danh hiệu này cho gia "
    "đình liệt sĩ Lý Đình Cừ, nguyên Trưởng Công an huyện Đồng Xuân."
)
ORDERS_COUNTED = (
    "Sáng 18/8, Công an tỉnh Phú Yên trao Huân chương của Chủ tịch nước cho 30 đồng chí, gồm: "
    "4 Huân chương Độc lập hạng Ba và 26 Huân chương Bảo vệ Tổ quốc hạng Ba. Phó Giám đốc "
    "Công an tỉnh là Đại tá Lý Đình Cừ cũng được trao Huân chương Bảo vệ Tổ quốc hạng Ba."
)
OLD_DEPARTMENT_NAMES = (
    "Ngày 19.2, Chủ tịch UBND tỉnh Phú Yên đã khen thưởng đột xuất 2 tập thể. Trước đó, 2 tập "
    "thể là: Phòng Cảnh sát kỹ thuật hình sự, Công an tỉnh và Phòng CSĐT tội phạm về trật tự "
    "xã hội đã phá nhanh vụ án."
)
SUM_TO_A_TEAM = (
    "Ngày 6/3, Giám đốc Công an tỉnh Phú Yên đã quyết định thưởng nóng 50 triệu đồng cho ban "
    "chuyên án."
)
COUNTED_THEN_NAMED_LATER = (
    "Thủ tướng Chính phủ vừa tặng Bằng khen cho 2 tập thể và 1 cá nhân thuộc Công an tỉnh Phú "
    "Yên. Tập thể được tặng Bằng khen là Phòng Tham mưu và Công an huyện Phú Hòa. Cá nhân được "
    "tặng Bằng khen là Thiếu tá Khúc Văn Thành, Đội trưởng Phòng Tham mưu."
)
HOSTED = (
    "Sáng 20-3, Công an tỉnh Phú Yên tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba. "
    "Tại buổi lễ, Đại tá Đậu Quang Nghiêm trao Huân chương Bảo vệ Tổ quốc hạng Ba của Chủ tịch "
    "nước cho Công an huyện Tuy An."
)
SPAN_OF_A_DEED = (
    "Sau 3 năm triển khai, mô hình tổ tự quản đã phát huy hiệu quả; UBND tỉnh Phú Yên tặng "
    "Bằng khen cho Công an huyện Tuy An."
)
HERO = "Anh hùng Lực lượng vũ trang nhân dân"
ORDER = "Huân chương Chiến công hạng Ba"
REWARD = "khen thưởng"
PHONG = "Phòng Cảnh sát hình sự"
CAREER_HONOURS = (
    "Đại tá Lò Văn Khuyến, nguyên Trưởng Công an huyện Mường Tè, đã từ trần ngày 3/3. Ông "
    "được tặng thưởng Huân chương Chiến công hạng Nhì và nhiều phần thưởng cao quý khác."
)
CAREER_HONOURS_THEN_THE_DAY = (
    "Trong quá trình công tác, Thượng tá Mạc Văn Quế được tặng Huy chương Chiến sĩ vẻ vang. Sáng "
    "5/3, Giám đốc Công an tỉnh Lai Châu trao Giấy khen cho Phòng Tham mưu."
)

CASES = [
    case(
        "a_review_of_years_recalls_every_clause_after_its_semicolons",
        DATE,
        REVIEW_GOES_ON,
        "awards",
        equal(set()),
    ),
    case("a_term_reviewed_recalls_its_honours", DATE, TERM_REVIEWED, "awards", equal(set())),
    case(
        "a_clause_that_comes_back_to_the_day_gives_its_award",
        DATE,
        BACK_TO_THE_DAY,
        "awards",
        equal({("Giấy khen", "Phòng Tham mưu")}),
    ),
    case(
        "a_unit_the_headline_names_keeps_the_award_the_body_hands_to_it",
        DATE,
        HEADLINE_AND_BODY,
        "awards",
        equal({(ORDER, "Công an tỉnh Ninh Bình"), (ORDER, "Giáp Đình Khởi")}),
    ),
    case(
        "units_counted_by_a_reward_and_named_in_a_later_sentence_receive_it",
        DATE,
        COUNTED_THEN_NAMED,
        "awards",
        equal(
            {
                (REWARD, PHONG),
                (REWARD, "Phòng Kỹ thuật hình sự"),
                (REWARD, "Công an huyện Sơn Hòa"),
            }
        ),
    ),
    case(
        "some_of_those_counted_named_after_trong_do_co_receive_it",
        DATE,
        SOME_OF_THOSE_COUNTED,
        "awards",
        equal({("Bằng khen", "Phòng Tham mưu"), ("Bằng khen", "Công an huyện Đồng Xuân")}),
    ),
    case(
        "a_reward_with_money_goes_to_units_past_a_bracketed_gloss",
        DATE,
        WITH_MONEY_AND_A_GLOSS,
        "awards",
        equal({(REWARD, PHONG), (REWARD, "Công an huyện Tây Hòa")}),
    ),
    case(
        "who_gives_by_order_thua_lenh_grants_the_award",
        DATE,
        BY_ORDER_OF,
        "granted",
        equal({(ORDER, "Công an huyện Sông Hinh", "Chủ tịch nước")}),
    ),
    case(
        "one_acting_by_order_does_not_hold_the_post_of_who_ordered",
        DATE,
        BY_ORDER_OF,
        "roles",
        equal({("Ngạc Đình Phú", "Chủ tịch")}),
    ),
    case(
        "an_order_pinned_to_a_flag_and_said_again_for_a_family_goes_to_unit_and_martyr",
        DATE,
        FLAG_AND_FAMILY,
        "awards",
        equal({(HERO, "Công an huyện Đồng Xuân"), (HERO, "Lý Đình Cừ")}),
    ),
    case(
        "orders_counted_by_a_number_before_each_are_each_an_award",
        DATE,
        ORDERS_COUNTED,
        "awards",
        equal(
            {
                ("Huân chương Độc lập hạng Ba", None),
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", None),
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lý Đình Cừ"),
            }
        ),
    ),
    case(
        "departments_under_names_outlets_still_write_receive_the_reward",
        DATE,
        OLD_DEPARTMENT_NAMES,
        "awards",
        equal(
            {
                (REWARD, "Phòng Kỹ thuật hình sự"),
                (REWARD, "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội"),
            }
        ),
    ),
    case(
        "a_sum_handed_to_a_team_no_unit_names_is_a_reward",
        DATE,
        SUM_TO_A_TEAM,
        "awards",
        equal({(REWARD, None)}),
    ),
    case(
        "the_unit_those_counted_belong_to_holds_nothing_once_they_are_named",
        DATE,
        COUNTED_THEN_NAMED_LATER,
        "awards",
        equal(
            {
                ("Bằng khen", "Phòng Tham mưu"),
                ("Bằng khen", "Công an huyện Phú Hòa"),
                ("Bằng khen", "Khúc Văn Thành"),
            }
        ),
    ),
    case(
        "who_holds_the_ceremony_of_an_award_handed_to_another_holds_nothing",
        DATE,
        HOSTED,
        "awards",
        equal({("Huân chương Bảo vệ Tổ quốc hạng Ba", "Công an huyện Tuy An")}),
    ),
    case(
        "a_span_of_years_a_deed_took_recalls_no_award_of_a_later_clause",
        DATE,
        SPAN_OF_A_DEED,
        "awards",
        equal({("Bằng khen", "Công an huyện Tuy An")}),
    ),
    case(
        "an_honour_told_with_many_others_of_a_career_is_recalled",
        DATE,
        CAREER_HONOURS,
        "awards",
        equal(set()),
    ),
    case(
        "an_honour_of_a_career_is_recalled_beside_the_award_of_the_day",
        DATE,
        CAREER_HONOURS_THEN_THE_DAY,
        "awards",
        equal({("Giấy khen", "Phòng Tham mưu")}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_award_reviews(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
