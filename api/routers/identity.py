"""Identity: why an entity is one (`GET /persons/{id}/why`, `GET /events/{id}/why`) and
curators' judgements (`POST /judgements`, with the write token)."""

from __future__ import annotations

from typing import Annotated

import anyio
from fastapi import APIRouter, Depends, HTTPException

from api import models as m
from api.deps import ServiceDep, require_token
from api.routers.common import MOVED, NOT_FOUND, id_path
from api.routers.documents import AUTH
from kg.curation import Unjudgeable
from kg.resolve.explain import UnknownEntity

router = APIRouter(tags=["identity"])


@router.get("/persons/{person_id}/why", response_model=m.Why, responses=MOVED)
def why_person(service: ServiceDep, person_id: Annotated[str, id_path("dao-thanh-hai")]) -> m.Why:
    """The mentions behind a person (document, name, ranks, posts, dates), the evidence that
    joined them, why each namesake is another person, and curators' judgements."""
    return service.why("person", person_id)


@router.get("/events/{event_id}/why", response_model=m.Why, responses=MOVED)
def why_event(
    service: ServiceDep, event_id: Annotated[str, id_path("hoi-nghi-tong-ket-2023")]
) -> m.Why:
    """The mentions behind an event (document, organisers, attendees, place), the evidence that
    joined them, and why each other event of its kind and day is another."""
    return service.why("event", event_id)


@router.post(
    "/judgements",
    response_model=m.JudgementReport,
    status_code=201,
    responses={**AUTH, **NOT_FOUND, 413: {"description": "over KG_MAX_BODY_BYTES"}, 422: {}},
    dependencies=[Depends(require_token)],
)
async def post_judgement(service: ServiceDep, body: m.JudgementRequest) -> m.JudgementReport:
    """Record that two persons (or two events) are one or two, whatever the evidence says;
    applied at once and by every later resolution. 404: an id names nothing; 422: the two
    cannot be judged (different kinds, names, or one entity already). Needs the bearer token."""
    try:
        return await anyio.to_thread.run_sync(service.judge, body)
    except UnknownEntity as exc:
        raise HTTPException(404, str(exc)) from exc
    except Unjudgeable as exc:
        raise HTTPException(422, str(exc)) from exc
