"""Curator judgements: two mentions are one entity, or two, whatever the evidence says.

They are data in their own named graph, each a node naming two mentions (mention IRIs, which
stay the same however the entities are renamed) and the block they belong to:

    <judgement-node> a cand:SameJudgement ; cand:blockKey "le van tuan" ;
        cand:judged <mention/a>, <mention/b> .

(`judgement_ntriples` writes one; the node is a blank node, as a judgement has no id of its
own to share.)

Every resolution of a block applies the judgements about it (`kg/resolve/clustering.py`:
`same` pairs are joined first, `different` pairs never share a cluster)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from kg.resolve.mentions import EventMention, PersonMention
from kg.sparql import term_n3
from kg.store.base import Store

JUDGEMENT_GRAPH = "https://w3id.org/cand-kg/graph/judgements"
_CAND = "https://w3id.org/cand-kg/ontology#"
_KINDS = {f"{_CAND}SameJudgement": "same", f"{_CAND}DifferentJudgement": "different"}


@dataclass(frozen=True)
class Judgements:
    """Pairs of mention keys judged the same or different."""

    same: frozenset[tuple[str, str]] = frozenset()
    different: frozenset[tuple[str, str]] = frozenset()

    def pairs(self, kind: str, keys: set[str]) -> list[tuple[str, str]]:
        """The judged pairs of `kind` whose two mentions are both among `keys`."""
        chosen = self.same if kind == "same" else self.different
        return sorted((a, b) for a, b in chosen if a in keys and b in keys)


_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?kind ?a ?b ?ra ?rb ?ta WHERE {
  VALUES ?key { %s }
  GRAPH <%s> { ?j cand:blockKey ?key ; a ?kind ; cand:judged ?a , ?b FILTER(STR(?a) < STR(?b)) }
  GRAPH ?ga { ?a cand:mentionRecord ?ra ; a ?ta }
  GRAPH ?gb { ?b cand:mentionRecord ?rb }
}
"""


def stored_judgements(store: Store, blocks: Iterable[str]) -> Judgements:
    """The judgements about these blocks whose two mentions are both still stored."""
    keys = sorted(set(blocks))
    if not keys:
        return Judgements()
    result = store.query(_QUERY % (" ".join(term_n3(k) for k in keys), JUDGEMENT_GRAPH))
    same: set[tuple[str, str]] = set()
    different: set[tuple[str, str]] = set()
    for kind, _a, _b, ra, rb, ta in result.rows:
        if str(kind) not in _KINDS or str(ta) not in (
            f"{_CAND}PersonMention",
            f"{_CAND}EventMention",
        ):
            continue
        parse = PersonMention if str(ta).endswith("PersonMention") else EventMention
        pair = (parse.from_json(str(ra)).key, parse.from_json(str(rb)).key)
        (same if _KINDS[str(kind)] == "same" else different).add(pair)
    return Judgements(frozenset(same), frozenset(different))


def judgement_ntriples(same: bool, block: str, first: str, second: str) -> bytes:
    """One judgement about two mention IRIs of `block`, as N-Triples for the judgements graph."""
    node = "_:j" + hashlib.sha1(f"{same}|{first}|{second}".encode()).hexdigest()[:12]
    kind = "SameJudgement" if same else "DifferentJudgement"
    lines = [
        f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{_CAND}{kind}> .",
        f"{node} <{_CAND}blockKey> {term_n3(block)} .",
        f"{node} <{_CAND}judged> <{first}> .",
        f"{node} <{_CAND}judged> <{second}> .",
    ]
    return ("\n".join(lines) + "\n").encode()
