"""The posts career notes tell of an officer, former or now: earlier posts after `từng giữ
chức` or `có nhiều năm làm … trước khi`, an officer named again as `ông` and the last word of
his name, a post awaited, a predecessor, as met in the blind sets' remaining misses; one row a
case. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from support import form_texts as t
from support.extraction import (
    FIELDS,
    SHARED_VIEWS,
    Expect,
    case,
    equal,
    found,
    has,
    lacks,
)

VIEWS = SHARED_VIEWS

ONG_ALONE = (
    "Sáng 20/6, Thứ trưởng Bộ Công an trao quyết định bổ nhiệm Đại tá Hoàng Thế Vinh giữ "
    "chức vụ Giám đốc Công an tỉnh Hà Nam.\n\n"
    "Tân Giám đốc Hoàng Thế Vinh sinh năm 1976, quê Nam Định. Ông từng giữ các chức vụ "
    "Trưởng Công an huyện Ý Yên, Trưởng phòng Cảnh sát cơ động Công an tỉnh Nam Định.\n\n"
    "Năm 2019, ông được bổ nhiệm làm Phó Giám đốc Công an tỉnh Nam Định."
)
PREDECESSOR_AFTER = (
    "Ngày 25/6, Bộ Công an bổ nhiệm Đại tá Lã Văn Tiến, Phó Cục trưởng Cục Cảnh sát giao "
    "thông làm Giám đốc Công an tỉnh Hưng Yên. Ông Tiến nhận nhiệm vụ từ người tiền nhiệm "
    "Thân Đức Mạnh, được điều động giữ chức Phó Chánh Thanh tra Bộ Công an."
)
THEN = (
    "Thiếu tướng Lê Văn Lâm, quê ở tỉnh Hà Tĩnh, từng giữ cương vị Phó Cục trưởng Cục Cảnh sát "
    "hình sự, rồi Giám đốc Công an tỉnh Hà Tĩnh, trước khi nghỉ hưu năm 2010."
)
BORN_THEN = (
    "Thượng tá Đặng Văn Hải sinh năm 1975, quê xã Nghi Lộc, tỉnh Nghệ An, từng là Trưởng Công "
    "an huyện Nghi Lộc, rồi Phó Giám đốc Công an tỉnh Nghệ An."
)

CASES = [
    case(
        "earlier_posts_after_tung_giu_chuc_are_former_despite_a_birth_year",
        t.CAREER,
        "Ngày 3/6, Bộ trưởng Bộ Công an có quyết định giao Đại tá Hà Minh Tuấn, Phó Giám đốc "
        "Công an tỉnh Ninh Bình phụ trách đơn vị.\n\n"
        "Ông Hà Minh Tuấn sinh năm 1973, trước đó từng giữ chức Trưởng phòng Cảnh sát kinh tế, "
        "Trưởng Công an huyện Gia Viễn.",
        "held",
        has(
            ("Phó Giám đốc", "Công an tỉnh Ninh Bình", False),
            ("Trưởng phòng", "Phòng Cảnh sát kinh tế", True),
            ("Trưởng Công an huyện", "Công an huyện Gia Viễn", True),
        ),
        "Hà Minh Tuấn",
    ),
    case(
        "a_post_recalled_with_khi_con_la_is_former",
        t.CAREER,
        "Chiều 14/6, Công an tỉnh Yên Bái tổng kết chuyên án. Đại tá Vũ Đình Toàn, khi còn là "
        "Phó Giám đốc Công an tỉnh Yên Bái đã trực tiếp chỉ đạo chuyên án.",
        "held",
        has(("Phó Giám đốc", "Công an tỉnh Yên Bái", True)),
        "Vũ Đình Toàn",
    ),
    case(
        "a_post_recalled_with_truoc_do_la_is_former_beside_the_post_held_now",
        t.CAREER,
        "Sáng 14/6, Đại tá Vũ Đình Toàn, Giám đốc Công an tỉnh Lào Cai, trước đó là Phó Giám "
        "đốc Công an tỉnh Yên Bái, dự lễ ra quân.",
        "held",
        has(
            ("Giám đốc", "Công an tỉnh Lào Cai", False),
            ("Phó Giám đốc", "Công an tỉnh Yên Bái", True),
        ),
        "Vũ Đình Toàn",
    ),
    case(
        "a_post_recalled_before_the_name_with_luc_con_giu_chuc_is_former",
        t.CAREER,
        "Lúc còn giữ chức Trưởng phòng Cảnh sát hình sự Công an tỉnh Yên Bái, Thượng tá Vũ Đình "
        "Toàn đã nhiều lần trực tiếp truy bắt đối tượng.",
        "held",
        has(("Trưởng phòng", "Phòng Cảnh sát hình sự", True)),
        "Vũ Đình Toàn",
    ),
    case(
        "truoc_do_with_no_verb_keeps_the_post_held",
        t.CAREER,
        "Sáng 14/6, Công an tỉnh Yên Bái tổ chức hội nghị. Trước đó Giám đốc Công an tỉnh Yên "
        "Bái Vũ Đình Toàn đã làm việc với các đơn vị.",
        "held",
        has(("Giám đốc", "Công an tỉnh Yên Bái", False)),
        "Vũ Đình Toàn",
    ),
    case(
        "an_officer_named_again_by_the_last_word_of_his_name_takes_the_posts",
        t.CAREER,
        t.NAMED_BY_LAST_WORD,
        "held",
        has(
            ("Phó Giám đốc", "Công an tỉnh Tuyên Quang", True),
            ("Giám đốc", "Công an tỉnh Phú Thọ", False),
        ),
        "Phùng Quốc Khải",
    ),
    case(
        "the_one_replaced_held_the_post",
        t.CAREER,
        t.NAMED_BY_LAST_WORD,
        "posts",
        has(("Giám đốc", "Công an tỉnh Phú Thọ")),
        "Lý Đình Sơn",
    ),
    *(
        case(
            f"a_last_word_two_officers_share_names_no_one-{n}",
            t.CAREER,
            "Sáng 9/6, Đại tá Trịnh Văn Hòa, Giám đốc Công an tỉnh Phú Thọ và Đại tá Mạc Đình "
            "Hòa, Phó Giám đốc dự lễ ra quân.\n\nÔng Hòa có nhiều năm làm Trưởng Công an huyện "
            "Thanh Sơn.",
            "posts",
            lacks(("Trưởng Công an huyện", "Công an huyện Thanh Sơn")),
            name,
        )
        for n, name in enumerate(("Trịnh Văn Hòa", "Mạc Đình Hòa"))
    ),
    case(
        "a_bare_post_named_again_is_the_one_told_before",
        t.CAREER,
        "Sáng 12/6, Thứ trưởng Bộ Công an trao quyết định bổ nhiệm Đại tá Đoàn Văn Lực giữ "
        "chức vụ Giám đốc Công an tỉnh Yên Bái.\n\n"
        "Trước đó, ông Lực có nhiều năm công tác tại Công an tỉnh Lào Cai.\n\n"
        "Tân Giám đốc Đoàn Văn Lực hứa hoàn thành nhiệm vụ.",
        "posts",
        equal({("Giám đốc", "Công an tỉnh Yên Bái")}),
        "Đoàn Văn Lực",
    ),
    case(
        "a_post_awaited_is_no_one_s",
        t.CAREER,
        "Ngày 14/6, Bộ trưởng Bộ Công an giao Đại tá Kiều Văn Nam, Phó Giám đốc Công an tỉnh "
        "Sơn La phụ trách đơn vị trong thời gian chờ bổ nhiệm Giám đốc mới.",
        "posts",
        equal({("Phó Giám đốc", "Công an tỉnh Sơn La")}),
        "Kiều Văn Nam",
    ),
    case(
        "a_sentence_whose_subject_is_only_ong_speaks_of_the_officer_before",
        t.CAREER,
        ONG_ALONE,
        "held",
        has(("Trưởng Công an huyện", "Công an huyện Ý Yên", True)),
        "Hoàng Thế Vinh",
    ),
    case(
        "a_sentence_whose_subject_is_only_ong_gives_the_officer_before_his_posts",
        t.CAREER,
        ONG_ALONE,
        "posts",
        has(("Trưởng phòng", "Phòng Cảnh sát cơ động"), ("Phó Giám đốc", "Công an tỉnh Nam Định")),
        "Hoàng Thế Vinh",
    ),
    case(
        "ong_after_a_named_officer_in_the_same_sentence_is_no_new_subject",
        t.CAREER,
        "Sáng 20/6, Thứ trưởng Bộ Công an trao quyết định cho Đại tá Hoàng Thế Vinh.\n\n"
        "Dự lễ có Đại tá Lục Văn Tường, Giám đốc Công an tỉnh Hà Nam, ông từng làm Trưởng Công "
        "an huyện Kim Bảng.",
        "posts",
        lacks(("Trưởng Công an huyện", "Công an huyện Kim Bảng")),
        "Hoàng Thế Vinh",
    ),
    case(
        "a_predecessor_named_after_the_successor_held_the_post_told_before",
        t.CAREER,
        PREDECESSOR_AFTER,
        "held",
        has(
            ("Giám đốc", "Công an tỉnh Hưng Yên", True),
            ("Phó Chánh Thanh tra", "Thanh tra Bộ Công an", False),
        ),
        "Thân Đức Mạnh",
    ),
    case(
        "the_successor_named_before_his_predecessor_takes_the_post",
        t.CAREER,
        PREDECESSOR_AFTER,
        "posts",
        has(("Giám đốc", "Công an tỉnh Hưng Yên")),
        "Lã Văn Tiến",
    ),
    case(
        "a_career_chain_joined_by_roi_is_all_former",
        t.CAREER,
        THEN,
        "held",
        equal(
            {
                ("Phó Cục trưởng", "Cục Cảnh sát hình sự", True),
                ("Giám đốc", "Công an tỉnh Hà Tĩnh", True),
            }
        ),
        "Lê Văn Lâm",
    ),
    case(
        "tung_la_after_a_birth_year_and_home_town_gives_the_former_posts",
        t.CAREER,
        BORN_THEN,
        "held",
        equal(
            {
                ("Trưởng Công an huyện", "Công an huyện Nghi Lộc", True),
                ("Phó Giám đốc", "Công an tỉnh Nghệ An", True),
            }
        ),
        "Đặng Văn Hải",
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_posts_career_notes_tell(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
