"""Ranks in answers: the scheme's labels and order, and the rank a person held on a day."""

from __future__ import annotations

from functools import cache

from api import models as m
from api.service.common import date_key
from core.ids import local_id
from core.ranks import ranks


@cache
def rank_catalogue() -> dict[str, m.RankRef]:
    """The rank scheme by IRI: labels and order even if the store holds only the observations."""
    return {
        str(rank.iri): m.RankRef(
            id=local_id(str(rank.iri)), name=rank.label, name_en=rank.label_en, order=rank.order
        )
        for rank in ranks()
    }


def rank_ref(iri: str) -> m.RankRef:
    known = rank_catalogue().get(str(iri))
    return known or m.RankRef(id=local_id(str(iri)), name=local_id(str(iri)))


def rank_on(entries: list[tuple[m.RankRef, str | None]], day: str | None) -> m.RankRef | None:
    """The latest rank seen on or before `day` (the earliest one after it if none)."""
    if not entries:
        return None
    dated = sorted(entries, key=lambda e: date_key(e[1]))
    if day is None:
        return dated[-1][0]
    before = [rank for rank, seen in dated if seen is None or seen[:10] <= day]
    return before[-1] if before else dated[0][0]
