"""`/graph` and `/viz` through the real application over a real store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.project import FIXTURES

from api.app import create_app

FIXTURE = FIXTURES / "viz_graph.trig"


@pytest.fixture
def client(any_store):
    with FIXTURE.open("rb") as handle:
        any_store.load(handle, "trig")
    with TestClient(create_app(store=any_store)) as client:
        yield client


def test_graph_returns_nodes_and_edges_around_the_focus(client):
    answer = client.get("/graph", params={"focus": "person/le-thi-hoa", "depth": 1})
    assert answer.status_code == 200
    body = answer.json()
    assert body["focus"] == "person/le-thi-hoa"
    assert {node["id"] for node in body["nodes"]} == {
        "person/le-thi-hoa",
        "event/hoi-nghi-tong-ket-2021",
        "doc/bai-hoi-nghi-2021",
    }
    assert {(e["from"], e["to"], e["rel"]) for e in body["edges"]} == {
        ("person/le-thi-hoa", "event/hoi-nghi-tong-ket-2021", "attended"),
        ("person/le-thi-hoa", "doc/bai-hoi-nghi-2021", "source"),
    }
    assert body["truncated"] is False


def test_graph_accepts_a_full_iri_and_cuts_at_the_limit(client):
    iri = "https://w3id.org/cand-kg/id/unit/cong-an-tinh-lam-son"
    body = client.get("/graph", params={"focus": iri, "depth": 2, "limit": 4}).json()
    assert len(body["nodes"]) == 4 and body["truncated"] is True and body["total"] > 4


@pytest.mark.parametrize(
    "focus",
    ["person/x> } ; DROP ALL ; #", "rank/dai-ta", "person/", "<https://evil.example/>"],
)
def test_graph_refuses_malformed_ids_with_a_clear_message(client, focus):
    answer = client.get("/graph", params={"focus": focus})
    assert answer.status_code == 422
    assert "id" in answer.json()["detail"]


def test_graph_and_viz_say_when_the_entity_is_unknown(client):
    for path in ("/graph", "/viz"):
        answer = client.get(path, params={"focus": "person/khong-co-ai"})
        assert answer.status_code == 404
        assert "no entity person/khong-co-ai" in answer.json()["detail"]


def test_graph_depth_and_limit_are_bounded(client):
    focus = "person/le-thi-hoa"
    assert client.get("/graph", params={"focus": focus, "depth": 9}).status_code == 422
    assert client.get("/graph", params={"focus": focus, "limit": 0}).status_code == 422


def test_viz_serves_the_page_with_or_without_a_focus(client):
    overview = client.get("/viz")
    assert overview.status_code == 200
    assert overview.headers["content-type"].startswith("text/html")
    assert '"caption": "Tổng quan' in overview.text
    assert '"id": "cluster/cum-thi-dua-so-5"' in overview.text
    page = client.get("/viz", params={"focus": "event/hoi-nghi-tong-ket-2021"})
    assert '"id": "person/script-nguoi"' in page.text
    assert "<script>window.__pwned" not in page.text
