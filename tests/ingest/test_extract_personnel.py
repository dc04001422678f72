"""Forms of personnel news met in a sixth round of reading real reports
(`tests/fixtures/real-news-blind-6`): careers listed after `từng trải qua các chức vụ`, a
post after an age and home town in brackets, the ministry's office written in lower case,
`công an huyện X` in lower case; one row a case. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from support.extraction import (
    FIELDS,
    SHARED_VIEWS,
    Expect,
    View,
    case,
    equal,
    found,
    has,
    lacks,
)

VIEWS: dict[str, View] = {
    **SHARED_VIEWS,
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
    case(
        "a_deputy_minister_without_a_unit_is_of_the_ministry_named_before_in_the_sentence",
        "2023-05",
        "Ngày 9/5, ông Đỗ Thanh Hà, Thứ trưởng Bộ Tư pháp và Đại tướng Quách Văn Ninh, Bộ trưởng "
        "Bộ Công an dự lễ. Hiện Bộ Công an có các thứ trưởng: thượng tướng Vi Đình Khôi và "
        "trung tướng Âu Văn Nhạc.",
        "posts",
        equal({("Thứ trưởng", "Bộ Công an")}),
        "Âu Văn Nhạc",
    ),
    case(
        "a_deputy_minister_named_before_another_ministry_is_of_the_one_named_earlier",
        "2023-05",
        "Ngày 9/5, Bộ Công an tổ chức hội nghị. Thứ trưởng Vi Đình Khôi làm việc với đoàn công "
        "tác của Bộ Tư pháp.",
        "posts",
        equal({("Thứ trưởng", "Bộ Công an")}),
        "Vi Đình Khôi",
    ),
    case(
        "thu_truong_cong_an_is_a_post_of_the_ministry",
        "2025-08",
        "Ngày 6/8, Thượng tướng Hạ Văn Luân, Thứ trưởng Công an dự đại hội.",
        "posts",
        equal({("Thứ trưởng", "Bộ Công an")}),
        "Hạ Văn Luân",
    ),
    case(
        "a_name_with_a_k_ho_family_mark_is_a_person",
        "2025-08",
        "Ngày 6/8, dự đại hội có ông K'Bình Nhàn, Phó Chủ tịch UBND tỉnh Lâm Đồng.",
        "posts",
        equal({("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng")}),
        "K'Bình Nhàn",
    ),
    case(
        "the_day_a_retirement_takes_effect_is_not_the_ceremonys",
        "2025-02",
        "Sáng 21/2, Công an tỉnh Yên Bái tổ chức lễ trao quyết định nghỉ công tác hưởng chế "
        "độ hưu trí từ ngày 1/3 cho 9 cán bộ.",
        "events",
        equal({("ceremony", "2025-02-21")}),
    ),
    case(
        "a_police_that_holds_the_announcement_of_decisions_holds_a_ceremony",
        "2023-04",
        "Chiều 3/4, Công an tỉnh Hà Nam tổ chức công bố các quyết định của Bộ trưởng về công "
        "tác cán bộ.",
        "events",
        has(("ceremony", "2023-04-03")),
    ),
    case(
        "decisions_announced_in_the_news_are_no_ceremony",
        "2023-04",
        "Ngày 3/4, Bộ Công an công bố các quyết định bổ nhiệm hai giám đốc công an tỉnh.",
        "events",
        lacks(("ceremony", "2023-04-03")),
    ),
    case(
        "a_session_of_a_peoples_council_is_a_conference",
        "2021-07",
        "Ngày 14/7, tại kỳ họp thứ nhất, HĐND tỉnh Sóc Trăng bầu Đại tá Lâm Hữu Đức, Phó Giám "
        "đốc Công an tỉnh giữ chức Phó Chủ tịch UBND tỉnh.",
        "attendees",
        equal({"Lâm Hữu Đức"}),
        "conference",
    ),
    case(
        "the_police_of_a_special_zone_is_a_commune_police_of_its_province",
        "2025-07",
        "Ngày 2/7, Thiếu tá Cù Văn Hải giữ chức Trưởng Công an đặc khu Phú Quốc, tỉnh An Giang.",
        "posts",
        equal({("Trưởng Công an đặc khu", "Công an đặc khu Phú Quốc")}),
        "Cù Văn Hải",
    ),
    case(
        "a_special_zone_police_is_under_the_province_named_before",
        "2025-07",
        "Ngày 2/7, Công an tỉnh Quảng Ngãi ra mắt Công an đặc khu Lý Sơn.",
        "parents",
        has(("Công an đặc khu Lý Sơn", "Công an tỉnh Quảng Ngãi")),
    ),
    case(
        "officers_posted_after_a_photo_credit_attend_the_ceremony",
        "2025-06",
        "Chiều 30/6, Công an tỉnh Ninh Bình tổ chức lễ công bố quyết định về công tác cán "
        "bộ. Ảnh: CANB\n\nTheo đó, Trung tá Đinh Văn Khởi giữ chức Trưởng Công an phường Hoa Lư.",
        "attendees",
        equal({"Đinh Văn Khởi"}),
        "ceremony",
    ),
    case(
        "officers_posted_after_a_sentence_about_no_one_attend_the_ceremony",
        "2025-06",
        "Chiều 30/6, Công an tỉnh Ninh Bình tổ chức lễ công bố quyết định về công tác cán "
        "bộ. Trong số 97 trưởng công an cấp xã có 20 người là Phó Trưởng phòng. Trung tá Đinh "
        "Văn Khởi, nguyên Đội trưởng, nay giữ chức Trưởng Công an phường Hoa Lư.",
        "attendees",
        equal({"Đinh Văn Khởi"}),
        "ceremony",
    ),
    case(
        "the_warden_of_a_detention_camp_holds_a_post_there",
        "2025-02",
        "Sáng 19/2, Công an tỉnh Điện Biên trao quyết định nghỉ hưu cho Thượng tá Lường Văn "
        "Khoa, Giám thị Trại tạm giam.",
        "parents",
        has(("Trại tạm giam", "Công an tỉnh Điện Biên")),
    ),
    case(
        "the_warden_of_a_detention_camp_is_its_giam_thi",
        "2025-02",
        "Sáng 19/2, Công an tỉnh Điện Biên trao quyết định nghỉ hưu cho Thượng tá Lường Văn "
        "Khoa, Giám thị Trại tạm giam.",
        "posts",
        equal({("Giám thị", "Trại tạm giam")}),
        "Lường Văn Khoa",
    ),
    case(
        "a_board_of_the_ministrys_party_committee_stays_in_the_role",
        "2022-01",
        "Ngày 17/1, thiếu tướng Nông Văn Tuấn, Phó chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an "
        "Trung ương dự lễ.",
        "posts",
        equal(
            {
                (
                    "Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an Trung ương",
                    "Đảng ủy Công an Trung ương",
                )
            }
        ),
        "Nông Văn Tuấn",
    ),
    case(
        "a_full_time_member_of_a_police_units_inspection_board_is_a_post_of_that_unit",
        "2025-02",
        "Ngày 19/2, Công an tỉnh Điện Biên tổ chức lễ. Đại tá Vì Thị Loan, Ủy viên chuyên trách "
        "Ủy ban Kiểm tra Đảng ủy Công an tỉnh nhận quyết định nghỉ hưu.",
        "posts",
        equal({("Ủy viên chuyên trách Ủy ban Kiểm tra Đảng ủy", "Công an tỉnh Điện Biên")}),
        "Vì Thị Loan",
    ),
    case(
        "a_district_written_short_with_h_and_a_full_stop_is_a_district",
        "2017-09",
        "Chiều 11/9, Thượng tá Lư Minh Trọng, Trưởng Công an H.Cần Giờ được điều động làm "
        "Trưởng Công an Q.7.",
        "posts",
        equal(
            {
                ("Trưởng Công an huyện", "Công an huyện Cần Giờ"),
                ("Trưởng Công an quận", "Công an quận 7"),
            }
        ),
        "Lư Minh Trọng",
    ),
    case(
        "a_photographers_initial_is_no_district",
        "2020-04",
        "Ngày 5/4, Công an tỉnh Bình Định tổ chức lễ. Đại tá Từ Văn Bảy (trái). Ảnh: H.Sơn",
        "units",
        equal({"Công an tỉnh Bình Định"}),
    ),
    case(
        "the_current_holders_a_ministry_is_said_to_have_attend_no_event",
        "2022-01",
        "Ngày 17/1, Bộ Công an tổ chức lễ công bố quyết định bổ nhiệm Thứ trưởng đối với "
        "thiếu tướng Đàm Văn Kiên. Như vậy, ngoài thứ trưởng vừa được bổ nhiệm, Bộ Công an hiện "
        "có các thứ trưởng gồm: thượng tướng Khổng Văn Tào và trung tướng Lại Quốc Tuân.",
        "attendees",
        equal({"Đàm Văn Kiên"}),
        "ceremony",
    ),
    case(
        "the_rows_of_a_roster_table_hold_the_headers_post_in_their_province",
        "2025-06",
        "Giám đốc Công an một số tỉnh sau sắp xếp như sau:\n\nSTT  Tỉnh  Giám đốc Công an tỉnh\n"
        "1 Thái Nguyên Đại tá Lục Văn Sình\n2 Phú Thọ Thiếu tướng Đinh Quang Tiến",
        "posts",
        equal({("Giám đốc", "Công an tỉnh Phú Thọ")}),
        "Đinh Quang Tiến",
    ),
    case(
        "a_numbered_line_after_no_header_gives_no_post",
        "2025-06",
        "Kết quả bình chọn năm nay như sau:\n\n1 Thái Nguyên Đại tá Lục Văn Sình",
        "posts",
        equal(set()),
        "Lục Văn Sình",
    ),
    case(
        "the_author_of_a_resolution_is_no_unit_of_the_article",
        "2025-06",
        "Sáng 29/6, Công an tỉnh Bắc Ninh tổ chức lễ công bố quyết định theo Nghị quyết của Ủy "
        "ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã.",
        "units",
        equal({"Công an tỉnh Bắc Ninh"}),
    ),
    case(
        "the_party_secretariat_that_designates_is_no_unit_of_the_article",
        "2018-11",
        "Sáng 7/11, Tỉnh ủy Hà Tĩnh công bố quyết định của Ban Bí thư chỉ định Đại tá Võ Văn "
        "Lý, Giám đốc Công an tỉnh Hà Tĩnh, tham gia Ban Thường vụ Tỉnh ủy.",
        "units",
        equal({"Tỉnh ủy Hà Tĩnh", "Công an tỉnh Hà Tĩnh"}),
    ),
    case(
        "a_pronoun_after_a_month_and_year_is_the_officer_named_before",
        "2019-12",
        "Ngày 20/12, Đại tá Tô Văn Huấn, Giám đốc Công an tỉnh Nam Định được thăng hàm Thiếu "
        "tướng. Ông Tô Văn Huấn sinh năm 1967, nhiều năm công tác tại Công an tỉnh Thái Bình. "
        "Tháng 3.2017, ông được bổ nhiệm làm Phó Giám đốc Công an tỉnh Thái Bình.",
        "posts",
        has(("Phó Giám đốc", "Công an tỉnh Thái Bình")),
        "Tô Văn Huấn",
    ),
    case(
        "a_clause_after_the_predecessor_goes_on_about_the_appointee",
        "2019-12",
        "Ngày 20/12, Đại tá Tô Văn Huấn được bổ nhiệm làm Giám đốc Công an tỉnh Nam Định thay "
        "đại tá Nhâm Văn Tú nghỉ hưu; đến nay được điều động làm Giám đốc Công an tỉnh Ninh Bình.",
        "posts",
        equal({("Giám đốc", "Công an tỉnh Nam Định")}),
        "Nhâm Văn Tú",
    ),
    case(
        "a_post_given_to_those_not_named_is_not_the_givers",
        "2025-02",
        "Ngày 28/2, Đại tá Mai Văn Quý, Giám đốc Công an tỉnh Long An trao quyết định cho các "
        "đồng chí được điều động giữ chức vụ Trưởng phòng.",
        "posts",
        equal({("Giám đốc", "Công an tỉnh Long An")}),
        "Mai Văn Quý",
    ),
    case(
        "a_department_head_of_a_ministry_department_after_a_comma_is_of_that_department",
        "2020-05",
        "Ngày 27/5, thượng tá Bành Văn Lực, Trưởng phòng, Cục Cảnh sát giao thông được bổ "
        "nhiệm làm Phó giám đốc Công an tỉnh Hà Giang.",
        "posts",
        equal(
            {
                ("Trưởng phòng", "Cục Cảnh sát giao thông"),
                ("Phó Giám đốc", "Công an tỉnh Hà Giang"),
            }
        ),
        "Bành Văn Lực",
    ),
    case(
        "those_named_among_the_appointees_of_a_counted_post_hold_it",
        "2025-06",
        "Chiều 29/6, Công an tỉnh Thái Nguyên công bố quyết định bổ nhiệm 6 đồng chí giữ chức "
        "vụ Phó Giám đốc Công an tỉnh Thái Nguyên (sau hợp nhất), trong đó có Đại tá Hoàng Văn "
        "Páo, Phó Giám đốc Công an tỉnh Bắc Kạn (cũ) và Đại tá Ma Thị Dung, Trưởng phòng Tham mưu.",
        "posts",
        equal(
            {
                ("Phó Giám đốc", "Công an tỉnh Thái Nguyên"),
                ("Phó Giám đốc", "Công an tỉnh Bắc Kạn"),
            }
        ),
        "Hoàng Văn Páo",
    ),
    case(
        "a_department_after_a_former_province_marked_cu_is_of_the_province_in_context",
        "2025-06",
        "Chiều 29/6, Công an tỉnh Thái Nguyên công bố quyết định bổ nhiệm 6 đồng chí giữ chức "
        "vụ Phó Giám đốc Công an tỉnh Thái Nguyên (sau hợp nhất), trong đó có Đại tá Hoàng Văn "
        "Páo, Phó Giám đốc Công an tỉnh Bắc Kạn (cũ) và Đại tá Ma Thị Dung, Trưởng phòng Tham mưu.",
        "parents",
        has(("Phòng Tham mưu", "Công an tỉnh Thái Nguyên")),
    ),
    case(
        "the_traffic_police_department_before_2018_is_known_by_its_code",
        "2015-03",
        "Ngày 2/3, Đại tá Lê Thị Mơ được bổ nhiệm giữ chức Phó Cục trưởng Cục C67.",
        "posts",
        equal({("Phó Cục trưởng", "Cục Cảnh sát giao thông đường bộ - đường sắt")}),
        "Lê Thị Mơ",
    ),
    case(
        "a_predecessor_named_after_a_comma_attends_no_ceremony",
        "2018-08",
        "Chiều 21/8, Bộ Công an tổ chức lễ công bố quyết định bổ nhiệm Thiếu tướng Lạng Văn "
        "Hiếu giữ chức Giám đốc Công an tỉnh Nghệ An. Người tiền nhiệm, Đại tá Thân Văn Cừ, đã "
        "nghỉ hưu.",
        "attendees",
        equal({"Lạng Văn Hiếu"}),
        "ceremony",
    ),
    case(
        "one_designated_to_join_a_standing_committee_is_its_member",
        "2018-11",
        "Sáng 7/11, Tỉnh ủy Hà Tĩnh công bố quyết định của Ban Bí thư chỉ định Đại tá Võ Văn "
        "Lý, Giám đốc Công an tỉnh Hà Tĩnh, tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy.",
        "posts",
        equal(
            {
                ("Giám đốc", "Công an tỉnh Hà Tĩnh"),
                ("Ủy viên Ban Thường vụ Tỉnh ủy", "Tỉnh ủy Hà Tĩnh"),
            }
        ),
        "Võ Văn Lý",
    ),
    case(
        "one_who_speaks_for_a_body_after_a_caption_is_at_the_ceremony",
        "2020-04",
        "Ngày 5/4, Bộ Công an tổ chức lễ công bố quyết định bổ nhiệm đại tá Đồng Văn Khoa giữ "
        "chức vụ Giám đốc Công an tỉnh Phú Yên.\n\nĐại tá Đồng Văn Khoa (trái). Ảnh: T.N\n\n"
        "Thay mặt Bộ Công an, trung tướng Yên Văn Sĩ, Thứ trưởng Bộ Công an, đề nghị tân Giám đốc "
        "sớm nắm địa bàn.",
        "attendees",
        equal({"Đồng Văn Khoa", "Yên Văn Sĩ"}),
        "ceremony",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_personnel_news_forms(date: str, text: str, view: str, key: Any, expect: Expect) -> None:
    expect.check(VIEWS[view](found(text, date), key))
