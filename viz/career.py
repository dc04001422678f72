"""A person's career as steps on a timeline: each rank, and each post in a unit, once, from the
first to the last date a source saw it (or the dates a roster gives)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Observation:
    what: str  # "rank" or "post"
    value: str  # the rank's or the role's name
    unit: str | None
    unit_id: str | None
    date: str | None
    end: str | None
    source: str | None


@dataclass
class Step:
    what: str
    value: str
    unit: str | None
    unit_id: str | None
    date: str | None  # first seen, or the start a roster gives
    last: str | None  # last seen, when seen more than once
    end: str | None  # the end a roster gives
    sources: list[str] = field(default_factory=list)
    # the unit is named as the source names it then; if it has since ended: the day, the kind
    # of change and the names of the units it went into
    unit_ended: str | None = None
    unit_change: str | None = None
    unit_into: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def steps(observations: list[Observation]) -> list[Step]:
    """One step per rank and per (role, unit), in order of first sight; ranks before posts on
    the same day."""
    merged: dict[tuple[str, str, str | None], Step] = {}
    for seen in observations:
        key = (seen.what, seen.value, seen.unit_id)
        step = merged.get(key)
        if step is None:
            step = merged[key] = Step(
                seen.what, seen.value, seen.unit, seen.unit_id, seen.date, None, seen.end
            )
        elif seen.date:
            dates = sorted(d for d in (step.date, step.last, seen.date) if d)
            step.date, step.last = dates[0], dates[-1]
        if seen.end and (step.end is None or seen.end > step.end):
            step.end = seen.end
        if seen.source and seen.source not in step.sources:
            step.sources.append(seen.source)
    for step in merged.values():
        if step.last == step.date:
            step.last = None
        step.sources.sort()
    return sorted(merged.values(), key=lambda s: (s.date or "", s.what != "rank", s.value))


def latest_rank(career: list[Step]) -> str | None:
    """The rank seen last (by last sighting, then first)."""
    ranks = [step for step in career if step.what == "rank"]
    if not ranks:
        return None
    return max(ranks, key=lambda s: (s.last or s.date or "", s.date or "")).value
