"""Units over time through the REST API, on the embedded store and on Virtuoso: which units
existed on a day, a unit's history, its predecessors and successors."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.settings import Settings


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
    assert sum(u["type"] == "DistrictPolice" for u in before) > 700
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
