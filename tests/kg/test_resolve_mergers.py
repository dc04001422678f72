"""Where an officer named without a post is at home (resolution of mention records, no store):
across the 2025 merger of provinces, from whose day a provincial police stands also for those
it took in; and anywhere for one who serves only the ministry."""

from __future__ import annotations

from dataclasses import replace

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


def head(doc: str, date: str, rank: str, department: str, province: str) -> PersonMention:
    """Hầu Văn Sính, head of a department of a provincial police, as one article names him."""
    unit = f"{department}--{province}"
    post = PostSeen("Trưởng phòng", unit, (unit, province, "bo-cong-an"), False, seen=date)
    post = replace(post, province=province)
    ranks = ((rank_seniority(rank), date),)
    return PersonMention(doc, 1, "Hầu Văn Sính", date, ranks, (post,), (unit, province))


def test_namesakes_heading_departments_of_two_provinces_stay_two_after_the_merger():
    # before the merger: traffic police of Hà Giang, economic police of Tuyên Quang; after it
    # (Hà Giang in Tuyên Quang) each heads his department of Tuyên Quang: the traffic head
    # goes on where the Hà Giang one was, and the economic post, seen before and after the
    # traffic head's report, is held by someone else meanwhile
    traffic, economic = "phong-canh-sat-giao-thong", "phong-canh-sat-kinh-te"
    ha_giang, tuyen_quang = "cong-an-tinh-ha-giang", "cong-an-tinh-tuyen-quang"
    one = head("a", "2024-04-10", "Thượng tá", traffic, ha_giang)
    other = head("b", "2024-05-14", "Thượng tá", economic, tuyen_quang)
    one_after = head("c", "2025-09-16", "Thượng tá", traffic, tuyen_quang)
    other_after = head("d", "2025-10-20", "Đại tá", economic, tuyen_quang)
    iris = resolve_persons([one, other, one_after, other_after]).iri_of()
    assert iris[one.key] == iris[one_after.key]
    assert iris[other.key] == iris[other_after.key] != iris[one.key]
