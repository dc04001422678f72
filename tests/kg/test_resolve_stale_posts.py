"""A report may name an officer by a post he has already left: an outlet writing weeks after a
move still gives the old post. Such a late sighting is the same officer, while a post seen
on both sides of another officer's post, long after it began, is still held by someone else
(`kg.resolve.persons`). Mentions are invented."""

from __future__ import annotations

from kg.resolve.blocks import resolve_persons
from kg.resolve.mentions import PersonMention, PostSeen
from kg.resolve.rules import rank_seniority

QUANG_TRI = "cong-an-tinh-quang-tri"
TRAFFIC = f"phong-canh-sat-giao-thong--{QUANG_TRI}"
ECONOMIC = f"phong-canh-sat-kinh-te--{QUANG_TRI}"


def head(unit: str, date: str) -> PostSeen:
    return PostSeen(
        "Trưởng phòng", unit, (unit, QUANG_TRI, "bo-cong-an"), False, seen=date, province=QUANG_TRI
    )


def officer(doc: str, date: str, *posts: PostSeen) -> PersonMention:
    seniority = rank_seniority("Thượng tá")
    assert seniority is not None
    context = tuple(sorted({c for p in posts for c in p.chain}))
    return PersonMention(doc, 1, "Đinh Công Thạc", date, ((seniority, date),), posts, context)


def people(*mentions: PersonMention) -> list[str]:
    iris = resolve_persons(mentions).iri_of()
    return [iris[m.key] for m in mentions]


def test_an_old_post_reported_weeks_after_the_next_one_is_the_same_officer():
    # head of the traffic police, moved to head the economic police in May; a June article
    # still calls him head of the traffic police
    iris = people(
        officer("a", "2024-01-12", head(TRAFFIC, "2024-01-12")),
        officer("b", "2024-05-20", head(ECONOMIC, "2024-05-20")),
        officer("c", "2024-06-28", head(TRAFFIC, "2024-06-28")),
        officer("d", "2024-11-03", head(ECONOMIC, "2024-11-03")),
    )
    assert len(set(iris)) == 1


def test_a_move_stated_makes_any_later_sighting_of_the_post_left_a_late_one():
    # the move is told in March; an article of the next year recalls him by the traffic post
    moved = officer("m", "2024-03-04", head(TRAFFIC, "2024-03-04"), head(ECONOMIC, "2024-03-04"))
    iris = people(
        officer("a", "2024-01-12", head(TRAFFIC, "2024-01-12")),
        moved,
        officer("b", "2024-05-20", head(ECONOMIC, "2024-05-20")),
        officer("c", "2025-02-14", head(TRAFFIC, "2025-02-14")),
    )
    assert len(set(iris)) == 1


def test_a_post_seen_on_both_sides_of_another_long_held_is_two_officers():
    # the traffic post is seen a year after the economic one began, with no move stated
    iris = people(
        officer("a", "2024-01-12", head(TRAFFIC, "2024-01-12")),
        officer("b", "2024-02-20", head(ECONOMIC, "2024-02-20")),
        officer("c", "2025-03-28", head(TRAFFIC, "2025-03-28")),
    )
    assert iris[0] == iris[2] != iris[1]


def test_a_post_recalled_as_left_long_after_the_next_one_is_the_same_officer():
    # `nguyên Trưởng phòng Cảnh sát giao thông` more than a year after the economic post began,
    # with no move stated: the report says the post was left by then, not that it is held
    left = PostSeen(
        "Trưởng phòng",
        TRAFFIC,
        (TRAFFIC, QUANG_TRI, "bo-cong-an"),
        False,
        end="2025-03-28",
        province=QUANG_TRI,
        former=True,
    )
    recalled = officer("c", "2025-03-28", left)
    iris = people(
        officer("a", "2024-01-12", head(TRAFFIC, "2024-01-12")),
        officer("b", "2024-02-20", head(ECONOMIC, "2024-02-20")),
        recalled,
    )
    assert len(set(iris)) == 1
    # nor is it held on the day of the report beside a post seen elsewhere that day
    elsewhere = PostSeen(
        "Phó Cục trưởng",
        "cuc-canh-sat-giao-thong",
        ("cuc-canh-sat-giao-thong", "bo-cong-an"),
        False,
        seen="2025-03-28",
    )
    iris = people(
        officer("a", "2024-01-12", head(TRAFFIC, "2024-01-12")),
        recalled,
        officer("d", "2025-03-28", elsewhere),
    )
    assert len(set(iris)) == 1


def test_a_post_seen_again_after_another_s_one_sighting_within_months_is_two_officers():
    # head of the traffic police in January and June, a namesake heading the economic police
    # seen once in March: no later sighting says the traffic post was left for it
    iris = people(
        officer("a", "2024-01-12", head(TRAFFIC, "2024-01-12")),
        officer("b", "2024-03-20", head(ECONOMIC, "2024-03-20")),
        officer("c", "2024-06-28", head(TRAFFIC, "2024-06-28")),
    )
    assert iris[0] == iris[2] != iris[1]
    # seen again in the economic post after the June report, the traffic post was left
    later = officer("d", "2024-09-03", head(ECONOMIC, "2024-09-03"))
    iris = people(
        *(
            officer(m, d, head(u, d))
            for m, d, u in (
                ("a", "2024-01-12", TRAFFIC),
                ("b", "2024-03-20", ECONOMIC),
                ("c", "2024-06-28", TRAFFIC),
            )
        ),
        later,
    )
    assert len(set(iris)) == 1
