import codecs
import hashlib
import unicodedata
from pathlib import Path

import pytest
from support.project import ROOT

from ingest.read import ReadError, read_path, read_text, tidy_spacing

HTML_EXAMPLE = ROOT / "examples" / "articles" / "2021-10-02-ra-quan-giao-thong-quang-ninh.html"
ARTICLE = (
    " date 2021-07 ANTD.VN - Sáng 3/7, Công an TP. Hải Phòng tổ chức hội nghị. "
    "Đại tá Vũ Thanh Tùng chủ trì.\n\nHội nghị kết thúc lúc 11 giờ."
)
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps vowel letters precomposed and writes tones as combining marks."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONE_MARKS))
        tones = "".join(p for p in parts if p in TONE_MARKS)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def check_offsets(doc) -> None:
    assert doc.sentences
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_date_line_and_source_tag_are_stripped_from_the_body():
    doc = read_text(ARTICLE, "a1")
    assert doc.date == "2021-07"
    assert doc.site == "ANTD.VN"
    assert doc.text.startswith("Sáng 3/7, Công an TP. Hải Phòng")
    assert [s.text for s in doc.sentences] == [
        "Sáng 3/7, Công an TP. Hải Phòng tổ chức hội nghị.",
        "Đại tá Vũ Thanh Tùng chủ trì.",
        "Hội nghị kết thúc lúc 11 giờ.",
    ]
    assert doc.warnings == []
    check_offsets(doc)


@pytest.mark.parametrize(
    ("opening", "site"),
    [
        ("(CAO) ", "CAO"),
        ("(CAO) - ", "CAO"),
        ("CAND.VN – ", "CAND.VN"),
        ("ANTĐ - ", "ANTĐ"),
        ("(PLO)- ", "PLO"),
        ("(Dân trí) - ", "Dân trí"),
        ("VTV.vn - ", "VTV.vn"),
        ("TTO — ", "TTO"),
        ("", None),
    ],
)
def test_source_tags_in_their_usual_forms(opening: str, site: str | None):
    doc = read_text(f" date 2021-07-03\n{opening}Công an tỉnh Lào Cai họp báo.", "a")
    assert doc.date == "2021-07-03"
    assert doc.site == site
    assert doc.text == "Công an tỉnh Lào Cai họp báo."


def test_abbreviation_at_the_start_is_not_taken_for_a_source_tag():
    doc = read_text(" date 2021-07 CATP Hà Nội ra quân.", "a")
    assert doc.site is None
    assert doc.text == "CATP Hà Nội ra quân."


def test_missing_date_line_leaves_date_empty_with_a_warning():
    doc = read_text("Công an tỉnh Hà Giang tổ chức lễ ra quân.", "a")
    assert doc.date is None
    assert any("date line" in w for w in doc.warnings)


def test_impossible_date_is_refused_with_a_warning():
    doc = read_text(" date 2021-13 Công an tỉnh Hà Giang họp.", "a")
    assert doc.date is None
    assert doc.warnings


def test_decomposed_input_is_normalised_and_offsets_hold():
    nfd = unicodedata.normalize("NFD", ARTICLE)
    doc = read_text(nfd, "a")
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "Vũ Thanh Tùng" in doc.text
    check_offsets(doc)


def test_file_reading_sets_id_source_and_hash_of_raw_bytes(tmp_path: Path):
    path = tmp_path / "bai-viet.txt"
    raw = ARTICLE.encode("utf-8")
    path.write_bytes(raw)
    doc = read_path(path)
    assert doc.id == "bai-viet"
    assert doc.source == str(path)
    assert doc.content_hash == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("utf-16-le"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        to_cp1258,
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "crlf", "windows-1258"],
)
def test_other_encodings_are_decoded(tmp_path: Path, encode):
    path = tmp_path / "a.txt"
    path.write_bytes(encode(ARTICLE))
    doc = read_path(path)
    assert doc.date == "2021-07"
    assert doc.text == read_text(ARTICLE, "a").text
    check_offsets(doc)


def test_legacy_bytes_that_are_not_vietnamese_are_refused(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("date 2021-07 Ça coûte très cher à Genève.".encode("latin-1"))
    with pytest.raises(ReadError, match="latin.txt.*UTF-8"):
        read_path(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b" date 2021-07 \n", "no article text"),
    ],
    ids=["empty", "blank", "binary", "date-only"],
)
def test_unreadable_files_name_the_file_and_the_reason(tmp_path: Path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=f"bad.txt.*{message}"):
        read_path(path)


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50_000_000)
    with pytest.raises(ReadError, match=r"huge.txt: 50.0 MB .*--max-bytes"):
        read_path(path)
    small = tmp_path / "small.txt"
    small.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ReadError) as excinfo:
        read_path(small, max_bytes=10)
    assert "10 bytes allowed" in str(excinfo.value)


def test_missing_file_is_a_read_error(tmp_path: Path):
    with pytest.raises(ReadError, match="nothing.txt"):
        read_path(tmp_path / "nothing.txt")


