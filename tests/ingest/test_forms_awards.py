"""The awards an article tells of, to whom and from whom: forms met in rounds of reading real
reports (`tests/fixtures/real-news-blind-2` to `-5`), one row a case. Every sentence here is
invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support import form_texts as t
from support.extraction import FIELDS, Expect, awards, case, equal, found, has, lacks

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "awards": lambda facts, _: awards(facts),
    "statements": lambda facts, _: facts.awards,
    "names": lambda facts, _: {award for award, _ in awards(facts)},
    "recipients": lambda facts, _: {recipient for _, recipient in awards(facts)},
    "recipients of": lambda facts, name: {r for award, r in awards(facts) if award == name},
    "any case": lambda facts, _: {(award.lower(), r) for award, r in awards(facts)},
    "granted": lambda facts, _: [(a.award, a.recipient, a.grantor) for a in facts.awards],
}

HA_NAM = (
    "Ngày 15/2, Công an tỉnh Hà Nam tổ chức lễ đón nhận Bằng khen của Thủ tướng Chính phủ. "
    "Các tập thể được tặng Bằng khen gồm: Phòng Cảnh sát giao thông, Trại tạm giam và Công "
    "an thành phố Phủ Lý. Chủ tịch UBND tỉnh trao Huân chương Chiến công hạng Ba tặng Phòng "
    "Cảnh sát hình sự cùng hai cá nhân: Thiếu tá Lưu Văn Bính, Đội trưởng; Đại úy Tạ Văn "
    "Cừ, Phó Đội trưởng."
)
LAI_CHAU = (
    "Công an Lai Châu nhận Huân chương Chiến công sau chuyên án gỗ lậu\n\nSáng 16/2, Công an "
    "tỉnh Lai Châu trao Huân chương cho 12 cán bộ từng là lãnh đạo Công an tỉnh, trong đó "
    "có 4 Huân chương Lao động hạng Ba và 8 Huân chương Bảo vệ Tổ quốc hạng Ba."
)
GIVER_THEN_RECIPIENT = (
    "Ngày 20/5, Phòng Cảnh sát cơ động được tặng Bằng khen của Chính phủ và Công an huyện Đắk "
    "Hà được tặng Giấy khen của Giám đốc Công an tỉnh Kon Tum."
)
ORDER_3 = "Huân chương Chiến công hạng Ba"
MEDAL = "kỷ niệm chương vì sự nghiệp bảo vệ an ninh tổ quốc"

CASES = [
    # third round
    case(
        "recipients_listed_after_gom_or_cung_and_the_kind_of_the_next_ones",
        t.THIRD,
        HA_NAM,
        "awards",
        has(
            ("Bằng khen", "Phòng Cảnh sát giao thông"),
            ("Bằng khen", "Trại tạm giam"),
            ("Bằng khen", "Công an thành phố Phủ Lý"),
            (ORDER_3, "Phòng Cảnh sát hình sự"),
            (ORDER_3, "Lưu Văn Bính"),
            (ORDER_3, "Tạ Văn Cừ"),
        ),
    ),
    case(
        "awards_to_people_who_once_led_are_given",
        t.THIRD,
        LAI_CHAU,
        "names",
        has("Huân chương Lao động hạng Ba", "Huân chương Bảo vệ Tổ quốc hạng Ba"),
    ),
    case(
        "a_headline_ends_the_orders_name",
        t.THIRD,
        LAI_CHAU,
        "names",
        lacks("Huân chương Chiến công sau chuyên án gỗ lậu"),
    ),
    case(
        "the_government_giving_an_excellent_flag_is_its_grantor_only",
        t.THIRD,
        t.GOVERNMENT_FLAG,
        "granted",
        equal([("Cờ thi đua", "Công an tỉnh Ninh Thuận", "Chính phủ")]),
    ),
    case(
        "a_unit_rewarded_without_cho_is_the_recipient_and_a_yearly_tally_no_award",
        t.THIRD,
        "Ngày 24/2, Ban Giám đốc Công an tỉnh Tây Ninh đã khen thưởng đột xuất Phòng Cảnh sát "
        "kinh tế. Năm 2025, toàn tỉnh có 310 lượt tập thể, 900 lượt cá nhân được các cấp khen "
        "thưởng.",
        "awards",
        equal({("khen thưởng", "Phòng Cảnh sát kinh tế")}),
    ),
    case(
        "departments_written_by_codes_after_one_phong_each_receive_the_award",
        t.THIRD,
        "Ngày 26/2, hai tập thể Phòng PC04, PC09 cùng Thiếu tá Điểu Văn Khanh, Phó trưởng "
        "Phòng PC04 được nhận Huân chương Chiến công hạng Ba.",
        "recipients of",
        equal(
            {
                "Phòng Cảnh sát điều tra tội phạm về ma túy",
                "Phòng Kỹ thuật hình sự",
                "Điểu Văn Khanh",
            }
        ),
        ORDER_3,
    ),
    # fourth round
    case(
        "an_award_said_again_by_its_kind_goes_to_those_named_with_it",
        t.FOURTH,
        t.KIND_SAID_AGAIN,
        "any case",
        has((MEDAL, "Đặng Thị Mơ"), (MEDAL, "Khúc Văn Tư")),
    ),
    case(
        "a_class_said_again_takes_the_orders_name_and_alone_is_no_new_award",
        t.FOURTH,
        "Sáng 21/11, Công an tỉnh Bình Định trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Đại tá "
        "Lữ Văn Cần. Đại tá Ông Đức Mạnh trao Huân chương hạng Ba cho Thượng tá Mã Thị Nhàn. "
        "Ban tổ chức cũng trao Huân chương hạng Ba cho các đồng chí còn lại.",
        "awards",
        equal(
            {
                ("Huân chương Bảo vệ Tổ quốc hạng Nhì", "Lữ Văn Cần"),
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Mã Thị Nhàn"),
            }
        ),
    ),
    case(
        "an_award_said_by_its_kind_with_nothing_before_is_no_award",
        t.FOURTH,
        "Sáng 21/11, Đại tá Lữ Văn Cần trao Huân chương cho gia đình liệt sĩ.",
        "statements",
        equal([]),
    ),
    case(
        "a_youth_union_badge_is_an_award",
        t.FOURTH,
        t.YOUTH_BADGE,
        "awards",
        equal({("Huy hiệu Tuổi trẻ dũng cảm", "Lạc Văn Bình")}),
    ),
    case(
        "those_praised_in_the_sentence_after_the_award_receive_it",
        t.FOURTH,
        "Chủ tịch UBND tỉnh Lạng Sơn vừa tặng Giấy khen cho 2 tập thể. Hai tập thể được khen là "
        "Công an xã Tân Thanh và Công an xã Đồng Đăng.",
        "awards",
        has(("Giấy khen", "Công an xã Tân Thanh"), ("Giấy khen", "Công an xã Đồng Đăng")),
    ),
    case(
        "praise_with_no_award_told_before_is_no_award",
        t.FOURTH,
        "Hai tập thể được khen là Công an xã Tân Thanh và Công an xã Đồng Đăng.",
        "statements",
        equal([]),
    ),
    # fifth round
    case(
        "a_headline_award_that_sums_up_the_classes_given_in_the_body_is_not_one_more",
        t.FIFTH,
        "Công an tỉnh Phú Yên đón nhận Huân chương Chiến công\n\n"
        "Ngày 9/5, Phó Chủ tịch UBND tỉnh trao Huân chương Chiến công hạng Nhì cho Phòng Cảnh "
        "sát hình sự và hạng Ba cho Công an huyện Tuy An.",
        "awards",
        equal(
            {
                ("Huân chương Chiến công hạng Nhì", "Phòng Cảnh sát hình sự"),
                ("Huân chương Chiến công hạng Ba", "Công an huyện Tuy An"),
            }
        ),
    ),
    case(
        "a_headline_award_with_no_other_recipient_in_the_body_stands",
        t.FIFTH,
        "Công an tỉnh Phú Yên đón nhận Huân chương Chiến công\n\n"
        "Ngày 9/5, Công an tỉnh tổ chức lễ, Đại tá Mai Văn Thể phát biểu.",
        "awards",
        has(("Huân chương Chiến công", "Công an tỉnh Phú Yên")),
    ),
    case(
        "the_second_award_of_a_sentence_goes_to_its_own_recipient",
        t.FIFTH,
        GIVER_THEN_RECIPIENT,
        "awards",
        has(("Giấy khen", "Công an huyện Đắk Hà")),
    ),
    case(
        "the_giver_of_one_award_is_not_a_recipient_of_the_next",
        t.FIFTH,
        GIVER_THEN_RECIPIENT,
        "recipients",
        lacks("Chính phủ"),
    ),
    case(
        "units_written_before_their_ministry_unit_receive_the_award",
        t.FIFTH,
        t.BEFORE_MINISTRY_UNITS,
        "awards",
        equal(
            {
                ("Bằng khen", "Phòng Kiểm định phương tiện, thiết bị"),
                ("Bằng khen", "Tiểu đoàn Cảnh sát đặc nhiệm số 5"),
            }
        ),
    ),
    # second round
    case(
        "award_names_written_in_lower_case_are_read_and_written_out",
        t.OUTLETS,
        "Ngày 5/9, Chủ tịch UBND tỉnh Bình Phước trao huân chương chiến công hạng nhì cho Phòng "
        "Cảnh sát kinh tế và huân chương bảo vệ Tổ quốc hạng ba cho Trung tá Lục Văn Hào, Đội "
        "trưởng Đội Cảnh sát hình sự.",
        "awards",
        equal(
            {
                ("Huân chương Chiến công hạng Nhì", "Phòng Cảnh sát kinh tế"),
                ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lục Văn Hào"),
            }
        ),
    ),
    case(
        "an_award_to_a_list_headed_by_what_the_recipients_are",
        t.OUTLETS,
        "Ngày 12/9, Giám đốc Công an tỉnh Cà Mau trao Giấy khen cho 3 tập thể, cá nhân, gồm: "
        "Phòng Cảnh sát cơ động, Công an huyện Năm Căn; Thiếu tá Mã Văn Lực, Phó Trưởng Công "
        "an huyện. Bộ trưởng Bộ Công an tặng Cờ thi đua cho Công an các huyện: Cái Nước, Đầm "
        "Dơi và Phòng Hồ sơ.",
        "awards",
        equal(
            {
                ("Giấy khen", "Phòng Cảnh sát cơ động"),
                ("Giấy khen", "Công an huyện Năm Căn"),
                ("Giấy khen", "Mã Văn Lực"),
                ("Cờ thi đua", "Công an huyện Cái Nước"),
                ("Cờ thi đua", "Công an huyện Đầm Dơi"),
                ("Cờ thi đua", "Phòng Hồ sơ"),
            }
        ),
    ),
    case(
        "those_honoured_posthumously_are_honoured",
        t.OUTLETS,
        t.POSTHUMOUS,
        "awards",
        has(("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lê Văn Quế")),
    ),
    case(
        "short_department_names_receive_the_award",
        t.OUTLETS,
        t.SHORT_DEPARTMENTS,
        "awards",
        equal(
            {
                ("Bằng khen", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
                ("Bằng khen", "Mẫn Thị Thu"),
            }
        ),
    ),
    case(
        "officers_listed_after_la_receive_the_award",
        t.OUTLETS,
        t.LISTED_AFTER_LA,
        "recipients of",
        has("Trà Văn Nhi", "Bạch Thị Mơ", "Văn Đức Tín"),
        "Bằng khen",
    ),
    case(
        "the_department_of_an_officer_listed_after_la_receives_nothing",
        t.OUTLETS,
        t.LISTED_AFTER_LA,
        "recipients of",
        lacks("Phòng Cảnh sát giao thông"),
        "Bằng khen",
    ),
    case(
        "units_rewarded_by_their_codes_alone_are_the_units_the_codes_name",
        "2016-05",
        "Sáng 9/5, Bộ trưởng Bộ Công an tặng Bằng khen cho C45, C54 và Công an tỉnh Ninh Bình vì "
        "đã phá nhanh vụ trộm. Giám đốc Công an tỉnh Ninh Bình cũng tặng Giấy khen cho các phòng "
        "PC45, PC54 và Công an huyện Kim Sơn.",
        "awards",
        equal(
            {
                ("Bằng khen", "Cục Cảnh sát điều tra tội phạm về trật tự xã hội"),
                ("Bằng khen", "Viện Khoa học hình sự"),
                ("Bằng khen", "Công an tỉnh Ninh Bình"),
                ("Giấy khen", "Phòng Cảnh sát hình sự"),
                ("Giấy khen", "Phòng Kỹ thuật hình sự"),
                ("Giấy khen", "Công an huyện Kim Sơn"),
            }
        ),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_awards_given(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
