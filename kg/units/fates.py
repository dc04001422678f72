"""What became of units that have ended, for views that name a unit as it was then (a career
post at Công an tỉnh Bến Tre in 2023 names Bến Tre) and mark it merged or dissolved since."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import URIRef

from kg import queries
from kg.store.base import Store

_CHUNK = 200  # units per query, so no query text grows unbounded


@dataclass(frozen=True)
class Fate:
    """A unit ended on `ended` by a change of `kind` (merger, dissolution, …; None when no
    change event says), going into `successors`, (IRI, name) pairs, none for a dissolution."""

    ended: str
    kind: str | None
    successors: tuple[tuple[str, str | None], ...]


@dataclass
class _Rows:
    ended: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    successors: dict[str, str | None] = field(default_factory=dict)

    def fate(self) -> Fate:
        # the earliest end any source gives, and the change of that day
        return Fate(
            min(self.ended),
            min(self.kinds) if self.kinds else None,
            tuple(sorted(self.successors.items())),
        )


def unit_fates(store: Store, units: Iterable[str]) -> dict[str, Fate]:
    """The fate of each of `units` (IRIs) that has ended; units still there are left out."""
    wanted = sorted(set(units))
    found: dict[str, _Rows] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = tuple(URIRef(u) for u in wanted[start : start + _CHUNK])
        for row in queries.run(store, "unit_fates", units=chunk).dicts():
            rows = found.setdefault(str(row["unit"]), _Rows())
            rows.ended.add(str(row["ended"]))
            if "kind" in row:
                rows.kinds.add(str(row["kind"]))
            if "successor" in row and row["successor"] != row["unit"]:
                label = row.get("successorLabel")
                rows.successors.setdefault(str(row["successor"]), str(label) if label else None)
    return {unit: rows.fate() for unit, rows in found.items()}
