"""The summary graph: each person's tenures, derived from the document graphs.

Every document graph holds its own dated observations (a rank seen on a date, a post seen on a
date or held over a roster interval), so a provincial director named in 400 articles has 400
post nodes, and "who led this unit on that date" would read all of them. The summary graph
folds them into one tenure per person and rank, and per person, role and unit, with the first
and last dates it was seen on (observation dates, roster start and end dates), the latest
roster end date, and the documents that say so. Queries that need a person's or a unit's
state on a date read tenures, a few nodes, instead of every observation; queries that show
sources still read document graphs.

The summary is a function of the document graphs (`tenure_triples` over all their sightings).
A new document adds its own contribution in the same transaction as its graph (on the embedded
store only what is not stored yet, `kg.shares`), and the stored first and last dates it
supersedes are deleted after (after a crash in between, `prune_pending_update` when the next
ingest or API server starts); replacing or removing a document recomputes the tenures of the
people it named from the other documents (`people_tenures`). `rebuild` recomputes everything,
for stores written by other means (bulk loads, `kg load` of an old dump). The summary graph
also holds the catalogue of named entities (`kg.catalogue`), kept the same way, and the size
of each document graph (`cand:graphSize`), counted as the graph is written, so that listing
the documents does not count every quad of the store, and the cluster memberships as listed
(`kg.listings`)."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO

from rdflib import Literal, URIRef
from rdflib.term import Node

from core.ids import local_id
from core.namespaces import CAND, ID_BASE, ORG, RDF, SCHEMA, SUMMARY_GRAPH
from kg import journal, listings, prune_rules, sizes, stored_catalogue, summary_format
from kg.resolve.records import add_stem_keys
from kg.store.base import Store
from kg.triples import nt_line

Triple = tuple[URIRef, URIRef, URIRef | Literal]
_DATE_PREDICATES = (CAND.observedOn, SCHEMA.startDate, SCHEMA.endDate)


@dataclass(frozen=True)
class Sighting:
    """One fact a tenure is built from: a person seen with a rank, or in a role (of a unit)."""

    person: URIRef
    kind: str  # "rank" | "post"
    value: URIRef  # the rank or the role
    unit: URIRef | None
    dates: tuple[Literal, ...]  # every date seen: observed, roster start, roster end
    source: URIRef
    ends: tuple[Literal, ...] = ()  # roster end dates: the post was left then
    starts: tuple[Literal, ...] = ()  # roster start dates

    @property
    def tenure(self) -> URIRef:
        """The tenure's IRI, from the keys of its person, rank or role, and unit."""
        parts = [local_id(self.person), f"{self.kind}-{local_id(self.value)}"]
        if self.unit is not None:
            parts.append(local_id(self.unit))
        return URIRef(f"{ID_BASE}tenure/{'--'.join(parts)}")


def tenure_triples(sightings: Iterable[Sighting]) -> set[Triple]:
    """The summary triples of these sightings: one node per tenure with its first and last
    dates seen, its latest roster end date, every source, and one of them (the least IRI) to
    read labels from."""
    fold = TenureFold()
    out: set[Triple] = set()
    for s in sightings:
        out.update(fold.add(s))
    return out | fold.extremes()


class TenureFold:
    """`tenure_triples` one sighting at a time, keeping per tenure only its extremes (first,
    last and end dates, least source), so that memory grows with the tenures, not with the
    sightings: a corpus's generator or a rebuild streams the rest out as it comes."""

    def __init__(self) -> None:
        self._first: dict[URIRef, Literal] = {}
        self._last: dict[URIRef, Literal] = {}
        self._ended: dict[URIRef, Literal] = {}
        self._sample: dict[URIRef, URIRef] = {}

    def add(self, s: Sighting) -> list[Triple]:
        """The triples this sighting gives on its own: its source, and the tenure's kind,
        person, rank or role and unit the first time the tenure is seen."""
        t = s.tenure
        out: list[Triple] = [(t, CAND.seenIn, s.source)]
        if t not in self._sample:
            out += [(t, RDF.type, CAND.Tenure), (t, CAND.tenureOf, s.person)]
            if s.kind == "rank":
                out.append((t, CAND.tenureRank, s.value))
            else:
                out.append((t, CAND.tenureRole, s.value))
                if s.unit is not None:
                    out.append((t, CAND.tenureUnit, s.unit))
            self._sample[t] = s.source
        elif str(s.source) < str(self._sample[t]):
            self._sample[t] = s.source
        for date in s.dates:
            _keep(self._first, t, date, min)
            _keep(self._last, t, date, max)
        for date in s.ends:
            _keep(self._ended, t, date, max)
        if s.starts:
            out += span_triples(t, s.starts, s.ends)
        return out

    def extremes(self) -> set[Triple]:
        """The triples that depend on every sighting of a tenure: its first and last dates,
        latest end date and sample source."""
        out: set[Triple] = set()
        for predicate, chosen in (
            (CAND.firstSeen, self._first),
            (CAND.lastSeen, self._last),
            (CAND.endedOn, self._ended),
            (CAND.sampleSource, self._sample),
        ):
            out.update((t, predicate, value) for t, value in chosen.items())
        return out


