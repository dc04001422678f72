"""The same-length folding through a one-byte code gives what translating by the table gives,
for every character, inside and outside the code."""

from ingest.extract.folding import _fold_table, fold_same_length


def test_every_character_folds_as_the_table_does() -> None:
    table = _fold_table()
    for code in range(1, 0x3000):
        text = f"Cục Cảnh sát {chr(code)} ĐỒN Biên phòng"
        assert fold_same_length(text) == text.translate(table), hex(code)
        assert len(fold_same_length(text)) == len(text)


def test_vietnamese_text_is_folded_lower_case_and_unaccented() -> None:
    text = "Thượng tá Đỗ Văn Hùng, Phó Trưởng phòng “PC02” – Công an tỉnh Quảng Trị…"
    assert fold_same_length(text) == (
        "thuong ta do van hung, pho truong phong “pc02” – cong an tinh quang tri…"
    )
