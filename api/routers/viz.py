"""`/viz`: the interactive graph page, served by the API so it can expand and search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from api.service.common import NotFound
from kg.store.base import Store
from viz.overview import overview
from viz.page import render_page
from viz.subgraph import DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT, neighbourhood, parse_focus

router = APIRouter(tags=["graph"])


def _store(request: Request) -> Store:
    return request.app.state.store


@router.get("/viz", response_class=HTMLResponse, summary="Interactive graph page")
def viz(
    request: Request,
    focus: Annotated[str | None, Query(description="Entity id to start from.")] = None,
    depth: Annotated[int, Query(ge=0, le=MAX_DEPTH)] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> HTMLResponse:
    """The page, centred on `focus` when given, else on the overview: the emulation clusters
    with their member units and the people named most in the last year."""
    if not focus:
        subgraph = overview(_store(request), limit)
    else:
        try:
            subgraph = neighbourhood(_store(request), parse_focus(focus), depth, limit)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        except LookupError as exc:
            raise NotFound(str(exc)) from exc
    base = request.scope.get("root_path", "")
    return HTMLResponse(render_page(subgraph, api_base=base, depth=depth))
