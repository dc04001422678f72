"""Real districts for the synthetic corpora, grouped into stable emulation clusters.

A district belongs to its own province and, as in the provinces' own emulation movements, to one
numbered cluster of that province's police (the districts in gazetteer order, a few per
cluster), whatever article names it."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.extract.gazetteer import gazetteer  # noqa: E402


@cache
def rural_districts(province: str) -> tuple[str, ...]:
    """Names of the province's huyện (rural districts)."""
    return tuple(d.name for d in gazetteer().districts_in(province, "huyện"))


@cache
def clusters(province: str, size: int) -> tuple[tuple[str, ...], ...]:
    """The province's huyện in clusters of `size` (the last one topped up from the first), so
    cluster number k + 1 always has the same members."""
    names = rural_districts(province)
    if len(names) < size:
        raise ValueError(f"{province} has fewer than {size} rural districts")
    groups = []
    for start in range(0, len(names), size):
        group = names[start : start + size]
        groups.append(group + names[: size - len(group)])
    return tuple(groups)
