"""Resolution at write time: the blocks a document touches, re-resolved from the store.

Document graphs name canonical IRIs directly, so every query reads resolved entities. When a
document is written or removed, the writer asks `plan` for the blocks (names, event kinds and
dates) of the document's mentions, old version and new: their mentions are read from every
other document graph (`cand:mentionRecord`), resolved again with the curator judgements, and
the plan says which IRI the new document's mentions get, which IRIs to rename in which other
documents, and which IRIs retire (kept as `owl:sameAs` old -> new in the resolution graph).
Blocks the document does not touch are never read, so the cost of a write does not grow with
the store, and a block's result depends on its set of mentions only, never on their order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from core.namespaces import ID_BASE
from kg.resolve.blocks import BlockResolution, person_iri, resolve_events, resolve_persons
from kg.resolve.digests import Digest, digest_of, settled_names, stored_digests
from kg.resolve.judgements import Judgements, stored_judgements
from kg.resolve.kin import person_units
from kg.resolve.mentions import EventMention, PersonMention, attendee_block, fold
from kg.resolve.names import stem
from kg.resolve.records import (
    MentionRow,
    attendee_names,
    document_mentions,
    stored_identity,
    stored_mentions,
)
from kg.resolve.rules import weight
from kg.store.base import Store

RESOLUTION_GRAPH = "https://w3id.org/cand-kg/graph/resolution"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_ENTITY_IRI = re.compile(rb"<(" + re.escape(ID_BASE.encode()) + rb"(?:person|event)/[^>]*)>")


def rename(ntriples: bytes, mapping: dict[str, str]) -> bytes:
    """N-Triples with person and event IRIs renamed, all at once (a swap stays a swap)."""
    if not mapping:
        return ntriples
    table = {old.encode(): new.encode() for old, new in mapping.items()}
    return _ENTITY_IRI.sub(lambda m: b"<" + table.get(m.group(1), m.group(1)) + b">", ntriples)


@dataclass
class Plan:
    """What a write changes beyond the document itself."""

    own: dict[str, dict[str, str]] = field(default_factory=dict)  # written graph -> its IRIs ->
    # canonical
    renames: dict[str, dict[str, str]] = field(default_factory=dict)  # graph -> old -> new
    retired: dict[str, str] = field(default_factory=dict)  # old IRI -> its successor
    revived: set[str] = field(default_factory=set)  # live again: drop their retirement
    # name -> its stored digest records and the new one (None: the name has none now)
    digests: dict[str, tuple[tuple[str, ...], str | None]] = field(default_factory=dict)

    @property
    def touches_others(self) -> bool:
        return bool(self.renames or self.retired or self.revived)

    def entities(self) -> set[str]:
        """Every IRI renamed or retired, before and after."""
        out = set(self.retired) | set(self.retired.values())
        for mapping in self.renames.values():
            out |= set(mapping) | set(mapping.values())
        return out


def plan(
    store: Store,
    graph: str | None,
    mentions: Sequence[MentionRow] = (),
    *,
    new: bool = False,
    blocks: Iterable[tuple[str, str]] = (),
) -> Plan:
    """What writing `graph` with `mentions` (none: removing it) changes. `new`: the store has
    no version of the graph yet. With no graph, what resolving `blocks` (kind, key) again
    changes (after a curator's judgement)."""
    written = {graph: mentions} if graph is not None else {}
    replaced = None if new else graph
    return plan_documents(store, written, replaced=replaced, blocks=blocks)


def plan_documents(
    store: Store,
    written: Mapping[str, Sequence[MentionRow]],
    *,
    replaced: str | None = None,
    blocks: Iterable[tuple[str, str]] = (),
) -> Plan:
    """What writing the graphs of `written` (graph -> its mentions; none: removing it) changes,
    their blocks resolved once for all of them. `replaced`: the one of them the store holds a
    version of (the others are new). People are resolved first: events compare their
    attendees as resolved people, so the events of every document whose people are renamed
    are resolved again too."""
    old = [] if replaced is None else document_mentions(store, replaced)
    mentions = [(g, r) for g, rows in written.items() for r in rows]
    chosen = {(r.kind, r.block) for r in (*old, *(r for _, r in mentions))} | set(blocks)
    arriving = {r.iri: r.mention().key for _, r in mentions}
    new_people = [m for _, r in mentions if isinstance(m := r.mention(), PersonMention)]
    units = person_units(
        store, {b for k, b in chosen if k == "person"}, {m.block for m in new_people}, written
    )
    people = {name for unit in units for name in unit}
    judgements = stored_judgements(store, people, arriving)
    held = stored_digests(store, people)
    # Names the new mentions join without their stored ones read (`kg.resolve.digests`).
    unsure = judgements.blocks() | {r.block for r in old} | {b for k, b in blocks if k == "person"}
    unsure |= {name for unit in units if len(unit) > 1 for name in unit}
    settled = settled_names(held, new_people, people - unsure)
    stored = stored_mentions(store, ({b for _, b in chosen} | people) - set(settled))
    for g in written:
        stored.pop(g, None)
    result = Plan()
    step = _Step(mentions, old, stored, result, judgements, held=held)
    for unit in units:
        if unit[0] in settled:
            step.settle(unit[0], settled[unit[0]])
        else:
            step.resolve("person", *unit)
    events = {b for k, b in chosen if k == "event"}
    step.touched = set(result.renames) - set(written)
    for renamed in sorted(step.touched):
        events |= {r.block for r in document_mentions(store, renamed) if r.kind == "event"}
    more = stored_mentions(store, events - {b for k, b in chosen if k == "event"})
    for g, rows in more.items():
        if g not in written:
            stored.setdefault(g, []).extend(rows)
    step.index()
    step.judgements = stored_judgements(store, events, arriving)
    step.whole = {b for k, b in blocks if k == "event"}
    told = [row for block in events for row in step.rows("event", block)]
    step.identity = step.after | stored_identity(store, attendee_names(told, step.after))
    for block in sorted(events):
        step.resolve("event", block)
    live = set(step.after.values())
    for iri, key in step.before.items():
        if iri not in live and key in step.after:
            result.retired[iri] = step.after[key]
    arrived = live - set(step.before)
    result.revived = _retired_among(store, arrived) if arrived else set()
    return result


@dataclass
class _Step:
    """The blocks of one plan, resolved one by one into its renames."""

    mentions: Sequence[tuple[str, MentionRow]]  # of the graphs written
    old: list[MentionRow]
    stored: dict[str, list[MentionRow]]
    result: Plan
    judgements: Judgements
    before: dict[str, str] = field(default_factory=dict)  # live IRIs before -> a mention key
    after: dict[str, str] = field(default_factory=dict)  # mention key -> IRI after
    identity: dict[str, str] = field(default_factory=dict)  # person mention key -> IRI
    touched: set[str] = field(default_factory=set)  # graphs whose people are renamed
    whole: set[str] = field(default_factory=set)  # event blocks to resolve whole
    held: dict[str, list[str]] = field(default_factory=dict)  # name -> stored digest records
    _blocks: dict[tuple[str, str], list[tuple[str, MentionRow]]] | None = None
    _reached: dict[str, list[tuple[str, MentionRow]]] = field(default_factory=dict)

    def index(self) -> None:
        """Group the stored rows by block (again, after more were read)."""
        self._blocks = {}
        self._reached = {}
        for g, rs in self.stored.items():
            for r in rs:
                self._blocks.setdefault((r.kind, r.block), []).append((g, r))

    def rows(self, kind: str, block: str) -> list[tuple[str, MentionRow]]:
        """The stored rows of a block; of an event block, those the write can change."""
        if self._blocks is None:
            self.index()
        assert self._blocks is not None
        found = self._blocks.get((kind, block), [])
        if kind != "event" or block in self.whole or weight("event_threshold") <= 0:
            return found
        if block not in self._reached:
            self._reached[block] = self._reach(block, found)
        return self._reached[block]

    def _reach(
        self, block: str, rows: list[tuple[str, MentionRow]]
    ) -> list[tuple[str, MentionRow]]:
        """The stored event mentions linked to the write's own (new and old versions, and
        those of documents whose people are renamed) by a chain of shared organisers, places,
        attendees' family and given names, awards handed over or curators' `same`. Evidence
        that reaches the threshold needs one of these (only evidence against comes without),
        so the other mentions' clusters cannot change: they are left as they are, unread."""
        own = [r for _, r in self.mentions if (r.kind, r.block) == ("event", block)]
        own += [r for r in self.old if (r.kind, r.block) == ("event", block)]
        tokens: dict[str, list[int]] = {}
        everyone = [r for _, r in rows] + own
        same = self.judgements.same
        for i, row in enumerate(everyone):
            for token in _links(row.mention(), same):
                tokens.setdefault(token, []).append(i)
        reached = {len(rows) + i for i in range(len(own))}
        reached |= {i for i, (g, _) in enumerate(rows) if g in self.touched}
        todo = list(reached)
        while todo:
            i = todo.pop()
            for token in _links(everyone[i].mention(), same):
                for j in tokens.pop(token, ()):
                    if j not in reached:
                        reached.add(j)
                        todo.append(j)
        return [row for i, row in enumerate(rows) if i in reached]

    def settle(self, block: str, digest: Digest) -> None:
        """The write's mentions of a name join its one person (`kg.resolve.digests`)."""
        iri = str(person_iri(block))
        for g, row in self.mentions:
            if (row.kind, row.block) == ("person", block):
                key = row.mention().key
                self.after[key] = iri
                self.before.setdefault(iri, key)
                self.result.own.setdefault(g, {})[row.entity] = iri
        self._digest(block, digest.to_json())

    def _digest(self, block: str, record: str | None) -> None:
        stored = tuple(self.held.get(block, ()))
        if stored != ((record,) if record is not None else ()):
            self.result.digests[block] = (stored, record)

    def resolve(self, kind: str, *blocks: str) -> None:
        """Resolve one block, or the names of one unit (`kg.resolve.names`) together."""
        rows = [row for block in blocks for row in self.rows(kind, block)]
        own = [(g, r) for g, r in self.mentions if r.kind == kind and r.block in blocks]
        parsed = {id(r): r.mention() for _, r in (*rows, *own)}
        resolved = resolve_block(kind, list(parsed.values()), self.judgements, self.identity)
        if kind == "person":
            # a digest sums up one name's one person; names resolved together keep none
            people = [m for m in resolved.mentions if isinstance(m, PersonMention)]
            one = len(resolved.clustering.groups) == 1 and len(blocks) == 1
            digest = (
                digest_of(people) if one and blocks[0] not in self.judgements.blocks() else None
            )
            for block in blocks:
                self._digest(block, digest.to_json() if digest is not None else None)
        iri_of = {key: str(iri) for key, iri in resolved.iri_of().items()}
        self.after.update(iri_of)
        for g, row in rows:
            key = parsed[id(row)].key
            self.before.setdefault(row.entity, key)
            if iri_of[key] != row.entity:
                self.result.renames.setdefault(g, {})[row.entity] = iri_of[key]
        for g, row in own:
            self.result.own.setdefault(g, {})[row.entity] = iri_of[parsed[id(row)].key]
        for row in self.old:
            if row.kind == kind and row.block in blocks:
                self.before.setdefault(row.entity, row.mention().key)


def _links(mention: PersonMention | EventMention, same: Iterable[tuple[str, str]]) -> set[str]:
    """What an event mention may share with another as evidence for one event."""
    if not isinstance(mention, EventMention):
        return set()
    out = {f"organiser {o}" for o in mention.organisers}
    # by the stem of the name: one person may be written with several (`kg.resolve.names`)
    out |= {f"attendee {stem(attendee_block(a))}" for a in mention.attendees}
    if mention.location:
        out.add(f"place {fold(mention.location)}")
    # by the award alone: a person receiving it may be resolved under another name
    out |= {f"award {handed.partition(' ')[0]}" for handed in mention.awards}
    out |= {f"same {a} {b}" for a, b in same if mention.key in (a, b)}
    return out


def resolve_block(
    kind: str,
    mentions: list[PersonMention | EventMention],
    judgements: Judgements,
    identity: Mapping[str, str] | None = None,
) -> BlockResolution:  # type: ignore[type-arg]
    """One block resolved; `identity` (person mention key -> IRI) for an event block."""
    keys = {m.key for m in mentions}
    same = judgements.pairs("same", keys)
    different = judgements.pairs("different", keys)
    if kind == "person":
        people = [m for m in mentions if isinstance(m, PersonMention)]
        return resolve_persons(people, same, different)
    events = [m for m in mentions if isinstance(m, EventMention)]
    return resolve_events(events, same, different, identity)


def _retired_among(store: Store, iris: Iterable[str]) -> set[str]:
    values = " ".join(f"<{i}>" for i in sorted(iris))
    rows = store.text_rows(
        f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {values} }} "
        f"GRAPH <{RESOLUTION_GRAPH}> {{ ?s <{OWL_SAME_AS}> ?o }} }}",
    )
    return {str(s) for (s,) in rows}


