"""Why an entity is what it is: its mentions, the evidence that joined them, and the conflicts
that keep its namesakes (or the other events of its kind and month) apart.

`explain(store, iri)` recomputes the entity's block from the stored mention records, as the
writer did, so the answer is the decision itself, not a log of it."""

from __future__ import annotations

from dataclasses import dataclass

from core.ids import kind_of
from kg.resolve.blocks import BlockResolution
from kg.resolve.clustering import Decision
from kg.resolve.judgements import stored_judgements
from kg.resolve.kin import person_units
from kg.resolve.mentions import EventMention, PersonMention
from kg.resolve.records import MentionRow, attendee_names, stored_identity, stored_mentions
from kg.resolve.store import resolve_block
from kg.store.base import Store


@dataclass(frozen=True)
class MentionView:
    iri: str  # the mention record's IRI
    graph: str  # the document graph holding it
    mention: PersonMention | EventMention


@dataclass(frozen=True)
class Separation:
    """Another entity of the block and why it is not this one."""

    other: str
    conflict: str | None  # a conflict, or None when the evidence was too weak to join
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Explanation:
    entity: str
    block: str
    mentions: list[MentionView]
    joins: list[Decision]  # how the mentions became one, best evidence first
    separations: list[Separation]

    def earliest(self) -> MentionView:
        """The mention the entity is named after."""
        return min(self.mentions, key=lambda m: m.mention.sort_key())


class UnknownEntity(LookupError):
    """No stored mention is resolved to this IRI."""


def _rows_of(store: Store, iri: str) -> tuple[str, list[str], list[tuple[str, MentionRow]]]:
    """The entity's kind, the blocks resolved with its own (a person's: the names of its unit,
    `kg.resolve.names`) and their stored mentions."""
    kind = kind_of(iri)
    if kind not in ("person", "event"):
        raise UnknownEntity(f"{iri} is not a person or an event")
    found = store.query(
        "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"
        f"SELECT DISTINCT ?key WHERE {{ GRAPH ?g {{ ?m cand:mentionOf <{iri}> ; "
        "cand:blockKey ?key } }"
    ).rows
    if not found:
        raise UnknownEntity(f"no document names {iri}")
    keys = {str(key) for (key,) in found}
    blocks = sorted(keys)
    if kind == "person":
        blocks = sorted({n for unit in person_units(store, keys) if keys & set(unit) for n in unit})
    stored = stored_mentions(store, blocks)
    rows = [(g, r) for g, rs in stored.items() for r in rs if r.kind == kind]
    return kind, blocks, rows


def explain(store: Store, iri: str) -> Explanation:
    """The mentions behind an entity and the evidence that joined or separated them."""
    kind, blocks, rows = _rows_of(store, iri)
    graph_of = {r.iri: g for g, r in rows}
    by_key = {r.mention().key: r for _, r in rows}
    identity = stored_identity(store, attendee_names(rows)) if kind == "event" else {}
    resolved: BlockResolution = resolve_block(  # type: ignore[type-arg]
        kind, [r.mention() for _, r in rows], stored_judgements(store, blocks), identity
    )
    iris = [str(i) for i in resolved.iris]
    if iri not in iris:
        raise UnknownEntity(f"{iri} is no longer an entity of its block (renamed or retired)")
    at = iris.index(iri)
    group = resolved.clustering.groups[at]
    keys = {resolved.mentions[i].key for i in group}
    mine = resolved.clustering.profiles[at]
    separations = []
    for other, profile in zip(iris, resolved.clustering.profiles, strict=True):
        if other == iri:
            continue
        score, reasons = mine.score(profile)
        separations.append(Separation(other, mine.conflict(profile), score, tuple(reasons)))
    views = [
        MentionView(by_key[k].iri, graph_of[by_key[k].iri], by_key[k].mention())
        for k in sorted(keys)
    ]
    return Explanation(
        iri,
        min(views, key=lambda m: m.mention.sort_key()).mention.block,
        views,
        [d for d in resolved.clustering.decisions if d.first in keys and d.second in keys],
        separations,
    )


def anchor(store: Store, iri: str) -> str:
    """The mention record an entity is named after (its earliest mention): what a curator's
    judgement about the entity is recorded against, as mention IRIs outlive entity IRIs."""
    return explain(store, iri).earliest().iri
