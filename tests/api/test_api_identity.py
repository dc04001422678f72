"""Identity over the API: why an entity is one, curators' judgements with the write token (on
every store), and redirects from retired ids (a real server over HTTP)."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient
from support.api_server import start_server
from support.graph_facts import HA_TINH, NGHE_AN, meeting, namesake
from support.identity_store import events_of, one, write
from support.project import run_kg

from api.app import create_app
from core.ids import local_id
from core.settings import Settings
from kg.curation import judge
from kg.resolve.store import OWL_SAME_AS, RESOLUTION_GRAPH
from kg.store import OxigraphStore

NAME = "Nguyễn Văn An"
AUTH = {"Authorization": "Bearer jeton-bi-mat"}


def namesakes_and_meetings(store) -> dict[str, str]:
    """Two namesakes in two provinces, two meetings of one day: the ids of each."""
    write(store, namesake("tin-nghe-an", NGHE_AN))
    write(store, namesake("tin-ha-tinh", HA_TINH))
    write(store, meeting("hop-nghe-an", NGHE_AN))
    write(store, meeting("hop-ha-tinh", HA_TINH))
    return {
        "nghe-an": local_id(one(store, "tin-nghe-an", NAME)),
        "ha-tinh": local_id(one(store, "tin-ha-tinh", NAME)),
        "meeting-nghe-an": local_id(events_of(store, "hop-nghe-an").pop()),
        "meeting-ha-tinh": local_id(events_of(store, "hop-ha-tinh").pop()),
    }


@pytest.fixture
def world(any_store):
    ids = namesakes_and_meetings(any_store)
    app = create_app(Settings(store=":memory:", api_token="jeton-bi-mat"), store=any_store)
    with TestClient(app, follow_redirects=False) as client:
        yield client, ids


def test_why_lists_mentions_and_what_keeps_namesakes_apart(world):
    client, ids = world
    why = client.get(f"/persons/{ids['nghe-an']}/why").json()
    assert why["entity"]["id"] == ids["nghe-an"]
    (mention,) = why["mentions"]
    assert mention["document"]["id"] == "tin-nghe-an"
    assert mention["name"] == NAME
    assert [r["rank"] for r in mention["ranks"]] == ["Thượng tá"]
    assert [(p["role"], p["unit"]["id"]) for p in mention["posts"]] == [
        ("Phó Giám đốc", "cong-an-tinh-nghe-an")
    ]
    (apart,) = why["separations"]
    assert apart["other"]["id"] == ids["ha-tinh"]
    assert "at one time" in apart["conflict"]
    event = client.get(f"/events/{ids['meeting-nghe-an']}/why").json()
    assert [o["id"] for o in event["mentions"][0]["organisers"]] == ["cong-an-tinh-nghe-an"]
    assert client.get("/persons/khong-co-ai/why").status_code == 404


def test_a_judgement_needs_the_token_and_is_applied_at_once(world):
    client, ids = world
    body = {"verdict": "same", "ids": [ids["nghe-an"], f"person/{ids['ha-tinh']}"], "note": "x"}
    assert client.post("/judgements", json=body).status_code == 401
    response = client.post("/judgements", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["verdict"] == "same" and report["note"] == "x"
    assert report["first"] == report["second"]
    assert report["first"]["href"] == f"/persons/{report['first']['id']}"
    live = report["first"]["id"]
    (retired,) = {ids["nghe-an"], ids["ha-tinh"]} - {live}
    assert report["retired"] == {f"person/{retired}": f"person/{live}"}
    why = client.get(f"/persons/{live}/why").json()
    assert len(why["mentions"]) == 2
    assert [j["verdict"] for j in why["judgements"]] == ["same"]
    assert why["joins"][0]["score"] is None  # a curator's join, not evidence
    assert client.get(f"/persons/{retired}").status_code == 308


@pytest.mark.parametrize(
    ("ids", "status", "detail"),
    [
        (["person/khong-co-ai", "nghe-an"], 404, "no person, event or mention"),
        (["nghe-an", "meeting-nghe-an"], 422, "only two persons or two events"),
        (["nghe-an", "nghe-an"], 422, "already"),
        (["nghe-an", "unit/cong-an-tinh-nghe-an"], 422, "not a person, event or mention id"),
    ],
)
def test_judgements_that_cannot_hold_are_refused(world, ids, status, detail):
    client, known = world
    body = {"verdict": "same", "ids": [known.get(i, i) for i in ids]}
    response = client.post("/judgements", json=body, headers=AUTH)
    assert response.status_code == status
    assert detail in response.json()["detail"]


@pytest.fixture
def served(tmp_path):
    """A real server over a store where judgements retired a person's and an event's id, and
    a hand-edited loop of retired ids."""
    path = tmp_path / "kg"
    disk = OxigraphStore(path)
    ids = namesakes_and_meetings(disk)
    person = judge(disk, True, ids["nghe-an"], ids["ha-tinh"])
    event = judge(disk, True, f"event/{ids['meeting-nghe-an']}", f"event/{ids['meeting-ha-tinh']}")
    loop = "https://w3id.org/cand-kg/id/person/vong-"
    disk.update(
        f"INSERT DATA {{ GRAPH <{RESOLUTION_GRAPH}> {{ <{loop}a> <{OWL_SAME_AS}> <{loop}b> . "
        f"<{loop}b> <{OWL_SAME_AS}> <{loop}a> }} }}"
    )
    disk.close()
    for server in start_server(path):
        yield server.url, person.retired | event.retired


def test_retired_ids_redirect_to_their_successors(served):
    url, retired = served
    assert len(retired) == 2
    with httpx.Client(base_url=url, follow_redirects=False, trust_env=False) as http:
        for old, new in retired.items():
            plural = "/persons/" if "/person/" in old else "/events/"
            tails = ["", "/why", "/events" if plural == "/persons/" else "/attendees"]
            for tail in tails:
                moved = http.get(f"{plural}{local_id(old)}{tail}?limit=5")
                assert moved.status_code == 308, (old, tail)
                assert moved.headers["location"] == f"{plural}{local_id(new)}{tail}?limit=5"
                assert http.get(moved.headers["location"]).status_code == 200
        assert http.get("/persons/vong-a").status_code == 404
        assert http.get("/persons/khong-co-ai").status_code == 404


def test_a_graph_view_focused_on_a_retired_id_moves_to_its_successor(served):
    url, retired = served
    with httpx.Client(base_url=url, follow_redirects=False, trust_env=False) as http:
        for old, new in retired.items():
            kind = "person" if "/person/" in old else "event"
            for view in ("/graph", "/viz"):
                moved = http.get(view, params={"focus": f"{kind}/{local_id(old)}", "depth": 2})
                assert moved.status_code == 308, (view, old)
                location = httpx.URL(moved.headers["location"])
                assert location.path == view
                assert location.params["focus"] == f"{kind}/{local_id(new)}"
                assert location.params["depth"] == "2"
                assert http.get(moved.headers["location"]).status_code == 200
        assert http.get("/graph", params={"focus": "person/vong-a"}).status_code == 404
        assert http.get("/viz", params={"focus": "person/khong-co-ai"}).status_code == 404


def test_kg_same_beside_the_server_goes_through_it(tmp_path):
    path = tmp_path / "kg"
    disk = OxigraphStore(path)
    ids = namesakes_and_meetings(disk)
    disk.close()
    for server in start_server(path, KG_API_TOKEN=""):  # writes off but for local commands
        done = run_kg("same", ids["nghe-an"], ids["ha-tinh"], "--note", "qua máy chủ", store=path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("recorded: ")
        live = httpx.get(f"{server.url}/persons/nguyen-van-an/why", trust_env=False).json()
        assert [j["note"] for j in live["judgements"]] == ["qua máy chủ"]
        refused = run_kg("same", ids["nghe-an"], "person/khong-co-ai", store=path)
        assert refused.returncode != 0
        assert "no person, event or mention" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