# Who held a post on a day is a question about intervals, which no index answers: a scan of
# every start date read 200,000 of them at 100,000 articles. So each tenure keeps its roster
# intervals (`cand:heldOver`, "start/end", ".." for no end, compared as the queries compare
# dates: as text) and keys to find them by year (`cand:spanKey`): "2019" for each year a
# bounded interval covers, "2019.." for an open (or very long) one starting in 2019. A day's
# query looks up its year's key and the open keys of that year and every year before, then
# checks the intervals found. Years before FIRST_YEAR share its keys, so that list is short.
FIRST_YEAR = 1945
LONGEST_SPAN = 30  # years; a longer interval is keyed as an open one


def span_triples(
    tenure: URIRef, starts: Iterable[Literal], ends: Iterable[Literal]
) -> list[Triple]:
    """A tenure's interval from one roster fact (its earliest start, its latest end) and the
    keys that find it: a fact covers a day when a start is not after it and an end (if any)
    is not before it, which the earliest start and latest end decide."""
    start = min(str(d) for d in starts)
    end = max((str(d) for d in ends), default=None)
    out: list[Triple] = [(tenure, CAND.heldOver, Literal(f"{start}/{end or '..'}"))]
    first, last = _year(start), _year(end) if end is not None else None
    if first is not None and last is not None and last - first <= LONGEST_SPAN:
        years = range(max(first, FIRST_YEAR), max(last, FIRST_YEAR) + 1)
        out += [(tenure, CAND.spanKey, Literal(str(year))) for year in years]
    else:
        out.append((tenure, CAND.spanKey, Literal(f"{max(first or 0, FIRST_YEAR)}..")))
    return out


def span_keys(date: str) -> tuple[Literal, ...]:
    """The keys of every interval that may cover `date` (an ISO date, month or year)."""
    year = max(_year(date) or FIRST_YEAR, FIRST_YEAR)
    opened = (Literal(f"{y}..") for y in range(FIRST_YEAR, year + 1))
    return (Literal(str(year)), *opened)


def _year(date: str) -> int | None:
    return int(date[:4]) if len(date) >= 4 and date[:4].isdigit() else None


def _keep(chosen: dict[URIRef, Literal], t: URIRef, date: Literal, pick: Callable) -> None:
    held = chosen.get(t)
    chosen[t] = date if held is None else pick(held, date, key=_order)


def _order(date: Literal) -> tuple[str, str]:
    # ISO text order, as the queries compare dates (a year sorts before its days).
    return (str(date), str(date.datatype))


def prune_update(tenures: Iterable[URIRef]) -> str:
    """SPARQL Update keeping, for these tenures, only the earliest first date, the latest last
    and end dates, and the least sample source (for catalogued entities, the least order key):
    a document's share and the stored tenures it joins each bring their own."""
    chosen = " ".join(f"<{t}>" for t in sorted(set(tenures)))
    return _prune(f"VALUES ?t {{ {chosen} }}") if chosen else ""


def pending_ntriples(tenures: Iterable[str]) -> bytes:
    """Marks for the tenures a new document's share adds to, still to prune."""
    mark = f"<{SUMMARY_GRAPH}> <{CAND.unpruned}>"
    return "".join(f"{mark} <{t}> .\n" for t in sorted(set(tenures))).encode()


def prune_pending_update() -> str:
    """SPARQL Update pruning every marked tenure and removing the marks. A new document's share
    is loaded with the marks of the nodes whose stored values it supersedes, which are deleted
    right after (`kg.shares`); if a crash comes in between, the next ingest run or API server
    start prunes what was left with this (until then the queries' MIN and MAX already ignore
    the superseded values)."""
    marked = f"<{SUMMARY_GRAPH}> <{CAND.unpruned}> ?t ."
    return f"{_prune(marked)} ;\nDELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ {marked} }} }}"


