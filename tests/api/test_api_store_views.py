"""`GET /documents` and `GET /stats` of a running server, checked against SPARQL asked of the
same server and kept true across writes; the SPARQL page a browser gets, and CORS on /sparql."""

from __future__ import annotations

import re

import httpx
import pytest
from fastapi.testclient import TestClient
from support.api_server import TOKEN, build_store, start_server
from support.project import run_kg

from api.app import create_app
from core.settings import Settings

AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEW_ARTICLE = """date 2031-02-03
Sáng 3/2, Công an tỉnh Cao Bằng tổ chức hội nghị triển khai nhiệm vụ năm 2031.
Đại tá Hoàng Văn Khuê, Giám đốc Công an tỉnh Cao Bằng, chủ trì hội nghị.
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("views") / "kg")
    for server in start_server(store):
        yield store, server.url


def sparql_rows(url: str, query: str) -> list[dict[str, str]]:
    answer = httpx.get(
        f"{url}/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


def all_documents(url: str, **params: str) -> list[dict]:
    items, offset = [], 0
    while True:
        page = httpx.get(
            f"{url}/documents", params={**params, "limit": 5, "offset": offset}, timeout=60
        )
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        offset += 5
        if offset >= body["total"]:
            assert len(items) == body["total"]
            return items


def test_documents_list_every_document_with_its_size_and_date(served):
    _, url = served
    listed = {d["id"]: d for d in all_documents(url)}
    sizes = sparql_rows(
        url,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a "
        "<https://w3id.org/cand-kg/ontology#SourceDocument> . ?s ?p ?o } } GROUP BY ?g",
    )
    assert {r["g"].rsplit("/", 1)[-1]: int(r["n"]) for r in sizes} == {
        k: d["facts"] for k, d in listed.items()
    }
    order = [(d["date"] or "", d["id"]) for d in all_documents(url)]
    assert order == sorted(order)
    with_url = [d for d in listed.values() if d["url"]]
    assert "https://example.org/tin/hoi-nghi-2023" in {d["url"] for d in with_url}
    assert all(d["href"] == f"/documents/{d['id']}" for d in listed.values())


def test_documents_filter_by_date(served):
    _, url = served
    everything = all_documents(url)
    in_2023 = all_documents(url, **{"from": "2023", "to": "2023-12-31"})
    expected = {d["id"] for d in everything if d["date"] and d["date"].startswith("2023")}
    assert expected and {d["id"] for d in in_2023} == expected
    bad = httpx.get(f"{url}/documents", params={"from": "last year"})
    assert bad.status_code == 422


def test_stats_agree_with_the_documents_and_the_cli(served):
    store, url = served
    figures = httpx.get(f"{url}/stats", timeout=60).json()
    documents = all_documents(url)
    assert figures["counts"]["documents"] == len(documents)
    dated = sorted((d["date"], d["id"]) for d in documents if d["date"])
    assert (figures["oldest"]["date"], figures["oldest"]["id"]) == dated[0]
    assert (figures["newest"]["date"], figures["newest"]["id"]) == dated[-1]
    assert figures["undated"] == len(documents) - len(dated)
    printed = run_kg("stats", store=store)  # beside the server, on its checkpoint
    assert printed.returncode == 0, printed.stderr
    lines = dict(re.split(r"\s{2,}", line, maxsplit=1) for line in printed.stdout.splitlines())
    assert int(lines["persons from one document only"]) == figures["single_source"]["persons"]
    assert lines["newest document"] == f"{figures['newest']['date']} {figures['newest']['id']}"


def test_a_new_document_shows_in_the_stats_and_list_at_once(served):
    _, url = served
    before = httpx.get(f"{url}/stats", timeout=60).json()
    stored = httpx.post(
        f"{url}/documents",
        params={"id": "cao-bang-2031"},
        content=NEW_ARTICLE.encode(),
        headers={**AUTH, "Content-Type": "text/plain"},
        timeout=120,
    )
    assert stored.status_code == 201, stored.text
    after = httpx.get(f"{url}/stats", timeout=60).json()
    assert after["newest"]["id"] == "cao-bang-2031"
    assert after["counts"]["documents"] == before["counts"]["documents"] + 1
    assert after["single_source"]["persons"] == before["single_source"]["persons"] + 1
    assert "cao-bang-2031" in {d["id"] for d in all_documents(url, **{"from": "2031"})}
    assert (
        httpx.delete(f"{url}/documents/cao-bang-2031", headers=AUTH, timeout=60).status_code == 204
    )
    assert httpx.get(f"{url}/stats", timeout=60).json() == before


def test_a_browser_gets_the_query_page_and_a_client_gets_the_protocol(served):
    _, url = served
    page = httpx.get(f"{url}/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<textarea" in page.text and "Quá trình công tác" in page.text
    # Nothing is loaded from elsewhere: no src or href leaves the server.
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page.text)
    assert httpx.get(f"{url}/sparql").status_code == 400  # no query, not a browser
    asked = httpx.get(
        f"{url}/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/html,*/*"}
    )
    assert asked.status_code == 200 and asked.json()["boolean"] is True


def sparql_post_preflight(url: str, origin: dict[str, str], headers: str) -> httpx.Response:
    """The browser's CORS preflight for a POST to /sparql that sends `headers`."""
    return httpx.options(
        f"{url}/sparql",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": headers,
        },
    )


def test_sparql_sends_cors_headers_for_reads_only(served):
    _, url = served
    origin = {"Origin": "https://sparql-client.example"}
    simple = httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, headers=origin)
    assert simple.headers["access-control-allow-origin"] == "*"
    assert "X-KG-Truncated" in simple.headers["access-control-expose-headers"]
    preflight = sparql_post_preflight(url, origin, "content-type")
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]
    with_token = sparql_post_preflight(url, origin, "authorization")
    assert with_token.status_code == 400  # no credentials cross-origin
    write = httpx.options(
        f"{url}/documents",
        headers={**origin, "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in write.headers
    assert "access-control-allow-origin" not in httpx.get(f"{url}/stats", headers=origin).headers


@pytest.mark.parametrize(
    ("origins", "allowed"),
    [(("https://a.example",), {"https://a.example"}), ((), set())],
)
def test_cors_origins_come_from_the_settings(tmp_path, origins, allowed):
    app = create_app(Settings(store=str(tmp_path / "kg"), cors_origins=origins))
    with TestClient(app) as client:
        for origin in ("https://a.example", "https://b.example"):
            answer = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": origin})
            assert answer.status_code == 200
            given = answer.headers.get("access-control-allow-origin")
            assert (given == origin) == (origin in allowed), (origin, given)
