"""Schemathesis against the running server's OpenAPI: no request it can generate gets a 5xx."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from support.api_server import TOKEN, build_store, start_server

from api.app import create_app
from core.settings import Settings

OPERATIONS = [
    (method, path)
    for path, methods in create_app(Settings(store=":memory:")).openapi()["paths"].items()
    for method in methods
]


@schemathesis.serializer("application/sparql-query", "text/csv", "text/html")
def as_text(ctx, value):  # noqa: ANN001, ANN201 - schemathesis's serializer signature
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("schemathesis") / "kg")
    yield from start_server(store, KG_QUERY_TIMEOUT="3", KG_MAX_BODY_BYTES="200000")


@pytest.fixture(scope="module")
def api_schema(server):
    return schemathesis.openapi.from_url(f"{server.url}/openapi.json")


@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_no_generated_request_gets_a_server_error(server, api_schema, method, path):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(
            base_url=server.url,
            headers={"Authorization": f"Bearer {TOKEN}"},
            checks=[not_a_server_error],
            timeout=60,
        )

    check()
