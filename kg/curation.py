"""Curator decisions: two entities are one (`same`) or two (`different`), and why an entity is
what it is.

A judgement names the entities' anchor mentions (`kg.resolve.explain`), as mention IRIs outlive
entity IRIs; it is stored in the judgements graph and its block is resolved again at once, and
every later resolution applies it (`kg/resolve/judgements.py`). Ids are taken as users have
them: `person/slug`, `event/slug`, the full IRI, the API's `/persons/slug` or its bare `slug`;
a retired id stands for the entity it now lives on as."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.ids import kind_of, local_id, user_id_candidates
from kg.documents import resolve_again
from kg.resolve.explain import Explanation, UnknownEntity, explain
from kg.resolve.judgements import (
    Judgement,
    judgement_iri,
    judgements_about,
    record_update,
    restore_update,
)
from kg.resolve.names import compatible, stem
from kg.resolve.retired import successor
from kg.store.base import Store, StoreError

JUDGED_KINDS = ("person", "event")
MAX_NOTE = 2000


class Unjudgeable(ValueError):
    """Two ids a judgement cannot be about, or an id that names no person or event."""


@dataclass(frozen=True)
class Verdict:
    """A recorded judgement and the entities its two mentions belong to after it."""

    judgement: Judgement
    first: str
    second: str
    retired: dict[str, str]  # ids the judgement retired -> their successors


@dataclass(frozen=True)
class Why:
    """An entity's explanation, the judgements about its mentions, and the entity each mention
    those judgements name belongs to now."""

    explanation: Explanation
    judgements: list[Judgement]
    entity_of: dict[str, str]


def _named(store: Store, iri: str) -> bool:
    found = store.query(
        "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"
        f"SELECT ?m WHERE {{ GRAPH ?g {{ ?m cand:mentionOf <{iri}> }} }} LIMIT 1"
    )
    return bool(found.rows)


def _entity_of_mention(store: Store, iri: str) -> str | None:
    return _entities_of(store, [iri]).get(iri)


def target(store: Store, text: str) -> tuple[str, str | None]:
    """The live entity an id names (a retired id: its successor) and, for a mention id, the
    mention; `UnknownEntity` when no document names it, `Unjudgeable` when it is not an id of
    a person, an event or a mention of one."""
    found: list[tuple[str, str | None]] = []
    try:
        candidates = user_id_candidates(text, (*JUDGED_KINDS, "mention"))
    except ValueError as exc:
        raise Unjudgeable(str(exc)) from exc
    for candidate in candidates:
        iri = str(candidate)
        if kind_of(iri) == "mention":
            entity = _entity_of_mention(store, iri)
            if entity is not None:
                found.append((entity, iri))
            continue
        live = iri if _named(store, iri) else successor(store, iri)
        if live is not None:
            found.append((live, None))
    if not found:
        raise UnknownEntity(f"no person, event or mention with id {text.strip()!r}")
    if len(found) > 1:
        raise Unjudgeable(f"{text!r} names both a person and an event: say person/… or event/…")
    return found[0]


def entity_iri(store: Store, text: str) -> str:
    """The live entity an id names (see `target`)."""
    return target(store, text)[0]


def why(store: Store, iri: str) -> Why:
    """Why a live entity is what it is (`UnknownEntity` for an id no document names)."""
    found = explain(store, iri)
    judged = judgements_about(store, [m.iri for m in found.mentions])
    mentions = sorted({m for j in judged for m in (j.first, j.second)})
    return Why(found, judged, _entities_of(store, mentions))


def _entities_of(store: Store, mentions: list[str]) -> dict[str, str]:
    if not mentions:
        return {}
    values = " ".join(f"<{m}>" for m in mentions)
    rows = store.query(
        "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"
        f"SELECT ?m ?e WHERE {{ VALUES ?m {{ {values} }} GRAPH ?g {{ ?m cand:mentionOf ?e }} }}"
    ).rows
    return {str(m): str(e) for m, e in rows}


def judge(store: Store, same: bool, first: str, second: str, note: str | None = None) -> Verdict:
    """Record that what `first` and `second` name are one entity (`same`) or two, and resolve
    their block again. Each id names an entity (judged through the mention it is named after)
    or a mention (to split an entity: two of its mentions are two). Refused (`UnknownEntity`,
    `Unjudgeable`) with nothing written when an id names nothing, or when the two are of
    different kinds, names or blocks, or one already; on a store error the judgements graph is
    put back as it was."""
    if note is not None and len(note) > MAX_NOTE:
        raise Unjudgeable(f"a note is at most {MAX_NOTE} characters")
    (a, mention_a), (b, mention_b) = target(store, first), target(store, second)
    named = f"{first.strip()} and {second.strip()}"
    if kind_of(a) != kind_of(b):
        raise Unjudgeable(
            f"{named} are a {kind_of(a)} and a {kind_of(b)}: only two persons or two events "
            "can be judged"
        )
    one, other = explain(store, a), explain(store, b)
    if not _one_block(one, other, same):
        what = "name" if kind_of(a) == "person" else "kind and month"
        raise Unjudgeable(
            f"{named} do not share a {what} ({one.block!r}, {other.block!r}): a judgement joins "
            f"or separates entities of one {what} only"
        )
    if a == b and same:
        raise Unjudgeable(f"{named} are one {kind_of(a)} already")
    if a == b and None in (mention_a, mention_b):
        raise Unjudgeable(
            f"{named} are one {kind_of(a)}: to split it, name two of its mentions "
            "(mention/ID, as `kg explain` lists them)"
        )
    pair = (mention_a or one.earliest().iri, mention_b or other.earliest().iri)
    if pair[0] == pair[1]:
        raise Unjudgeable(f"{named} are one mention")
    kind = str(kind_of(a))
    iri = judgement_iri(*pair)
    earlier = next((j for j in judgements_about(store, pair) if j.iri == iri), None)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    low, high = sorted(pair)
    judgement = Judgement(iri, same, one.block, low, high, at, note or None)
    store.update(record_update(judgement))
    try:
        changes = resolve_again(store, [(kind, one.block)])
    except StoreError:
        store.update(restore_update(judgement, earlier))
        raise
    after = _entities_of(store, list(pair))
    return Verdict(judgement, after[pair[0]], after[pair[1]], dict(changes.retired))


def _one_block(one: Explanation, other: Explanation, same: bool) -> bool:
    """Whether a judgement may bind the two: entities of one block, or people whose names
    one person may be written with (`kg.resolve.names`: all of them, to be joined; a family
    and given name, to be told apart)."""
    if one.block == other.block:
        return True
    if kind_of(one.entity) != "person":
        return False
    names = {m.mention.block for m in (*one.mentions, *other.mentions)}
    if not same:
        return len({stem(n) for n in names}) == 1
    return all(compatible(x, y) for x in names for y in names)


def _ref(iri: str) -> dict[str, str]:
    return {"id": local_id(iri), "kind": str(kind_of(iri))}


def verdict_fields(verdict: Verdict) -> dict:  # type: ignore[type-arg]
    """A verdict as the API answers it (and `kg same` beside a server reads it)."""
    j = verdict.judgement
    return {
        "id": local_id(j.iri),
        "verdict": "same" if j.same else "different",
        "block": j.block,
        "recorded": j.at,
        "note": j.note,
        "first": _ref(verdict.first),
        "second": _ref(verdict.second),
        "retired": {
            f"{kind_of(old)}/{local_id(old)}": f"{kind_of(new)}/{local_id(new)}"
            for old, new in verdict.retired.items()
        },
    }
