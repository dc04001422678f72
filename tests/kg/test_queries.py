"""Named queries over a store built from hand-written facts, on every store kind."""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef
from support.graph_facts import CLUSTER, HA_TINH, MINISTRY, NGHE_AN, NGHI_LOC
from support.stores import with_all_documents

from core.ids import mint
from core.namespaces import CAND
from kg import queries
from kg.resolve import cluster_iri, person_iri, unit_iri
from kg.sparql import bind

THINH = person_iri("Phan Đức Thịnh")
MAI = person_iri("Hồ Thị Mai")
TOAN = person_iri("Lê Văn Toàn")
VIET = person_iri("Trần Quốc Việt")
CLUSTER_IRI = cluster_iri(CLUSTER, unit_iri(MINISTRY))
MY_QUERIES = {
    "awards_of",
    "cluster_members",
    "co_attendees",
    "event_attendees",
    "person_career",
    "person_events",
    "person_on_date",
    "unit_clusters",
    "unit_leaders",
    "unit_subunits",
}


@pytest.fixture
def store(any_store):
    return with_all_documents(any_store)


def rows(store, name, **params):
    return queries.run(store, name, **params).dicts()


def values(found, key):
    return [str(row[key]) if key in row else None for row in found]


def event_2020(store):
    found = store.query(
        f"SELECT ?e WHERE {{ ?e a <{CAND.Event}> ; <{CAND.eventKind}> <{CAND.conference}> }}"
    )
    return found.rows[0][0]


def test_every_named_query_of_the_graph_model_exists():
    assert set(queries.names()) >= MY_QUERIES


def test_event_attendees_lists_the_chair_first(store):
    found = rows(store, "event_attendees", event=event_2020(store))
    assert values(found, "person")[0] == str(THINH)
    assert set(values(found, "person")) == {str(THINH), str(MAI), str(TOAN)}
    # The same text on every store: a boolean reads as 1 or 0 from Virtuoso.
    assert [str(row["chair"]) for row in found] == ["true", "false", "false"]


def test_person_events_lists_events_of_both_documents_in_date_order(store):
    found = rows(store, "person_events", person=THINH)
    assert [str(row["kind"]).rsplit("#")[-1] for row in found] == ["conference", "ceremony"]
    assert values(found, "date") == ["2020-06-12", "2023-02-03"]
    assert str(found[0]["source"]).endswith("/doc/hoi-nghi-cum-3-2020")


def test_person_career_shows_a_promotion_as_history_with_sources(store):
    found = rows(store, "person_career", person=THINH)
    ranks = [
        (str(r["label"]), str(r["first"]), str(r["last"]))
        for r in found
        if str(r["what"]) == "rank"
    ]
    # Đại tá in the 2020 article; Thiếu tướng from the roster's post start to the 2023 article.
    assert ranks == [
        ("Đại tá", "2020-06-12", "2020-06-12"),
        ("Thiếu tướng", "2022-11-01", "2023-02-03"),
    ]
    posts = {str(r["label"]): r for r in found if str(r["what"]) == "post"}
    assert set(posts) == {"Phó Giám đốc", "Giám đốc"}
    assert str(posts["Giám đốc"]["first"]) == "2022-11-01"
    assert str(posts["Giám đốc"]["unit"]) == str(unit_iri(NGHE_AN))
    assert int(posts["Giám đốc"]["sources"]) == 2
    assert all("source" in row and int(row["sources"]) >= 1 for row in found)


@pytest.mark.parametrize(
    ("date", "rank", "posts"),
    [
        ("2021-01-01", "Đại tá", {"Phó Giám đốc"}),
        # The roster's post, begun before the date, supersedes the deputy post last seen in 2020.
        ("2022-12-01", "Thiếu tướng", {"Giám đốc"}),
        ("2023-05-05", "Thiếu tướng", {"Giám đốc"}),
    ],
)
def test_person_on_date_gives_latest_rank_and_posts_held(store, date, rank, posts):
    found = rows(store, "person_on_date", person=THINH, date=Literal(date))
    ranks = {str(r["label"]) for r in found if str(r["what"]) == "rank"}
    assert ranks == {rank}
    assert {str(r["label"]) for r in found if str(r["what"]) == "post"} == posts


