from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api import models as m
from api.deps import ServiceDep
from api.routers.common import MOVED, DateQuery, PageDep, id_path, id_query, text_query

router = APIRouter(prefix="/persons", tags=["persons"])


@router.get("", response_model=m.Page[m.PersonSummary], summary="Người: danh sách / persons")
def list_persons(
    page: PageDep,
    service: ServiceDep,
    name: Annotated[
        str | None, text_query("part of the name, accents optional", "dao thanh hai")
    ] = None,
    rank: Annotated[str | None, id_query("rank id ever held", "thieu-tuong")] = None,
    unit: Annotated[
        str | None, id_query("unit id of a post held", "cong-an-thanh-pho-ha-noi")
    ] = None,
    date: DateQuery = None,
) -> m.Page[m.PersonSummary]:
    return service.persons(
        name=name, rank=rank, unit=unit, date=date, limit=page.limit, offset=page.offset
    )


@router.get("/{person_id}", response_model=m.Person, responses=MOVED)
async def get_person(
    service: ServiceDep,
    person_id: Annotated[str, id_path("dao-thanh-hai")],
) -> m.Person:
    """Names, current rank, and each rank and post once with its first and last dates and how
    many documents show it; what each document shows: `/ranks` and `/posts` below."""
    return service.person(person_id)


@router.get("/{person_id}/ranks", response_model=m.Page[m.RankEntry], responses=MOVED)
async def get_person_ranks(
    page: PageDep,
    service: ServiceDep,
    person_id: Annotated[str, id_path("dao-thanh-hai")],
) -> m.Page[m.RankEntry]:
    """The rank each document shows the person with, on its date, oldest first."""
    return service.person_ranks(person_id, page.limit, page.offset)


@router.get("/{person_id}/posts", response_model=m.Page[m.PostEntry], responses=MOVED)
async def get_person_posts(
    page: PageDep,
    service: ServiceDep,
    person_id: Annotated[str, id_path("dao-thanh-hai")],
) -> m.Page[m.PostEntry]:
    """The post each document shows the person in, oldest first."""
    return service.person_posts(person_id, page.limit, page.offset)


@router.get("/{person_id}/events", response_model=m.Page[m.EventSummary], responses=MOVED)
async def get_person_events(
    page: PageDep,
    service: ServiceDep,
    person_id: Annotated[str, id_path("dao-thanh-hai")],
) -> m.Page[m.EventSummary]:
    return service.person_events(person_id, page.limit, page.offset)
