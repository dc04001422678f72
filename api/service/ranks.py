"""Ranks in answers: the scheme's labels and order, and the rank a person held on a day."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
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


@dataclass(frozen=True)
class RankSpan:
    """One rank of a person as the summary graph keeps it: the first and last dates it was
    seen on (None when it was only seen undated)."""

    rank: m.RankRef
    first: str | None
    last: str | None


class Undecided(Enum):
    """The spans alone cannot tell: the observations themselves are needed."""

    UNDECIDED = "undecided"


UNDECIDED = Undecided.UNDECIDED


def rank_on_spans(spans: list[RankSpan], day: str | None) -> m.RankRef | None | Undecided:
    """What `rank_on` gives for the observations these spans fold, where their first and last
    dates decide it: the rank whose latest observation up to `day` is strictly the latest.
    Overlapping spans, ties, undated observations and days before every span are left
    undecided (`UNDECIDED`): any observation inside a span could change the answer there."""
    dated = [(s.first, s.last, s.rank) for s in spans if s.first is not None and s.last is not None]
    if not spans or len(dated) < len(spans):
        return UNDECIDED  # no summary for this person, or undated observations
    if day is None:
        return _strictly_latest([(last, rank) for _, last, rank in dated])
    seen = [(first, last, rank) for first, last, rank in dated if first[:10] <= day]
    settled = [(last, rank) for _, last, rank in seen if last[:10] <= day]
    still_open = [(first, rank) for first, last, rank in seen if last[:10] > day]
    if not seen or len(still_open) > 1:
        return UNDECIDED
    if not still_open:
        return _strictly_latest(settled)
    # The one span still open on the day was seen on its first date at the latest.
    first, rank = still_open[0]
    return rank if all(first > last for last, _ in settled) else UNDECIDED


def _strictly_latest(dated: list[tuple[str, m.RankRef]]) -> m.RankRef | Undecided:
    latest = max(date for date, _ in dated)
    ranks = [rank for date, rank in dated if date == latest]
    return ranks[0] if len(ranks) == 1 else UNDECIDED
