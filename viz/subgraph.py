"""Store -> networkx: the neighbourhood of a focus entity, with what the graph page shows.

Nodes are keyed by short ids `<kind>/<local id>` (e.g. `person/tran-van-duc`), the form the
`/graph` endpoint and `kg viz --focus` accept."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
from rdflib import URIRef
from rdflib.term import Literal, Node

from core.ids import kind_of, local_id, parse_user_id
from core.namespaces import ID_BASE, SKOS
from core.ontology import ontology_graph
from kg.sparql import term_n3
from kg.store.base import Store
from kg.units.fates import unit_fates
from viz.career import Observation, latest_rank, steps
from viz.relations import edges_query
from viz.style import STYLES

QUERY_DIR = Path(__file__).parent / "queries"
DEFAULT_LIMIT = 500
MAX_LIMIT = 3000
MAX_DEPTH = 4
_CHUNK = 200
LABEL_CHARS = 80


@dataclass
class Subgraph:
    """A neighbourhood cut to at most `limit` nodes, closest to the focus first; `total` counts
    the nodes found before the cut (exploring stops once the limit is reached)."""

    graph: nx.MultiDiGraph
    focus: str | None
    total: int
    caption: str | None = None  # what an overview shows, said on the page

    @property
    def truncated(self) -> bool:
        return self.total > self.graph.number_of_nodes()


def node_key(iri: str) -> str | None:
    """`https://w3id.org/cand-kg/id/person/x` -> `person/x`, or None for a non-entity IRI."""
    kind = kind_of(iri)
    if kind not in STYLES.id_kinds:
        return None
    return f"{kind}/{local_id(iri)}"


def parse_focus(text: str) -> URIRef:
    """A user's focus (`person/x`, `/persons/x` or the full IRI) as the entity's IRI;
    ValueError if not one."""
    return parse_user_id(text, sorted(STYLES.id_kinds))


def _iri(key: str) -> URIRef:
    kind, _, identifier = key.partition("/")
    return URIRef(f"{ID_BASE}{kind}/{identifier}")


@cache
def query_text(name: str) -> str:
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _values(keys: Iterable[str]) -> str:
    return " ".join(term_n3(_iri(key)) for key in keys)


def _chunks(keys: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(keys), _CHUNK):
        yield keys[start : start + _CHUNK]


def _run(store: Store, name: str, iris: list[str]) -> list[dict[str, Node]]:
    """A query over the nodes `iris`, in chunks so no query text grows unbounded."""
    rows: list[dict[str, Node]] = []
    for start in range(0, len(iris), _CHUNK):
        values = " ".join(term_n3(URIRef(iri)) for iri in iris[start : start + _CHUNK])
        rows.extend(store.query(query_text(name).replace("$nodes", values)).dicts())
    return rows


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


@cache
def _ontology_labels() -> dict[str, str]:
    """Vietnamese names of ranks and event kinds, from the ontology (the store may not hold it)."""
    return {
        str(concept): str(label)
        for concept, label in ontology_graph().subject_objects(SKOS.prefLabel)
        if isinstance(label, Literal) and label.language == "vi"
    }


def _prefer(labels: list[Literal]) -> str | None:
    """A Vietnamese or untagged label before any other language."""
    for label in labels:
        if label.language in (None, "vi"):
            return str(label)
    return str(labels[0]) if labels else None


def _concept_labels(store: Store, iris: set[str]) -> dict[str, str]:
    found: dict[str, list[Literal]] = {}
    for row in _run(store, "labels", sorted(iris)):
        found.setdefault(str(row["x"]), []).append(row["label"])  # type: ignore[arg-type]
    labels = {iri: _prefer(values) or local_id(iri) for iri, values in found.items()}
    known = _ontology_labels()
    return {iri: labels.get(iri) or known.get(iri) or local_id(iri) for iri in iris}


@dataclass(frozen=True)
class _Edge:
    source: str
    target: str
    rel: str
    role: str | None
    date: str | None
    document: str | None


def edges_around(store: Store, keys: list[str]) -> list[_Edge]:
    edges = []
    for chunk in _chunks(keys):
        for row in store.query(edges_query(_values(chunk))).dicts():
            source, target = node_key(str(row["a"])), node_key(str(row["b"]))
            if source is None or target is None or source == target:
                continue
            graph = _text(row.get("g"))
            document = node_key(graph) if graph else None
            if str(row["rel"]) == "source":
                document = target
            edges.append(
                _Edge(
                    source,
                    target,
                    str(row["rel"]),
                    _text(row.get("role")),
                    _text(row.get("date")),
                    document,
                )
            )
    return edges


def neighbourhood(
    store: Store, focus: URIRef, depth: int = 1, limit: int = DEFAULT_LIMIT
) -> Subgraph:
    """The entities within `depth` edges of `focus`, at most `limit` of them, nearest first."""
    depth = max(0, min(depth, MAX_DEPTH))
    limit = max(1, min(limit, MAX_LIMIT))
    focus_key = node_key(str(focus))
    if focus_key is None:
        raise ValueError(f"not a graph entity: {focus}")
    order = [focus_key]
    seen = {focus_key}
    frontier = [focus_key]
    found: list[_Edge] = []
    for _ in range(depth):
        if not frontier:
            break
        edges = edges_around(store, frontier)
        found.extend(edges)
        new = []
        # facts before the documents stating them, so a cut keeps the people and units
        for edge in sorted(edges, key=lambda e: (e.rel == "source", e.source, e.target)):
            for key in (edge.source, edge.target):
                if key not in seen:
                    seen.add(key)
                    new.append(key)
        order.extend(new)
        frontier = new if len(order) < limit else []
    kept = order[:limit]
    graph = build_graph(store, kept, found)
    if not _exists(graph, focus_key):
        raise LookupError(f"no entity {focus_key} in the store")
    return Subgraph(graph, focus_key, len(order))


def _exists(graph: nx.MultiDiGraph, key: str) -> bool:
    data = graph.nodes[key]
    return bool(data.get("rdf_types")) or graph.degree(key) > 0


def build_graph(store: Store, keys: list[str], edges: list[_Edge]) -> nx.MultiDiGraph:
    """A networkx graph over `keys` with their details and the `edges` between them."""
    graph = nx.MultiDiGraph()
    for key in keys:
        graph.add_node(key, **_blank_node(key))
    _add_details(store, graph)
    _add_edges(store, graph, edges)
    _add_careers(store, graph)
    for key, data in graph.nodes(data=True):
        data["label"] = _display_label(data) or key
        data["sources"].sort()
    return graph


def _blank_node(key: str) -> dict[str, object]:
    kind = key.partition("/")[0]
    return {
        "type": STYLES.id_kinds[kind],
        "iri": str(_iri(key)),
        "name": None,
        "rank": None,
        "date": None,
        "location": None,
        "url": None,
        "event_kind": None,
        "award_name": None,
        "file": None,
        "evidence": None,
        "founded": None,
        "dissolved": None,
        "sources": [],
        "career": [],
        "rdf_types": [],
    }


def _add_details(store: Store, graph: nx.MultiDiGraph) -> None:
    names: dict[str, list[Literal]] = {}
    for row in _run(store, "nodes", [str(_iri(key)) for key in graph.nodes]):
        key = node_key(str(row["x"]))
        if key is None:
            continue
        data = graph.nodes[key]
        if "type" in row and str(row["type"]) not in data["rdf_types"]:
            data["rdf_types"].append(str(row["type"]))
        for field in ("label", "awardLabel"):
            if field in row:
                names.setdefault(f"{key}|{field}", []).append(row[field])  # type: ignore[arg-type]
        for field, column in (
            ("date", "date"),
            ("location", "location"),
            ("url", "url"),
            ("event_kind", "eventKind"),
            ("file", "file"),
            ("evidence", "evidence"),
            ("founded", "founded"),
            ("dissolved", "dissolved"),
        ):
            if column in row and data[field] is None:
                data[field] = str(row[column])
    for key, data in graph.nodes(data=True):
        name = _prefer(names.get(f"{key}|label", []))
        award = _prefer(names.get(f"{key}|awardLabel", []))
        data["name"] = award or name
        data["award_name"] = award
        data["type"] = _type_of(key, data["rdf_types"])
        if data["event_kind"]:
            data["event_kind"] = _ontology_labels().get(data["event_kind"])


def _type_of(key: str, rdf_types: list[str]) -> str:
    kind = key.partition("/")[0]
    for rdf_type in rdf_types:
        if rdf_type in STYLES.classes and STYLES.classes[rdf_type] == "cluster":
            return "cluster"
    return STYLES.id_kinds[kind]


def _add_edges(store: Store, graph: nx.MultiDiGraph, edges: list[_Edge]) -> None:
    """One edge per (ends, relation, role), with its earliest date and every source stating it."""
    chaired = {(e.source, e.target) for e in edges if e.rel == "chaired"}
    dates: dict[tuple[str, str, str, str | None], str | None] = {}
    sources: dict[tuple[str, str, str, str | None], list[str]] = {}
    for edge in edges:
        if edge.source not in graph or edge.target not in graph:
            continue
        if edge.rel == "attended" and (edge.source, edge.target) in chaired:
            continue
        key = (edge.source, edge.target, edge.rel, edge.role)
        earliest = dates.get(key)
        if key not in dates or (edge.date and (earliest is None or edge.date < earliest)):
            dates[key] = edge.date
        stated = sources.setdefault(key, [])
        if edge.document and edge.document not in stated:
            stated.append(edge.document)
        for end in (edge.source, edge.target):
            node_sources = graph.nodes[end]["sources"]
            if edge.document and edge.document not in node_sources and end != edge.document:
                node_sources.append(edge.document)
    roles = _concept_labels(store, {role for (*_, role) in dates if role})
    for (source, target, rel, role_iri), date in dates.items():
        role = roles.get(role_iri) if role_iri else None
        identifier = f"{rel}|{source}|{target}|{role or ''}"
        graph.add_edge(
            source,
            target,
            key=identifier,
            id=identifier,
            rel=rel,
            role=role,
            date=date,
            label=STYLES.relation_label(rel, role),
            sources=sorted(sources[(source, target, rel, role_iri)]),
        )


def _add_careers(store: Store, graph: nx.MultiDiGraph) -> None:
    people = [key for key, data in graph.nodes(data=True) if data["type"] == "person"]
    if not people:
        return
    rows = _run(store, "career", [str(_iri(key)) for key in people])
    labels = _concept_labels(store, {str(row["value"]) for row in rows})
    seen: dict[str, list[Observation]] = {key: [] for key in people}
    for row in rows:
        key = node_key(str(row["x"]))
        if key is None:
            continue
        seen[key].append(
            Observation(
                what=str(row["what"]),
                value=labels.get(str(row["value"]), local_id(str(row["value"]))),
                unit=_text(row.get("unitLabel")),
                unit_id=node_key(str(row["unit"])) if "unit" in row else None,
                date=_text(row.get("date")),
                end=_text(row.get("end")),
                source=node_key(str(row["g"])) if "g" in row else None,
            )
        )
    fates = unit_fates(store, (str(row["unit"]) for row in rows if "unit" in row))
    by_key = {node_key(unit): fate for unit, fate in fates.items()}
    for key, observations in seen.items():
        career = steps(observations)
        for step in career:
            fate = by_key.get(step.unit_id) if step.unit_id else None
            if fate is not None:
                step.unit_ended, step.unit_change = fate.ended, fate.kind
                step.unit_into = [name or local_id(iri) for iri, name in fate.successors]
        graph.nodes[key]["career"] = [step.as_dict() for step in career]
        graph.nodes[key]["rank"] = latest_rank(career)


def _display_label(data: dict[str, object]) -> str | None:
    name = data.get("name")
    if not name and data["type"] == "event" and (data.get("event_kind") or data.get("date")):
        # untitled events are known by their kind and day
        name = " ".join(str(part) for part in (data.get("event_kind"), data.get("date")) if part)
    if not name and data["type"] == "document":
        name = data.get("file")
    if not name:
        return None
    name = _shorten(str(name))
    if data["type"] == "person" and data.get("rank"):
        return f"{data['rank']} {name}"
    if data["type"] == "award" and data.get("date"):
        return f"{name} ({str(data['date'])[:4]})"
    return str(name)


def _shorten(text: str, most: int = LABEL_CHARS) -> str:
    """Labels drawn on the canvas stay short; the side panel shows the full name."""
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"
