"""The SPARQL 1.1 Protocol endpoint of the running server, over HTTP, with a real client."""

from __future__ import annotations

import csv
import io
import json
import threading
import xml.etree.ElementTree as ET

import httpx
import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper
from support.api_server import build_store, start_server

DOC1 = "https://w3id.org/cand-kg/id/doc/bai-hoi-nghi-2023"
DOC2 = "https://w3id.org/cand-kg/id/doc/bai-trao-thuong-2024"
PERSONS = (
    "PREFIX schema: <https://schema.org/> "
    "SELECT DISTINCT ?name WHERE { ?p a <https://w3id.org/cand-kg/ontology#Person> ; "
    "schema:name ?name } ORDER BY ?name"
)
EXPLOSION = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("sparql") / "kg")
    yield from start_server(
        store, KG_QUERY_TIMEOUT="2", KG_QUERY_ROW_LIMIT="50", KG_MAX_BODY_BYTES="100000"
    )


def get(server, query, accept=None, **params):
    headers = {"Accept": accept} if accept else {}
    return httpx.get(
        f"{server.url}/sparql", params={"query": query, **params}, headers=headers, timeout=30
    )


def test_sparqlwrapper_reads_select_results(server):
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setQuery(PERSONS)
    client.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert "Đào Thanh Hải" in names


def test_sparqlwrapper_reads_a_constructed_graph_over_post(server):
    client = SPARQLWrapper(f"{server.url}/sparql")
    client.setMethod("POST")
    client.setQuery(
        "PREFIX schema: <https://schema.org/> CONSTRUCT { ?e schema:attendee ?p } "
        "WHERE { ?e schema:attendee ?p }"
    )
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) >= 3


def test_rdflib_sparqlstore_queries_the_endpoint(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{server.url}/sparql", returnFormat="json")
    rows = list(store.query(PERSONS))
    assert "Nguyễn Văn Bình" in [str(r[0]) for r in rows]


def test_query_as_form_field_and_as_sparql_query_body(server):
    form = httpx.post(f"{server.url}/sparql", data={"query": PERSONS}, timeout=30)
    body = httpx.post(
        f"{server.url}/sparql",
        content=PERSONS.encode(),
        headers={"Content-Type": "application/sparql-query"},
        timeout=30,
    )
    assert form.status_code == body.status_code == 200
    assert form.json() == body.json() == get(server, PERSONS).json()


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ],
)
def test_select_results_follow_the_accept_header(server, accept, media):
    response = get(server, PERSONS, accept)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    text = response.text
    if media.endswith("json"):
        assert json.loads(text)["head"]["vars"] == ["name"]
    elif media.endswith("xml"):
        assert ET.fromstring(text).tag.endswith("sparql")
    elif media == "text/csv":
        assert next(csv.reader(io.StringIO(text))) == ["name"]
    else:
        assert text.splitlines()[0] == "?name"
    assert "Đào Thanh Hải" in text


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ],
)
def test_graph_results_follow_the_accept_header(server, accept, rdflib_format):
    response = get(server, "DESCRIBE <https://w3id.org/cand-kg/id/person/dao-thanh-hai>", accept)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=response.text, format=rdflib_format)
    assert any(str(o) == "Đào Thanh Hải" for o in graph.objects())


def test_ask_answers_true_and_false(server):
    assert get(server, "ASK { ?s a <https://w3id.org/cand-kg/ontology#Event> }").json()["boolean"]
    assert not get(server, "ASK { ?s a <urn:nothing> }").json()["boolean"]


def test_unacceptable_format_is_406(server):
    assert get(server, PERSONS, "image/png").status_code == 406


def test_default_graph_is_the_union_and_default_graph_uri_narrows_it(server):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(**params):
        return int(get(server, count, **params).json()["results"]["bindings"][0]["n"]["value"])

    union, one, two = n(), n(**{"default-graph-uri": DOC1}), n(**{"default-graph-uri": DOC2})
    both = int(
        httpx.get(
            f"{server.url}/sparql",
            params=[("query", count), ("default-graph-uri", DOC1), ("default-graph-uri", DOC2)],
        ).json()["results"]["bindings"][0]["n"]["value"]
    )
    assert 0 < one < union and 0 < two < union
    assert both <= one + two and both > max(one, two)


def test_named_graph_uri_limits_graph_patterns(server):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = get(server, query, **{"named-graph-uri": DOC2}).json()["results"]["bindings"]
    assert [r["g"]["value"] for r in rows] == [DOC2]


@pytest.mark.parametrize(
    "update",
    [
        "DROP ALL",
        "PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }",
        "# comment\nDELETE WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused_and_change_nothing(server, update):
    before = get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").json()
    for response in (
        get(server, update),
        httpx.post(f"{server.url}/sparql", data={"update": update}),
        httpx.post(f"{server.url}/sparql", data={"query": update}),
        httpx.post(
            f"{server.url}/sparql",
            content=update,
            headers={"Content-Type": "application/sparql-update"},
        ),
    ):
        assert response.status_code == 403
        assert "read-only" in response.json()["detail"]
    assert get(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").json() == before


def test_malformed_query_gives_400_with_the_parser_message(server):
    response = get(server, "SELECT ?x WHERE { ?x ")
    assert response.status_code == 400
    assert "error at 1:" in response.json()["detail"]


def test_missing_query_and_bad_graph_iri_give_400(server):
    assert httpx.get(f"{server.url}/sparql").status_code == 400
    response = get(server, PERSONS, **{"default-graph-uri": "<http://x> } DROP ALL"})
    assert response.status_code == 400


def test_results_over_the_row_limit_are_cut_and_flagged(server):
    response = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert response.headers["X-KG-Truncated"] == "true"
    assert response.headers["X-KG-Row-Limit"] == "50"
    assert len(response.json()["results"]["bindings"]) == 50
    small = get(server, PERSONS)
    assert small.headers["X-KG-Truncated"] == "false"


def test_bodies_over_the_size_limit_get_413(server):
    query = PERSONS + " #" + "x" * 200_000
    response = httpx.post(
        f"{server.url}/sparql",
        content=query.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert response.status_code == 413
    assert "KG_MAX_BODY_BYTES" in response.json()["detail"]


def test_slow_query_is_stopped_its_worker_killed_and_others_still_served(server):
    workers_before = server.worker_pids()
    assert len(workers_before) == 2
    outcome: dict[str, httpx.Response] = {}
    slow = threading.Thread(target=lambda: outcome.setdefault("slow", get(server, EXPLOSION)))
    slow.start()
    served = []
    while slow.is_alive():
        served.append(httpx.get(f"{server.url}/persons/dao-thanh-hai", timeout=30).status_code)
    slow.join()
    assert outcome["slow"].status_code == 503
    assert "KG_QUERY_TIMEOUT" in outcome["slow"].json()["detail"]
    assert served and set(served) == {200}
    workers_after = server.worker_pids()
    killed = workers_before - workers_after
    assert len(killed) == 1 and len(workers_after) == 2
    for pid in killed:
        with pytest.raises(FileNotFoundError):
            open(f"/proc/{pid}/stat").close()
    assert get(server, PERSONS).status_code == 200
