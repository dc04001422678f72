"""Resolution of one block (the mentions of one name, or of the names one person may be
written with: `kg.resolve.names`; or of one event kind and month) into entities with
canonical IRIs.

Canonical IRIs come from the cluster, never from arrival order. A person's IRI is the folded
name (`person/pham-quoc-bao`) for the cluster holding the block's earliest mention, and the
name plus a short key of its own earliest mention for any namesake
(`person/le-van-tuan--3f9a2c`). An event's IRI is the IRI its earliest mention's document alone
gives it. So an IRI changes only when a document about that very entity (or a namesake's
earlier one) arrives or leaves, and the store keeps `owl:sameAs` from the retired IRI."""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rdflib import URIRef

from core.ids import mint
from kg.resolve.alone import given_alone_pairs
from kg.resolve.clustering import Clustering, Profile, cluster
from kg.resolve.events import EventProfile
from kg.resolve.mentions import EventMention, PersonMention
from kg.resolve.names import fullest
from kg.resolve.persons import PersonProfile
from kg.resolve.rules import weight

M = TypeVar("M", PersonMention, EventMention)
P = TypeVar("P", bound=Profile)


@lru_cache(maxsize=1 << 16)
def person_iri(block: str, key: str = "") -> URIRef:
    """The IRI of a person named `block` (folded); `key` tells a namesake apart."""
    return mint("person", block, key)


def short_key(mention_key: str) -> str:
    return hashlib.sha1(mention_key.encode()).hexdigest()[:6]


@dataclass
class BlockResolution(Generic[M, P]):
    """The mentions of one block, sorted, their clusters and the IRI of each mention."""

    mentions: list[M]
    clustering: Clustering[P]
    iris: list[URIRef]  # one per cluster

    def iri_of(self) -> dict[str, URIRef]:
        """Mention key -> canonical IRI."""
        out = {}
        for group, iri in zip(self.clustering.groups, self.iris, strict=True):
            for i in group:
                out[self.mentions[i].key] = iri
        return out


Pairs = Sequence[tuple[str, str]]


def resolve_persons(
    mentions: Sequence[PersonMention], same: Pairs = (), different: Pairs = ()
) -> BlockResolution[PersonMention, PersonProfile]:
    ordered = sorted(mentions, key=PersonMention.sort_key)
    profiles = [profile_of(m) for m in ordered]
    fitted, apart = given_alone_pairs(ordered, profiles, same, different)
    result = cluster(
        [m.key for m in ordered],
        profiles,
        weight("person_threshold"),
        same,
        [*different, *apart],
        [_signature(m) for m in ordered],
        fitted,
    )
    return BlockResolution(ordered, result, _person_iris(ordered, result.groups))


def _person_iris(ordered: Sequence[PersonMention], groups: list[list[int]]) -> list[URIRef]:
    """A cluster is named after its fullest name (`kg.resolve.names.fullest`) and its anchor,
    its earliest mention written with that name: the cluster whose anchor is the name's
    earliest mention gets the bare name, another the short key of its anchor. A mention
    written otherwise never names a cluster, so it renames nothing when it joins one."""
    anchors = []
    for group in groups:
        name = fullest({ordered[i].block for i in group})
        anchors.append(next(i for i in group if ordered[i].block == name))
    first_of: dict[str, int] = {}
    for i in sorted(anchors):
        first_of.setdefault(ordered[i].block, i)
    return [
        person_iri(
            ordered[i].block, "" if first_of[ordered[i].block] == i else short_key(ordered[i].key)
        )
        for i in anchors
    ]


profile_of = lru_cache(maxsize=1 << 16)(PersonProfile.of)


def _signature(mention: PersonMention) -> Hashable:
    """What a mention says, dates left out: mentions saying the same are joined first (of one
    written name: names written otherwise join only on evidence)."""
    posts = frozenset((p.role, p.unit, p.civil) for p in mention.posts)
    ranks = frozenset(seniority for seniority, _ in mention.ranks)
    return (mention.block, posts, ranks, frozenset(mention.context) if not posts else None)


def resolve_events(
    mentions: Sequence[EventMention],
    same: Pairs = (),
    different: Pairs = (),
    identity: Mapping[str, str] | None = None,
) -> BlockResolution[EventMention, EventProfile]:
    """Events of one block; `identity` gives the person IRI of each attendee's mention key
    (people are resolved first), else attendees are compared by folded name."""
    ordered = sorted(mentions, key=EventMention.sort_key)
    result = cluster(
        [m.key for m in ordered],
        [EventProfile.of(m, identity) for m in ordered],
        weight("event_threshold"),
        same,
        different,
    )
    iris = [URIRef(ordered[group[0]].local) for group in result.groups]
    return BlockResolution(ordered, result, iris)
