"""After a write through the API, the search index reads again only the names of the entities
the write changed, and holds what an index read whole from the store would: on every store
kind, for an upload, a changed version of a document, a judgement that merges two people and
a removal."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient
from support.graph_facts import HA_TINH, NGHE_AN, meeting, namesake
from support.identity_store import one, write

from api.app import create_app
from api.search import SearchIndex, search_key
from api.service.reads import Reads
from core.ids import local_id
from core.settings import Settings
from kg import queries
from kg.store import OxigraphStore

AUTH = {"Authorization": "Bearer jeton-bi-mat"}
NAME = "Nguyễn Văn An"


def roster(*names: str) -> bytes:
    rows = "".join(
        f"{n},Thượng tá,Phó Giám đốc,Công an tỉnh Nghệ An,2022-01-01,,DS\n" for n in names
    )
    return ("name,rank,role,organisation,start,end,source\n" + rows).encode()


@pytest.fixture
def world(any_store):
    write(any_store, namesake("tin-nghe-an", NGHE_AN))
    write(any_store, namesake("tin-ha-tinh", HA_TINH))
    ids = [local_id(one(any_store, d, NAME)) for d in ("tin-nghe-an", "tin-ha-tinh")]
    app = create_app(Settings(store=":memory:", api_token="jeton-bi-mat"), store=any_store)
    with TestClient(app) as client:
        yield client, ids


def entries(index: SearchIndex) -> set[tuple[str, str, str]]:
    with index._lock:
        found, _, _ = index._current()
        return {(e.iri, e.kind, e.folded) for e in found if e is not None}


def assert_as_read_whole(client) -> None:
    service = client.app.state.service
    whole = SearchIndex(lambda: [(r["s"], r["label"]) for r in service._rows("api_labels_all")])
    assert entries(service.search_index) == entries(whole)
    for q in ("nguyen van an", "tran", "le thi", "nghe an", "pho giam doc"):
        assert service.search_index.search(q) == whole.search(q), q


def names(client, q: str) -> list[str]:
    return [hit["name"] for hit in client.get("/search", params={"q": q}).json()["items"]]


def test_search_follows_writes_reading_only_what_they_changed(world):
    client, ids = world
    index = client.app.state.service.search_index
    assert names(client, "nguyen van an") == [NAME, NAME]
    reads_whole = []
    load = index._load
    index._load = lambda: reads_whole.append(1) or load()

    upload = {**AUTH, "Content-Type": "text/csv"}
    posted = client.post(
        "/documents?id=ds", content=roster("Trần Văn Lực", "Lê Thị Hoa"), headers=upload
    )
    assert posted.status_code == 201, posted.text
    assert names(client, "tran van luc") == ["Trần Văn Lực"]
    assert_as_read_whole(client)
    # A changed version: one name gone, another come.
    posted = client.post(
        "/documents?id=ds", content=roster("Lê Thị Hoa", "Võ Văn Hùng"), headers=upload
    )
    assert posted.status_code == 201, posted.text
    assert names(client, "tran van luc") == []
    assert names(client, "vo van hung") == ["Võ Văn Hùng"]
    assert_as_read_whole(client)
    # A merge retires one of the namesakes' ids.
    body = {"verdict": "same", "ids": ids, "note": "một người"}
    assert client.post("/judgements", json=body, headers=AUTH).status_code == 201
    assert names(client, "nguyen van an") == [NAME]
    assert_as_read_whole(client)
    assert client.delete("/documents/ds", headers=AUTH).status_code == 204
    assert names(client, "le thi hoa") == []
    assert_as_read_whole(client)
    assert reads_whole == []


def test_a_server_over_its_own_store_reads_the_index_before_any_search(tmp_path):
    path = tmp_path / "kg"
    store = OxigraphStore(path)
    write(store, namesake("tin-nghe-an", NGHE_AN))
    store.close()
    app = create_app(Settings(store=str(path), api_token="jeton-bi-mat"))
    with TestClient(app):
        index = app.state.service.search_index
        waited = time.monotonic()
        while index._by_word is None and time.monotonic() - waited < 30:
            time.sleep(0.05)
        with index._lock:
            assert {e.iri for e in index._entries if e is not None and e.kind == "person"}


def test_a_store_others_write_is_read_again_beside_the_searches():
    store = OxigraphStore()
    write(store, namesake("tin-nghe-an", NGHE_AN))
    reads = Reads(store)
    every_name = queries.for_store(store, "api_labels_all")
    gate = threading.Event()
    gate.set()

    def load() -> list[tuple[str, str]]:
        gate.wait()
        return [(r["s"], r["label"]) for r in reads._select(every_name)]

    index = SearchIndex(load, max_age=0.0)
    assert [hit[2] for hit in index.search("nguyen van an")] == [NAME]
    # Another process writes; the index is past its age, and its reading of the store is slow.
    gate.clear()
    write(store, meeting("hop-ha-tinh", HA_TINH))
    answers: list[list] = []
    searching = threading.Thread(
        target=lambda: answers.append(index.search("hop ha tinh")), daemon=True
    )
    try:
        searching.start()
        searching.join(5)
        assert answers == [[]]  # the index it had, without waiting for the reading
    finally:
        gate.set()
    waited = time.monotonic()
    while not index.search("hop ha tinh"):
        assert time.monotonic() - waited < 10
        time.sleep(0.05)


def test_name_filters_find_what_comparing_every_name_finds(world):
    client, _ = world
    index = client.app.state.service.search_index
    with index._lock:
        everything = [e for e in index._current()[0] if e is not None]
    pieces = {"", " ", "an", "n v", "en van a", "công an", "TỈNH NGHỆ"}
    for entry in everything:
        name = entry.folded
        pieces |= {name[:4], name[-5:], name[2:9], name[len(name) // 2 :]}
    for piece in sorted(pieces):
        for kind in ("person", "unit", "doc", "role"):
            wanted = search_key(piece)
            compared = {e.iri for e in everything if e.kind == kind and wanted in e.folded}
            assert index.containing(piece, kind) == compared, (piece, kind)
