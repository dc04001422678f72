"""Properties of the name normalisers (core.text, person names in kg.resolve) over any Unicode:
idempotent, Đ/đ folded to d, and names Vietnamese tells apart kept apart where names are stored."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.text import fold, nfc, slug
from kg.resolve import person_name

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
MARKS = "\u0300\u0301\u0303\u0309\u0323"  # the five tone marks, as combining characters
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
vietnamese = st.text(alphabet=st.sampled_from(LETTERS + MARKS + INVISIBLE + " -.'"), max_size=40)
anything = st.one_of(st.text(max_size=60), vietnamese)
SETTINGS = settings(max_examples=400, deadline=None)


@SETTINGS
@given(anything)
@example("Ha\u200b\u0300 No\u0302\u0323i")  # a zero-width mark between a letter and its tone
@example("\u0130stanbul")  # İ folds to i and a combining dot
def test_normalising_twice_changes_nothing(text):
    assert nfc(nfc(text)) == nfc(text)
    assert fold(fold(text)) == fold(text)
    assert person_name(person_name(text)) == person_name(text)
    assert slug(slug(text)) == slug(text)


@SETTINGS
@given(anything)
def test_folded_text_has_no_capitals_marks_or_d_bar(text):
    folded = fold(text)
    assert "đ" not in folded and "Đ" not in folded
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert folded == folded.casefold()


@SETTINGS
@given(vietnamese)
def test_composed_and_decomposed_spellings_are_one_name(text):
    composed, decomposed = (unicodedata.normalize(f, text) for f in ("NFC", "NFD"))
    assert nfc(composed) == nfc(decomposed)
    assert fold(composed) == fold(decomposed)
    assert person_name(composed) == person_name(decomposed)


def test_d_bar_folds_to_d_in_both_cases():
    assert fold("Đặng Đức ĐÔNG đĩnh") == "dang duc dong dinh"
    assert slug("Đồng Đăng") == "dong-dang"


@SETTINGS
@given(
    st.lists(st.sampled_from(LETTERS), min_size=1, max_size=8).map("".join),
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
)
def test_names_differing_by_a_tone_mark_stay_distinct_as_stored(base, mark, other):
    # Hà and Hạ are different names: stored names keep them apart, only search folds them.
    first, second = nfc(base + mark), nfc(base + other)
    assert (first == second) == (mark == other)
    assert (person_name(first) == person_name(second)) == (mark == other)
    assert fold(first) == fold(second)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(LETTERS + " "), min_size=1, max_size=30))
def test_slugs_are_iri_safe(text):
    assert set(slug(text)) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
