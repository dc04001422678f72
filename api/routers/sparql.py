"""`/sparql`: the SPARQL 1.1 Protocol, read-only, with a time and a row limit."""

from __future__ import annotations

from typing import Annotated

import anyio
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from api.deps import RunnerDep, SettingsDep
from api.pages.sparql import sparql_page, wants_page
from api.protocol import NotAcceptable, check_graph_iris, is_update, negotiate
from api.routers.common import Responses
from api.sparql_guard import GuardPolicy, QueryRefused, check_graph_parameters, check_query
from api.sparql_runner import DirectRunner, QueryRequest, SparqlRunner
from api.store_errors import report
from core.namespaces import CAND
from core.settings import Settings
from kg.sparql import QueryParameterError
from kg.store.base import QuerySyntaxError, QueryTimeout

router = APIRouter(tags=["SPARQL"])
# User queries get their own thread budget, so a queue of slow ones never starves REST calls.
_LIMITER = anyio.CapacityLimiter(8)
EXAMPLE = (
    "PREFIX schema: <https://schema.org/>\n"
    f"SELECT ?name WHERE {{ ?p a <{CAND.Person}> ; schema:name ?name }}"
    " LIMIT 10"
)
RESPONSES: Responses = {
    200: {
        "description": "Results, in the negotiated format",
        "content": {
            "application/sparql-results+json": {},
            "application/sparql-results+xml": {},
            "text/csv": {},
            "text/tab-separated-values": {},
            "text/turtle": {},
            "application/n-triples": {},
            "application/ld+json": {},
        },
        "headers": {
            "X-KG-Truncated": {
                "description": "true if the result was cut at KG_QUERY_ROW_LIMIT rows",
                "schema": {"type": "string"},
            }
        },
    },
    400: {
        "description": "malformed query (the parser's message), invalid graph IRI, or a query "
        "refused before it runs: SERVICE to an endpoint not in KG_SPARQL_SERVICES, over "
        "KG_QUERY_MAX_BYTES or nested deeper than KG_QUERY_MAX_DEPTH"
    },
    403: {"description": "a SPARQL Update: this endpoint is read-only"},
    406: {"description": "no result format matches the Accept header"},
    429: {"description": "too many queries from this client; retry after `Retry-After` s"},
    503: {
        "description": "the query ran past KG_QUERY_TIMEOUT or its memory limit, or the "
        "store failed (reported by kind; the details go to the server's log)"
    },
}


def acceptable_formats(accept: str | None) -> dict[str, str]:
    """The format `accept` takes for each kind of result it takes (the kind is known only once
    the query runs)."""
    formats: dict[str, str] = {}
    for kind in ("select", "ask", "graph"):
        try:
            formats[kind] = negotiate(accept, kind)[0]
        except NotAcceptable:
            continue
    return formats


async def answer(
    request: Request,
    query: str | None,
    default_graphs: list[str],
    named_graphs: list[str],
    runner: SparqlRunner | DirectRunner,
    settings: Settings,
) -> Response:
    if not query or not query.strip():
        raise HTTPException(400, "no SPARQL query: pass it as the `query` parameter")
    if is_update(query):
        raise HTTPException(
            403,
            "SPARQL Update is not accepted here: /sparql is read-only; "
            "add or remove documents with POST/DELETE /documents",
        )
    policy: GuardPolicy = request.app.state.guard
    try:
        check_query(query, policy)
        check_graph_parameters([*default_graphs, *named_graphs], policy)
    except QueryRefused as exc:
        raise HTTPException(400, str(exc)) from exc
    accept = request.headers.get("accept")
    try:
        job = QueryRequest(
            query,
            check_graph_iris(default_graphs),
            check_graph_iris(named_graphs),
            settings.query_row_limit,
            formats=acceptable_formats(accept),
        )
    except QueryParameterError as exc:
        raise HTTPException(400, f"invalid graph IRI: {exc}") from exc
    try:
        result = await anyio.to_thread.run_sync(runner.run, job, limiter=_LIMITER)
    except QuerySyntaxError as exc:
        raise HTTPException(400, f"malformed SPARQL query: {exc}") from exc
    except QueryTimeout as exc:
        raise HTTPException(503, report(exc, settings, "SPARQL query")) from exc
    try:
        fmt, media = negotiate(accept, result.result.kind)
    except NotAcceptable as exc:
        raise HTTPException(406, str(exc)) from exc
    assert result.body is not None  # written by the runner: `fmt` was among the formats
    headers = {"X-KG-Truncated": "true" if result.truncated else "false", "Vary": "Accept"}
    if result.truncated:
        headers["X-KG-Row-Limit"] = str(settings.query_row_limit)
    charset = "" if fmt in ("nt",) else "; charset=utf-8"
    return Response(result.body, media_type=f"{media}{charset}", headers=headers)


@router.get("/sparql", responses=RESPONSES, summary="Run a SPARQL query (GET)")
async def sparql_get(
    runner: RunnerDep,
    settings: SettingsDep,
    request: Request,
    query: Annotated[str | None, Query(description="SPARQL 1.1 query", examples=[EXAMPLE])] = None,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
) -> Response:
    """The default graph is the union of every document's graph unless `default-graph-uri`
    names some. A browser asking with no query gets the query page."""
    if query is None and wants_page(request.headers.get("accept")):
        return sparql_page()
    return await answer(request, query, default_graph_uri, named_graph_uri, runner, settings)


@router.post(
    "/sparql",
    responses=RESPONSES,
    summary="Run a SPARQL query (POST)",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "query": {"type": "string", "example": EXAMPLE},
                            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
                            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
                        },
                        "required": ["query"],
                    }
                },
                "application/sparql-query": {"schema": {"type": "string", "example": EXAMPLE}},
            },
            "required": True,
        }
    },
)
async def sparql_post(
    runner: RunnerDep,
    settings: SettingsDep,
    request: Request,
    default_graph_uri: Annotated[list[str], Query(alias="default-graph-uri")] = [],  # noqa: B006
    named_graph_uri: Annotated[list[str], Query(alias="named-graph-uri")] = [],  # noqa: B006
) -> Response:
    """`query` as a form field, or the query itself as an `application/sparql-query` body."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/sparql-update":
        raise HTTPException(403, "SPARQL Update is not accepted here: /sparql is read-only")
    if content_type == "application/sparql-query":
        try:
            query = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPException(400, "the query is not valid UTF-8") from exc
    elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        if "update" in form:
            raise HTTPException(403, "SPARQL Update is not accepted here: /sparql is read-only")
        query = form.get("query")  # type: ignore[assignment]
        if query is not None and not isinstance(query, str):
            raise HTTPException(400, "`query` must be a text field")
        default_graph_uri = default_graph_uri + [str(v) for v in form.getlist("default-graph-uri")]
        named_graph_uri = named_graph_uri + [str(v) for v in form.getlist("named-graph-uri")]
    else:
        raise HTTPException(
            415,
            "send the query as application/sparql-query or as the `query` field of "
            "application/x-www-form-urlencoded",
        )
    return await answer(request, query, default_graph_uri, named_graph_uri, runner, settings)
