"""The people an article names, with their ranks: forms met in rounds of reading real
reports (`tests/fixtures/real-news-blind-2` to `-5`), one row a case; their posts are in
test_forms_posts.py. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from support import form_texts as t
from support.extraction import FIELDS, Expect, case, equal, found, has, lacks, people

from ingest.model import Facts

VIEWS: dict[str, Callable[[Facts, Any], Any]] = {
    "people": lambda facts, _: set(people(facts)),
    "person": lambda facts, name: people(facts)[name],
    "rank": lambda facts, name: people(facts)[name][0],
    "ranks": lambda facts, _: {p.name: p.rank for p in facts.persons},
}

GIA_LAI = (
    "Ngày 10/2, Công an tỉnh Gia Lai tổ chức hội nghị. Dự có đồng chí Y Blin Mlô, Phó Bí "
    "thư Tỉnh ủy; Đại tá Kiều Văn Sử-Giám đốc Công an tỉnh chủ trì."
)
AGE_AND_HOME = (
    "Ngày 30/9, Bộ Công an bổ nhiệm đại tá Vương Đức Hạnh, 47 tuổi, quê Bắc Ninh, Phó Cục "
    "trưởng Cục Cảnh sát giao thông, làm Giám đốc Công an tỉnh Lạng Sơn."
)
FIRM_HEAD = (
    "Ngày 10/2, Công an tỉnh Gia Lai bắt Lò Văn Sính (giám đốc một doanh nghiệp vận tải ở TP "
    "Pleiku) về hành vi thuê người gây thương tích."
)
INITIAL = (
    "Ngày 12/4, Công an tỉnh Hòa Bình tổ chức hội nghị sơ kết quý I. Đại tá Trần H. Nghị, Giám "
    "đốc Công an tỉnh Hòa Bình chủ trì hội nghị. Sau đó, Trung tá Lã Thị Hồng Nhung báo cáo."
)
# an initial with no space after its dot
INITIAL_UNSPACED = (
    "Sáng 9/6, Công an tỉnh Phú Yên ra quân. Đại tá Lạc T.Vinh, Phó Giám đốc Công an tỉnh Phú "
    "Yên dự. Thiếu tá Âu Thị Mai báo cáo."
)
# a given name alone, the article giving no full name: a rank or `đồng chí` and a post after it
GIVEN_ALONE = (
    "Sáng 27/7, Công an tỉnh Kon Tum dâng hương tại Nghĩa trang liệt sĩ tỉnh. Đại tá Khiêm, "
    "Giám đốc Công an tỉnh dẫn đầu đoàn."
)
COMRADE_ALONE = (
    "Chiều 4/9, Công an tỉnh Gia Lai gặp mặt cán bộ hưu trí. Đồng chí Quế, Giám đốc Công an "
    "tỉnh Gia Lai phát biểu."
)
# no post after it: a given name alone says too little to be read
GIVEN_UNPOSTED = (
    "Sáng 27/7, Công an tỉnh Kon Tum dâng hương tại Nghĩa trang liệt sĩ tỉnh. Đại tá Khiêm "
    "dẫn đầu đoàn."
)
# `quý I.`: a capital after a lower-case word ends the sentence; the next name is no middle
ENDS_IN_A_CLASS = (
    "Ngày 12/4, Thượng tá Mạc Văn Khôi nhận Huân chương Chiến công hạng I. Lý Thị Hoa, Phó "
    "Trưởng phòng Tham mưu, đọc quyết định."
)

CASES = [
    # third round
    *(
        case(
            f"officers_listed_after_the_rank_they_rise_to_take_it-{n}",
            t.THIRD,
            t.RISE_LISTED,
            "rank",
            equal("Thiếu tướng"),
            name,
        )
        for n, name in enumerate(("Mạc Văn Tiến", "La Đức Hậu", "Âu Minh Quý"))
    ),
    case(
        "names_opened_by_y_are_read_whole",
        t.THIRD,
        GIA_LAI,
        "people",
        has("Y Blin Mlô"),
    ),
    case(
        "names_ended_by_a_dash_are_read_whole",
        t.THIRD,
        GIA_LAI,
        "person",
        equal(("Đại tá", {("Giám đốc", "Công an tỉnh Gia Lai")})),
        "Kiều Văn Sử",
    ),
    case(
        "words_that_fold_like_a_bodys_name_are_not_that_body-person",
        t.THIRD,
        t.FOLDS_LIKE_A_BODY,
        "people",
        has("Lò Đức Chinh"),
    ),
    # fourth round
    case(
        "a_youth_union_badge_is_an_award_and_its_giver_no_person",
        t.FOURTH,
        t.YOUTH_BADGE,
        "people",
        equal({"Lạc Văn Bình"}),
    ),
    case(
        "suspects_named_after_a_longer_description_are_left_out",
        t.FOURTH,
        "Ngày 24/11, Thiếu tá Phùng Văn Lợi, Trưởng Công an xã Tân Lập cho biết nhóm đối tượng "
        "trộm cắp tài sản gồm Kha Văn Đen và Lục Thị Vân đã bị bắt.",
        "people",
        equal({"Phùng Văn Lợi"}),
    ),
    case(
        "who_hands_promotions_to_others_keeps_his_rank",
        t.FOURTH,
        "Sáng 29/11, Đại tá Quàng Văn Ón, Phó Giám đốc Công an tỉnh Sơn La trao quyết định "
        "thăng cấp bậc hàm Thượng tá cho 9 đồng chí.",
        "rank",
        equal("Đại tá"),
        "Quàng Văn Ón",
    ),
    # fifth round
    # second round
    case(
        "family_names_that_are_also_an_honorific",
        t.OUTLETS,
        t.FAMILY_NAMES,
        "person",
        equal(("Thượng tá", {("Phó Giám đốc", "Công an tỉnh Yên Bái")})),
        "Ông Đình Khải",
    ),
    case(
        "family_names_that_are_also_words", t.OUTLETS, t.FAMILY_NAMES, "people", has("Chế Thị Lan")
    ),
    case(
        "a_suspect_and_his_accomplices_are_no_officers",
        t.OUTLETS,
        "Ngày 6/9, Công an huyện Krông Pắc tổ chức lễ khen thưởng. Đại tá Y Ngọc Niê, Phó "
        "Giám đốc Công an tỉnh Đắk Lắk dự lễ. Tại buổi lễ, đơn vị báo cáo vụ trộm do Lương Văn "
        "Tý và đồng bọn thực hiện đã được làm rõ.",
        "people",
        lacks("Lương Văn Tý"),
    ),
    case(
        "a_place_before_posts_written_before_the_name_is_nobody",
        t.OUTLETS,
        t.POSTS_BEFORE_NAMES,
        "people",
        lacks("Hà Nội"),
    ),
    case(
        "a_promotion_with_a_list_after_voi_gives_the_new_rank_to_the_list_not_the_giver",
        t.OUTLETS,
        "Sáng 15/9, Chủ tịch nước Lò Minh Hải trao quyết định thăng cấp bậc hàm từ đại tá lên "
        "thiếu tướng với các ông: Khúc Văn Thìn, Giám đốc Công an tỉnh Hưng Yên; Doãn Quang "
        "Huy, Cục trưởng Cục Hồ sơ nghiệp vụ.",
        "ranks",
        equal(
            {
                "Lò Minh Hải": None,
                "Khúc Văn Thìn": "Thiếu tướng",
                "Doãn Quang Huy": "Thiếu tướng",
            }
        ),
    ),
    case(
        "a_name_broken_before_a_comma_at_a_line_end_is_joined",
        t.OUTLETS,
        "Sáng 26/9, Công an tỉnh Bình Định tổ chức hội nghị sơ kết. Dự có Đại tá Tăng Văn "
        "Lượng, Giám đốc Công an tỉnh và Thượng tá Nhâm Quốc\nThịnh, Trưởng Công an thị xã "
        "An Nhơn.",
        "person",
        equal(("Thượng tá", {("Trưởng Công an thị xã", "Công an thị xã An Nhơn")})),
        "Nhâm Quốc Thịnh",
    ),
    case(
        "age_and_home_town_between_a_name_and_its_post",
        t.OUTLETS,
        AGE_AND_HOME,
        "person",
        equal(
            (
                "Đại tá",
                {
                    ("Phó Cục trưởng", "Cục Cảnh sát giao thông"),
                    ("Giám đốc", "Công an tỉnh Lạng Sơn"),
                },
            )
        ),
        "Vương Đức Hạnh",
    ),
    case(
        "a_home_town_between_a_name_and_its_post_is_nobody",
        t.OUTLETS,
        AGE_AND_HOME,
        "people",
        lacks("Bắc Ninh"),
    ),
    case(
        "people_arrested_or_prosecuted_are_no_officers",
        t.OUTLETS,
        t.ARRESTED,
        "people",
        lacks("Lý Văn Cường", "Đào Thị Mận", "Tạ Văn Sĩ", "Đàm Văn Lợi"),
    ),
    # career notes
    case(
        "a_birth_year_after_a_stranger_still_leaves_him_out",
        t.CAREER,
        "Ngày 3/6, Công an tỉnh Ninh Bình bắt giữ Lò Văn Khiêm sinh năm 1990, từng là bảo vệ "
        "của một công ty.",
        "people",
        lacks("Lò Văn Khiêm"),
    ),
    case(
        "an_officer_named_again_by_the_last_word_of_his_name_is_no_one_new",
        t.CAREER,
        t.NAMED_BY_LAST_WORD,
        "people",
        lacks("Khải"),
    ),
    case(
        "a_suspect_who_heads_a_firm_is_no_officer",
        "2023-02",
        FIRM_HEAD,
        "people",
        lacks("Lò Văn Sính"),
    ),
    # a middle name written as an initial
    case(
        "a_middle_initial_with_its_dot_is_part_of_one_name",
        "2023-04",
        INITIAL,
        "people",
        equal({"Trần H. Nghị", "Lã Thị Hồng Nhung"}),
    ),
    case(
        "a_middle_initial_keeps_the_rank_and_post_of_its_name",
        "2023-04",
        INITIAL,
        "person",
        equal(("Đại tá", {("Giám đốc", "Công an tỉnh Hòa Bình")})),
        "Trần H. Nghị",
    ),
    case(
        "a_middle_initial_with_no_space_after_its_dot_is_part_of_the_name",
        "2023-06",
        INITIAL_UNSPACED,
        "person",
        equal(("Đại tá", {("Phó Giám đốc", "Công an tỉnh Phú Yên")})),
        "Lạc T.Vinh",
    ),
    case(
        "a_given_name_alone_before_a_post_is_an_officer",
        "2022-07",
        GIVEN_ALONE,
        "person",
        equal(("Đại tá", {("Giám đốc", "Công an tỉnh Kon Tum")})),
        "Khiêm",
    ),
    case(
        "a_given_name_alone_after_dong_chi_before_a_post_is_an_officer",
        "2022-09",
        COMRADE_ALONE,
        "person",
        equal((None, {("Giám đốc", "Công an tỉnh Gia Lai")})),
        "Quế",
    ),
    case(
        "a_given_name_alone_with_no_post_is_not_read",
        "2022-07",
        GIVEN_UNPOSTED,
        "people",
        equal(set()),
    ),
    case(
        "a_sentence_ending_in_a_capital_after_a_lower_case_word_still_ends",
        "2023-04",
        ENDS_IN_A_CLASS,
        "people",
        equal({"Mạc Văn Khôi", "Lý Thị Hoa"}),
    ),
    case(
        "a_masked_name_ending_its_sentence_takes_no_word_of_the_next",
        "2023-04",
        "Ngày 3/4, Công an huyện Tân Lạc khen thưởng Trung úy Nguyễn Văn A. Sau đó, Thiếu tá "
        "Đinh Thị Vân phát biểu.",
        "people",
        equal({"Nguyễn Văn A", "Đinh Thị Vân"}),
    ),
    case(
        "an_initial_before_a_lower_case_word_is_no_middle_name",
        "2023-04",
        "Sáng 9/4, Công an tỉnh Hòa Bình tổ chức lễ khen thưởng. Thượng tá Đinh Quốc Tạo, Phó "
        "Giám đốc Công an tỉnh trao thưởng cho Đội K. Hai đơn vị được khen thưởng.",
        "people",
        equal({"Đinh Quốc Tạo"}),
    ),
]


@pytest.mark.parametrize(FIELDS, CASES)
def test_people_and_ranks(date: str, text: str, view: str, key: Any, expect: Expect):
    expect.check(VIEWS[view](found(text, date), key))
