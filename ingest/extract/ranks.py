"""Ranks (cấp bậc hàm), read from the ontology's SKOS scheme `ontology/ranks.ttl`."""

from __future__ import annotations

import re
from functools import cache

from core.settings import ONTOLOGY_DIR
from ingest.extract.lexicon import first_words, may_contain, starts
from ingest.extract.mentions import Mention


@cache
def rank_labels() -> dict[str, str]:
    """Lower-cased label -> canonical label (`thiếu tướng` -> `Thiếu tướng`)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import SKOS

    graph = Graph().parse(ONTOLOGY_DIR / "ranks.ttl")
    labels = {
        str(o)
        for o in graph.objects(None, SKOS.prefLabel)
        if isinstance(o, Literal) and o.language == "vi"
    }
    return {label.lower(): label for label in labels}


@cache
def rank_order() -> dict[str, int]:
    """Canonical label -> `cand:rankOrder` (1 = Đại tướng, the most senior)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    graph = Graph().parse(ONTOLOGY_DIR / "ranks.ttl")
    order = URIRef("https://w3id.org/cand-kg/ontology#rankOrder")
    out = {}
    for concept, value in graph.subject_objects(order):
        for label in graph.objects(concept, SKOS.prefLabel):
            if isinstance(label, Literal) and label.language == "vi":
                out[str(label)] = int(str(value))
    return out


def senior(a: str | None, b: str | None) -> str | None:
    """The more senior of two ranks (an article about a promotion names both)."""
    if a is None or b is None:
        return a or b
    order = rank_order()
    return a if order.get(a, 99) <= order.get(b, 99) else b


@cache
def _pattern() -> re.Pattern[str]:
    alt = "|".join(re.escape(r) for r in sorted(rank_labels(), key=len, reverse=True))
    return re.compile(rf"{starts(list(rank_labels()))}(?<!\w)(?i:{alt})(?!\w)")


def find_ranks(text: str, offset: int = 0) -> list[Mention]:
    if not may_contain(text, first_words(tuple(rank_labels()))):
        return []
    return [
        Mention(offset + m.start(), offset + m.end(), "rank", rank_labels()[m.group(0).lower()])
        for m in _pattern().finditer(text)
    ]
