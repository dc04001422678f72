"""Per-client limits of the running server: requests per second and SPARQL queries at once
(429 with Retry-After), the client taken from X-Forwarded-For only when `kg serve
--forwarded-allow-ips` trusts the proxy, and 413 for an oversized body on every operation
that takes one."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from support.api_server import TOKEN, start_server_on_new_store

from api.app import create_app
from api.client_limits import RequestRate
from core.settings import Settings

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def direct(tmp_path_factory):
    """No proxy trusted: X-Forwarded-For is whatever a client claims, and is ignored."""
    yield from start_server_on_new_store(
        tmp_path_factory, "clients", KG_CLIENT_RATE="2", KG_CLIENT_BURST="3"
    )


@pytest.fixture(scope="module")
def small_bodies(tmp_path_factory):
    yield from start_server_on_new_store(tmp_path_factory, "bodies", KG_MAX_BODY_BYTES="1000")


@pytest.fixture(scope="module")
def proxied(tmp_path_factory):
    yield from start_server_on_new_store(
        tmp_path_factory,
        "proxied",
        "--forwarded-allow-ips",
        "127.0.0.1",
        KG_CLIENT_RATE="2",
        KG_CLIENT_BURST="3",
        KG_CLIENT_QUERIES="1",
        KG_QUERY_TIMEOUT="3",
    )


def get(server, path: str, client: str | None = None, **params: str) -> httpx.Response:
    headers = {"X-Forwarded-For": client} if client else {}
    return httpx.get(f"{server.url}{path}", params=params, headers=headers, timeout=30)


def burst(server, count: int, client: str | None = None) -> list[httpx.Response]:
    """`count` requests sent at once, so that they arrive faster than the budget refills
    however slowly the machine answers each one."""
    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(lambda _: get(server, "/persons", client, limit="1"), range(count)))


def test_a_client_past_its_rate_gets_429_with_retry_after(direct):
    answers = burst(direct, 6)
    refused = [a for a in answers if a.status_code == 429]
    served = [a for a in answers if a.status_code == 200]
    assert served and refused, [a.status_code for a in answers]
    assert int(refused[0].headers["Retry-After"]) >= 1
    assert "KG_CLIENT_RATE" in refused[0].json()["detail"]


def test_a_forwarded_address_from_an_untrusted_peer_changes_nothing(direct):
    with ThreadPoolExecutor(8) as pool:
        spoofed = list(
            pool.map(lambda i: get(direct, "/persons", f"10.9.0.{i}", limit="1"), range(8))
        )
    assert 429 in [a.status_code for a in spoofed]


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget(proxied):
    first = [a.status_code for a in burst(proxied, 6, "10.0.0.1")]
    assert 429 in first
    assert get(proxied, "/persons", "10.0.0.2", limit="1").status_code == 200


def test_one_client_runs_at_most_its_share_of_queries_at_once(proxied):
    outcome: dict[str, httpx.Response] = {}
    slow = threading.Thread(
        target=lambda: outcome.setdefault("slow", get(proxied, "/sparql", "10.1.0.1", query=SLOW))
    )
    slow.start()
    try:
        for _ in range(10):  # paced within the request rate, till the slow query runs
            time.sleep(0.5)
            second = get(proxied, "/sparql", "10.1.0.1", query="ASK { ?s ?p ?o }")
            if second.status_code == 429:
                break
        assert second.status_code == 429, second.text
        assert second.headers["Retry-After"] == "1"
        assert "KG_CLIENT_QUERIES" in second.json()["detail"]
        other = get(proxied, "/sparql", "10.1.0.2", query="ASK { ?s ?p ?o }")
        assert other.status_code == 200
    finally:
        slow.join(60)
    assert outcome["slow"].status_code == 503  # its own time limit, not the client limit
    assert get(proxied, "/sparql", "10.1.0.1", query="ASK { ?s ?p ?o }").status_code == 200


def body_operations() -> list[tuple[str, str, str]]:
    """(method, path, the first media type it takes) of every operation with a body."""
    spec = create_app(Settings(store=":memory:", api_token="x")).openapi()
    return [
        (method, path, next(iter(operation["requestBody"]["content"])))
        for path, methods in spec["paths"].items()
        for method, operation in methods.items()
        if "requestBody" in operation
    ]


def test_every_operation_that_takes_a_body_refuses_an_oversized_one_with_413(small_bodies):
    operations = body_operations()
    assert {("post", "/documents"), ("post", "/sparql")} <= {(m, p) for m, p, _ in operations}
    with httpx.Client(base_url=small_bodies.url, timeout=30) as client:
        for method, path, media in operations:
            url = path.replace("{doc_id}", "bai-hoi-nghi-2023")
            for body in (b"x" * 5_000, iter([b"x" * 600, b"x" * 600])):  # declared, chunked
                response = client.request(
                    method.upper(),
                    url,
                    content=body,
                    headers={**AUTH, "Content-Type": media},
                )
                assert response.status_code == 413, (method, path, response.text)
                assert "KG_MAX_BODY_BYTES" in response.json()["detail"]


def test_a_bucket_refills_at_the_rate_and_holds_at_most_the_burst():
    now = [0.0]
    rate = RequestRate(rate=2, burst=3, clock=lambda: now[0])
    assert [rate.wait("a") for _ in range(3)] == [0, 0, 0]
    assert rate.wait("a") == pytest.approx(0.5)
    assert rate.wait("b") == 0  # another client, another bucket
    now[0] = 10.0
    assert [rate.wait("a") for _ in range(3)] == [0, 0, 0]
    assert rate.wait("a") > 0
