"""Reading sources into `Document`s: decoding, the date line, the source tag, sentences.

Plain text articles start with a date line (` date 2020-03 ` or ` date 2020-03-05 `), often on
the same line as the first paragraph, and may carry the publisher's tag (`ANTD.VN -`, `(CAO)`).
HTML pages go through trafilatura for the title, the publication date and the main text."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from datetime import date
from itertools import pairwise
from pathlib import Path

from core.text import nfc
from ingest.html import extract_html
from ingest.model import Document, Sentence
from ingest.sentences import split_sentences

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

_DATE_LINE = re.compile(
    r"\A\s*date\s*:?\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b[ \t]*\n?[ \t]*", re.IGNORECASE
)
# Publisher tags that open a body: `ANTD.VN -`, `CAND.VN –`, `(CAO)`, `(Dân trí) -`, `ANTĐ -`.
_SOURCE_TAG = re.compile(
    r"\A\s*(?:"
    r"\((?P<paren>[A-ZĐ][\w.]*(?: [\w.]+){0,2})\)\s*[-–—:]?"
    r"|(?P<site>[A-ZĐ][A-ZĐ0-9]{1,12}(?:\.[A-Za-z]{2,4}){0,2})\s*[-–—]"
    r")[ \t]*"
)
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Control characters other than tab, line and page breaks: never in a real article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Letters only Vietnamese uses (after NFC): evidence that a legacy decoding guessed right.
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


# Spaces other than the plain one (no-break, thin, figure, ideographic) as one plain space;
# other dashes as those the patterns expect: an em or figure dash between a name and its post
# as an en dash, a non-breaking hyphen inside a name as a hyphen. One search finds whether any
# occurs (most articles have none) before the whole text is rewritten.
_ODD_CHARS = {
    **dict.fromkeys([0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " "),
    **dict.fromkeys([0x2012, 0x2014], "\u2013"),
    **dict.fromkeys([0x2010, 0x2011], "-"),
}
_ODD_CHAR = re.compile("[" + "".join(map(chr, sorted(_ODD_CHARS))) + "]")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
# A line break between two capitalised words in the middle of a long paragraph line: a name
# broken by the page's layout (`Thiếu tá Trương⏎Công Hậu`), not a headline or a caption.
# Checked line by line without a pattern over the text, which backtracked on long lines.
_LONG_LINE = 61
_WORD_BREAKS = frozenset('.!?:;…"”')
_SHORT_LINE_WORDS = 4  # a shorter line broken before `Word, …` may be a heading
# the name's last word, then more words (after a comma too: `Lộc, Trưởng Công an …`)
_NEXT_WORDS = re.compile(r"(?P<next>[^\W\d_]+),? [^\W\d_]")


def tidy_spacing(text: str) -> str:
    """Odd and repeated spaces made one plain space; a name broken over two lines joined."""
    if _ODD_CHAR.search(text):
        text = text.translate(_ODD_CHARS)
    if "  " in text or "\t" in text:  # the pattern would try a match at every space
        text = _SPACE_RUN.sub(" ", text)
    lines = text.split("\n")
    joined = [lines[0]]
    for before, line in pairwise(lines):
        following = line.lstrip(" ")
        if _ends_with_broken_name(before.rstrip(" "), following):
            joined[-1] = joined[-1].rstrip(" ") + " " + following
        else:
            joined.append(line)
    return "\n".join(joined)


def _ends_with_broken_name(line: str, following: str) -> bool:
    """`line` is long and ends in a capitalised word, `following` starts with one and more;
    or `following` starts with one word and a comma (`Hiếu, Ủy viên …`), the name's last word
    and its post, which no paragraph opens with; or `following` starts in lower case after a
    line not ended by a stop (`Công an⏎tỉnh Quảng Bình`), which no paragraph or caption does."""
    if following[:1].islower() and line[-1:].isalpha():
        return True
    nxt = _NEXT_WORDS.match(following)
    if nxt is None or not nxt.group("next")[:1].isupper():
        return False
    words = line.split()
    if not words or not words[-1][:1].isupper() or words[-1][-1] in _WORD_BREAKS:
        return False
    if len(line) < _LONG_LINE:
        return len(words) >= _SHORT_LINE_WORDS and following[nxt.end("next")] == ","
    tail = len(line)
    while tail > 0 and not line[tail - 1].isspace() and line[tail - 1] not in _WORD_BREAKS:
        tail -= 1
    # The last word must have a letter past the line's first 60 characters.
    return any(ch.isalpha() for ch in line[max(tail, _LONG_LINE - 1) :])


class ReadError(Exception):
    """A source that cannot be read; the message names the file and what to do."""


def read_text(text: str, doc_id: str, source: str | None = None) -> Document:
    """A document from article text: NFC, date line and source tag stripped, sentences split."""
    text = tidy_spacing(nfc(text).replace("\r\n", "\n").replace("\r", "\n"))
    warnings: list[str] = []
    iso_date = None
    match = _DATE_LINE.match(text)
    if match:
        iso_date = _iso_date(*match.groups())
        if iso_date is None:
            warnings.append(f"invalid date line {match.group(0).strip()!r}; date left empty")
        text = text[match.end() :]
    else:
        warnings.append("no date line (` date YYYY-MM `); date left empty")
    site = None
    tag = _SOURCE_TAG.match(text)
    if tag:
        site = tag.group("paren") or tag.group("site")
        text = text[tag.end() :]
    text = text.strip()
    if not text:
        raise ReadError(f"{source or doc_id}: no article text after the date line")
    sentences = split_sentences(text)
    return Document(
        id=doc_id,
        text=text,
        date=iso_date,
        title=headline(text, sentences),
        source=source,
        site=site,
        sentences=sentences,
        warnings=warnings,
    )


HEADLINE_MAX_CHARS = 200


def headline(text: str, sentences: list[Sentence]) -> str | None:
    """The article's headline: its first line when that is a line of its own (no full stop
    at its end), else its first sentence (cut at a word, `…` marking the cut, when longer than
    a headline)."""
    first = text.split("\n", 1)[0].strip()
    if not first:
        return None
    if "\n" not in text or len(first) > HEADLINE_MAX_CHARS or first.endswith((".", "…")):
        first = sentences[0].text.strip() if sentences else first
    if len(first) <= HEADLINE_MAX_CHARS:
        return first
    return first[:HEADLINE_MAX_CHARS].rsplit(" ", 1)[0] + " …"


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a .txt or .html article; refuse (ReadError) what cannot be read as one."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    check_size(path, size, max_bytes)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(raw, path.stem, source=str(path), html=path.suffix.lower() in HTML_SUFFIXES)


def check_size(path: Path, size: int, max_bytes: int) -> None:
    """Refuse a file too large to be one article before reading it into memory."""
    if size > max_bytes:
        raise ReadError(
            f"{path}: {_human(size)} is more than the {_human(max_bytes)} allowed for one "
            "document; split it or raise the limit (--max-bytes)"
        )


def _human(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e3:.1f} KB" if size >= 1000 else f"{size} bytes"


def read_bytes(
    raw: bytes,
    doc_id: str,
    source: str | None = None,
    html: bool = False,
    fallback_date: str | None = None,
) -> Document:
    """A document from raw bytes (text or an HTML page); `content_hash` is their sha256.

    `fallback_date` (from a page's URL or the feed that listed it) dates a page whose markup
    states no publication date, before any guess from its text."""
    name = source or doc_id
    if not raw.strip():
        raise ReadError(f"{name}: the file is empty")
    text = decode(raw, name)
    if html:
        page = extract_html(text)
        if page is None:
            raise ReadError(f"{name}: no article text found in the HTML page")
        document = read_text(page.text, doc_id, source)
        document.title = page.title or document.title
        document.site = document.site or page.site
        # A page has no date line: its date is the publication date the page gives.
        document.warnings = [w for w in document.warnings if "date line" not in w]
        if fallback_date and (not page.date or page.date_guessed):
            document.date = fallback_date
        elif page.date:
            document.date = page.date
            if page.date_guessed:
                document.warnings.append(
                    f"the page gives no publication date in its markup; {page.date} is a guess "
                    "from its text"
                )
        elif document.date is None:
            document.warnings.append("no publication date in the page; date left empty")
    else:
        document = read_text(text, doc_id, source)
    document.content_hash = hashlib.sha256(raw).hexdigest()
    return document


def decode(raw: bytes, name: str) -> str:
    """Text from bytes: a BOM decides; else UTF-8; else Windows-1258 if it reads as Vietnamese."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"{name}: starts with a {encoding} BOM but is not {encoding} (byte {exc.start})"
                ) from exc
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw:
        raise ReadError(f"{name}: binary data, not a text or HTML article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _legacy_vietnamese(raw, name)
    if _control_ratio(text) > 0.01:
        raise ReadError(f"{name}: binary data, not a text or HTML article")
    return text


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of ASCII text."""
    sample = raw[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _legacy_vietnamese(raw: bytes, name: str) -> str:
    hint = "re-save it as UTF-8"
    try:
        text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError as exc:
        raise ReadError(f"{name}: neither UTF-8 nor Windows-1258 text; {hint}") from exc
    letters = sum(ch.isalpha() for ch in text)
    if letters == 0 or len(_VIETNAMESE_LETTERS.findall(text)) < 0.03 * letters:
        raise ReadError(
            f"{name}: not UTF-8 and does not read as Vietnamese in Windows-1258; {hint}"
        )
    return text


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _iso_date(year: str, month: str, day: str | None) -> str | None:
    y, m = int(year), int(month)
    if not 1 <= m <= 12:
        return None
    if day is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, int(day)).isoformat()
    except ValueError:
        return None
