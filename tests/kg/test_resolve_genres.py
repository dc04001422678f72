"""What an event's title says it is for (`kg/resolve/data/event_genres.csv`): two reports of one
kind and day whose titles name different genres and none in common are two events, even when
one unit is under the other and one guest attends both; titles naming a genre in common, or
none, are no evidence."""

from __future__ import annotations

import json
from dataclasses import replace

from kg.resolve.blocks import resolve_events
from kg.resolve.mentions import EventMention
from kg.resolve.rules import event_genres

PROVINCE = "cong-an-tinh-nghe-an"
TRAFFIC = "phong-canh-sat-giao-thong--cong-an-tinh-nghe-an"
DEPUTY = "quach huu dien"


def conference(doc: str, title: str, organiser: str, *people: str) -> EventMention:
    above = ("bo-cong-an",) if organiser == PROVINCE else (PROVINCE, "bo-cong-an")
    return EventMention(
        doc,
        1,
        "conference",
        "2024-11-14",
        f"event/{doc}",
        (organiser,),
        people,
        None,
        "2024-11-14",
        above,
        genres=event_genres("conference", title),
    )


def groups(*mentions: EventMention) -> int:
    return len(resolve_events(mentions).clustering.groups)


def test_a_title_names_its_genres_by_whole_words_before_the_organiser():
    assert event_genres("conference", "Hội nghị tập huấn kỹ năng điều tra — Công an tỉnh A") == (
        "training",
    )
    title = "Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025"
    assert event_genres("conference", title) == ("review", "training")
    assert event_genres("ceremony", "Lễ đón nhận quyết định điều động") == ("announcement",)
    # a commemorative medal is an award, not an anniversary
    assert event_genres("ceremony", "Lễ trao Kỷ niệm chương") == ("award",)
    title = "Lễ kỷ niệm 80 năm Ngày truyền thống và đón nhận Huân chương"
    assert event_genres("ceremony", title) == ("anniversary", "award")
    # the words of another kind, or none, say nothing
    assert event_genres("ceremony", "Hội nghị tập huấn") == ()
    assert event_genres("conference", "Hội nghị Công an tỉnh") == ()
    assert event_genres("conference", None) == ()


def test_a_training_and_a_review_conference_of_one_day_stay_two():
    training = conference("a", "Hội nghị tập huấn nghiệp vụ", PROVINCE, DEPUTY)
    review = conference("b", "Hội nghị sơ kết đợt cao điểm", TRAFFIC, "vi van sam", DEPUTY)
    assert groups(training, review) == 2
    # without the titles' genres the department's conference is the province's
    untitled = conference("c", "Hội nghị", TRAFFIC, "vi van sam", DEPUTY)
    assert groups(training, untitled) == 1


def test_reports_whose_titles_share_a_genre_join_as_before():
    first = conference("a", "Hội nghị tập huấn kỹ năng điều tra", PROVINCE, DEPUTY)
    second = conference("b", "Hội nghị tập huấn nghiệp vụ điều tra", PROVINCE)
    assert groups(first, second) == 1
    both = conference("c", "Hội nghị tổng kết và tập huấn", PROVINCE, DEPUTY)
    review = conference("d", "Hội nghị sơ kết", PROVINCE, DEPUTY)
    assert groups(both, review) == 1


def test_a_record_keeps_its_genres_and_an_older_record_has_none():
    mention = conference("a", "Hội nghị tập huấn", PROVINCE, DEPUTY)
    assert EventMention.from_json(mention.to_json()) == mention
    older = json.loads(mention.to_json())
    del older["genres"]
    assert EventMention.from_json(json.dumps(older)).genres == ()


def test_one_unit_s_two_ceremonies_of_a_day_with_its_director_at_both_stay_two():
    def ceremony(doc: str, title: str, *people: str) -> EventMention:
        one = conference(doc, title, PROVINCE, *people)
        return replace(one, kind="ceremony", genres=event_genres("ceremony", title))

    launch = ceremony("a", "Lễ ra quân cao điểm", DEPUTY)
    decision = ceremony("b", "Lễ công bố quyết định bổ nhiệm", DEPUTY)
    assert groups(launch, decision) == 2
    # told by another outlet as `phát động`: the same launch
    assert groups(launch, ceremony("c", "Lễ phát động đợt cao điểm", DEPUTY)) == 1
