"""Where an officer named without a post is at home (resolution of mention records, no store):
across the 2025 merger of provinces, from whose day a provincial police stands also for those
it took in; and anywhere for one who serves only the ministry."""

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


def department_head(doc: str, date: str) -> PersonMention:
    unit = "cuc-to-chuc-can-bo"
    post = PostSeen("Cục trưởng", unit, (unit, MINISTRY), False, None, None, date, None)
    rank = rank_seniority("Trung tướng")
    return PersonMention(doc, 1, "Vi Văn Hải", date, ((rank, date),), (post,), (unit, MINISTRY))


def test_a_ministry_department_head_named_by_rank_at_a_provincial_ceremony_is_one():
    rank = rank_seniority("Trung tướng")
    guest = PersonMention(
        "b", 1, "Vi Văn Hải", "2023-08-10", ((rank, "2023-08-10"),), (), (TUYEN_QUANG, MINISTRY)
    )
    assert people(department_head("a", "2023-03-01"), guest) == 1


def test_a_provincial_namesake_is_preferred_in_his_own_province():
    # named with no rank: nothing but his document places him
    guest_ = PersonMention("c", 1, "Vi Văn Hải", "2023-08-10", (), (), (YEN_BAI, MINISTRY))
    head, local = department_head("a", "2023-03-01"), director("b", "2023-05-10", YEN_BAI)
    iris = resolve_persons([head, local, guest_]).iri_of()
    assert iris[guest_.key] == iris[local.key] != iris[head.key]
