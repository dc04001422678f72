"""New documents' summary shares joined with the stored summary graph, decided in Python.

A new document's share (tenures, catalogue entries, listings, size) is added to the summary
graph as a union, and the values it supersedes are pruned (`summary.prune_update`, by the
rules of `kg.prune_rules`: the least first date, the greatest last date, the least order key,
...). As SPARQL, that prune reads every value of every pruned node again inside the write's
transaction, at some 10 ms of CPU a document on disk; and most of a share is already stored (a
province's name, a director's tenure), yet writing a quad costs as much whether it is new or
not. So on the embedded store the writer, under its write lock and before the write, reads the
stored values pruning looks at of the nodes the shares touch, asks the store whether each
other triple of the shares is held (a lookup of its encoded form, nothing decoded), and
`merge` says what pruning the union would leave, by the same rules: the triples to insert (new
and not superseded) and the stored ones to delete (superseded). The summary graph after the
write is the one the union and `summary.prune_update` give."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from core.namespaces import CAND, SUMMARY_GRAPH
from kg import catalogue, prune_rules, summary

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Values = dict[ox.NamedNode, set[Term]]  # predicate -> objects, of one subject

_RULES = {ox.NamedNode(str(p)): rule for p, rule in prune_rules.KEPT}
_SINGLE, _LEAST_SOURCE, _GREATEST_SOURCE = (ox.NamedNode(str(p)) for p in prune_rules.SINGLE_SOURCE)
_RULED = set(_RULES) | {_SINGLE}
_TENURE_OF = ox.NamedNode(str(CAND.tenureOf))
_CATALOGUE = {ox.NamedNode(str(p)) for p in catalogue.PREDICATES}
_GRAPH = ox.NamedNode(SUMMARY_GRAPH)
_GRAPH_OPEN = f"<{SUMMARY_GRAPH}> {{\n".encode()
_RULED_TEXT = {str(p).encode() for p in _RULED}
_CATALOGUE_TEXT = {str(p).encode() for p in _CATALOGUE}
# Subjects per read: a short query text, and a batch's nodes in a few reads.
_READ_BATCH = 2_000


@dataclass(frozen=True)
class Merge:
    """What writing shares into the summary graph changes."""

    insert: bytes  # N-Triples to add
    delete: bytes  # N-Triples to remove (stored values superseded)
    superseded: frozenset[str]  # the nodes that lose stored values

    def deletion(self, *, marked: bool) -> str:
        """SPARQL Update deleting the superseded values (and, if `marked`, the marks of the
        nodes that lose them: `summary.pending_ntriples`, loaded with the insert so that a
        crash in between leaves them to `summary.prune_pending_update`)."""
        lines = self.delete + (summary.pending_ntriples(self.superseded) if marked else b"")
        if not lines:
            return ""
        return f"DELETE DATA {{ GRAPH <{SUMMARY_GRAPH}> {{ {lines.decode()} }} }}"


def merge(
    native: ox.Store,
    added: bytes,
    pruned: Iterable[str],
    *,
    people: Iterable[str] = (),
    entities: Iterable[str] = (),
) -> Merge:
    """The union of the stored summary graph and `added` (N-Triples) with the values of the
    nodes `pruned` pruned as `summary.prune_update` prunes them. `people` and `entities`:
    their stored tenures (`summary.clear_people_update`) and catalogue entries
    (`catalogue.clear_update`) are cleared by the same write before the insert."""
    names = set(pruned)
    selection = {ox.NamedNode(n) for n in names}
    cleared = _tenures(native, people)
    cleared_entities = {ox.NamedNode(e) for e in entities}

    def outlive(s: Term, p: ox.NamedNode) -> bool:
        """Whether the stored values of `s` and `p` outlive the clears."""
        return s not in cleared and not (p in _CATALOGUE and s in cleared_entities)

    # The same as terms written in the lines: most lines are sorted by their text alone.
    chosen = {f"<{n}>".encode() for n in names}
    gone = {str(t).encode() for t in cleared}
    gone_entries = {f"<{e}>".encode() for e in entities}
    insert: list[bytes] = []
    ruled: dict[Term, Values] = {}  # the new values pruning looks at, of the selection's nodes
    # Documents of a batch repeat share lines (a province's names, a rank's entries): each
    # distinct line is parsed and looked up once.
    lines = list(dict.fromkeys(added.splitlines(keepends=True)))
    quads = ox.parse(_GRAPH_OPEN + b"".join(lines) + b"}\n", format=ox.RdfFormat.TRIG)
    for line, quad in zip(lines, quads, strict=True):
        subject, predicate, _ = line.split(b" ", 2)
        if predicate in _RULED_TEXT and subject in chosen:
            ruled.setdefault(quad.subject, {}).setdefault(quad.predicate, set()).add(quad.object)
        elif (
            subject in gone
            or (predicate in _CATALOGUE_TEXT and subject in gone_entries)
            or quad not in native
        ):
            insert.append(line)
    stored = _stored(native, selection)
    delete: list[bytes] = []
    superseded = set()
    for s in selection:
        held = {p: os for p, os in stored.get(s, {}).items() if outlive(s, p)}
        new = ruled.get(s, {})
        losers = _losers({p: held.get(p, set()) | new.get(p, set()) for p in held.keys() | new})
        for p, objects in new.items():
            kept = held.get(p, set())
            insert += (_line(s, p, o) for o in objects if o not in kept and (p, o) not in losers)
        lost = [_line(s, p, o) for p, o in losers if o in held.get(p, ())]
        if lost:
            delete += lost
            superseded.add(s.value)
    return Merge(b"".join(insert), b"".join(delete), frozenset(superseded))


def _tenures(
    native: ox.Store, people: Iterable[str]
) -> set[ox.NamedNode | ox.BlankNode | ox.Triple]:
    """The stored tenures of these people."""
    return {
        quad.subject
        for person in people
        for quad in native.quads_for_pattern(None, _TENURE_OF, ox.NamedNode(person), _GRAPH)
    }


def _losers(values: Values) -> set[tuple[ox.NamedNode, Term]]:
    """The (predicate, object) pairs pruning takes from one node's values."""
    out: set[tuple[ox.NamedNode, Term]] = set()
    for p, objects in values.items():
        rule = _RULES.get(p)
        if rule is None or len(objects) < 2:
            continue
        out |= {(p, o) for o in objects if any(rule.beats(b.value, o.value) for b in objects)}
    # Two sources, least and greatest, left after pruning: no longer one document's entity.
    firsts = values.get(_LEAST_SOURCE, set()) - {o for q, o in out if q == _LEAST_SOURCE}
    lasts = values.get(_GREATEST_SOURCE, set()) - {o for q, o in out if q == _GREATEST_SOURCE}
    if any(a != b for a in firsts for b in lasts):
        out |= {(_SINGLE, o) for o in values.get(_SINGLE, ())}
    return out


def _line(s: Term, p: ox.NamedNode, o: Term) -> bytes:
    return f"{s} {p} {o} .\n".encode()


def _stored(native: ox.Store, subjects: Iterable[ox.NamedNode]) -> dict[Term, Values]:
    """The stored values pruning looks at of these nodes."""
    out: dict[Term, Values] = {}
    ruled = ", ".join(str(p) for p in sorted(_RULED, key=str))
    for chunk in _chunks(sorted(str(s) for s in subjects)):
        query = (
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {' '.join(chunk)} }} "
            f"GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} FILTER(?p IN ({ruled})) }}"
        )
        for row in native.query(query):  # type: ignore[union-attr]
            s, p, o = row[0], row[1], row[2]
            out.setdefault(s, {}).setdefault(p, set()).add(o)
    return out


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _READ_BATCH):
        yield items[start : start + _READ_BATCH]
