"""Mention records (`cand:mentionRecord`) as document graphs hold them: read from a graph's
triples, from the store by block or by graph, and the identities they give person mentions;
and the stem keys an older store's person mention records are given when it is rebuilt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rdflib.term import Node

from core.namespaces import CAND, RDF
from kg.resolve.mentions import EventMention, PersonMention, attendee_block
from kg.resolve.names import stem
from kg.sparql import term_n3
from kg.store.base import Store


@dataclass(frozen=True)
class MentionRow:
    """A mention record as a document graph holds it."""

    iri: str
    kind: str  # person | event
    block: str
    entity: str  # the IRI it is resolved to
    record: str  # JSON evidence

    def mention(self) -> PersonMention | EventMention:
        return parse_record(self.kind, self.record)


@lru_cache(maxsize=1 << 16)
def parse_record(kind: str, record: str) -> PersonMention | EventMention:
    """A mention from its record (records repeat across writes of one block: parsed once)."""
    if kind == "person":
        return PersonMention.from_json(record)
    return EventMention.from_json(record)


_MENTION_TYPES = {CAND.PersonMention: "person", CAND.EventMention: "event"}
_RECORD_PROPERTIES = (CAND.blockKey, CAND.mentionOf, CAND.mentionRecord)
# Set lookups, not comparisons: rdflib compares terms in Python.
_RECORDED = frozenset(_RECORD_PROPERTIES)
_TYPE = frozenset((RDF.type,))


def mention_rows(triples: Iterable[tuple[Node, Node, Node]]) -> tuple[MentionRow, ...]:
    """The mention records among a document graph's triples."""
    props: dict[Node, dict[Node, Node]] = {}
    kinds: dict[Node, str] = {}
    block, entity, record = _RECORD_PROPERTIES
    for s, p, o in triples:
        if p in _RECORDED:
            props.setdefault(s, {})[p] = o
        elif p in _TYPE and o in _MENTION_TYPES:
            kinds[s] = _MENTION_TYPES[o]  # type: ignore[index]
    rows = []
    for node, kind in kinds.items():
        found = props.get(node, {})
        if all(p in found for p in _RECORD_PROPERTIES):
            rows.append(
                MentionRow(
                    str(node), kind, str(found[block]), str(found[entity]), str(found[record])
                )
            )
    return tuple(sorted(rows, key=lambda r: r.iri))


_BLOCK_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?g ?m ?type ?key ?entity ?record WHERE {
  VALUES ?key { %s }
  GRAPH ?g { ?m cand:blockKey ?key ; a ?type ; cand:mentionOf ?entity ; cand:mentionRecord ?record }
}
"""
_TYPES = {str(CAND.PersonMention): "person", str(CAND.EventMention): "event"}


def stored_mentions(store: Store, blocks: Iterable[str]) -> dict[str, list[MentionRow]]:
    """The mention records of these blocks in every graph, by graph."""
    keys = sorted(set(blocks))
    if not keys:
        return {}
    out: dict[str, list[MentionRow]] = {}
    for g, m, kind, key, entity, record in store.text_rows(
        _BLOCK_QUERY % " ".join(term_n3(k) for k in keys)
    ):
        if kind is not None and kind in _TYPES:
            row = MentionRow(str(m), _TYPES[kind], str(key), str(entity), str(record))
            out.setdefault(str(g), []).append(row)
    return out


def document_mentions(store: Store, graph: str) -> list[MentionRow]:
    """The mention records a stored document graph holds."""
    rows = store.text_rows(
        "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"
        f"SELECT ?m ?type ?key ?entity ?record WHERE {{ GRAPH <{graph}> {{ "
        "?m cand:blockKey ?key ; a ?type ; cand:mentionOf ?entity ; cand:mentionRecord ?record } }",
    )
    return [
        MentionRow(str(m), _TYPES[t], str(k), str(e), str(r))
        for m, t, k, e, r in rows
        if t is not None and t in _TYPES
    ]


_PERSON_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?entity ?record WHERE {
  VALUES (?g ?key) { %s }
  GRAPH ?g { ?m cand:blockKey ?key ; a cand:PersonMention ; cand:mentionOf ?entity ;
             cand:mentionRecord ?record }
}
"""


def attendee_names(
    rows: Iterable[tuple[str, MentionRow]], known: Mapping[str, str] = {}
) -> dict[str, set[str]]:
    """Graph -> folded names of the attendees of these event mentions not `known` yet."""
    out: dict[str, set[str]] = {}
    for g, row in rows:
        mention = row.mention()
        if isinstance(mention, EventMention):
            for attendee in mention.attendees:
                if attendee not in known:
                    out.setdefault(g, set()).add(attendee_block(attendee))
    return out


def stored_identity(store: Store, wanted: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Person mention key -> the IRI it is resolved to, for the names (`wanted`: graph ->
    folded names) of people named in those graphs."""
    pairs = sorted(f"(<{g}> {term_n3(b)})" for g, names in wanted.items() for b in names)
    if not pairs:
        return {}
    out = {}
    for entity, record in store.text_rows(_PERSON_QUERY % " ".join(pairs)):
        out[parse_record("person", str(record)).key] = str(entity)
    return out


_UNSTEMMED_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?g ?m ?key WHERE {
  GRAPH ?g { ?m a cand:PersonMention ; cand:blockKey ?key FILTER NOT EXISTS { ?m cand:stemKey ?s } }
}
"""


def add_stem_keys(store: Store, batch: int = 2000) -> int:
    """Give the person mention records of a store written before they carried their stem key
    (`cand:stemKey`) theirs; returns how many it gave."""
    rows = [(str(g), str(m), str(key)) for g, m, key in store.text_rows(_UNSTEMMED_QUERY)]
    for start in range(0, len(rows), batch):
        chosen = rows[start : start + batch]
        store.update(
            "INSERT DATA { "
            + " ".join(
                f"GRAPH <{g}> {{ <{m}> <{CAND.stemKey}> {term_n3(stem(key))} }}"
                for g, m, key in chosen
            )
            + " }"
        )
    return len(rows)
