"""`/stats`: what the store holds."""

from __future__ import annotations

from fastapi import APIRouter

from api import models as m
from api.deps import ServiceDep

router = APIRouter(tags=["store"])


@router.get("/stats", response_model=m.StoreStatistics, summary="Thống kê / what the store holds")
def statistics(service: ServiceDep) -> m.StoreStatistics:
    """Counts per kind, the oldest and newest documents, and how many persons, units, clusters
    and events are known from one document only."""
    return service.statistics()
