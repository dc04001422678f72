"""The overview the graph page opens on when no entity is asked for: the emulation clusters with
their member units, and the people named in the most documents of the last year (the twelve
months up to the newest stored document), within the page's node limit."""

from __future__ import annotations

from rdflib import Literal

from kg.sparql import bind
from kg.store.base import Store
from viz.subgraph import DEFAULT_LIMIT, Subgraph, build_graph, edges_around, node_key, query_text

PEOPLE = 30
CAPTION = (
    "Tổng quan: {clusters} cụm thi đua với {units} đơn vị thành viên; {people} cá nhân được "
    "nhắc đến nhiều nhất từ {since} đến {newest}. Overview: {clusters} emulation clusters with "
    "their {units} member units; the {people} people named in the most documents from {since} "
    "to {newest}."
)


def year_before(day: str) -> str:
    """`2024-08-19` -> `2023-08-19` (`2024-08` -> `2023-08`)."""
    return f"{int(day[:4]) - 1:04d}{day[4:]}"


def overview(store: Store, limit: int = DEFAULT_LIMIT, people: int = PEOPLE) -> Subgraph:
    clusters: list[str] = []
    members: list[str] = []
    for row in store.query(query_text("overview_clusters")).dicts():
        for name, found in (("cluster", clusters), ("unit", members)):
            key = node_key(str(row[name])) if name in row else None
            if key is not None and key not in found:
                found.append(key)
    newest_rows = store.query(query_text("newest_document")).dicts()
    newest = str(newest_rows[0]["newest"]) if newest_rows and "newest" in newest_rows[0] else ""
    since = year_before(newest) if newest[:4].isdigit() else ""
    top: list[str] = []
    if since:
        sparql = bind(query_text("overview_people"), since=Literal(since)) + f"LIMIT {people:d}"
        top = [k for row in store.query(sparql).dicts() if (k := node_key(str(row["person"])))]
    order = list(dict.fromkeys([*clusters, *members, *top]))
    kept = order[:limit]
    graph = build_graph(store, kept, edges_around(store, kept) if kept else [])
    shown_units = sum(1 for key in members if key in graph)
    shown_people = sum(1 for key in top if key in graph)
    caption = CAPTION.format(
        clusters=sum(1 for key in clusters if key in graph),
        units=shown_units,
        people=shown_people,
        since=since or "…",
        newest=newest or "…",
    )
    return Subgraph(graph, None, len(order), caption)
