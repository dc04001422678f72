"""Queries that would make a store send requests to `url`, in every form the endpoint refuses;
shared by the embedded-store and the Virtuoso tests."""

from __future__ import annotations


def service_queries(url: str) -> list[str]:
    """SERVICE to `url`, written every way a parser would still read it as SERVICE."""
    escaped = "\\u0053ERVICE"
    return [
        f"SELECT * WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }} LIMIT 1",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}/x> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent # a comment\n<{url}/x> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{url}/x> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND(<{url}/x> AS ?e) SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{url}/> SELECT * WHERE {{ SERVICE r:x {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }} }} LIMIT 1",
        f"SELECT * WHERE {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
        f"DESCRIBE ?s WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p 1.SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {escaped} <{url}/x> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE<{url}/x>{{?s ?p ?o}} }}",
    ]


def dataset_queries(url: str) -> list[str]:
    """A remote IRI as the dataset: a remote store may fetch it."""
    return [
        f"SELECT * FROM <{url}/g> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"PREFIX r: <{url}/> SELECT * FROM r:g WHERE {{ ?s ?p ?o }}",
        f"ASK FROM <{url}/g> {{ ?s ?p ?o }}",
    ]


def virtuoso_queries(url: str) -> list[str]:
    """Virtuoso's own ways to fetch: sponger pragmas and its SQL functions."""
    return [
        f'DEFINE get:soft "replace" SELECT * FROM <{url}/g> WHERE {{ ?s ?p ?o }}',
        f'DEFINE input:grab-all "yes" SELECT * WHERE {{ <{url}/g> ?p ?o }}',
        f'SELECT (bif:http_get("{url}/x") AS ?page) WHERE {{}}',
        f'SELECT (<bif:http_get>("{url}/x") AS ?page) WHERE {{}}',
        f'SELECT (sql:http_get("{url}/x") AS ?page) WHERE {{}}',
    ]
