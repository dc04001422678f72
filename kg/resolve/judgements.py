"""Curator judgements: two mentions are one entity, or two, whatever the evidence says.

They are data in their own named graph, each a node naming two mentions (mention IRIs, which
stay the same however the entities are renamed, and whatever the order documents arrive in),
the block they belong to, when it was recorded and an optional note:

    <id/judgement/9c1e...> a cand:SameJudgement ; cand:blockKey "le van tuan" ;
        cand:judged <mention/a>, <mention/b> ;
        prov:generatedAtTime "2026-01-05T09:30:00Z"^^xsd:dateTime ; rdfs:comment "same officer" .

The node's IRI is made from the two mentions, so judging a pair again replaces the earlier
judgement (`record_update`); `kg dump` and `kg load` carry the graph like any other.

Every resolution of a block applies the judgements about it (`kg/resolve/clustering.py`:
`same` pairs are joined first, `different` pairs never share a cluster)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef

from core.ids import mint
from kg.resolve.mentions import EventMention, PersonMention
from kg.sparql import term_n3
from kg.store.base import Store

JUDGEMENT_GRAPH = "https://w3id.org/cand-kg/graph/judgements"
_CAND = "https://w3id.org/cand-kg/ontology#"
_KINDS = {f"{_CAND}SameJudgement": "same", f"{_CAND}DifferentJudgement": "different"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
GENERATED = "http://www.w3.org/ns/prov#generatedAtTime"
COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
XSD_DT = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")


@dataclass(frozen=True)
class Judgement:
    """One stored judgement: two mention IRIs of one block are one entity (`same`) or two."""

    iri: str
    same: bool
    block: str
    first: str
    second: str
    at: str | None = None  # when it was recorded (xsd:dateTime)
    note: str | None = None


@dataclass(frozen=True)
class Judgements:
    """Pairs of mention keys judged the same or different."""

    same: frozenset[tuple[str, str]] = frozenset()
    different: frozenset[tuple[str, str]] = frozenset()

    def blocks(self) -> set[str]:
        """The blocks judged (the middle part of a mention key)."""
        return {key.rsplit("#", 2)[1] for pair in self.same | self.different for key in pair}

    def pairs(self, kind: str, keys: set[str]) -> list[tuple[str, str]]:
        """The judged pairs of `kind` whose two mentions are both among `keys`."""
        chosen = self.same if kind == "same" else self.different
        return sorted((a, b) for a, b in chosen if a in keys and b in keys)


_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?kind ?a ?b ?ra ?ta ?rb ?tb WHERE {
  VALUES ?key { %s }
  GRAPH <%s> { ?j cand:blockKey ?key ; a ?kind ; cand:judged ?a , ?b FILTER(STR(?a) < STR(?b)) }
  OPTIONAL { GRAPH ?ga { ?a cand:mentionRecord ?ra ; a ?ta } }
  OPTIONAL { GRAPH ?gb { ?b cand:mentionRecord ?rb ; a ?tb } }
}
"""
_PARSERS: dict[str, type[PersonMention] | type[EventMention]] = {
    f"{_CAND}PersonMention": PersonMention,
    f"{_CAND}EventMention": EventMention,
}


def stored_judgements(
    store: Store, blocks: Iterable[str], arriving: dict[str, str] | None = None
) -> Judgements:
    """The judgements about these blocks whose two mentions are stored or `arriving` (mention
    IRI -> key: those of a document being written, whose records are not stored yet)."""
    keys = sorted(set(blocks))
    if not keys:
        return Judgements()
    known = dict(arriving or {})
    rows = store.text_rows(_QUERY % (" ".join(term_n3(k) for k in keys), JUDGEMENT_GRAPH))
    same: set[tuple[str, str]] = set()
    different: set[tuple[str, str]] = set()
    for kind, a, b, ra, ta, rb, tb in rows:
        if kind is None or kind not in _KINDS:
            continue
        pair = (_key(str(a), ra, ta, known), _key(str(b), rb, tb, known))
        if pair[0] is None or pair[1] is None:
            continue  # a document of the judgement is not in the store now
        (same if _KINDS[kind] == "same" else different).add((pair[0], pair[1]))
    return Judgements(frozenset(same), frozenset(different))


