from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import models as m
from api.deps import ServiceDep
from api.routers.common import MOVED, DateQuery, PageDep, id_path, id_query, text_query
from core.kinds import EventKind

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=m.Page[m.EventSummary], summary="Sự kiện: danh sách / events")
def list_events(
    page: PageDep,
    service: ServiceDep,
    kind: Annotated[EventKind | None, Query(description="kind of event")] = None,
    date_from: Annotated[DateQuery, Query(alias="from")] = None,
    date_to: Annotated[DateQuery, Query(alias="to")] = None,
    unit: Annotated[str | None, id_query("organising unit id", "cong-an-thanh-pho-ha-noi")] = None,
    attendee: Annotated[str | None, id_query("person id of an attendee", "dao-thanh-hai")] = None,
    title: Annotated[str | None, text_query("part of the title", "hoi nghi")] = None,
) -> m.Page[m.EventSummary]:
    return service.events(
        kind=kind,
        date_from=date_from,
        date_to=date_to,
        unit=unit,
        attendee=attendee,
        title=title,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/{event_id}", response_model=m.Event, responses=MOVED)
async def get_event(
    service: ServiceDep,
    event_id: Annotated[str, id_path("hoi-nghi-tong-ket-2023")],
) -> m.Event:
    return service.event(event_id)


@router.get("/{event_id}/attendees", response_model=m.Page[m.Attendee], responses=MOVED)
async def get_event_attendees(
    page: PageDep,
    service: ServiceDep,
    event_id: Annotated[str, id_path("hoi-nghi-tong-ket-2023")],
) -> m.Page[m.Attendee]:
    """Who attended, each with the rank and the posts they held on the event's date."""
    return service.event_attendees(event_id, page.limit, page.offset)
