"""Properties: extraction never fails on any text, and unit canonicalisation is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.extract import canonical_unit, extract, unit_kind, unit_parent
from ingest.extract.document import ExtractionError
from ingest.extract.gazetteer import gazetteer
from ingest.model import Document, Facts

# Vietnamese-looking pieces, so generated text reaches the rules and not only their guards.
PIECES = [
    "Công an",
    "CATP",
    "CAQ",
    "UBND",
    "HĐND",
    "Bộ CA",
    "tỉnh",
    "thành phố",
    "TP.",
    "quận",
    "huyện",
    "phường",
    "xã",
    "các",
    ":",
    ",",
    ";",
    "và",
    "Hà Nội",
    "Đống Đa",
    "Nghệ An",
    "Quận 1",
    "Đại tá",
    "thiếu tướng",
    "đồng chí",
    "Nguyễn Văn",
    "An",
    "Phó",
    "Giám đốc",
    "Bí thư",
    "Đảng ủy",
    "Quận ủy",
    "Cụm thi đua số",
    "6",
    "gồm",
    "Ngày",
    "5/3",
    "sáng nay",
    "hội nghị",
    "lễ",
    "ký kết",
    "Huân chương",
    "Bằng khen",
    "khen thưởng",
    "được",
    "cho",
    "tập thể",
    "cá nhân",
    "đối tượng",
    "(SN 1990)",
    "giữ chức vụ",
    "Trưởng",
    "Chánh",
    "Văn phòng",
    "\n",
    "Uỷ",
    "hoá",
    "Cục",
    "Phòng",
    "–",
    "-",
    "(",
    ")",
    ".",
]
vietnamese_like = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=400), vietnamese_like)
dates = st.one_of(
    st.none(), st.sampled_from(["2020-03", "2020-03-05", "", "x"]), st.text(max_size=8)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, date=dates)
def test_extract_returns_facts_for_any_text(text: str, date: str | None) -> None:
    facts = extract(Document(id="h", text=text, date=date))
    assert isinstance(facts, Facts)
    facts.to_gold()
    for person in facts.persons:
        assert person.evidence is not None
        assert 0 <= person.evidence.start <= person.evidence.end <= len(text)


def test_extract_refuses_what_is_not_a_document_with_a_clear_error() -> None:
    try:
        extract("Công an tỉnh Nghệ An")  # type: ignore[arg-type]
    except ExtractionError as exc:
        assert "Document" in str(exc)
    else:
        raise AssertionError("a bare string was accepted")


unit_names = st.builds(
    lambda body, level, place: f"{body} {level} {place}",
    st.sampled_from(["Công an", "CA", "UBND", "Ủy ban nhân dân", "HĐND"]),
    st.sampled_from(["tỉnh", "thành phố", "TP.", "quận", "huyện", "thị xã", "phường", "xã"]),
    st.sampled_from(
        sorted({d.name for ds in gazetteer().districts.values() for d in ds})
        + sorted({p.name for p in gazetteer().provinces.values()})
    ),
)


@settings(max_examples=300, deadline=None)
@given(name=st.one_of(unit_names, any_text))
def test_canonical_unit_is_idempotent(name: str) -> None:
    once = canonical_unit(name)
    assert canonical_unit(once) == once
    # the canonical name says the same about the unit as the name it came from
    assert unit_parent(once) == unit_parent(name)
    assert unit_kind(once) == unit_kind(name)
