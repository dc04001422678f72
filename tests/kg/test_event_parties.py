"""The organisers an event mention counts as evidence beyond those written for the event: the
emulation cluster its sentence names, keyed under the body above its host when written without
it, and every party a signing's sentence names; and a cluster named without its body is the
same organiser as one named with it. Articles are invented."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from core.namespaces import CAND
from kg.pipeline import prepare
from kg.resolve.blocks import resolve_events
from kg.resolve.mentions import EventMention


def organisers(tmp_path: Path, name: str, text: str) -> dict[str, list[str]]:
    """Kind -> organisers of each event mention of one article."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(path)
    assert prepared.error is None and prepared.graph is not None
    found: dict[str, list[str]] = {}
    graph = Graph().parse(data=prepared.graph.ntriples, format="nt")
    for _, p, o in graph:
        if p == CAND.mentionRecord:
            record = json.loads(str(o))
            if "kind" in record:
                found.setdefault(record["kind"], []).extend(record["organisers"])
    return found


def test_a_cluster_written_without_its_body_belongs_to_the_body_above_its_host(tmp_path):
    hosted = organisers(
        tmp_path,
        "a-2021-11-09-cum",
        " date 2021-11-09 Lạng Sơn đăng cai Cụm thi đua\n\nSáng 9/11, Công an tỉnh Lạng Sơn "
        "đăng cai hội nghị tổng kết phong trào thi đua năm 2021 của Cụm thi đua số 2.\n",
    )
    own = organisers(
        tmp_path,
        "b-2021-11-10-cum",
        " date 2021-11-10 Cụm thi đua số 2 tổng kết\n\nNgày 9/11, Cụm thi đua số 2, Bộ Công an "
        "tổ chức hội nghị tổng kết phong trào thi đua năm 2021 tại Lạng Sơn.\n",
    )
    assert "cum-thi-dua-so-2--bo-cong-an" in hosted["conference"]
    assert "cong-an-tinh-lang-son" in hosted["conference"]
    assert own["conference"] == ["cum-thi-dua-so-2--bo-cong-an"]


def test_a_headline_naming_the_cluster_gives_it_to_the_first_event_its_host_holds(tmp_path):
    hosted = organisers(
        tmp_path,
        "f-2023-11-15-cum",
        " date 2023-11-15 Cụm thi đua số 6 tổng kết năm 2023\n\nSáng 15/11, Công an tỉnh Ninh "
        "Bình, đơn vị Cụm trưởng, tổ chức hội nghị tổng kết phong trào thi đua năm 2023.\n",
    )
    assert "cum-thi-dua-so-6--bo-cong-an" in hosted["conference"]


def test_every_unit_a_signing_sentence_names_is_a_party(tmp_path):
    both = organisers(
        tmp_path,
        "c-2022-03-15-ky-ket",
        " date 2022-03-15 Hai tỉnh ký kết phối hợp\n\nSáng 15/3, Công an tỉnh Cao Bằng và "
        "Công an tỉnh Bắc Kạn ký kết quy chế phối hợp phòng chống tội phạm.\n",
    )
    one = organisers(
        tmp_path,
        "d-2022-03-16-ky-ket",
        " date 2022-03-16 Bắc Kạn ký quy chế với Cao Bằng\n\nNgày 15/3, Công an tỉnh Bắc Kạn "
        "ký quy chế phối hợp với Công an tỉnh Cao Bằng.\n",
    )
    parties = {"cong-an-tinh-cao-bang", "cong-an-tinh-bac-kan"}
    assert parties <= set(both["signing"])
    assert parties <= set(one["signing"])


def test_a_conference_counts_only_the_organisers_written(tmp_path):
    # a conference is not a signing: a unit its sentence names as a guest is no organiser
    told = organisers(
        tmp_path,
        "e-2022-06-02-hoi-nghi",
        " date 2022-06-02 Cao Bằng sơ kết\n\nSáng 2/6, Công an tỉnh Cao Bằng tổ chức hội nghị "
        "sơ kết công tác 6 tháng, có đại diện Công an tỉnh Bắc Kạn dự.\n",
    )
    assert told["conference"] == ["cong-an-tinh-cao-bang"]


def conference(doc: str, *organisers: str) -> EventMention:
    return EventMention(
        doc, 1, "conference", "2024-03-12", f"event/{doc}", organisers, (), None, "2024-03-12", ()
    )


def test_a_cluster_named_without_its_body_is_the_organiser_named_with_it():
    # one report writes `Cụm thi đua số 2 tổ chức`, another `Cụm thi đua số 2, Bộ Công an`;
    # a third report of that day is of cluster 3
    groups = resolve_events(
        [
            conference("a", "cum-thi-dua-so-2"),
            conference("b", "cum-thi-dua-so-2--bo-cong-an"),
            conference("c", "cum-thi-dua-so-3--bo-cong-an"),
        ]
    ).clustering.groups
    assert sorted(sorted(g) for g in groups) == [[0, 1], [2]]
