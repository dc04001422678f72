"""The public /sparql sends no request anywhere, whatever the query: a recording HTTP server
on 127.0.0.1 proves it. With KG_SPARQL_SERVICES set, only the listed endpoints are called, and
what they send back never reaches the caller."""

from __future__ import annotations

import httpx
import pytest
from support.api_server import build_store, start_server
from support.outbound_queries import dataset_queries, service_queries, virtuoso_queries
from support.recording_server import ANSWER, SECRET, start_recorder


@pytest.fixture(scope="module")
def recorder():
    yield from start_recorder()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("outbound") / "kg")


@pytest.fixture(scope="module")
def closed(store_path, recorder):
    yield from start_server(store_path, KG_QUERY_TIMEOUT="5")


@pytest.fixture(scope="module")
def federated(tmp_path_factory, recorder):
    store = build_store(tmp_path_factory.mktemp("federated") / "kg")
    allowed = " ".join(f"{recorder.url}/{path}" for path in ("ok", "fail", "slow", "huge"))
    yield from start_server(
        store,
        KG_QUERY_TIMEOUT="10",
        KG_SPARQL_SERVICES=allowed,
        KG_SPARQL_SERVICE_TIMEOUT="1",
        KG_SPARQL_SERVICE_MAX_BYTES="100000",
    )


def ask(server, query: str, how: str = "get") -> httpx.Response:
    url = f"{server.url}/sparql"
    if how == "form":
        return httpx.post(url, data={"query": query}, timeout=30)
    if how == "body":
        headers = {"Content-Type": "application/sparql-query"}
        return httpx.post(url, content=query.encode(), headers=headers, timeout=30)
    return httpx.get(url, params={"query": query}, timeout=30)


@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_every_form_of_service_is_refused_with_400_and_sends_nothing(closed, recorder, how):
    recorder.clear()
    for query in service_queries(recorder.url):
        response = ask(closed, query, how)
        assert response.status_code == 400, (query, response.text)
        assert "SERVICE" in response.json()["detail"], query
    assert recorder.requests == []
    assert ask(closed, "ASK { ?s ?p ?o }").json()["boolean"] is True


def test_virtuoso_pragmas_and_sql_functions_are_refused_on_every_store(closed, recorder):
    recorder.clear()
    for query in virtuoso_queries(recorder.url):
        response = ask(closed, query)
        assert response.status_code == 400, (query, response.text)
    assert recorder.requests == []


def test_remote_dataset_iris_send_nothing_from_the_embedded_store(closed, recorder):
    """The embedded store never fetches a FROM graph: it is just a graph name, empty here."""
    recorder.clear()
    for query in dataset_queries(recorder.url):
        response = ask(closed, query)
        assert response.status_code == 200, (query, response.text)
    named = httpx.get(
        f"{closed.url}/sparql",
        params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": f"{recorder.url}/g"},
    )
    assert named.status_code == 200 and named.json()["boolean"] is False
    assert recorder.requests == []


def test_words_that_only_look_like_service_are_not_refused(closed):
    for query in (
        'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1/> {}" }',
        "PREFIX service: <https://schema.org/> SELECT * WHERE { ?s a service:Service }",
        "SELECT ?service WHERE { ?service a <https://schema.org/Service> } # SERVICE <x>",
    ):
        assert ask(closed, query).status_code == 200, query


def test_only_the_listed_endpoint_is_called(federated, recorder):
    recorder.clear()
    allowed = ask(federated, f"SELECT ?s WHERE {{ SERVICE <{recorder.url}/ok> {{ ?s ?p ?o }} }}")
    assert allowed.status_code == 200, allowed.text
    assert [b["s"]["value"] for b in allowed.json()["results"]["bindings"]] == [ANSWER]
    assert recorder.paths() == ["/ok"]
    recorder.clear()
    for query in service_queries(recorder.url):  # every one names /x, which is not listed
        assert ask(federated, query).status_code == 400, query
    assert recorder.requests == []


def test_a_failing_endpoint_is_reported_by_kind_without_its_answer(federated, recorder):
    recorder.clear()
    response = ask(federated, f"SELECT * WHERE {{ SERVICE <{recorder.url}/fail> {{ ?s ?p ?o }} }}")
    assert response.status_code == 503
    text = response.text + " ".join(f"{k}: {v}" for k, v in response.headers.items())
    assert SECRET not in text and "/srv/internal" not in text
    assert recorder.url.split("//")[1] not in text  # nor where the request went
    assert "it answered with an error" in response.json()["detail"]
    assert recorder.paths() == ["/fail"]


@pytest.mark.parametrize(
    ("path", "limit"),
    [("slow", "KG_SPARQL_SERVICE_TIMEOUT"), ("huge", "KG_SPARQL_SERVICE_MAX_BYTES")],
)
def test_an_allowed_call_is_cut_at_its_own_time_and_size_limits(federated, recorder, path, limit):
    """Both stay within KG_QUERY_TIMEOUT (10 s): the call's own limit is what stops them."""
    query = f"SELECT * WHERE {{ SERVICE <{recorder.url}/{path}> {{ ?s ?p ?o }} }}"
    response = ask(federated, query)
    assert response.status_code == 503, response.text
    assert limit in response.json()["detail"]
    assert ask(federated, "ASK { ?s ?p ?o }").json()["boolean"] is True
