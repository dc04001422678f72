from ingest.sentences import MAX_SENTENCE_CHARS, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_give_back_each_sentence_exactly():
    text = "  Sáng 12/4, Công an tỉnh Bình Phước họp.  Đại tá Lê Văn Tám phát biểu!\n\nHết. "
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert texts(text) == [
        "Sáng 12/4, Công an tỉnh Bình Phước họp.",
        "Đại tá Lê Văn Tám phát biểu!",
        "Hết.",
    ]


def test_city_abbreviation_with_space_does_not_end_a_sentence():
    text = "Công an TP. Hà Nội tổ chức lễ ra quân. Công an TP. Cần Thơ cũng vậy."
    assert texts(text) == [
        "Công an TP. Hà Nội tổ chức lễ ra quân.",
        "Công an TP. Cần Thơ cũng vậy.",
    ]


def test_dots_inside_tokens_do_not_split():
    text = (
        "Ngày 5.3.2020, Công an TP.HCM và Công an Q.1 thu giữ 1.250 bánh pháo, "
        "Th.S Phạm Minh Đức cho biết. Sau đó đoàn rời đi."
    )
    assert len(texts(text)) == 2
    assert texts(text)[0].endswith("Phạm Minh Đức cho biết.")


def test_initials_and_listed_abbreviations_do_not_split():
    text = "Ông Trần V. Long, PGS. TS. Ngô Thị Hạnh và GS. Mai Anh dự lễ. Buổi lễ kết thúc."
    assert texts(text) == [
        "Ông Trần V. Long, PGS. TS. Ngô Thị Hạnh và GS. Mai Anh dự lễ.",
        "Buổi lễ kết thúc.",
    ]


def test_line_breaks_separate_captions_without_punctuation():
    text = "Lãnh đạo Công an tỉnh tặng hoa chúc mừng\nHội nghị diễn ra trong một ngày."
    assert texts(text) == [
        "Lãnh đạo Công an tỉnh tặng hoa chúc mừng",
        "Hội nghị diễn ra trong một ngày.",
    ]


def test_quotes_and_question_marks_close_sentences():
    text = "Khẩu hiệu là “Vì An ninh Tổ quốc.” Ai chủ trì? Đại tá Hồ Sĩ Lâm chủ trì."
    assert texts(text) == [
        "Khẩu hiệu là “Vì An ninh Tổ quốc.”",
        "Ai chủ trì?",
        "Đại tá Hồ Sĩ Lâm chủ trì.",
    ]


def test_empty_text_has_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_a_capital_letter_after_a_lower_case_word_ends_the_sentence():
    text = "Kết quả quý I. Các đơn vị được tặng Huân chương hạng A. Lễ bế mạc."
    assert texts(text) == [
        "Kết quả quý I.",
        "Các đơn vị được tặng Huân chương hạng A.",
        "Lễ bế mạc.",
    ]


def test_numbers_with_thousands_separators_end_sentences_when_followed_by_a_capital():
    text = "Tổng số vụ là 1.000. Sau đó, lực lượng rút quân. Tỷ lệ đạt 92,5%."
    assert texts(text) == [
        "Tổng số vụ là 1.000.",
        "Sau đó, lực lượng rút quân.",
        "Tỷ lệ đạt 92,5%.",
    ]


def test_text_without_sentence_ends_is_cut_into_bounded_pieces_at_commas():
    clause = "Công an huyện Nam Đàn phối hợp tuần tra, "
    text = clause * 500
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.endswith(",") for s in sentences[:-1])
    assert "".join(s.text + " " for s in sentences) == text
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_a_run_without_any_break_is_still_bounded():
    text = "x" * (MAX_SENTENCE_CHARS * 2 + 5)
    assert [len(s.text) for s in split_sentences(text)] == [MAX_SENTENCE_CHARS] * 2 + [5]
