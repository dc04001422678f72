"""Digests: the evidence of a name's one person, summed up, so that a new mention of the name is
compared with it instead of clustering every stored mention of the name again.

A name whose mentions resolve to one person, with no curator judgement about it, keeps a digest
in a graph of its own: each rank's first and last day seen, each police post's unit with the
first and last day it was held, the provinces every mention with a provincial post shares,
and the places every mention without a post that names places names. New mentions of the
name join that person at once when the digest of all the mentions, new ones included, shows
that no two groups of them can conflict or score below the threshold (`settled`):
- every sighting of a junior rank ends before every sighting of a senior one begins, early
  enough for the promotions between;
- a new police post overlaps no day of a post held in a place apart, even held from the first
  to the last day its unit is seen (stored mentions were checked against each other when
  they were joined);
- `other_provinces` cannot apply (the mentions with a provincial post share a province), nor
  `other_document_province` (a place every mention without a post names, and every mention
  with a provincial post holds);
- the new mentions come from documents of their own;
- every mention is spelled alike, accents included (`other_accents` weighs against two
  spellings of one folded name).
Clustering then ends in one cluster whatever the order of its joins, since each join is of
two groups that do not conflict and score at least the threshold: the person of the name,
under the name's IRI. Otherwise, and for a name of several people, the block is clustered
again from all its mentions (`kg.resolve.store`). A digest is a function of the set of
mentions (least and greatest days, intersections), so any order of writes gives the same."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from core.ids import local_id
from core.namespaces import CAND
from kg.resolve.blocks import person_iri, profile_of
from kg.resolve.mentions import PersonMention
from kg.resolve.persons import MINISTRY, PersonProfile, apart
from kg.resolve.rules import weight
from kg.sparql import term_n3
from kg.store.base import Store

DIGEST_GRAPH = "https://w3id.org/cand-kg/graph/digests"
BLOCK_KEY = str(CAND.blockKey)
DIGEST_RECORD = str(CAND.digestRecord)

Held = tuple[str, tuple[str, ...], int, int]  # unit, units above it, first and last day


def _meet(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """What both share; None stands for no mention of the kind yet (shares anything)."""
    if a is None or b is None:
        return a if b is None else b
    return tuple(sorted(set(a) & set(b)))


@dataclass(frozen=True)
class Digest:
    ranks: tuple[tuple[int, int, int], ...]  # seniority, first and last day of any sighting
    posts: tuple[Held, ...]  # police posts held at a date, by unit
    police: int  # mentions with a provincial police post, counted up to two
    provinces: tuple[str, ...] | None  # the provinces all of those share
    places: tuple[str, ...] | None  # the places every mention without a post naming any names
    # the names' spellings with accents (None: a digest written before it kept them)
    spellings: tuple[str, ...] | None = None

    @classmethod
    def of(cls, profile: PersonProfile) -> Digest:
        posts: dict[tuple[str, tuple[str, ...]], tuple[int, int]] = {}
        for post in profile.posts:
            key = (post.unit, tuple(sorted(post.chain)))
            lo, hi = posts.get(key, post.period)
            posts[key] = (min(lo, post.period[0]), max(hi, post.period[1]))
        named = profile.context - {MINISTRY}
        return cls(
            ranks=tuple((s, first[0], last[1]) for s, first, last in profile.ranks),
            posts=tuple(sorted((u, c, lo, hi) for (u, c), (lo, hi) in posts.items())),
            police=1 if profile.police else 0,
            provinces=tuple(sorted(profile.provinces)) if profile.police else None,
            places=tuple(sorted(named)) if profile.bare and named else None,
            spellings=tuple(sorted(profile.spellings)),
        )

    def merged(self, other: Digest) -> Digest:
        ranks: dict[int, tuple[int, int]] = {}
        for s, lo, hi in self.ranks + other.ranks:
            was = ranks.get(s, (lo, hi))
            ranks[s] = (min(was[0], lo), max(was[1], hi))
        posts: dict[tuple[str, tuple[str, ...]], tuple[int, int]] = {}
        for unit, chain, lo, hi in self.posts + other.posts:
            was = posts.get((unit, chain), (lo, hi))
            posts[(unit, chain)] = (min(was[0], lo), max(was[1], hi))
        return Digest(
            tuple((s, lo, hi) for s, (lo, hi) in sorted(ranks.items())),
            tuple(sorted((u, c, lo, hi) for (u, c), (lo, hi) in posts.items())),
            min(2, self.police + other.police),
            _meet(self.provinces, other.provinces),
            _meet(self.places, other.places),
            None
            if self.spellings is None or other.spellings is None
            else tuple(sorted({*self.spellings, *other.spellings})),
        )

    def admits(self, profile: PersonProfile) -> bool:
        """No police post of `profile` overlaps a day of a post of the digest in a place apart,
        nor makes a post of the digest's, held from its first day to its last, hold on either
        side of one in a place apart (`kg.resolve.persons`: a post is held between two days
        it is seen)."""
        for post in profile.posts:
            first, last = post.period
            for unit, _, lo, hi in self.posts:
                if unit == post.unit:
                    first, last = min(first, lo), max(last, hi)
            for unit, chain, lo, hi in self.posts:
                if apart(post.unit, post.chain, unit, frozenset(chain)) and (
                    first <= hi and lo <= last
                ):
                    return False
        return True

    def settled(self) -> bool:
        """No two groups of the mentions summed up can conflict in rank or score below the
        threshold (see the module's note)."""
        if not _scores_never_negative():
            return False
        if self.spellings is None or len(self.spellings) > 1:
            return False
        per_rank = weight("min_years_per_rank")
        for i, (junior, _, junior_last) in enumerate(self.ranks):
            for senior, senior_first, _ in self.ranks[i + 1 :]:
                if junior_last >= senior_first:
                    return False
                if (senior - junior - 1) * per_rank > (senior_first - junior_last) / 365.25:
                    return False
        if self.police > 1 and not self.provinces:
            return False
        if self.places is not None:
            shared = _meet(self.places, self.provinces if self.police else None)
            if not shared:
                return False
        return True

    def to_json(self) -> str:
        return json.dumps(
            [self.ranks, self.posts, self.police, self.provinces, self.places, self.spellings],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Digest:
        ranks, posts, police, provinces, places, *rest = json.loads(text)
        spellings = rest[0] if rest else None
        return cls(
            tuple((int(s), int(lo), int(hi)) for s, lo, hi in ranks),
            tuple((u, tuple(c), int(lo), int(hi)) for u, c, lo, hi in posts),
            int(police),
            None if provinces is None else tuple(provinces),
            None if places is None else tuple(places),
            None if spellings is None else tuple(spellings),
        )


@cache
def _scores_never_negative() -> bool:
    """Only `other_provinces`, `other_document_province` and `other_accents` may weigh
    against, which `settled` rules out, and the threshold is at most zero: any two groups that
    do not conflict join."""
    against = ("same_post", "same_unit", "same_province", "seen_with", "document_province")
    return weight("person_threshold") <= 0 and all(
        weight(r) >= 0 for r in (*against, "provincial_leader", "same_rank", "rotation")
    )


@lru_cache(maxsize=1 << 16)
def mention_digest(mention: PersonMention) -> Digest:
    return Digest.of(profile_of(mention))


def digest_of(mentions: Iterable[PersonMention]) -> Digest | None:
    """The digest of mentions resolved to one person."""
    out = None
    for mention in mentions:
        one = mention_digest(mention)
        out = one if out is None else out.merged(one)
    return out


def joined(held: Digest, mentions: Iterable[PersonMention]) -> Digest | None:
    """The digest of a settled name's person with `mentions` (of documents the store does not
    hold, one each) joined, or None when they may not join it without clustering again."""
    docs: set[str] = set()
    out = held
    for mention in mentions:
        if mention.doc in docs:
            return None
        docs.add(mention.doc)
        if not out.admits(profile_of(mention)):
            return None
        out = out.merged(mention_digest(mention))
    return out if out.settled() else None


def settled_names(
    held: Mapping[str, Sequence[str]], mentions: Iterable[PersonMention], names: Iterable[str]
) -> dict[str, Digest]:
    """Of `names` (blocks), those whose one stored digest (`held`) the new `mentions` of them
    join, with the digest after."""
    by_name: dict[str, list[PersonMention]] = {}
    for mention in mentions:
        by_name.setdefault(mention.block, []).append(mention)
    out = {}
    for name in sorted(names):
        records = held.get(name, ())
        if len(records) == 1 and name in by_name:
            digest = joined(Digest.from_json(records[0]), by_name[name])
            if digest is not None:
                out[name] = digest
    return out


def digest_subject(block: str) -> str:
    return f"{DIGEST_GRAPH}/{local_id(person_iri(block))}"


_QUERY = """
SELECT ?key ?record WHERE {
  VALUES ?key { %s }
  GRAPH <%s> { ?d <%s> ?key ; <%s> ?record }
}
"""


def stored_digests(store: Store, blocks: Iterable[str]) -> dict[str, list[str]]:
    """Block -> its stored digest records (one, unless a write was cut short)."""
    keys = sorted(set(blocks))
    if not keys:
        return {}
    out: dict[str, list[str]] = {}
    query = _QUERY % (" ".join(term_n3(k) for k in keys), DIGEST_GRAPH, BLOCK_KEY, DIGEST_RECORD)
    for key, record in store.text_rows(query):
        out.setdefault(str(key), []).append(str(record))
    return out


def _triple(block: str, record: str | None) -> str:
    subject = f"<{digest_subject(block)}>"
    if record is None:
        return f"{subject} <{BLOCK_KEY}> {term_n3(block)} ."
    return f"{subject} <{DIGEST_RECORD}> {term_n3(record)} ."


def digest_additions(changes: dict[str, tuple[tuple[str, ...], str | None]]) -> bytes:
    """N-Triples of the digests `changes` (block -> stored records, new record) adds."""
    lines = [
        f"{_triple(block, None)}\n{_triple(block, new)}\n"
        for block, (old, new) in sorted(changes.items())
        if new is not None and new not in old
    ]
    return "".join(lines).encode()


def digest_removals(changes: dict[str, tuple[tuple[str, ...], str | None]]) -> str:
    """SPARQL Update dropping the digests `changes` replaces (none: an empty string)."""
    lines = []
    for block, (old, new) in sorted(changes.items()):
        lines += [_triple(block, r) for r in old if r != new]
        if new is None and old:
            lines.append(_triple(block, None))
    if not lines:
        return ""
    return f"DELETE DATA {{ GRAPH <{DIGEST_GRAPH}> {{ {' '.join(lines)} }} }}"
