"""`/graph`: the nodes and edges around an entity, for the graph page and other clients."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field

from api.service.common import NotFound
from kg.store.base import Store
from viz.page import graph_payload
from viz.subgraph import DEFAULT_LIMIT, MAX_DEPTH, MAX_LIMIT, neighbourhood, parse_focus

router = APIRouter(tags=["graph"])


class GraphAnswer(BaseModel):
    """vis-network nodes and edges around an entity, nearest first."""

    focus: str | None = Field(examples=["person/tran-van-duc"])
    nodes: list[dict[str, Any]] = Field(
        description="id, label, type, shape, color, date, and `info` (name, rank, api record,"
        " sources, career) for the page's panels"
    )
    edges: list[dict[str, Any]] = Field(
        description="id, from, to, rel, label (Vietnamese), date, sources"
    )
    total: int = Field(description="nodes found within the depth before the cut")
    truncated: bool = Field(description="true when more than `limit` nodes were in reach")


def _store(request: Request) -> Store:
    return request.app.state.store


@router.get(
    "/graph", response_model=GraphAnswer, summary="Nodes and edges within a depth of an entity"
)
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
        raise NotFound(str(exc)) from exc
