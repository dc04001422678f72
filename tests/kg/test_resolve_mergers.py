"""People across the 2025 merger of provinces: from that day a provincial police stands also
for those it took in, so an officer named after it in the keeping province is placed where
his earlier posts were (resolution of mention records, no store)."""

from __future__ import annotations

from kg.resolve.blocks import resolve_persons
from kg.resolve.mentions import PersonMention, PostSeen
from kg.resolve.rules import absorbed_police, rank_seniority

YEN_BAI = "cong-an-tinh-yen-bai"
LAO_CAI = "cong-an-tinh-lao-cai"
TUYEN_QUANG = "cong-an-tinh-tuyen-quang"
MINISTRY = "bo-cong-an"


def director(doc: str, date: str, unit: str) -> PersonMention:
    post = PostSeen("Giám đốc", unit, (unit, MINISTRY), False, None, None, date, unit)
    rank = rank_seniority("Đại tá")
    return PersonMention(doc, 1, "Vi Văn Hải", date, ((rank, date),), (post,), (unit, MINISTRY))


def guest(doc: str, date: str, place: str) -> PersonMention:
    """Named with his rank only, at a meeting of `place`'s police."""
    rank = rank_seniority("Đại tá")
    return PersonMention(doc, 1, "Vi Văn Hải", date, ((rank, date),), (), (place, MINISTRY))


def people(*mentions: PersonMention) -> int:
    return len(resolve_persons(mentions).clustering.groups)


def test_the_merger_table_names_the_police_each_province_took_in():
    assert absorbed_police()[LAO_CAI] == {YEN_BAI}
    assert YEN_BAI not in absorbed_police()


def test_an_officer_of_a_merged_province_named_after_the_merger_in_its_keeper_is_one():
    assert people(director("a", "2023-05-10", YEN_BAI), guest("b", "2025-09-10", LAO_CAI)) == 1


def test_before_the_merger_the_two_provinces_stay_apart():
    assert people(director("a", "2023-05-10", YEN_BAI), guest("b", "2024-09-10", LAO_CAI)) == 2


def test_a_province_the_officer_never_served_stays_apart_after_the_merger():
    assert people(director("a", "2023-05-10", YEN_BAI), guest("b", "2025-09-10", TUYEN_QUANG)) == 2
