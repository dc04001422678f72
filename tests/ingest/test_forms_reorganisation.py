"""Posts and units as articles written after the 2025 reorganisation give them: the leaders of
a merged province with the post they held in the province absorbed (in brackets, after `(cũ)`,
or as a bare post before it), and the units such former posts name, which are not the ones the
sentence goes on about. One row a case; every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from support.extraction import FIELDS, SHARED_VIEWS, Expect, awards, case, found, has, lacks

VIEWS = {
    **SHARED_VIEWS,
    "awards": lambda facts, _: awards(facts),
    "events": lambda facts, _: {(e.kind, e.date) for e in facts.events},
}
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
    case(
        "the_heads_of_a_merged_province_listed_after_a_note_on_the_unit",
        "2025-06",
        "Chiều 29/6, Giám đốc trao quyết định cho các Phó Giám đốc Công an tỉnh Phú Thọ (mới), "
        "gồm: Đại tá Lò Văn Sướng (nguyên Phó Giám đốc Công an tỉnh Hòa Bình) và Đại tá Đinh "
        "Thị Nhàn (nguyên Phó Giám đốc Công an tỉnh Vĩnh Phúc).",
        "held",
        has(
            ("Phó Giám đốc", "Công an tỉnh Phú Thọ", False),
            ("Phó Giám đốc", "Công an tỉnh Hòa Bình", True),
        ),
        "Lò Văn Sướng",
    ),
    case(
        "a_level_said_for_one_place_of_a_list_of_localities_is_not_the_next_ones",
        AFTER,
        "Cụm gồm Công an 3 địa phương: Gia Lai, TP Đà Nẵng và Quảng Ngãi.",
        "units",
        has("Công an tỉnh Quảng Ngãi", "Công an thành phố Đà Nẵng"),
    ),
    case(
        "a_unit_named_between_the_giving_verb_and_the_award_receives_it",
        AFTER,
        "Ngày 9/10, Chủ tịch UBND tỉnh trao tặng Công an phường Trần Lãm và Công an xã Núi Thành "
        "Bằng khen.",
        "awards",
        has(("Bằng khen", "Công an phường Trần Lãm"), ("Bằng khen", "Công an xã Núi Thành")),
    ),
    case(
        "a_cue_word_that_ends_a_persons_name_names_no_event",
        AFTER,
        "Ngày 8/10, Đại tá Trần Văn Lễ, Giám đốc Công an tỉnh An Giang có buổi làm việc với "
        "Công an đặc khu Phú Quốc.",
        "events",
        lacks(("ceremony", "2025-10-08")),
    ),
    case(
        "an_inspection_of_work_is_a_working_session",
        "2025-03",
        "Sáng 3/3, Đại tá Lò Văn Sướng, Phó Giám đốc Công an tỉnh Lào Cai kiểm tra công tác tại "
        "Công an xã Bản Lầu.",
        "events",
        has(("conference", "2025-03-03")),
    ),
    case(
        "the_unit_a_reported_renaming_renamed_stays_a_unit_of_the_article",
        "2025-01",
        "Ngày 2/1, Bộ Công an công bố quyết định đổi tên Công an tỉnh Thừa Thiên Huế thành Công "
        "an thành phố Huế từ ngày 1/1/2025.",
        "units",
        has("Công an tỉnh Thừa Thiên Huế", "Công an thành phố Huế"),
    ),
    case(
        "a_commune_police_after_the_merger_is_under_the_province_that_took_in_its_old_one",
        "2025-08",
        "Ngày 5/8, Công an xã Bình Đại, tỉnh Bến Tre (cũ) tổ chức ra quân.",
        "parents",
        has(("Công an xã Bình Đại", "Công an tỉnh Vĩnh Long")),
    ),
    case(
        "a_commune_police_before_the_merger_is_under_its_province_then",
        "2025-05",
        "Ngày 5/5, Công an xã Bình Đại, tỉnh Bến Tre tổ chức ra quân.",
        "parents",
        has(("Công an xã Bình Đại", "Công an tỉnh Bến Tre")),
    ),
    case(
        "the_day_a_district_police_ended_is_not_the_day_of_the_postings_after_it",
        "2025-03",
        "Sau khi Công an huyện Yên Thế kết thúc hoạt động từ ngày 1/3/2025, nhiều cán bộ được "
        "điều động về Công an xã. Ngày 4/3, Đại tá Lò Văn Sướng trao quyết định bổ nhiệm Thượng "
        "tá Đinh Thị Nhàn giữ chức Trưởng Công an xã Bố Hạ.",
        "events",
        lacks(("appointment", "2025-03-01")),
    ),
    case(
        "a_past_appointment_said_with_duoc_bo_nhiem_chuc_vu_is_a_post",
        "2025-06",
        "Tháng 3/2022, Đại tá Lò Văn Sướng được bổ nhiệm chức vụ Phó Giám đốc Công an tỉnh "
        "Thanh Hóa.",
        "posts",
        has(("Phó Giám đốc", "Công an tỉnh Thanh Hóa")),
        "Lò Văn Sướng",
    ),
    case(
        "the_party_committee_of_a_special_zone",
        "2025-08",
        "Ngày 5/8, ông Lò Văn Sướng, Bí thư Đảng ủy đặc khu Vân Đồn dự lễ ra mắt Công an đặc "
        "khu Vân Đồn.",
        "units",
        has("Đảng ủy đặc khu Vân Đồn", "Công an đặc khu Vân Đồn"),
    ),
    case(
        "further_communes_written_after_the_first_without_the_body",
        AFTER,
        "Ngày 5/10, Công an xã Long Hữu, Tân Hòa và Hòa Minh tổ chức ra quân; Công an phường 4 "
        "và phường 5 cùng tham gia.",
        "units",
        has(
            "Công an xã Tân Hòa",
            "Công an xã Hòa Minh",
            "Công an phường 4",
            "Công an phường 5",
        ),
    ),
    case(
        "a_rank_a_count_a_name_or_a_post_after_a_commune_is_no_commune",
        AFTER,
        "Ngày 5/10, Công an xã Long Hữu và Đại tá Lò Văn Sướng dự lễ; Công an phường Bảo Lộc "
        "và 3 cá nhân được khen thưởng; Thượng tá Đinh Thị Nhàn, Trưởng Công an phường Quy Nhơn, "
        "Cụm trưởng chủ trì.",
        "units",
        lacks("Công an xã Đại", "Công an phường 3", "Công an phường Cụm"),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_posts_and_units_after_the_reorganisation(
    date: str, text: str, view: str, key: Any, expect: Expect
):
    expect.check(VIEWS[view](found(text, date), key))
