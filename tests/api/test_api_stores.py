"""The API gives the same answers on every store kind (embedded Oxigraph, Virtuoso)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.api_server import FIXTURE

from api.app import create_app
from core.settings import Settings
from kg.summary import rebuild

AUTH = {"Authorization": "Bearer jeton-bi-mat"}
ROSTER = (
    "name,rank,role,organisation,start,end,source\n"
    "Đinh Thị Mai,Thượng tá,Phó Trưởng Công an huyện,Công an huyện Sóc Sơn,2022-01-01,,DS\n"
)


@pytest.fixture
def client(any_store):
    with FIXTURE.open("rb") as data:
        any_store.load(data, "trig")
    rebuild(any_store)  # as `kg load` does: the summary graph of what was loaded
    app = create_app(Settings(store=":memory:", api_token="jeton-bi-mat"), store=any_store)
    with TestClient(app) as test_client:
        yield test_client


def test_records_and_search_agree_on_every_store(client):
    person = client.get("/persons/dao-thanh-hai").json()
    assert person["current_rank"]["id"] == "trung-tuong"
    assert [(r["rank"]["id"], r["first"], r["sources"]) for r in person["ranks"]] == [
        ("thieu-tuong", "2024-01-12", 1),
        ("trung-tuong", "2024-09-02", 1),
    ]
    assert [(p["role"], p["unit"]["id"]) for p in person["posts"]] == [
        ("Phó Giám đốc", "cong-an-thanh-pho-ha-noi")
    ]
    attendees = client.get("/events/hoi-nghi-tong-ket-2023/attendees").json()["items"]
    assert {a["person"]["id"]: a["rank"]["id"] for a in attendees if a["rank"]} == {
        "dao-thanh-hai": "thieu-tuong",
        "nguyen-van-binh": "dai-ta",
    }
    # a post from a roster's interval, read from the summary graph
    rostered = {a["person"]["id"]: a["posts"] for a in attendees}["le-thi-thu"]
    assert [(p["start"], p["end"]) for p in rostered] == [("2020-05-01", None)]
    unit = client.get("/units/cong-an-thanh-pho-ha-noi").json()
    assert {"cong-an-quan-dong-da", "cong-an-quan-ba-dinh"} <= {u["id"] for u in unit["subunits"]}
    documents = client.get("/units/cong-an-thanh-pho-ha-noi/documents", params={"limit": 1})
    assert documents.json()["total"] == unit["source_count"] >= 2
    assert [d["id"] for d in documents.json()["items"]] == [unit["sources"][0]["id"]]
    leaders = client.get("/units/cong-an-quan-dong-da").json()["leaders"]
    assert [(lead["person"]["id"], lead["source"]["kind"]) for lead in leaders] == [
        ("nguyen-van-binh", "doc")
    ]
    assert client.get("/search", params={"q": "DONG DA"}).json()["items"][0]["id"] == (
        "cong-an-quan-dong-da"
    )


def test_event_lists_and_document_facts_agree_on_every_store(client):
    def ids(**params):
        return [e["id"] for e in client.get("/events", params=params).json()["items"]]

    everything = ids()
    assert {"hoi-nghi-tong-ket-2023", "le-trao-huan-chuong-2024"} <= set(everything)
    assert ids(kind="ceremony") == ["le-trao-huan-chuong-2024"]
    assert ids(unit="cong-an-quan-dong-da") == ["le-trao-huan-chuong-2024"]
    assert ids(attendee="dao-thanh-hai") == ["hoi-nghi-tong-ket-2023", "le-trao-huan-chuong-2024"]
    assert ids(attendee="dao-thanh-hai", kind="ceremony") == ["le-trao-huan-chuong-2024"]
    assert ids(attendee="le-thi-thu", unit="cong-an-quan-dong-da") == []
    facts = client.get("/documents/bai-trao-thuong-2024").json()["facts"]
    assert "le-trao-huan-chuong-2024" in [e["id"] for e in facts["events"]]
    assert all(p["name"] for p in facts["persons"])
    units = client.get("/units", params={"on": "2024-06-01", "limit": 1000}).json()["items"]
    assert "cong-an-quan-dong-da" in {u["id"] for u in units}


def test_sparql_endpoint_on_every_store(client):
    graph = "https://w3id.org/cand-kg/id/doc/bai-trao-thuong-2024"
    query = (
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a <https://w3id.org/cand-kg/ontology#Event> } }"
    )
    every = client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
    assert len(every) == 2
    one = client.get("/sparql", params={"query": query, "named-graph-uri": graph}).json()
    assert [b["g"]["value"] for b in one["results"]["bindings"]] == [graph]


def test_upload_and_delete_on_every_store(client):
    response = client.post(
        "/documents?id=danh-sach-soc-son",
        content=ROSTER.encode(),
        headers={**AUTH, "Content-Type": "text/csv"},
    )
    assert response.status_code == 201, response.text
    assert [p["name"] for p in response.json()["document"]["facts"]["persons"]] == ["Đinh Thị Mai"]
    assert client.get("/search", params={"q": "dinh thi mai"}).json()["total"] == 1
    assert client.delete("/documents/danh-sach-soc-son", headers=AUTH).status_code == 204
    assert client.get("/documents/danh-sach-soc-son").status_code == 404
    assert client.get("/search", params={"q": "dinh thi mai"}).json()["total"] == 0