def _key(iri: str, record: str | None, kind: str | None, arriving: dict[str, str]) -> str | None:
    if iri in arriving:
        return arriving[iri]
    parse = _PARSERS.get(kind or "") if record is not None else None
    return parse.from_json(record).key if parse is not None and record is not None else None


def judgement_iri(first: str, second: str) -> str:
    """A judgement's IRI: one per pair of mentions, so judging a pair again replaces the
    earlier judgement of it."""
    low, high = sorted((first, second))
    return str(mint("judgement", hashlib.sha1(f"{low}|{high}".encode()).hexdigest()[:16]))


def _statements(judgement: Judgement) -> str:
    node = f"<{judgement.iri}>"
    kind = "SameJudgement" if judgement.same else "DifferentJudgement"
    lines = [
        f"{node} <{RDF_TYPE}> <{_CAND}{kind}> .",
        f"{node} <{_CAND}blockKey> {term_n3(judgement.block)} .",
        f"{node} <{_CAND}judged> <{judgement.first}> .",
        f"{node} <{_CAND}judged> <{judgement.second}> .",
    ]
    if judgement.at:
        lines.append(f"{node} <{GENERATED}> {term_n3(Literal(judgement.at, datatype=XSD_DT))} .")
    if judgement.note:
        lines.append(f"{node} <{COMMENT}> {term_n3(judgement.note)} .")
    return "\n".join(lines) + "\n"


def judgement_ntriples(same: bool, block: str, first: str, second: str) -> bytes:
    """One judgement about two mention IRIs of `block`, with no time or note, for the
    judgements graph."""
    return _statements(Judgement(judgement_iri(first, second), same, block, first, second)).encode()


def record_update(judgement: Judgement) -> str:
    """SPARQL Update storing a judgement in place of any earlier one about its two mentions."""
    return (
        f"DELETE {{ GRAPH <{JUDGEMENT_GRAPH}> {{ ?j ?p ?o }} }} WHERE {{ GRAPH <{JUDGEMENT_GRAPH}> "
        f"{{ ?j <{_CAND}judged> <{judgement.first}> , <{judgement.second}> ; ?p ?o }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{JUDGEMENT_GRAPH}> {{ {_statements(judgement)} }} }}"
    )


def restore_update(judgement: Judgement, earlier: Judgement | None) -> str:
    """SPARQL Update putting back what the judgements graph said of a pair before `judgement`."""
    drop = f"DELETE WHERE {{ GRAPH <{JUDGEMENT_GRAPH}> {{ <{judgement.iri}> ?p ?o }} }}"
    if earlier is None:
        return drop
    return drop + f" ;\nINSERT DATA {{ GRAPH <{JUDGEMENT_GRAPH}> {{ {_statements(earlier)} }} }}"


_ABOUT = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?j ?kind ?key ?a ?b ?at ?note WHERE {
  VALUES ?m { %s }
  GRAPH <%s> {
    ?j cand:judged ?m ; a ?kind ; cand:blockKey ?key ; cand:judged ?a , ?b FILTER(STR(?a) < STR(?b))
    OPTIONAL { ?j <%s> ?at } OPTIONAL { ?j <%s> ?note }
  }
}
"""


def judgements_about(store: Store, mentions: Iterable[str]) -> list[Judgement]:
    """The stored judgements naming any of these mention IRIs, oldest first."""
    chosen = sorted(set(mentions))
    if not chosen:
        return []
    values = " ".join(f"<{m}>" for m in chosen)
    rows = store.query(_ABOUT % (values, JUDGEMENT_GRAPH, GENERATED, COMMENT)).rows
    found = {
        str(j): Judgement(
            str(j),
            _KINDS.get(str(kind)) == "same",
            str(key),
            str(a),
            str(b),
            str(at) if at is not None else None,
            str(note) if note is not None else None,
        )
        for j, kind, key, a, b, at, note in rows
        if str(kind) in _KINDS
    }
    return sorted(found.values(), key=lambda j: (j.at or "", j.iri))