def _prune(selection: str) -> str:
    graph = SUMMARY_GRAPH
    single, least, greatest = prune_rules.SINGLE_SOURCE
    unmark = (
        f"DELETE {{ GRAPH <{graph}> {{ ?t <{single}> ?kind }} }} WHERE {{ "
        f"GRAPH <{graph}> {{ {selection} ?t <{single}> ?kind ; "
        f"<{least}> ?a ; <{greatest}> ?b }} FILTER(?a != ?b) }}"
    )
    return " ;\n".join(
        [
            # One graph pattern, starting from the selection: Oxigraph would evaluate a second
            # GRAPH block on its own, over every tenure.
            f"DELETE {{ GRAPH <{graph}> {{ ?t <{predicate}> ?old }} }} WHERE {{ "
            f"GRAPH <{graph}> {{ {selection} ?t <{predicate}> ?old , ?better }} "
            f"FILTER({rule.sparql}) }}"
            for predicate, rule in prune_rules.KEPT
        ]
        + [unmark]
    )


def sightings_in(triples: Iterable[tuple[Node, Node, Node]], source: URIRef) -> list[Sighting]:
    """The rank observations and post holdings of one document graph."""
    by_subject: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        by_subject[s][p].append(o)
    found = []
    for props in by_subject.values():
        types = props.get(RDF.type, ())
        dates = tuple(
            d for p in _DATE_PREDICATES for d in props.get(p, ()) if isinstance(d, Literal)
        )
        if CAND.RankObservation in types:
            kind, person, value = "rank", props.get(CAND.person), props.get(CAND.rank)
        elif CAND.PostHolding in types:
            kind, person, value = "post", props.get(ORG.member), props.get(ORG.role)
        else:
            continue
        unit = props.get(ORG.organization) if kind == "post" else None
        ends = tuple(d for d in props.get(SCHEMA.endDate, ()) if isinstance(d, Literal))
        starts = tuple(d for d in props.get(SCHEMA.startDate, ()) if isinstance(d, Literal))
        if not person or not value:
            continue
        found.append(
            Sighting(
                _iri(person[0]),
                kind,
                _iri(value[0]),
                _iri(unit[0]) if unit else None,
                dates,
                source,
                ends,
                starts,
            )
        )
    return found


def _iri(node: Node) -> URIRef:
    if not isinstance(node, URIRef):
        raise ValueError(f"expected an IRI, got {node!r}")
    return node


