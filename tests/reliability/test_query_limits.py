"""Query limits on the running server: runaway queries (cross products, property paths over
everything) stopped at KG_QUERY_TIMEOUT with 503 while other requests are answered, results over
KG_QUERY_ROW_LIMIT cut and flagged in every format, bodies over KG_MAX_BODY_BYTES refused."""

from __future__ import annotations

import threading

import httpx
import pytest
from rdflib import Graph
from support.api_server import build_store, start_server

ROW_LIMIT = 50
RUNAWAYS = [
    # property paths over every predicate, in both directions, joined with everything
    "SELECT (COUNT(*) AS ?n) WHERE { ?s (!<urn:x:none>|^!<urn:x:none>)* ?o . ?a ?b ?c }",
    "SELECT ?s ?o WHERE { ?s (<https://schema.org/name>|!<urn:x:none>)+ ?o . ?x ?y ?z } "
    "ORDER BY ?z ?o",
    # cross products that only the time limit can end
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    "SELECT (MAX(STR(?c)) AS ?m) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
    "GRAPH ?g3 { ?x ?y ?z } FILTER(?c != ?z) }",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("limits") / "kg")
    yield from start_server(
        store,
        KG_QUERY_TIMEOUT="2",
        KG_QUERY_ROW_LIMIT=str(ROW_LIMIT),
        KG_MAX_BODY_BYTES="100000",
    )


def sparql(server, query: str, accept: str = "application/sparql-results+json") -> httpx.Response:
    return httpx.get(
        f"{server.url}/sparql", params={"query": query}, headers={"Accept": accept}, timeout=60
    )


@pytest.mark.timeout(240)
def test_more_runaway_queries_than_workers_and_threads_all_get_503_while_others_are_answered(
    server,
):
    # three of each: more than the two query workers and the eight threads that wait on them
    runaways = RUNAWAYS * 3
    answers: dict[int, httpx.Response] = {}
    threads = [
        threading.Thread(target=lambda i=i, q=q: answers.__setitem__(i, sparql(server, q)))
        for i, q in enumerate(runaways)
    ]
    for thread in threads:
        thread.start()
    served = []
    with httpx.Client(base_url=server.url, timeout=30) as client:
        while any(t.is_alive() for t in threads):
            served.append(client.get("/persons", params={"limit": 5}).status_code)
            served.append(client.get("/search", params={"q": "cong an"}).status_code)
            served.append(client.get("/events/hoi-nghi-tong-ket-2023").status_code)
            graph = client.get("/graph", params={"focus": "person/dao-thanh-hai"})
            served.append(graph.status_code)
    for thread in threads:
        thread.join(120)
    assert sorted(answers) == list(range(len(runaways)))
    for i, answer in answers.items():
        assert answer.status_code == 503, (runaways[i], answer.status_code, answer.text[:300])
        assert "KG_QUERY_TIMEOUT" in answer.json()["detail"]
    assert served and set(served) == {200}
    assert len(server.worker_pids()) == 2
    assert sparql(server, "ASK { ?s ?p ?o }").json()["boolean"] is True


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",  # millions of rows: only the first are needed
        "SELECT * WHERE { ?s ?p ?o } LIMIT 100000",
        "SELECT ?s WHERE { ?s ?p ?o . ?x ?y ?z }",
    ],
)
def test_huge_results_are_cut_at_the_row_limit_and_flagged(server, query):
    response = sparql(server, query)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["X-KG-Truncated"] == "true"
    assert response.headers["X-KG-Row-Limit"] == str(ROW_LIMIT)
    assert len(response.json()["results"]["bindings"]) == ROW_LIMIT


@pytest.mark.parametrize(
    ("accept", "count"),
    [
        ("text/csv", lambda body: len(body.strip().splitlines()) - 1),
        ("text/tab-separated-values", lambda body: len(body.strip().splitlines()) - 1),
        ("application/sparql-results+xml", lambda body: body.count("<result>")),
    ],
)
def test_the_cut_and_its_flag_hold_in_every_result_format(server, accept, count):
    response = sparql(server, "SELECT * WHERE { ?s ?p ?o }", accept)
    assert response.status_code == 200
    assert response.headers["X-KG-Truncated"] == "true"
    assert count(response.text) == ROW_LIMIT


def test_a_huge_constructed_graph_is_cut_and_flagged(server):
    response = sparql(
        server,
        "CONSTRUCT { ?a ?b ?d } WHERE { ?a ?b ?c . ?d ?e ?f }",
        "application/n-triples",
    )
    assert response.status_code == 200, response.text[:300]
    assert response.headers["X-KG-Truncated"] == "true"
    assert len(Graph().parse(data=response.text, format="nt")) == ROW_LIMIT


def test_a_result_at_the_limit_is_not_flagged(server):
    response = sparql(server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {ROW_LIMIT}")
    assert response.headers["X-KG-Truncated"] == "false"
    assert len(response.json()["results"]["bindings"]) == ROW_LIMIT


def test_form_and_chunked_bodies_over_the_limit_get_413(server):
    query = "ASK { ?s ?p ?o } #" + "x" * 150_000
    form = httpx.post(f"{server.url}/sparql", data={"query": query}, timeout=30)
    assert form.status_code == 413

    def chunks():
        for _ in range(30):
            yield ("#" + "y" * 9_999).encode()

    chunked = httpx.post(
        f"{server.url}/sparql",
        content=chunks(),
        headers={"Content-Type": "application/sparql-query"},
        timeout=30,
    )
    assert chunked.status_code == 413
    assert "KG_MAX_BODY_BYTES" in chunked.json()["detail"]
    assert sparql(server, "ASK { ?s ?p ?o }").status_code == 200


@pytest.fixture(scope="module")
def capped_server(tmp_path_factory):
    """A long time limit, so only the memory cap can stop a sort over a cross product."""
    store = build_store(tmp_path_factory.mktemp("memory") / "kg")
    yield from start_server(store, KG_QUERY_TIMEOUT="120", KG_QUERY_MEMORY_MB="400")


@pytest.mark.timeout(240)
def test_a_query_past_the_memory_cap_gets_503_and_its_worker_is_replaced(capped_server):
    server = capped_server
    workers_before = server.worker_pids()
    hog = sparql(server, "SELECT ?a ?c ?e WHERE { ?a ?b ?c . ?d ?x ?e } ORDER BY ?e ?c ?a")
    assert hog.status_code == 503, hog.text[:300]
    assert "KG_QUERY_MEMORY_MB" in hog.json()["detail"]
    assert httpx.get(f"{server.url}/persons", params={"limit": 5}).status_code == 200
    small = sparql(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")
    assert small.status_code == 200
    assert len(small.json()["results"]["bindings"]) == 5
    workers_after = server.worker_pids()
    assert len(workers_after) == 2 and workers_after != workers_before
