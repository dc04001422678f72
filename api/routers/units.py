from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api import models as m
from api.deps import ServiceDep
from api.routers.common import NOT_FOUND, PageDep, id_path, id_query, text_query

router = APIRouter(tags=["units and clusters"])


@router.get("/units", response_model=m.Page[m.UnitSummary], summary="Đơn vị / units")
def list_units(
    page: PageDep,
    service: ServiceDep,
    name: Annotated[str | None, text_query("part of the name", "dong da")] = None,
    parent: Annotated[str | None, id_query("only sub-units of", "cong-an-thanh-pho-ha-noi")] = None,
    on: Annotated[
        str | None,
        Query(
            pattern=r"^\d{4}-\d{2}-\d{2}$",
            description="only units that existed on this day (YYYY-MM-DD)",
            examples=["2024-01-01"],
        ),
    ] = None,
) -> m.Page[m.UnitSummary]:
    return service.units(name=name, parent=parent, on=on, limit=page.limit, offset=page.offset)


@router.get("/units/{unit_id}", response_model=m.Unit, responses=NOT_FOUND)
async def get_unit(
    service: ServiceDep,
    unit_id: Annotated[str, id_path("cong-an-quan-dong-da")],
) -> m.Unit:
    """Parent, sub-units, emulation clusters and leaders of a unit; when it existed, and the
    units it came from (predecessors) and became (successors)."""
    return service.unit(unit_id)


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
) -> m.Cluster:
    return service.cluster(cluster_id)
