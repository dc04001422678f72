"""What pruning keeps of a summary node's values when shares bring several, said once: read as
SPARQL by `kg.summary` (the prune update, on any store) and in Python by `kg.shares` (the merge
on the embedded store), which must leave the same summary graph.

Each rule says when one value beats another of the same node and predicate, by their text; a
value that another beats is pruned. And an entity left with two sources, a least and a greatest
that differ, is no longer one document's (`cand:singleSourceAs` goes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import URIRef

from core.namespaces import CAND


@dataclass(frozen=True)
class Rule:
    sparql: str  # a FILTER condition: ?better beats ?old
    beats: Callable[[str, str], bool]  # the same on the values' text: (better, old)


LEAST = Rule("STR(?better) < STR(?old)", lambda better, old: better < old)
GREATEST = Rule("STR(?better) > STR(?old)", lambda better, old: better > old)
# "" (no date) gives way to any date, and the least date wins
DATED = Rule(
    '?better != "" && (?old = "" || STR(?better) < STR(?old))',
    lambda better, old: better != "" and (old == "" or better < old),
)

KEPT: tuple[tuple[URIRef, Rule], ...] = (
    (CAND.firstSeen, LEAST),
    (CAND.lastSeen, GREATEST),
    (CAND.endedOn, GREATEST),
    (CAND.sampleSource, LEAST),
    # the catalogue's order keys (kg.catalogue): the least name orders an entity
    (CAND.personOrder, LEAST),
    (CAND.unitOrder, LEAST),
    (CAND.clusterOrder, LEAST),
    (CAND.leastSource, LEAST),
    (CAND.greatestSource, GREATEST),
    # the least date orders an event or a conferral (kg.catalogue)
    (CAND.eventOrder, DATED),
    (CAND.awardOrder, DATED),
    # and its bucket (kg.buckets), a beginning of it, is the least bucket by the same rule
    (CAND.eventBucket, DATED),
    (CAND.awardBucket, DATED),
)
# the mark the single-source rule takes away, and the two sources it compares
SINGLE_SOURCE = (CAND.singleSourceAs, CAND.leastSource, CAND.greatestSource)
