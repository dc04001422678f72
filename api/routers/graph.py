"""`/graph`: the nodes and edges around an entity, for the graph page and other clients."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from kg.store.base import Store, StoreError
from viz.page import graph_payload
from viz.subgraph import DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT, neighbourhood, parse_focus

router = APIRouter(tags=["graph"])


def _store(request: Request) -> Store:
    return request.app.state.store


@router.get("/graph", summary="Nodes and edges within a depth of an entity")
def graph(
    request: Request,
    focus: Annotated[str, Query(description="Entity id, e.g. person/tran-van-duc.")],
    depth: Annotated[int, Query(ge=0, le=MAX_DEPTH)] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """vis-network nodes and edges (labels, types, dates, sources) nearest the focus first;
    `truncated` says when more than `limit` nodes were in reach."""
    try:
        iri = parse_focus(focus)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    try:
        return graph_payload(neighbourhood(_store(request), iri, depth, limit))
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    except StoreError as exc:
        raise HTTPException(503, str(exc)) from exc
