"""Scored clustering under constraints, the same for people and events.

Start from one cluster per mention; join first what curators judged the same; then, best
evidence first, join the two clusters whose evidence reaches the threshold and that do not
conflict (a conflict is checked between whole clusters, so a chain of compatible mentions
joins, and one incompatible pair anywhere keeps two clusters apart). Ties go to the clusters
of the earliest mentions. The result depends on the set of mentions only: the input is sorted
by each mention's own key, never by arrival."""

from __future__ import annotations

import heapq
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

P = TypeVar("P", bound="Profile")


class Profile(Protocol):
    def merged(self: P, other: P) -> P: ...

    def conflict(self: P, other: P) -> str | None: ...

    def score(self: P, other: P) -> tuple[float, list[str]]: ...


@dataclass(frozen=True)
class Decision:
    """Why two clusters became one: the mentions heading them, the evidence and its sum."""

    first: str
    second: str
    score: float
    reasons: tuple[str, ...]


@dataclass
class Clustering(Generic[P]):
    groups: list[list[int]]  # indices into the input, each group in input order
    profiles: list[P]
    decisions: list[Decision] = field(default_factory=list)


def cluster(
    keys: Sequence[str],
    profiles: Sequence[P],
    threshold: float,
    same: Sequence[tuple[str, str]] = (),
    different: Sequence[tuple[str, str]] = (),
    signatures: Sequence[Hashable] | None = None,
    fitted: Sequence[tuple[str, str]] = (),
) -> Clustering[P]:
    """Cluster mentions (`keys[i]` with `profiles[i]`, sorted by the mentions' own order).
    Mentions with one signature (the same evidence: posts, rank) are joined first, in order,
    where they do not conflict: a person named in a hundred articles with one post is one
    cluster before any pair is scored, so a block costs its distinct signatures squared.
    `fitted` pairs are joined after the curators' (a given name alone and the one person it
    fits: `kg.resolve.alone`)."""
    index = {key: i for i, key in enumerate(keys)}
    members: dict[int, list[int]] = {i: [i] for i in range(len(keys))}
    profile: dict[int, P] = dict(enumerate(profiles))
    head = list(range(len(keys)))
    apart: dict[int, set[int]] = {}
    for a, b in different:
        if a in index and b in index:
            apart.setdefault(index[a], set()).add(index[b])
            apart.setdefault(index[b], set()).add(index[a])
    decisions: list[Decision] = []

    def join(i: int, j: int, score: float, reasons: tuple[str, ...]) -> int:
        keep, gone = min(i, j), max(i, j)
        members[keep] = sorted(members[keep] + members.pop(gone))
        profile[keep] = profile[keep].merged(profile.pop(gone))
        for m in members[keep]:
            head[m] = keep
        decisions.append(Decision(keys[keep], keys[gone], score, reasons))
        return keep

    for a, b in same:
        if a in index and b in index and head[index[a]] != head[index[b]]:
            join(head[index[a]], head[index[b]], float("inf"), ("curator: the same",))
    for a, b in fitted:
        if a in index and b in index and head[index[a]] != head[index[b]]:
            join(head[index[a]], head[index[b]], float("inf"), ("the one person it fits",))

    def kept_apart(i: int, j: int) -> bool:
        if not apart:
            return False
        return any(apart.get(m, set()) & set(members[j]) for m in members[i])

    first_of: dict[Hashable, int] = {}
    for i, signature in enumerate(signatures or ()):
        if signature is None:
            continue
        if signature not in first_of:
            first_of[signature] = i
            continue
        head_of_group = head[first_of[signature]]
        mine = head[i]
        if mine == head_of_group or kept_apart(head_of_group, mine):
            continue
        if profile[head_of_group].conflict(profile[mine]) is None:
            first_of[signature] = join(head_of_group, mine, float("inf"), ("the same evidence",))

    version = dict.fromkeys(members, 0)
    Entry = tuple[float, int, int, int, int, tuple[str, ...]]

    def candidate(i: int, j: int) -> Entry | None:
        if kept_apart(i, j) or profile[i].conflict(profile[j]) is not None:
            return None
        score, reasons = profile[i].score(profile[j])
        if score < threshold:
            return None
        return (-score, i, j, version[i], version[j], tuple(reasons))

    heap: list[Entry] = []
    alive = sorted(members)
    for x, i in enumerate(alive):
        for j in alive[x + 1 :]:
            if (found := candidate(i, j)) is not None:
                heap.append(found)
    heapq.heapify(heap)
    while heap:
        negative, i, j, vi, vj, reasons = heapq.heappop(heap)
        if i not in members or j not in members or (vi, vj) != (version[i], version[j]):
            continue  # one side has grown since: its pairs were scored again when it did
        keep = join(i, j, -negative, reasons)
        version[keep] += 1
        for other in sorted(members):
            if other != keep:
                found = candidate(min(keep, other), max(keep, other))
                if found is not None:
                    heapq.heappush(heap, found)
    order = sorted(members)
    return Clustering([members[k] for k in order], [profile[k] for k in order], decisions)
