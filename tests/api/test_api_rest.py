"""REST resources, in process (TestClient) over a store built from examples/ and fixtures."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.api_server import FIXTURE, build_store

from api.app import create_app
from core.settings import Settings

EVENT = "hoi-nghi-tong-ket-2023"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("rest") / "kg")
    app = create_app(Settings(store=str(store), api_token="secret"))
    with TestClient(app) as test_client:
        yield test_client


def test_person_list_is_paginated_with_total(client):
    first = client.get("/persons", params={"limit": 1}).json()
    second = client.get("/persons", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] >= 3
    assert len(first["items"]) == len(second["items"]) == 1
    assert first["items"][0]["id"] != second["items"][0]["id"]


def test_person_name_filter_ignores_case_and_accents(client):
    for name in ("dao thanh hai", "ĐÀO THANH HẢI", "Đào Thanh Hải"):
        page = client.get("/persons", params={"name": name}).json()
        assert [p["id"] for p in page["items"]] == ["dao-thanh-hai"]


def test_person_filters_by_rank_unit_and_date(client):
    by_rank = client.get("/persons", params={"rank": "dai-ta"}).json()
    assert "nguyen-van-binh" in [p["id"] for p in by_rank["items"]]
    assert "dao-thanh-hai" not in [p["id"] for p in by_rank["items"]]
    by_unit = client.get("/persons", params={"unit": "cong-an-quan-ba-dinh"}).json()
    assert "le-thi-thu" in [p["id"] for p in by_unit["items"]]
    on_date = [
        p["id"] for p in client.get("/persons", params={"date": "2024-09-02"}).json()["items"]
    ]
    assert "dao-thanh-hai" in on_date
    assert "nguyen-van-binh" not in on_date
    in_roster_interval = client.get("/persons", params={"date": "2021-06-01"}).json()
    assert "le-thi-thu" in [p["id"] for p in in_roster_interval["items"]]


def test_person_record_has_each_rank_and_post_once_with_dates_sources_and_current_rank(client):
    person = client.get("/persons/dao-thanh-hai").json()
    assert person["names"] == ["Đào Thanh Hải"]
    assert [(r["rank"]["id"], r["first"], r["last"]) for r in person["ranks"]] == [
        ("thieu-tuong", "2024-01-12", "2024-01-12"),
        ("trung-tuong", "2024-09-02", "2024-09-02"),
    ]
    assert person["ranks"][0]["source"]["id"] == "bai-hoi-nghi-2023"
    assert [r["sources"] for r in person["ranks"]] == [1, 1]
    assert person["current_rank"]["name"] == "Trung tướng"
    assert person["posts"][0]["role"] == "Phó Giám đốc"
    assert person["posts"][0]["unit"]["id"] == "cong-an-thanh-pho-ha-noi"


def test_person_rank_and_post_history_is_paged_per_document(client):
    person = client.get("/persons/dao-thanh-hai").json()
    ranks = client.get(person["ranks_href"]).json()
    assert [(r["rank"]["id"], r["date"], r["source"]["id"]) for r in ranks["items"]] == [
        ("thieu-tuong", "2024-01-12", "bai-hoi-nghi-2023"),
        ("trung-tuong", "2024-09-02", "bai-trao-thuong-2024"),
    ]
    second = client.get(person["ranks_href"], params={"limit": 1, "offset": 1}).json()
    assert (second["total"], [r["date"] for r in second["items"]]) == (2, ["2024-09-02"])
    posts = client.get(person["posts_href"]).json()
    assert posts["total"] == sum(p["sources"] for p in person["posts"])
    assert {p["unit"]["id"] for p in posts["items"]} == {p["unit"]["id"] for p in person["posts"]}
    assert client.get("/persons/khong-co-ai/ranks").status_code == 404


def test_a_person_record_names_each_source_by_its_document_title(client):
    person = client.get("/persons/nguyen-hoang-lam").json()
    history = [client.get(person[f"{kind}_href"]).json()["items"] for kind in ("ranks", "posts")]
    sources = [entry["source"] for entry in person["ranks"] + person["posts"] + sum(history, [])]
    assert len({source["id"] for source in sources}) >= 2
    for source in sources:
        document = client.get(f"/documents/{source['id']}").json()
        assert document["title"] and source["name"] == document["title"]


def test_person_events_lists_events_attended_or_chaired(client):
    page = client.get("/persons/dao-thanh-hai/events").json()
    assert [e["id"] for e in page["items"]] == [EVENT, "le-trao-huan-chuong-2024"]


def test_event_filters_by_kind_dates_unit_and_attendee(client):
    def ids(**params):
        return [e["id"] for e in client.get("/events", params=params).json()["items"]]

    assert "le-trao-huan-chuong-2024" in ids(kind="ceremony")
    assert EVENT not in ids(kind="ceremony")
    assert EVENT in ids(**{"from": "2024-01", "to": "2024-01-31"})
    assert "le-trao-huan-chuong-2024" not in ids(**{"from": "2024-01", "to": "2024-01-31"})
    assert ids(unit="cong-an-quan-dong-da") == ["le-trao-huan-chuong-2024"]
    assert ids(attendee="le-thi-thu") == [EVENT]


def test_event_record_names_organisers_chair_and_sources(client):
    event = client.get(f"/events/{EVENT}").json()
    assert event["kind"] == "conference"
    assert event["date"] == "2024-01-11"
    assert [o["id"] for o in event["organisers"]] == ["cong-an-thanh-pho-ha-noi"]
    assert [c["id"] for c in event["chairs"]] == ["dao-thanh-hai"]
    assert event["attendees"] == 3


def test_attendees_carry_rank_and_posts_held_on_the_event_date(client):
    page = client.get(f"/events/{EVENT}/attendees").json()
    by_id = {a["person"]["id"]: a for a in page["items"]}
    assert page["total"] == 3
    # Promoted to Trung tướng later in the year: on the event's date he was Thiếu tướng.
    assert by_id["dao-thanh-hai"]["rank"]["id"] == "thieu-tuong"
    assert by_id["dao-thanh-hai"]["chair"] is True
    assert by_id["nguyen-van-binh"]["rank"]["id"] == "dai-ta"
    assert by_id["nguyen-van-binh"]["posts"][0]["unit"]["id"] == "cong-an-quan-dong-da"
    # A roster's interval covers the date.
    assert by_id["le-thi-thu"]["posts"][0]["start"] == "2020-05-01"
    assert page["items"][0]["person"]["id"] == "dao-thanh-hai"


def test_unit_record_has_parent_subunits_clusters_and_leaders(client):
    hanoi = client.get("/units/cong-an-thanh-pho-ha-noi").json()
    assert hanoi["parent"]["id"] == "bo-cong-an"
    assert {"cong-an-quan-dong-da", "cong-an-quan-ba-dinh"} <= {u["id"] for u in hanoi["subunits"]}
    dong_da = client.get("/units/cong-an-quan-dong-da").json()
    assert dong_da["type"] == "DistrictPolice"
    assert [(c["cluster"]["id"], c["year"]) for c in dong_da["clusters"]] == [
        ("cum-thi-dua-so-3", "2024")
    ]
    assert [(lead["person"]["id"], lead["role"]) for lead in dong_da["leaders"]] == [
        ("nguyen-van-binh", "Trưởng Công an quận")
    ]


def test_unit_list_filters_by_name_and_parent(client):
    page = client.get("/units", params={"name": "dong da"}).json()
    assert [u["id"] for u in page["items"]] == ["cong-an-quan-dong-da"]
    children = client.get("/units", params={"parent": "cong-an-thanh-pho-ha-noi"}).json()
    assert {"cong-an-quan-dong-da", "cong-an-quan-ba-dinh"} <= {u["id"] for u in children["items"]}


def test_cluster_list_and_record_with_members(client):
    page = client.get("/clusters", params={"name": "cụm thi đua số 3"}).json()
    assert page["items"][0]["id"] == "cum-thi-dua-so-3"
    cluster = client.get("/clusters/cum-thi-dua-so-3").json()
    assert [m["unit"]["id"] for m in cluster["members"]] == [
        "cong-an-quan-ba-dinh",
        "cong-an-quan-dong-da",
    ]
    assert cluster["parent"]["id"] == "cong-an-thanh-pho-ha-noi"


def test_awards_give_recipient_counts_and_source(client):
    page = client.get("/awards", params={"recipient": "cong-an-quan-dong-da"}).json()
    assert page["total"] == 1
    award = page["items"][0]
    assert award["award"] == "Huân chương Bảo vệ Tổ quốc hạng Ba"
    assert (award["collectives"], award["individuals"]) == (1, 4)
    assert award["grantor_name"] == "Chủ tịch nước"
    assert award["source"]["id"] == "bai-trao-thuong-2024"
    # An award name (any case, without accents) finds the same conferral; another finds none.
    for params, total in (
        ({"award": "bao ve to quoc", "recipient": "cong-an-quan-dong-da"}, 1),
        ({"award": "HUÂN CHƯƠNG BẢO VỆ", "recipient": "cong-an-quan-dong-da"}, 1),
        ({"award": "Huân chương Quân công"}, 0),
    ):
        named = client.get("/awards", params=params).json()
        assert named["total"] == total
        assert [a["id"] for a in named["items"]] == [award["id"]] * total


def test_document_record_lists_the_facts_it_gave(client):
    doc = client.get("/documents/bai-hoi-nghi-2023").json()
    assert doc["date"] == "2024-01-12"
    assert doc["url"] == "https://example.org/tin/hoi-nghi-2023"
    assert {p["id"] for p in doc["facts"]["persons"]} == {
        "dao-thanh-hai",
        "nguyen-van-binh",
        "le-thi-thu",
    }
    assert [e["id"] for e in doc["facts"]["events"]] == [EVENT]


@pytest.mark.parametrize("query", ["dao thanh hai", "DAO THANH HAI", "Đào Thanh Hải", "đào thanh"])
def test_search_finds_a_person_whatever_the_case_and_accents(client, query):
    hits = client.get("/search", params={"q": query}).json()["items"]
    assert hits[0]["id"] == "dao-thanh-hai"
    assert hits[0]["kind"] == "person"


def test_search_ranks_the_closest_name_first(client):
    hits = client.get("/search", params={"q": "dong da"}).json()["items"]
    assert hits[0]["id"] == "cong-an-quan-dong-da"
    assert hits[0]["score"] >= max(h["score"] for h in hits)
    exact = client.get("/search", params={"q": "công an quận đống đa"}).json()["items"]
    assert exact[0]["score"] == 1.0


def test_search_can_be_limited_to_kinds(client):
    hits = client.get("/search", params={"q": "dong da", "kind": "doc"}).json()["items"]
    assert hits and {h["kind"] for h in hits} == {"doc"}


@pytest.mark.parametrize(
    "path",
    [
        "/persons/khong-co-ai",
        "/persons/khong-co-ai/events",
        "/events/khong-co",
        "/events/khong-co/attendees",
        "/units/khong-co",
        "/clusters/khong-co",
        "/documents/khong-co",
    ],
)
def test_unknown_ids_give_404_with_a_json_message(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "khong-co" in response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/persons", {"limit": 0}),
        ("/persons", {"limit": 5000}),
        ("/persons", {"offset": -1}),
        ("/persons", {"date": "hôm qua"}),
        ("/events", {"kind": "party"}),
        ("/events", {"from": "2024-13-45x"}),
        ("/search", {"q": ""}),
        ("/search", {}),
        ("/persons/Đào Thanh Hải", {}),
    ],
)
def test_invalid_parameters_give_422(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_openapi_documents_every_resource_with_vietnamese_examples(client):
    spec = client.get("/openapi.json").json()
    for path in ("/sparql", "/persons/{person_id}", "/events/{event_id}/attendees", "/search"):
        assert path in spec["paths"]
    assert "Đào Thanh Hải" in client.get("/openapi.json").text
    assert client.get("/docs").status_code == 200


def test_sources_are_the_documents_under_the_design_name(client):
    assert client.get("/sources/bai-hoi-nghi-2023").json() == (
        client.get("/documents/bai-hoi-nghi-2023").json()
    )
    assert client.get("/sources/khong-co").status_code == 404


def test_attendee_without_a_rank_in_the_event_source_gets_the_latest_earlier_one(tmp_path):
    from kg.store import OxigraphStore

    store = OxigraphStore(None)
    with FIXTURE.open("rb") as data:
        store.load(data, "trig")
    # A later event whose own article gives no ranks: they come from each person's history.
    store.update(
        "PREFIX schema: <https://schema.org/> PREFIX cand: <https://w3id.org/cand-kg/ontology#>"
        " INSERT DATA { GRAPH <https://w3id.org/cand-kg/id/doc/bai-khac> {"
        " <https://w3id.org/cand-kg/id/event/hop-bao> a cand:Event ;"
        ' schema:startDate "2024-10-01"^^<http://www.w3.org/2001/XMLSchema#date> ;'
        " schema:attendee <https://w3id.org/cand-kg/id/person/dao-thanh-hai> ,"
        " <https://w3id.org/cand-kg/id/person/nguyen-van-binh> } }"
    )
    with TestClient(create_app(Settings(store=":memory:"), store=store)) as local:
        items = local.get("/events/hop-bao/attendees").json()["items"]
    ranks = {a["person"]["id"]: a["rank"]["id"] for a in items}
    assert ranks == {"dao-thanh-hai": "trung-tuong", "nguyen-van-binh": "dai-ta"}


@pytest.mark.parametrize(
    "query", ["Đào\u200b Thanh\u200d Hải", "\u202eĐào Thanh Hải\u202c", "dao  thanh\thai"]
)
def test_search_ignores_invisible_characters_and_spacing(client, query):
    hits = client.get("/search", params={"q": query}).json()["items"]
    assert hits[0]["id"] == "dao-thanh-hai"


def test_unit_documents_are_counted_and_paged_newest_first(client):
    record = client.get("/units/cong-an-thanh-pho-ha-noi").json()
    everything = client.get("/units/cong-an-thanh-pho-ha-noi/documents").json()
    assert record["source_count"] == everything["total"] == len(everything["items"]) >= 2
    assert record["sources_href"] == "/units/cong-an-thanh-pho-ha-noi/documents"
    assert [s["id"] for s in record["sources"]] == [d["id"] for d in everything["items"]][:20]
    dates = [d["date"] for d in everything["items"] if d["date"]]
    assert dates == sorted(dates, reverse=True)
    second = client.get(
        "/units/cong-an-thanh-pho-ha-noi/documents", params={"limit": 1, "offset": 1}
    ).json()
    assert second["total"] == everything["total"]
    assert [d["id"] for d in second["items"]] == [everything["items"][1]["id"]]
    assert client.get("/units/khong-co-don-vi-nay/documents").status_code == 404
