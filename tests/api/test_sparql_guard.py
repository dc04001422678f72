"""The query check on its own: what it refuses, what it lets through, how it points allowed
SERVICE endpoints at the relay."""

from __future__ import annotations

import pytest
from support.outbound_queries import dataset_queries, service_queries, virtuoso_queries

from api.sparql_guard import GuardPolicy, QueryRefused, check_query, redirect_services

URL = "http://127.0.0.1:9"
CLOSED = GuardPolicy(max_bytes=100_000, max_depth=32)
REMOTE = GuardPolicy(max_bytes=100_000, max_depth=32, remote_store=True)
OPEN = GuardPolicy(max_bytes=100_000, max_depth=32, allowed_services=frozenset({f"{URL}/ok"}))


@pytest.mark.parametrize("query", service_queries(URL) + virtuoso_queries(URL))
def test_every_fetching_form_is_refused_whatever_the_store(query):
    for policy in (CLOSED, REMOTE, OPEN):
        with pytest.raises(QueryRefused):
            check_query(query, policy)


@pytest.mark.parametrize("query", dataset_queries(URL))
def test_remote_dataset_iris_are_refused_on_a_remote_store_only(query):
    check_query(query, CLOSED)
    with pytest.raises(QueryRefused, match="FROM"):
        check_query(query, REMOTE)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }',
        "SELECT * WHERE { ?s ?p '''a\nSERVICE <http://x/> {}''' }",
        "PREFIX service: <https://schema.org/> SELECT * WHERE { ?s a service:Service }",
        "SELECT ?service WHERE { ?service a <https://schema.org/Service> } # SERVICE <x>",
        "SELECT * FROM <https://w3id.org/cand-kg/id/doc/a> WHERE { ?s ?p ?o }",
        "SELECT * WHERE { FILTER(?a<?b) }",
    ],
)
def test_lookalikes_pass(query):
    check_query(query, REMOTE)


def test_limits_name_their_settings():
    with pytest.raises(QueryRefused, match="KG_QUERY_MAX_DEPTH"):
        check_query("SELECT * WHERE " + "{" * 33 + "}" * 33, CLOSED)
    check_query("SELECT * WHERE " + "{" * 32 + "}" * 32, CLOSED)
    with pytest.raises(QueryRefused, match="KG_QUERY_MAX_BYTES"):
        check_query('ASK { ?s ?p "' + "đ" * 50_000 + '" }', CLOSED)  # 100,000 bytes of UTF-8


def test_only_the_allowed_endpoint_passes_and_is_pointed_at_the_relay():
    allowed = f"SELECT * WHERE {{ SERVICE SILENT <{URL}/ok> {{ ?s ?p ?o }} }} # <{URL}/ok>"
    check_query(allowed, OPEN)
    relayed = redirect_services(allowed, {f"{URL}/ok": "http://127.0.0.1:5/0"})
    assert relayed == (
        f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:5/0> {{ ?s ?p ?o }} }} # <{URL}/ok>"
    )
    for refused in (f"<{URL}/ok/>", f"<{URL}/OK>", "?e", "r:ok"):
        with pytest.raises(QueryRefused):
            check_query(f"PREFIX r: <{URL}/> ASK {{ SERVICE {refused} {{ ?s ?p ?o }} }}", OPEN)
