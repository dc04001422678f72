from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import models as m
from api.deps import ServiceDep
from api.routers.common import PageDep, text_query

router = APIRouter(tags=["awards"])


@router.get("/awards", response_model=m.Page[m.Award], summary="Khen thưởng / awards")
def list_awards(
    page: PageDep,
    service: ServiceDep,
    recipient: Annotated[
        str | None,
        Query(
            pattern=r"^(person:|unit:)?[a-z0-9][a-z0-9-]*$",
            max_length=300,
            description="recipient: a unit id, or `person:<id>`",
            examples=["cong-an-quan-dong-da"],
        ),
    ] = None,
    award: Annotated[str | None, text_query("part of the award's name", "huan chuong")] = None,
) -> m.Page[m.Award]:
    return service.awards(recipient=recipient, award=award, limit=page.limit, offset=page.offset)
