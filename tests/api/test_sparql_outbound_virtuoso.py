"""The outbound-request suite on a Virtuoso store: the API refuses the same queries before
Virtuoso sees them, and refuses dataset IRIs outside the project's graphs, which Virtuoso's
sponger could fetch. A recording HTTP server on 127.0.0.1 (reachable from Virtuoso) proves
that nothing is sent."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.api_server import FIXTURE
from support.outbound_queries import dataset_queries, service_queries, virtuoso_queries
from support.recording_server import SECRET, start_recorder

from api.app import create_app
from core.settings import Settings

pytestmark = pytest.mark.virtuoso
DOC = "https://w3id.org/cand-kg/id/doc/bai-hoi-nghi-2023"


@pytest.fixture(scope="module")
def recorder():
    yield from start_recorder()


def client_for(store, **settings) -> TestClient:
    with FIXTURE.open("rb") as data:
        store.load(data, "trig")
    return TestClient(create_app(Settings(store=":memory:", **settings), store=store))


@pytest.fixture
def client(virtuoso_store):
    with client_for(virtuoso_store) as test_client:
        yield test_client


def status(client, query: str, **params: str) -> int:
    return client.get("/sparql", params={"query": query, **params}).status_code


def test_every_fetching_query_is_refused_before_virtuoso_sees_it(client, recorder):
    recorder.clear()
    url = recorder.url
    for query in service_queries(url) + dataset_queries(url) + virtuoso_queries(url):
        assert status(client, query) == 400, query
    for parameter in ("default-graph-uri", "named-graph-uri"):
        assert status(client, "ASK { ?s ?p ?o }", **{parameter: f"{url}/g"}) == 400
    assert recorder.requests == []


def test_the_projects_own_graphs_may_still_be_named(client):
    assert client.get("/sparql", params={"query": f"ASK FROM <{DOC}> {{ ?s ?p ?o }}"}).json()[
        "boolean"
    ]
    named = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": DOC})
    assert named.json()["boolean"] is True


def test_with_an_allowlist_only_the_listed_endpoint_may_be_called(virtuoso_store, recorder):
    """Virtuoso makes the allowed call itself if its account may (see docs/deploy.md): the
    endpoint is called or Virtuoso refuses, and either way nothing else is reached and no
    remote text comes back."""
    recorder.clear()
    with client_for(virtuoso_store, sparql_services=(f"{recorder.url}/ok",)) as client:
        for query in service_queries(recorder.url):
            assert status(client, query) == 400, query
        allowed = client.get(
            "/sparql",
            params={"query": f"SELECT * WHERE {{ SERVICE <{recorder.url}/ok> {{ ?s ?p ?o }} }}"},
        )
    assert allowed.status_code in (200, 503), allowed.text
    assert SECRET not in allowed.text and "SECURITY" not in allowed.text
    assert set(recorder.paths()) <= {"/ok"}
