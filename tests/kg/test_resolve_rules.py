"""The evidence rules between mentions of one name (kg/resolve/persons.py), one rule each."""

from __future__ import annotations

from kg.resolve.blocks import resolve_persons
from kg.resolve.mentions import PersonMention, PostSeen
from kg.resolve.persons import PersonProfile
from kg.resolve.rules import rank_seniority

HA_NOI = ("cong-an-thanh-pho-ha-noi", "bo-cong-an")
HUE = ("cong-an-tinh-thua-thien-hue", "bo-cong-an")


def post(role: str, chain: tuple[str, ...], seen: str | None = None, **dates) -> PostSeen:
    province = next((c for c in chain if c.startswith("cong-an-t")), None)
    return PostSeen(
        role, chain[0], chain, False, dates.get("start"), dates.get("end"), seen, province
    )


def mention(doc: str, date: str, rank: str | None = None, *posts: PostSeen) -> PersonMention:
    ranks = ((rank_seniority(rank), date),) if rank else ()
    return PersonMention(doc, 1, "Hoàng Minh Tú", date, ranks, posts)  # type: ignore[arg-type]


def conflict(a: PersonMention, b: PersonMention) -> str | None:
    return PersonProfile.of(a).conflict(PersonProfile.of(b))


def test_a_rank_rising_one_step_over_years_is_one_career():
    assert conflict(mention("a", "2016-05", "Thượng tá"), mention("b", "2020-05", "Đại tá")) is None


def test_a_rank_lower_than_one_seen_before_is_another_person():
    found = conflict(mention("a", "2016-05", "Đại tá"), mention("b", "2020-05", "Thượng tá"))
    assert found == "a rank lower than one seen before"


def test_two_ranks_on_one_day_are_two_people():
    found = conflict(mention("a", "2021-03-02", "Đại tá"), mention("b", "2021-03-02", "Thượng tá"))
    assert found == "two ranks on one day"


def test_three_ranks_up_in_a_year_is_faster_than_promotions_allow():
    found = conflict(mention("a", "2021-05-20", "Đại úy"), mention("b", "2022-08-19", "Thượng tá"))
    assert found == "ranks rising faster than promotions allow"


def test_posts_in_two_provinces_in_one_month_are_two_people():
    a = mention("a", "2022-04", None, post("Phó Giám đốc", HA_NOI, "2022-04"))
    b = mention("b", "2022-04", None, post("Phó Giám đốc", HUE, "2022-04"))
    assert (
        conflict(a, b)
        == "posts at one time in cong-an-thanh-pho-ha-noi and cong-an-tinh-thua-thien-hue"
    )


def test_a_party_post_is_held_beside_a_police_one():
    party = PostSeen(
        "Ủy viên Ban Thường vụ Tỉnh ủy", "tinh-uy-hue", ("tinh-uy-hue",), True, seen="2022-04"
    )
    a = mention("a", "2022-04", None, post("Phó Giám đốc", HA_NOI, "2022-04"))
    b = mention("b", "2022-04", None, party)
    assert conflict(a, b) is None


def test_a_stated_move_shows_two_posts_on_one_date_without_conflict():
    moved = mention(
        "b",
        "2020-03",
        None,
        post("Phó Giám đốc", HA_NOI, "2020-03"),
        post("Giám đốc", HUE, "2020-03"),
    )
    roster = mention(
        "c", "2020-03-02", None, post("Giám đốc", HUE, start="2020-03-02", end="2024-06-21")
    )
    assert conflict(moved, roster) is None


def test_the_earliest_mention_names_the_person_and_a_namesake_gets_a_key():
    older = mention("a", "2016-05", "Đại tá", post("Giám đốc", HA_NOI))
    younger = mention("b", "2020-05", "Thiếu tá", post("Đội trưởng", HUE))
    result = resolve_persons([younger, older])
    assert [str(iri).rsplit("/", 1)[1] for iri in result.iris][0] == "hoang-minh-tu"
    assert str(result.iris[1]).rsplit("/", 1)[1].startswith("hoang-minh-tu--")
    assert resolve_persons([older, younger]).iris == result.iris


def test_a_provincial_body_is_placed_in_its_province_and_a_city_s_is_not():
    from kg.resolve.rules import body_province

    assert body_province("Tỉnh ủy Điện Biên") == "cong-an-tinh-dien-bien"
    assert body_province("Ủy ban nhân dân tỉnh Bình Định") == "cong-an-tinh-binh-dinh"
    assert body_province("Thành ủy Vinh") is None
    assert body_province("Công an tỉnh Điện Biên") is None