def test_person_on_date_before_any_source_is_empty(store):
    assert rows(store, "person_on_date", person=THINH, date="2019-01-01") == []


def test_roster_interval_ends_after_its_end_date(store):
    during = rows(store, "person_on_date", person=VIET, date="2020-05-05")
    after = rows(store, "person_on_date", person=VIET, date="2022-11-05")
    assert [str(r["label"]) for r in during if str(r["what"]) == "post"] == ["Giám đốc"]
    assert [r for r in after if str(r["what"]) == "post"] == []


def test_unit_subunits_lists_direct_children(store):
    found = rows(store, "unit_subunits", unit=unit_iri(NGHE_AN))
    assert values(found, "unit") == [str(unit_iri(NGHI_LOC))]
    assert values(found, "name") == [NGHI_LOC]


@pytest.mark.parametrize(
    ("date", "director"),
    [("2020-01-01", VIET), ("2023-01-01", THINH)],
)
def test_unit_leaders_on_a_date_follow_the_roster(store, date, director):
    found = rows(store, "unit_leaders", unit=unit_iri(NGHE_AN), date=date)
    directors = {str(r["person"]) for r in found if str(r["roleLabel"]) == "Giám đốc"}
    assert str(director) in directors


def test_unit_leaders_take_the_latest_observation_of_each_role(store):
    found = rows(store, "unit_leaders", unit=unit_iri(NGHI_LOC), date="2024-01-01")
    assert [(str(r["name"]), str(r["last"])) for r in found] == [("Hồ Thị Mai", "2023-02-03")]


def test_unit_clusters_with_years(store):
    found = rows(store, "unit_clusters", unit=unit_iri(NGHE_AN))
    assert values(found, "cluster") == [str(CLUSTER_IRI)]
    assert sorted(str(found[0]["years"]).split(",")) == ["2020", "2023"]


@pytest.mark.parametrize(("year", "members"), [("2020", {NGHE_AN, HA_TINH}), ("2023", {NGHE_AN})])
def test_cluster_members_in_a_year(store, year, members):
    found = rows(store, "cluster_members", cluster=CLUSTER_IRI, year=year)
    assert set(values(found, "name")) == members


def test_awards_of_a_unit_and_of_a_person(store):
    to_unit = rows(store, "awards_of", recipient=unit_iri(NGHI_LOC))
    assert len(to_unit) == 1
    assert str(to_unit[0]["awardName"]) == "Bằng khen"
    assert int(to_unit[0]["collectives"]) == 4
    assert str(to_unit[0]["grantor"]) == str(unit_iri(NGHE_AN))
    to_person = rows(store, "awards_of", recipient=MAI)
    assert values(to_person, "award") == [str(mint("award", "Bằng khen"))]


def test_co_attendees_counts_shared_events(store):
    found = rows(store, "co_attendees", person=THINH)
    assert values(found, "person")[0] == str(MAI)
    assert int(found[0]["events"]) == 2
    assert {str(r["person"]) for r in found} == {str(MAI), str(TOAN)}


def test_rank_labels_come_from_the_document_graph(store):
    found = rows(store, "person_career", person=THINH)
    ranks = {str(r["value"]): str(r["label"]) for r in found if str(r["what"]) == "rank"}
    assert ranks["https://w3id.org/cand-kg/id/rank/dai-ta"] == "Đại tá"


@pytest.mark.parametrize("name", ["api_persons", "api_units", "api_clusters"])
def test_a_list_count_is_its_rows_without_sorting_them(store, name):
    text = queries.for_store(store, name)
    any_ = URIRef("urn:cand-kg:any")
    params = {p: any_ for p in set(re.findall(r"\$(\w+)", text))}
    listed = store.query(bind(text, **params)).rows
    counted = queries.count(text)
    assert "ORDER BY" not in counted and "ORDER BY" in text
    assert int(store.query(bind(counted, **params)).rows[0][0]) == len(listed) > 0
