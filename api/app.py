"""The FastAPI application: SPARQL endpoint, REST resources, and the routers others add."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi_offline import FastAPIOffline

from api.checkpoints import Checkpoints
from api.client_limits import ClientLimitMiddleware
from api.cors import SparqlCors
from api.limits import BodyLimitMiddleware
from api.redirects import moved_to
from api.routers import (
    awards,
    documents,
    events,
    graph,
    handover,
    identity,
    persons,
    search,
    sparql,
    stats,
    units,
    viz,
)
from api.service import KgService
from api.service.common import InvalidParameter, NotFound
from api.service_relay import service_relay
from api.sparql_guard import guard_policy
from api.sparql_runner import make_runner
from api.store_errors import report
from core.settings import Settings
from kg.documents import finish_pending
from kg.sparql import QueryParameterError
from kg.store import OxigraphStore, Store, StoreError, open_store
from kg.upkeep import prepare

log = logging.getLogger(__name__)

# Every router of the API; the graph and visualisation pages append theirs here.
ROUTERS: list[APIRouter] = [
    sparql.router,
    persons.router,
    events.router,
    units.router,
    awards.router,
    documents.router,
    documents.sources,
    search.router,
    graph.router,
    viz.router,
    handover.router,
    stats.router,
    identity.router,
]

DESCRIPTION = """
Tri thức về lực lượng Công an nhân dân từ báo chí và danh sách cán bộ — a knowledge graph of
Vietnam's public-security forces built from news articles and rosters.

* `/sparql`: SPARQL 1.1 Protocol (read-only, time limit `KG_QUERY_TIMEOUT`, row limit
  `KG_QUERY_ROW_LIMIT`). The default graph is the union of every document's graph.
* REST resources below; lists take `limit` and `offset` and return `total`.
* `/search?q=dao thanh hai` finds *Đào Thanh Hải*: case and accents do not matter.
* `/persons/{id}/why`, `/events/{id}/why`: the mentions and evidence behind an entity; an id
  a merge or split retired answers 308 to its successor.
* Writes (`POST /documents`, `DELETE /documents/{id}`, `POST /judgements`) need
  `Authorization: Bearer <token>`.
"""


def _warm(service: KgService) -> None:
    # On failure the first search reads the index again, and reports what fails.
    with contextlib.suppress(StoreError):
        service.search_index.warm()


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The application over `store`, or over the store named by `settings` (KG_STORE), opened
    when the server starts and closed when it stops."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        opened: Store = open_store(settings.store, settings) if store is None else store
        finish_pending(opened)  # an earlier server may have been killed mid-upload
        rebuilt = prepare(opened)  # an older version's summary graph is rebuilt once
        if rebuilt is not None:
            log.warning("%s", rebuilt)
        app.state.store = opened
        embedded = isinstance(opened, OxigraphStore)
        relay = service_relay(settings) if embedded else None
        app.state.runner = make_runner(
            opened, settings.query_timeout, memory_mb=settings.query_memory_mb, relay=relay
        )
        # One write hook: the service's changed() also renews the query runner's snapshot.
        app.state.service = KgService(opened, on_change=[app.state.runner.changed])
        # `kg` commands run beside the server read checkpoints of an embedded store on disk.
        app.state.checkpoints = (
            Checkpoints(opened) if isinstance(opened, OxigraphStore) and opened.path else None
        )
        app.state.guard = guard_policy(settings, remote_store=not embedded)
        # The search index of a store this server opened and alone writes is read now, not
        # by the first search (every name: seconds at 100,000 articles).
        warming = None
        if own and embedded:
            warming = threading.Thread(target=_warm, args=(app.state.service,), daemon=True)
            warming.start()
        try:
            yield
        finally:
            if warming is not None:
                warming.join()  # the store is closed below: its reading must have ended
            app.state.runner.close()
            if relay is not None:
                relay.close()
            if app.state.checkpoints is not None:
                app.state.checkpoints.close()
            if own:
                opened.close()

    # /docs with Swagger UI's scripts and styles from the installed fastapi-offline package, so
    # it works on a machine without internet; no /redoc, whose page loads a logo from its CDN.
    app = FastAPIOffline(
        redoc_url=None,
        title="cand-kg",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        swagger_ui_parameters={"validatorUrl": None},
    )
    app.state.settings = settings
    for router in ROUTERS:
        app.include_router(router)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    # Runs before the body limit, so a refused client costs no body reading.
    app.add_middleware(
        ClientLimitMiddleware,
        rate=settings.client_rate,
        burst=settings.client_burst,
        queries=settings.client_queries,
    )
    if settings.cors_origins:
        app.add_middleware(SparqlCors, origins=settings.cors_origins)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        # An id a merge or split retired: the same path under its successor.
        location = await anyio.to_thread.run_sync(moved_to, app.state.store, request)
        if location is not None:
            return RedirectResponse(location, status_code=308)
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(InvalidParameter)
    @app.exception_handler(QueryParameterError)
    async def invalid(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreError)
    async def unavailable(request: Request, exc: StoreError) -> JSONResponse:
        detail = report(exc, settings, f"{request.method} {request.url.path}")
        return JSONResponse({"detail": detail}, status_code=503)

    return app
