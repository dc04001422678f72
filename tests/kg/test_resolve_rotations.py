"""A provincial police leader moved to another province by the ministry, with no article
saying so: the deputy director of one province, later director of another, is one career
(`data/rotations.csv`, `rotation` in `data/evidence.csv`), while posts that are no such step,
or that overlap, stay two people. Mentions are invented."""

from __future__ import annotations

from kg.resolve.blocks import resolve_persons
from kg.resolve.mentions import PersonMention, PostSeen
from kg.resolve.rules import rank_seniority

NAM_DINH = ("cong-an-tinh-nam-dinh", "bo-cong-an")
HA_NAM = ("cong-an-tinh-ha-nam", "bo-cong-an")
ECONOMIC = ("phong-canh-sat-kinh-te--cong-an-tinh-ha-nam", *HA_NAM)


def post(role: str, chain: tuple[str, ...], seen: str) -> PostSeen:
    province = next(c for c in chain if c.startswith("cong-an-tinh-"))
    return PostSeen(role, chain[0], chain, False, seen=seen, province=province)


def officer(doc: str, date: str, role: str, chain: tuple[str, ...]) -> PersonMention:
    seniority = rank_seniority("Đại tá")
    assert seniority is not None
    posts = (post(role, chain, date),)
    return PersonMention(doc, 1, "Đỗ Quang Vĩnh", date, ((seniority, date),), posts, chain)


def people(*mentions: PersonMention) -> int:
    return len(resolve_persons(mentions).clustering.groups)


def test_a_deputy_director_later_director_of_another_province_is_one_career():
    assert (
        people(
            officer("a", "2021-04-08", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-06-15", "Giám đốc", HA_NAM),
            officer("c", "2023-02-09", "Giám đốc", HA_NAM),
        )
        == 1
    )


def test_the_step_is_read_in_time_order_whatever_order_the_mentions_come_in():
    assert (
        people(
            officer("b", "2022-06-15", "Giám đốc", HA_NAM),
            officer("a", "2021-04-08", "Phó Giám đốc", NAM_DINH),
        )
        == 1
    )


def test_a_director_later_deputy_of_another_province_is_no_rotation():
    assert (
        people(
            officer("a", "2021-04-08", "Giám đốc", NAM_DINH),
            officer("b", "2022-06-15", "Phó Giám đốc", HA_NAM),
        )
        == 2
    )


def test_a_department_head_is_not_a_leader_the_ministry_rotates():
    assert (
        people(
            officer("a", "2021-04-08", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-06-15", "Trưởng phòng", ECONOMIC),
        )
        == 2
    )


def test_leaders_of_two_provinces_seen_on_both_sides_of_each_other_are_two():
    # the Nam Định deputy is seen again after the Hà Nam director began: posts interleave
    assert (
        people(
            officer("a", "2021-04-08", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-06-15", "Giám đốc", HA_NAM),
            officer("c", "2023-02-09", "Phó Giám đốc", NAM_DINH),
        )
        == 2
    )


def test_a_deputy_still_reported_in_the_old_province_weeks_after_the_move_is_one_career():
    # Phó Giám đốc of Nam Định in January, director of Hà Nam in August; a September report
    # still gives the Nam Định post; Hà Nam again in January
    assert (
        people(
            officer("a", "2022-01-12", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-08-10", "Giám đốc", HA_NAM),
            officer("c", "2022-09-05", "Phó Giám đốc", NAM_DINH),
            officer("d", "2023-01-20", "Giám đốc", HA_NAM),
        )
        == 1
    )


def test_the_old_post_seen_long_after_the_new_one_began_is_another_officer():
    # the Nam Định deputy seen again ten months after the Hà Nam director was first seen, and
    # the director seen again after: two posts held at one time
    assert (
        people(
            officer("a", "2022-01-12", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-08-10", "Giám đốc", HA_NAM),
            officer("c", "2023-06-05", "Phó Giám đốc", NAM_DINH),
            officer("d", "2023-09-22", "Giám đốc", HA_NAM),
        )
        == 2
    )


def test_a_leader_seen_once_in_the_new_province_and_then_in_the_old_post_is_one_career():
    # the director of Hà Nam seen once, in August; a September report still gives the deputy
    # post in Nam Định: a late report, as the ministry moves its provincial leaders
    assert (
        people(
            officer("a", "2022-01-12", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-08-10", "Giám đốc", HA_NAM),
            officer("c", "2022-09-05", "Phó Giám đốc", NAM_DINH),
        )
        == 1
    )


def test_a_district_head_seen_between_a_namesake_s_sightings_is_still_another_officer():
    district = ("cong-an-huyen-kim-bang", *HA_NAM)
    assert (
        people(
            officer("a", "2022-01-12", "Phó Giám đốc", NAM_DINH),
            officer("b", "2022-08-10", "Trưởng Công an huyện", district),
            officer("c", "2022-09-05", "Phó Giám đốc", NAM_DINH),
        )
        == 2
    )


DEPARTMENT = ("cuc-canh-sat-kinh-te", "bo-cong-an")


def at_ministry(doc: str, date: str, role: str) -> PersonMention:
    seniority = rank_seniority("Đại tá")
    assert seniority is not None
    posts = (PostSeen(role, DEPARTMENT[0], DEPARTMENT, False, seen=date),)
    return PersonMention(doc, 1, "Đỗ Quang Vĩnh", date, ((seniority, date),), posts, DEPARTMENT)


def beside(doc: str, date: str, role: str) -> PersonMention:
    """At the ministry, in a report that names the Nam Định police too (a working visit)."""
    mention = at_ministry(doc, date, role)
    context = (*DEPARTMENT, NAM_DINH[0])
    return PersonMention(doc, 1, mention.name, date, mention.ranks, mention.posts, context)


def test_a_post_at_the_ministry_between_two_provinces_is_one_career():
    # deputy director of Nam Định, deputy head of a ministry department (first joined to the
    # deputy director, its report naming Nam Định), director of Hà Nam: no article states a move
    mentions = (
        officer("a", "2020-04-08", "Phó Giám đốc", NAM_DINH),
        beside("m", "2022-03-10", "Phó Cục trưởng"),
        officer("b", "2024-06-15", "Giám đốc", HA_NAM),
    )
    assert people(*mentions) == 1
    assert people(*mentions[::-1]) == 1


def test_a_post_at_the_ministry_makes_no_step_down_a_rotation():
    assert (
        people(
            officer("a", "2020-04-08", "Giám đốc", NAM_DINH),
            beside("m", "2022-03-10", "Phó Cục trưởng"),
            officer("b", "2024-06-15", "Phó Giám đốc", HA_NAM),
        )
        == 2
    )


def test_a_post_in_a_province_between_keeps_a_rotation_through_the_ministry_out():
    # a department of Hà Nam between Nam Định's deputy director and Hà Nam's director: no
    # leader's step, as before
    assert (
        people(
            officer("a", "2020-04-08", "Phó Giám đốc", NAM_DINH),
            officer("e", "2021-05-02", "Trưởng phòng", ECONOMIC),
            at_ministry("m", "2022-03-10", "Phó Cục trưởng"),
            officer("b", "2024-06-15", "Giám đốc", HA_NAM),
        )
        >= 2
    )