_SIGHTINGS_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT ?g ?fact ?kind ?person ?value ?unit ?date ?start ?end WHERE {
  %(graphs)s
  GRAPH ?g {
    { %(graphs)s ?fact cand:person ?person ; a cand:RankObservation ; cand:rank ?value .
      BIND("rank" AS ?kind) }
    UNION
    { %(graphs)s ?fact org:member ?person ; a cand:PostHolding ; org:role ?value .
      BIND("post" AS ?kind)
      OPTIONAL { ?fact org:organization ?unit } }
    OPTIONAL { ?fact cand:observedOn|schema:startDate ?date }
    OPTIONAL { ?fact schema:startDate ?start }
    OPTIONAL { ?fact schema:endDate ?end }
  }
}
"""


def stored_sightings(
    store: Store,
    people: Iterable[URIRef] | None = None,
    *,
    without: str | None = None,
    within: str | None = None,
) -> list[Sighting]:
    """Sightings in the store's document graphs: of `people` only (all when None), in graph
    `within` only (all when None), leaving out graph `without` (a document about to be
    replaced or removed)."""
    chosen = sorted(set(people)) if people is not None else None
    if chosen is not None and not chosen:
        return []
    graphs = f"VALUES ?g {{ <{within}> }}" if within is not None else ""
    if chosen:
        # Bound first, so that the store looks the people up instead of scanning every fact.
        graphs += " VALUES ?person { " + " ".join(f"<{p}>" for p in chosen) + " }"
    result = store.query(_SIGHTINGS_QUERY % {"graphs": graphs})
    # Graphs are left out here rather than in the query: Virtuoso 7 applied a FILTER on the
    # graph variable only in part, and lost the OPTIONAL unit of the rows it let through.
    excluded = {SUMMARY_GRAPH, without}
    wanted = set(chosen) if chosen else None
    facts: dict[tuple[Node, Node], dict[str, Node]] = {}
    dates: dict[tuple[Node, Node], set[Node]] = {}
    ends: dict[tuple[Node, Node], set[Node]] = {}
    starts: dict[tuple[Node, Node], set[Node]] = {}
    for row in result.dicts():
        if str(row["g"]) in excluded or (wanted is not None and row["person"] not in wanted):
            continue
        key = (row["g"], row["fact"])
        fact = facts.setdefault(key, dict(row))
        if "unit" in row:  # rows of one fact may differ in what OPTIONAL bound (Virtuoso)
            fact["unit"] = row["unit"]
        dates.setdefault(key, set()).update(row[name] for name in ("date", "end") if name in row)
        ends.setdefault(key, set()).update([row["end"]] if "end" in row else [])
        starts.setdefault(key, set()).update([row["start"]] if "start" in row else [])
    return [
        Sighting(
            _iri(f["person"]),
            str(f["kind"]),
            _iri(f["value"]),
            _iri(f["unit"]) if "unit" in f else None,
            tuple(dates[key]),  # type: ignore[arg-type]
            _iri(f["g"]),
            tuple(ends[key]),  # type: ignore[arg-type]
            tuple(starts[key]),  # type: ignore[arg-type]
        )
        for key, f in facts.items()
    ]


def people_tenures(
    store: Store, people: Iterable[URIRef], *, without: str | None = None
) -> set[Triple]:
    """The complete tenures of `people` from the stored documents other than `without`."""
    return tenure_triples(stored_sightings(store, people, without=without))


def clear_people_update(people: Iterable[URIRef]) -> str:
    """SPARQL Update removing the tenures of `people` from the summary graph."""
    return " ;\n".join(
        f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?t <{CAND.tenureOf}> <{p}> ; ?x ?y }} }}"
        for p in sorted(set(people))
    )


# Entities per query of a rebuild: a VALUES list that long stays a small query text (Virtuoso
# compiles the query text) while a rebuild of 100,000 articles takes a few hundred queries.
REBUILD_BATCH = 500

_PEOPLE_QUERY = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?person WHERE {
  GRAPH ?g {
    { ?fact cand:person ?person ; a cand:RankObservation }
    UNION
    { ?fact org:member ?person ; a cand:PostHolding }
  }
}
"""


def rebuild(store: Store, batch: int = REBUILD_BATCH) -> int:
    """Recompute the whole summary graph (tenures, catalogue, listings, sizes) from the
    document graphs, saying the current format (`kg.summary_format`), after giving the
    person mention records of an older store their stem keys; returns its size. The
    tenures are computed a batch of people at a time, the catalogue a batch of entities, the
    listings a batch of (cluster, unit) pairs (each batch complete: all of a person's
    sightings, all of an entity's names), into a file that then replaces the summary graph in
    one bulk load, so memory stays that of one batch whatever the store's size."""
    # a store of an older format: its documents' mention records first, as the sizes count them
    add_stem_keys(store)
    people = sorted({_iri(row["person"]) for row in store.query(_PEOPLE_QUERY).dicts()})
    size = 0
    with tempfile.TemporaryFile() as out:
        for start in range(0, len(people), batch):
            chosen = people[start : start + batch]
            size += _write_summary(out, tenure_triples(stored_sightings(store, chosen)))
        entities = stored_catalogue.stored_entities(store)
        for start in range(0, len(entities), batch):
            chosen_entities = entities[start : start + batch]
            size += _write_summary(out, stored_catalogue.stored_triples(store, chosen_entities))
        pairs = listings.stored_pairs(store)
        for start in range(0, len(pairs), batch):
            chosen_pairs = pairs[start : start + batch]
            size += _write_summary(out, listings.stored_triples(store, chosen_pairs))
        size += _write_summary(out, sizes.stored_sizes(store))
        size += _write_summary(out, summary_format.marker())
        out.seek(0)
        store.bulk_load(out, "nq", replacing=[SUMMARY_GRAPH])
    journal.note(store, None)
    return size


def _write_summary(out: IO[bytes], triples: set[Triple]) -> int:
    graph = f" <{SUMMARY_GRAPH}> .\n"
    out.writelines((nt_line(t)[:-2].rstrip() + graph).encode() for t in sorted(triples))
    return len(triples)


def ntriples(triples: Iterable[Triple]) -> bytes:
    return "".join(sorted(nt_line(t) for t in triples)).encode("utf-8")
