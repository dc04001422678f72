"""Units over time through the REST API, on the embedded store and on Virtuoso: which units
existed on a day, a unit's history, its predecessors and successors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.graph_facts import posts_before_the_reorganisation, regrouped_clusters

from api.app import create_app
from core.settings import Settings
from kg.documents import DocumentGraph, write_document
from kg.triples import build_graph


@pytest.fixture
def client(any_store):
    # The server loads the reference data into the store it is given, as on first use.
    with TestClient(create_app(Settings(store=":memory:"), store=any_store)) as test_client:
        yield test_client


def units_on(client: TestClient, day: str) -> list[dict]:
    page = client.get("/units", params={"on": day, "limit": 1000}).json()
    assert page["total"] == len(page["items"])
    return page["items"]


def test_district_police_exist_in_2024_and_not_in_2026(client):
    before = units_on(client, "2024-01-01")
    after = units_on(client, "2026-01-01")
    assert sum(u["type"] == "DistrictPolice" for u in before) > 690
    assert [u for u in after if u["type"] == "DistrictPolice"] == []
    provinces_after = {u["id"] for u in after if u["type"] == "ProvincialPolice"}
    assert len(provinces_after) == 34
    assert "cong-an-tinh-vinh-long" in provinces_after
    assert "cong-an-tinh-ben-tre" not in provinces_after
    assert "cong-an-tinh-ben-tre" in {u["id"] for u in before}
    # the day a change takes effect belongs to the new state
    assert "cong-an-huyen-gia-lam" not in {u["id"] for u in units_on(client, "2025-03-01")}
    assert "cong-an-huyen-gia-lam" in {u["id"] for u in units_on(client, "2025-02-28")}


def test_ben_tre_merged_into_vinh_long_on_the_first_of_july(client):
    history = client.get("/units/cong-an-tinh-ben-tre/history").json()
    assert history["name"] == "Công an tỉnh Bến Tre"
    assert history["dissolved"] == "2025-07-01" and history["founded"] is None
    [merger] = [c for c in history["changes"] if c["kind"] == "merger"]
    assert merger["date"] == "2025-07-01"
    assert [u["id"] for u in merger["resulting"]] == ["cong-an-tinh-vinh-long"]
    assert {u["id"] for u in merger["original"]} == {
        "cong-an-tinh-ben-tre",
        "cong-an-tinh-tra-vinh",
        "cong-an-tinh-vinh-long",
    }
    [act] = merger["sources"]
    assert (act["kind"], act["number"], act["date"]) == ("act", "202/2025/QH15", "2025-06-12")


def test_thua_thien_hue_police_was_renamed_cong_an_thanh_pho_hue(client):
    history = client.get("/units/cong-an-tinh-thua-thien-hue/history").json()
    assert history["dissolved"] == "2025-01-01"
    [renaming] = history["changes"]
    assert (renaming["kind"], renaming["date"]) == ("renaming", "2025-01-01")
    assert [u["id"] for u in renaming["original"]] == ["cong-an-tinh-thua-thien-hue"]
    assert [u["id"] for u in renaming["resulting"]] == ["cong-an-thanh-pho-hue"]
    [act] = renaming["sources"]
    assert (act["number"], act["date"]) == ("175/2024/QH15", "2024-11-30")
    city = client.get("/units/cong-an-thanh-pho-hue").json()
    assert city["founded"] == "2025-01-01" and city["dissolved"] is None
    assert [p["unit"]["id"] for p in city["predecessors"]] == ["cong-an-tinh-thua-thien-hue"]
    before = {u["id"] for u in units_on(client, "2024-12-31")}
    after = {u["id"] for u in units_on(client, "2025-01-01")}
    assert "cong-an-tinh-thua-thien-hue" in before - after
    assert "cong-an-thanh-pho-hue" in after - before


def test_a_school_renamed_by_an_act_known_only_from_reports_of_it(client):
    history = client.get("/units/truong-dai-hoc-ky-thuat-hau-can-cong-an-nhan-dan/history").json()
    assert history["dissolved"] == "2025-10-17"
    [renaming] = history["changes"]
    assert [u["id"] for u in renaming["resulting"]] == ["hoc-vien-ky-thuat-va-cong-nghe-an-ninh"]
    [act] = renaming["sources"]
    assert (act["number"], act["date"]) == (None, "2025-10-17")
    assert act["reports"] and all(r.startswith("https://") for r in act["reports"])


def test_a_district_police_was_dissolved_on_the_first_of_march(client):
    history = client.get("/units/cong-an-huyen-gia-lam/history").json()
    assert history["dissolved"] == "2025-03-01"
    [change] = history["changes"]
    assert (change["kind"], change["date"], change["resulting"]) == (
        "dissolution",
        "2025-03-01",
        [],
    )
    assert [u["id"] for u in change["original"]] == ["cong-an-huyen-gia-lam"]
    assert change["sources"][0]["number"] == "02/2025/NĐ-CP"


def test_predecessors_and_successors(client):
    vinh_long = client.get("/units/cong-an-tinh-vinh-long").json()
    assert vinh_long["dissolved"] is None and vinh_long["successors"] == []
    assert {(p["unit"]["id"], p["date"]) for p in vinh_long["predecessors"]} == {
        ("cong-an-tinh-ben-tre", "2025-07-01"),
        ("cong-an-tinh-tra-vinh", "2025-07-01"),
    }
    ben_tre = client.get("/units/cong-an-tinh-ben-tre").json()
    assert [s["unit"]["id"] for s in ben_tre["successors"]] == ["cong-an-tinh-vinh-long"]


def test_bad_day_and_unknown_unit(client):
    assert client.get("/units", params={"on": "2025-02-30"}).status_code == 422
    assert client.get("/units", params={"on": "2025"}).status_code == 422
    assert client.get("/units/khong-co-don-vi-nay/history").status_code == 404


def test_graph_pages_show_when_a_unit_ended(client):
    answer = client.get("/graph", params={"focus": "unit/cong-an-tinh-ben-tre", "limit": 20})
    assert answer.status_code == 200, answer.text
    existed = {n["id"]: n["info"]["existed"] for n in answer.json()["nodes"]}
    assert existed["unit/cong-an-tinh-ben-tre"] == "… – 2025-07-01"
    assert all(
        existed[key] == "… – 2025-03-01" for key in existed if key.startswith("unit/cong-an-huyen")
    )


@pytest.fixture
def clustered(any_store):
    """Cụm thi đua số 3 listed in 2023 (Nghệ An, Bến Tre), and Nghệ An listed in a cluster
    regrouped in 2026."""
    for facts in [*regrouped_clusters(), posts_before_the_reorganisation()]:
        built = build_graph(facts)
        write_document(any_store, DocumentGraph.from_graph(str(built.iri), built.graph))
    with TestClient(create_app(Settings(store=":memory:"), store=any_store)) as test_client:
        yield test_client


def members(client: TestClient, cluster: str, **params: str) -> dict[str, tuple]:
    answer = client.get(f"/clusters/{cluster}", params=params)
    assert answer.status_code == 200, answer.text
    assert answer.json()["on"] == params.get("on")
    return {m["unit"]["id"]: (m["start"], m["end"]) for m in answer.json()["members"]}


def test_cluster_members_on_a_day(clustered):
    everyone = members(clustered, "cum-thi-dua-so-3--bo-cong-an")
    assert everyone["cong-an-tinh-ben-tre"] == ("2023-04-20", "2025-07-01")
    assert everyone["cong-an-tinh-nghe-an"] == ("2023-04-20", None)
    assert set(members(clustered, "cum-thi-dua-so-3--bo-cong-an", on="2024-01-01")) == {
        "cong-an-tinh-nghe-an",
        "cong-an-tinh-ha-tinh",
        "cong-an-tinh-ben-tre",
    }
    assert members(clustered, "cum-thi-dua-so-3--bo-cong-an", on="2026-06-01") == {
        "cong-an-tinh-ha-tinh": ("2023-04-20", None)
    }
    assert set(members(clustered, "cum-thi-dua-so-5--bo-cong-an", on="2026-06-01")) == {
        "cong-an-tinh-nghe-an",
        "cong-an-tinh-vinh-long",
    }
    assert (
        clustered.get("/clusters/cum-thi-dua-so-3--bo-cong-an", params={"on": "2026"}).status_code
        == 422
    )
    ben_tre = clustered.get("/units/cong-an-tinh-ben-tre").json()["clusters"]
    assert [(c["cluster"]["id"], c["start"], c["end"]) for c in ben_tre] == [
        ("cum-thi-dua-so-3--bo-cong-an", "2023-04-20", "2025-07-01")
    ]


def test_a_career_names_a_post_s_unit_as_it_was_and_marks_its_end(clustered):
    person = clustered.get("/persons/truong-minh-khai").json()
    [post] = person["posts"]
    assert (post["unit"]["id"], post["unit"]["name"]) == (
        "cong-an-tinh-ben-tre",
        "Công an tỉnh Bến Tre",
    )
    ended = post["unit_ended"]
    assert (ended["date"], ended["kind"]) == ("2025-07-01", "merger")
    assert [u["id"] for u in ended["into"]] == ["cong-an-tinh-vinh-long"]
    [district] = clustered.get("/persons/ho-thi-mai").json()["posts"]
    assert district["unit_ended"] == {"date": "2025-03-01", "kind": "dissolution", "into": []}


def test_the_graph_page_career_marks_a_unit_merged_since(clustered):
    answer = clustered.get("/graph", params={"focus": "person/truong-minh-khai", "limit": 20})
    assert answer.status_code == 200, answer.text
    [node] = [n for n in answer.json()["nodes"] if n["id"] == "person/truong-minh-khai"]
    [post] = [step for step in node["info"]["career"] if step["what"] == "post"]
    assert post["unit"] == "Công an tỉnh Bến Tre"
    assert (post["unit_ended"], post["unit_change"], post["unit_into"]) == (
        "2025-07-01",
        "merger",
        ["Công an tỉnh Vĩnh Long"],
    )