def retirement_update(result: Plan) -> str:
    """SPARQL Update recording the plan's retired IRIs and dropping revived ones."""
    parts = [
        f"DELETE WHERE {{ GRAPH <{RESOLUTION_GRAPH}> {{ <{iri}> <{OWL_SAME_AS}> ?o }} }}"
        for iri in sorted(result.revived | set(result.retired))
    ]
    if result.retired:
        links = " ".join(
            f"<{old}> <{OWL_SAME_AS}> <{new}> ." for old, new in sorted(result.retired.items())
        )
        parts.append(f"INSERT DATA {{ GRAPH <{RESOLUTION_GRAPH}> {{ {links} }} }}")
    return " ;\n".join(parts)


def rename_update(renames: dict[str, dict[str, str]]) -> str:
    """SPARQL Update renaming entities in the graphs named, subject and object positions. An
    IRI that is both renamed and a new name (two namesakes trading ids) goes through a
    temporary IRI, so that no rename undoes another."""
    by_pair: dict[tuple[str, str], list[str]] = {}
    for graph, mapping in renames.items():
        for old, new in mapping.items():
            by_pair.setdefault((old, new), []).append(graph)
    olds = {old for old, _ in by_pair}
    steps: list[tuple[str, str, list[str]]] = []
    later: list[tuple[str, str, list[str]]] = []
    for (old, new), graphs in sorted(by_pair.items()):
        if new in olds:
            steps.append((old, f"{new}--renaming", graphs))
            later.append((f"{new}--renaming", new, graphs))
        else:
            steps.append((old, new, graphs))
    parts = []
    for old, new, graphs in steps + later:
        values = " ".join(f"<{g}>" for g in sorted(graphs))
        parts.append(
            f"DELETE {{ GRAPH ?g {{ ?s ?p <{old}> }} }} INSERT {{ GRAPH ?g {{ ?s ?p <{new}> }} }} "
            f"WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p <{old}> }} }}"
        )
        parts.append(
            f"DELETE {{ GRAPH ?g {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH ?g {{ <{new}> ?p ?o }} }} "
            f"WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ <{old}> ?p ?o }} }}"
        )
    return " ;\n".join(parts)