def test_html_page_gives_title_date_and_main_text_only():
    doc = read_path(HTML_EXAMPLE)
    assert doc.title and doc.title.startswith("Công an Quảng Ninh ra quân")
    assert doc.date == "2021-10-02"
    assert doc.warnings == []
    assert doc.text.startswith("Sáng 2/10, Công an tỉnh Quảng Ninh tổ chức lễ ra quân")
    assert "Đại tá Trần Văn Phúc" in doc.text
    for chrome in ("Trang chủ", "Thể thao", "Tin liên quan", "Giấy phép", "Tìm kiếm"):
        assert chrome not in doc.text
    check_offsets(doc)


def test_html_page_without_an_article_is_refused(tmp_path: Path):
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a>"
        "<a href='/x'>Pháp luật</a></nav><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ReadError, match="menu.html: no article text"):
        read_path(path)


PAGE = """<html><head><meta charset="windows-1258"><title>Tin an ninh</title></head><body>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/an-ninh">An ninh</a></div>
<div class="content"><h2>Công an huyện Yên Thành ra mắt mô hình camera an ninh</h2>
<p>Chiều 14/8, Công an huyện Yên Thành phối hợp với UBND xã Công Thành tổ chức lễ ra mắt
mô hình camera an ninh tại các tuyến đường liên xã.</p>
<p>Thượng tá Hồ Văn Lương, Trưởng Công an huyện Yên Thành phát biểu tại buổi lễ.</p></div>
<div class="footer">{footer}</div></body></html>"""


def test_legacy_encoded_html_page_is_decoded(tmp_path: Path):
    path = tmp_path / "trang.html"
    path.write_bytes(to_cp1258(PAGE.format(footer="Liên hệ quảng cáo")))
    doc = read_path(path)
    assert "Thượng tá Hồ Văn Lương" in doc.text
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    check_offsets(doc)


def test_html_page_without_a_date_is_read_with_a_warning(tmp_path: Path):
    path = tmp_path / "trang.html"
    path.write_text(PAGE.format(footer="Liên hệ quảng cáo"), encoding="utf-8")
    doc = read_path(path)
    assert doc.date is None
    assert doc.warnings == ["no publication date in the page; date left empty"]


def test_html_date_guessed_from_page_text_is_flagged(tmp_path: Path):
    path = tmp_path / "trang.html"
    path.write_text(PAGE.format(footer="Cập nhật lúc 10:20 ngày 15/08/2023"), encoding="utf-8")
    doc = read_path(path)
    assert doc.date == "2023-08-15"
    assert doc.warnings == [
        "the page gives no publication date in its markup; 2023-08-15 is a guess from its text"
    ]


def test_html_page_with_a_json_ld_date_and_a_site_name():
    doc = read_path(
        ROOT / "examples" / "articles" / "2020-01-15-tong-ket-cong-an-huyen-gia-lam.html"
    )
    assert (doc.date, doc.site, doc.warnings) == ("2020-01-15", "Tin tức Gia Lâm", [])
    assert doc.text.startswith("Sáng 15/1, Công an huyện Gia Lâm tổ chức hội nghị")
    assert "Đọc nhiều" not in doc.text and "Minh Khuê" not in doc.text


def test_a_name_broken_over_two_lines_of_a_paragraph_is_joined() -> None:
    text = (
        "Tham dự hội nghị có đồng chí Đại tá Hoàng Minh Tuấn, Phó Giám đốc, và Thiếu tá Trương\n"
        "Công Hậu, Đội trưởng Đội Cảnh sát giao thông."
    )
    assert "Thiếu tá Trương Công Hậu, Đội trưởng" in tidy_spacing(text)


def test_short_lines_and_sentence_ends_keep_their_line_breaks() -> None:
    headline = "Hội nghị Cụm thi đua Trương\nCông an tỉnh Nghệ An tổng kết năm"
    sentence_end = (
        "Buổi lễ diễn ra trang trọng tại hội trường lớn của Công an tỉnh vào sáng ngày Thứ Hai.\n"
        "Công an tỉnh đã hoàn thành mọi chỉ tiêu."
    )
    assert tidy_spacing(headline) == headline
    assert tidy_spacing(sentence_end) == sentence_end


def test_a_huge_single_line_is_tidied_whole() -> None:
    line = "Công an tỉnh X" + "x" * 80_000
    assert tidy_spacing(line + "\nCông An tỉnh") == line + " Công An tỉnh"
    assert tidy_spacing(line + ";\nCông An tỉnh") == line + ";\nCông An tỉnh"


def test_a_name_broken_before_its_post_on_a_short_line_is_joined() -> None:
    text = " date 2020-01\nHội nghị\n\nDự có Thiếu tướng Hà Văn\nKhải, Phó Cục trưởng.\n"
    doc = read_text(text, "x")
    assert "Thiếu tướng Hà Văn Khải, Phó Cục trưởng." in doc.text
    assert "Hội nghị\n" in doc.text
