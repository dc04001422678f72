from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from api import models as m
from api.deps import ServiceDep
from api.routers.common import NOT_FOUND, PageDep, day_query, id_path, id_query, text_query

router = APIRouter(tags=["units and clusters"])


@router.get("/units", response_model=m.Page[m.UnitSummary], summary="Đơn vị / units")
def list_units(
    page: PageDep,
    service: ServiceDep,
    name: Annotated[str | None, text_query("part of the name", "dong da")] = None,
    parent: Annotated[str | None, id_query("only sub-units of", "cong-an-thanh-pho-ha-noi")] = None,
    on: Annotated[str | None, day_query("only units that existed on this day (YYYY-MM-DD)")] = None,
) -> m.Page[m.UnitSummary]:
    return service.units(name=name, parent=parent, on=on, limit=page.limit, offset=page.offset)


@router.get("/units/{unit_id}", response_model=m.Unit, responses=NOT_FOUND)
async def get_unit(
    service: ServiceDep,
    unit_id: Annotated[str, id_path("cong-an-quan-dong-da")],
) -> m.Unit:
    """Parent, sub-units, emulation clusters and leaders of a unit; when it existed, and the
    units it came from (predecessors) and became (successors); how many documents name it and
    the newest of them (all of them: `/units/{id}/documents`)."""
    return service.unit(unit_id)


@router.get(
    "/units/{unit_id}/documents", response_model=m.Page[m.UnitDocument], responses=NOT_FOUND
)
def list_unit_documents(
    page: PageDep,
    service: ServiceDep,
    unit_id: Annotated[str, id_path("cong-an-tinh-nghe-an")],
) -> m.Page[m.UnitDocument]:
    """The documents naming a unit, newest first (undated ones last)."""
    return service.unit_documents(unit_id, page.limit, page.offset)


@router.get("/units/{unit_id}/history", response_model=m.UnitHistory, responses=NOT_FOUND)
async def get_unit_history(
    service: ServiceDep,
    unit_id: Annotated[str, id_path("cong-an-tinh-ben-tre")],
) -> m.UnitHistory:
    """When a unit existed, and its foundings, renamings, mergers, splits and dissolution, each
    with the units before and after and the legal acts or documents that say so."""
    return service.unit_history(unit_id)


@router.get("/clusters", response_model=m.Page[m.ClusterSummary], summary="Cụm thi đua")
def list_clusters(
    page: PageDep,
    service: ServiceDep,
    name: Annotated[str | None, text_query("part of the name", "cum thi dua")] = None,
) -> m.Page[m.ClusterSummary]:
    return service.clusters(name=name, limit=page.limit, offset=page.offset)


@router.get("/clusters/{cluster_id}", response_model=m.Cluster, responses=NOT_FOUND)
async def get_cluster(
    service: ServiceDep,
    cluster_id: Annotated[str, id_path("cum-thi-dua-so-3")],
    on: Annotated[
        str | None, day_query("only the units that were members on this day (YYYY-MM-DD)")
    ] = None,
) -> m.Cluster:
    """A cluster and its member units, each with the day a source listed it and the day it
    ended. With `on`, the members on that day: a membership holds from the day its source
    lists it until the unit is merged or dissolved, or a later source lists it in another
    cluster (the clusters regrouped after the 2025 reorganisation)."""
    return service.cluster(cluster_id, on)
