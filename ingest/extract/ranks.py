"""Ranks (cấp bậc hàm) in text, as the ontology's rank scheme (`core.ranks`) names them."""

from __future__ import annotations

import re
from functools import cache

from core.ranks import ranks
from ingest.extract.lexicon import first_words, leading, may_contain
from ingest.extract.mentions import Mention


@cache
def rank_labels() -> dict[str, str]:
    """Lower-cased label -> canonical label (`thiếu tướng` -> `Thiếu tướng`)."""
    return {rank.label.lower(): rank.label for rank in ranks()}


@cache
def rank_order() -> dict[str, int]:
    """Canonical label -> `cand:rankOrder` (1 = Đại tướng, the most senior)."""
    return {rank.label: rank.order for rank in ranks()}


def senior(a: str | None, b: str | None) -> str | None:
    """The more senior of two ranks (an article about a promotion names both)."""
    if a is None or b is None:
        return a or b
    order = rank_order()
    return a if order.get(a, 99) <= order.get(b, 99) else b


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"{leading(list(rank_labels()))}(?!\w)")


@cache
def _triggers() -> frozenset[str]:
    return first_words(tuple(rank_labels()))


def find_ranks(text: str, offset: int = 0) -> list[Mention]:
    if not may_contain(text, _triggers()):
        return []
    return [
        Mention(offset + m.start(), offset + m.end(), "rank", rank_labels()[m.group(0).lower()])
        for m in _pattern().finditer(text)
    ]
