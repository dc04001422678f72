from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api import models as m
from api.deps import ServiceDep
from api.routers.common import PageDep

router = APIRouter(tags=["search"])
Kind = Literal["person", "unit", "cluster", "event", "award", "doc", "rank", "role"]


@router.get("/search", response_model=m.Page[m.SearchHit], summary="Tìm kiếm / search")
def search(
    page: PageDep,
    service: ServiceDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="words of a name; case and accents do not matter",
            examples=["dao thanh hai", "Công an quận Đống Đa", "dong da"],
        ),
    ],
    kind: Annotated[list[Kind] | None, Query(description="only these kinds")] = None,
) -> m.Page[m.SearchHit]:
    """Every kind of entity, closest names first."""
    return service.search(q, list(kind) if kind else None, page.limit, page.offset)
