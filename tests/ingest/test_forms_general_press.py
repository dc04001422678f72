"""Officers inside the general press's wider news: funerals and obituaries (the one mourned is
at no event; a street address is no person), and posts as the national papers write them. One
row a case; every sentence here is invented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, case, equal, found, has, lacks


@dataclass(frozen=True)
class Both:
    """Every one of several expectations."""

    parts: tuple[Expect, ...]

    def check(self, seen: Any) -> None:
        for part in self.parts:
            part.check(seen)


def both(*parts: Expect) -> Both:
    return Both(parts)


VIEWS = {
    **SHARED_VIEWS,
    "names": lambda facts, _: {p.name for p in facts.persons},
    "kinds": lambda facts, _: {e.kind for e in facts.events},
    "attendees": lambda facts, _: {a for e in facts.events for a in e.attendees},
}

CASES = [
    case(
        "a_house_number_and_a_street_name_no_person",
        "2019-04",
        "Sáng 6/4, lễ viếng Đại tá Lục Văn Hảo diễn ra tại Nhà tang lễ Bộ Quốc phòng (số 5 Trần "
        "Thánh Tông, Hà Nội); cùng đến viếng có Thiếu tướng Đinh Khắc Vũ, Giám đốc Công an tỉnh "
        "Cao Bằng.",
        "names",
        lacks("Trần Thánh Tông"),
    ),
    case(
        "a_street_after_its_word_no_person",
        "2019-04",
        "Chiều 6/4, Công an quận Hoàn Kiếm tổ chức lễ ra quân tại phố Lê Thạch, Đại tá Vi Thế "
        "Cường, Trưởng Công an quận dự.",
        "attendees",
        both(has("Vi Thế Cường"), lacks("Lê Thạch")),
    ),
    case(
        "a_cemetery_no_person",
        "2019-04",
        "Lễ truy điệu lúc 10 giờ ngày 8/4, an táng tại Nghĩa trang Văn Điển; Thượng tướng Bàng "
        "Đức Toàn, Thứ trưởng Bộ Công an làm Trưởng Ban lễ tang.",
        "names",
        lacks("Văn Điển"),
    ),
    case(
        "the_one_whose_funeral_is_held_attends_nothing",
        "2018-05",
        "Ngày 15/5, Công an tỉnh Lâm Đồng tổ chức lễ tang cho Trung tá Ka Hoàng Sơn, Phó Trưởng "
        "Công an huyện Lạc Dương; Đại tá Mã Đình Quý, Phó Giám đốc Công an tỉnh đến viếng.",
        "attendees",
        both(has("Mã Đình Quý"), lacks("Ka Hoàng Sơn")),
    ),
    case(
        "one_who_came_to_pay_respects_attends",
        "2016-11",
        "Sáng 9/11, lễ viếng Thiếu tướng Vương Đình Lộc được tổ chức tại Hà Nội. Cùng đến viếng có "
        "Thiếu tướng Phan Quang Thái, Giám đốc Công an tỉnh Hà Nam.",
        "attendees",
        both(has("Phan Quang Thái"), lacks("Vương Đình Lộc")),
    ),
    case(
        "the_one_who_died_attends_nothing_later",
        "2023-11-12",
        "Trung tướng Khổng Hữu Lịch, nguyên Thứ trưởng Bộ Công an, đã từ trần ngày 11/11, hưởng "
        "thọ 80 tuổi. Lễ tang tổ chức ngày 14/11 tại Hà Nội; dự lễ có Thượng tướng Yên Bá Thọ, "
        "Thứ trưởng Bộ Công an, và Trung tướng Khổng Hữu Lịch được truy điệu.",
        "attendees",
        both(has("Yên Bá Thọ"), lacks("Khổng Hữu Lịch")),
    ),
    case(
        "those_listed_before_hy_sinh_attend_nothing",
        "2023-08",
        "Ngày 5/8, Công an tỉnh Hải Dương tổ chức lễ truy điệu 2 cán bộ: Thượng tá Lạc Văn Quân, "
        "Hạ sĩ Chu Đình Phúc hy sinh khi làm nhiệm vụ. Đại tá Lý Thanh Bảo, Giám đốc Công an "
        "tỉnh dự lễ.",
        "attendees",
        both(has("Lý Thanh Bảo"), lacks("Lạc Văn Quân", "Chu Đình Phúc")),
    ),
    case(
        "the_head_of_the_funeral_committee_is_not_mourned",
        "2016-09",
        "Sáng 4/9, Bộ Công an tổ chức lễ tang Trung tướng Lã Văn Tứ. Trưởng Ban tổ chức lễ tang "
        "là Thượng tướng Đỗ Quang Hiệp, Thứ trưởng Bộ Công an.",
        "attendees",
        both(has("Đỗ Quang Hiệp"), lacks("Lã Văn Tứ")),
    ),
    case(
        "a_post_given_by_a_minister_named_in_passing_is_the_subjects",
        "2024-08",
        "Thiếu tướng Kha Đức Lực, Phó Chánh Văn phòng Bộ Công an, vừa được Bộ trưởng Bộ Công an "
        "Tào Văn Minh giao nhiệm vụ làm Người phát ngôn Bộ Công an.",
        "posts",
        equal({("Bộ trưởng", "Bộ Công an")}),
        "Tào Văn Minh",
    ),
    case(
        "the_subject_of_a_passive_appointment_takes_the_post",
        "2020-03",
        "Đại tá Ông Văn Thuận được Thượng tướng Lã Hùng Phi, Thứ trưởng Bộ Công an trao quyết "
        "định giữ chức Giám đốc Công an tỉnh Hà Giang.",
        "posts",
        has(("Giám đốc", "Công an tỉnh Hà Giang")),
        "Ông Văn Thuận",
    ),
    case(
        "a_suspect_named_by_his_former_post_is_nobody",
        "2022-10",
        "Cơ quan Cảnh sát điều tra Bộ Công an đã khởi tố 12 bị can, trong đó có nguyên Cục "
        "trưởng Hồ Khắc Lãm và nguyên Tổng giám đốc Đậu Văn Tiệp.",
        "names",
        lacks("Hồ Khắc Lãm", "Đậu Văn Tiệp"),
    ),
    case(
        "tuv_is_a_member_of_the_provinces_party_committee",
        "2022-07",
        "Dự hội nghị có ông Lò Văn Páo - TUV, Phó Chủ tịch UBND tỉnh Lai Châu.",
        "posts",
        equal(
            {
                ("Tỉnh ủy viên", "Tỉnh ủy Lai Châu"),
                ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu"),
            }
        ),
        "Lò Văn Páo",
    ),
    case(
        "a_ministry_written_with_a_hyphen_is_not_the_police",
        "2021-01",
        "Cùng dự có ông Đàm Văn Thể, Bộ trưởng Bộ Giao thông-Vận tải, và Thượng tướng Mông Văn "
        "Nhị, Thứ trưởng Bộ Công an.",
        "posts",
        equal({("Bộ trưởng", "Bộ Giao thông vận tải")}),
        "Đàm Văn Thể",
    ),
    case(
        "the_road_and_rail_traffic_police_abbreviated",
        "2015-01",
        "Cùng dự có Đại tá Giang Văn Khải - Trưởng phòng CSGT đường bộ - đường sắt Công an TP Hà "
        "Nội.",
        "posts",
        equal({("Trưởng phòng", "Phòng Cảnh sát giao thông đường bộ - đường sắt")}),
        "Giang Văn Khải",
    ),
    case(
        "the_ministry_said_without_bo_before_tu",
        "2025-06",
        "Thượng tướng Lò Quốc Tuấn giữ chức Thứ trưởng Công an từ tháng 5/2020 đến nay.",
        "posts",
        equal({("Thứ trưởng", "Bộ Công an")}),
        "Lò Quốc Tuấn",
    ),
    case(
        "the_ministrys_investigation_agency",
        "2022-10",
        "Cơ quan CSĐT Bộ Công an đã khởi tố thêm 3 bị can trong vụ án.",
        "parents",
        has(("Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an")),
    ),
    case(
        "a_unit_cut_at_its_comma_is_no_person",
        "2025-06",
        "Ông từng giữ cương vị Phó cục trưởng Cục Cảnh sát phòng, chống tội phạm trước khi về "
        "Thái Nguyên.",
        "names",
        lacks("Cục Cảnh"),
    ),
    case(
        "an_event_whose_security_a_campaign_keeps_is_not_reported",
        "2025-12-12",
        "Sáng 12/12, Công an tỉnh Phú Thọ tổ chức lễ ra quân thực hiện cao điểm tấn công, trấn "
        "áp tội phạm, bảo đảm an ninh, trật tự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
        "kinds",
        lacks("conference"),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_general_press_forms(date: str, text: str, view: str, key: Any, expect: Expect | Both):
    expect.check(VIEWS[view](found(text, date), key))
