"""Query size and nesting depth are checked before any parser runs; a worker that dies anyway
is reported as what killed it, and the server keeps answering."""

from __future__ import annotations

import httpx
import pytest
from support.api_server import start_server_on_new_store

from core.settings import Settings

PARENS = "SELECT * WHERE { FILTER(" + "(" * 20_000 + "1" + ")" * 20_000 + ") }"
GROUPS = "SELECT * WHERE " + "{" * 5_000 + "}" * 5_000


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from start_server_on_new_store(
        tmp_path_factory, "limits", KG_QUERY_MAX_BYTES="50000", KG_MAX_BODY_BYTES="1000000"
    )


@pytest.fixture(scope="module")
def unguarded(tmp_path_factory):
    """No depth limit of its own: the parser meets the nesting."""
    yield from start_server_on_new_store(
        tmp_path_factory, "unguarded", KG_QUERY_MAX_DEPTH="1000000", KG_QUERY_MAX_BYTES="1000000"
    )


def post(server, query: str) -> httpx.Response:
    headers = {"Content-Type": "application/sparql-query"}
    return httpx.post(f"{server.url}/sparql", content=query.encode(), headers=headers, timeout=60)


def still_answers(server) -> bool:
    return post(server, "ASK { ?s ?p ?o }").json()["boolean"] is True


@pytest.mark.parametrize("query", [PARENS, GROUPS], ids=["parentheses", "groups"])
def test_deep_nesting_is_a_400_naming_the_depth_limit(server, query):
    workers = server.worker_pids()
    response = post(server, query)
    assert response.status_code == 400, response.text[:300]
    assert "KG_QUERY_MAX_DEPTH" in response.json()["detail"]
    assert server.worker_pids() == workers  # refused before any worker saw it
    assert still_answers(server)


def test_nesting_within_the_limit_runs(server):
    depth = Settings.query_max_depth - 1
    query = "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth + " LIMIT 1"
    assert post(server, query).status_code == 200


def test_an_oversized_query_is_a_400_naming_the_size_limit(server):
    query = 'SELECT * WHERE { ?s ?p "' + "Công an " * 10_000 + '" }'
    for response in (
        post(server, query),
        httpx.post(f"{server.url}/sparql", data={"query": query}, timeout=60),
    ):
        assert response.status_code == 400, response.text[:300]
        detail = response.json()["detail"]
        assert "KG_QUERY_MAX_BYTES" in detail and "50000" in detail
    assert still_answers(server)


def test_a_worker_killed_by_the_nesting_is_reported_as_that_and_replaced(unguarded):
    workers = unguarded.worker_pids()
    response = post(unguarded, PARENS)
    assert response.status_code == 400, response.text[:300]
    detail = response.json()["detail"]
    assert "nested too deeply" in detail and "memory" not in detail
    assert still_answers(unguarded)
    assert len(unguarded.worker_pids()) == 2 and unguarded.worker_pids() != workers
