"""How the graph looks: colours, shapes and Vietnamese words, read from `styles.json`, and the
translation of a networkx subgraph into vis-network nodes and edges through pyvis."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from pyvis.network import Network

STYLE_FILE = Path(__file__).parent / "styles.json"
# Above this many nodes the page shortens the physics run so it settles within a few seconds.
LARGE_GRAPH = 400


@dataclass(frozen=True)
class Styles:
    types: dict[str, dict[str, str]]
    id_kinds: dict[str, str]
    classes: dict[str, str]
    relations: dict[str, dict[str, str]]
    ui: dict[str, str]

    @classmethod
    def load(cls, path: Path = STYLE_FILE) -> Styles:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["types"], data["id_kinds"], data["classes"], data["relations"], data["ui"])

    def relation_label(self, rel: str, role: str | None = None) -> str:
        label = self.relations[rel]["label"]
        return f"{role} – {label}" if role else label

    def api_path(self, key: str, name: str | None = None) -> str:
        """The API record of node `key` (awards have no record of their own: their list)."""
        kind, _, identifier = key.partition("/")
        path = self.types[self.id_kinds[kind]]["api"]
        return path.format(id=identifier, name=quote(name or identifier))


STYLES = Styles.load()


def _tooltip_fields(key: str, data: dict[str, Any]) -> dict[str, Any]:
    """What the page shows on hover and in the side panel; plain values, escaped by the page."""
    return {
        "kind": data["type"],
        "name": data.get("name") or data["label"],
        "rank": data.get("rank"),
        "date": data.get("date"),
        "location": data.get("location"),
        "url": data.get("url"),
        "eventKind": data.get("event_kind"),
        "evidence": data.get("evidence"),
        "existed": _existence(data.get("founded"), data.get("dissolved")),
        "api": STYLES.api_path(key, data.get("award_name")),
        "sources": data.get("sources", []),
        "career": data.get("career", []),
    }


def _existence(founded: str | None, dissolved: str | None) -> str | None:
    """`2025-07-01 – ` or ` – 2025-03-01`: when a unit existed, if the graph knows either end."""
    if founded is None and dissolved is None:
        return None
    return f"{founded or '…'} – {dissolved or '…'}"


def vis_data(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network node and edge objects for `graph`, built with pyvis."""
    net = Network(directed=True, cdn_resources="in_line")
    for key, data in graph.nodes(data=True):
        style = STYLES.types[data["type"]]
        net.add_node(
            key,
            label=str(data["label"]),
            shape=style["shape"],
            color=style["colour"],
            size=18 if data["type"] in ("person", "event") else 14,
            date=data.get("date"),
            info=_tooltip_fields(key, data),
        )
    for source, target, data in graph.edges(data=True):
        net.add_edge(
            source,
            target,
            id=data["id"],
            label=data["label"],
            rel=data["rel"],
            date=data.get("date"),
            sources=data.get("sources", []),
            arrows="to",
        )
    nodes, edges, *_ = net.get_network_data()
    for node in nodes:
        node.pop("font", None)
        node["type"] = node["info"]["kind"]
    return nodes, edges


def vis_options(node_count: int) -> dict[str, Any]:
    """Physics that settles: bounded stabilisation, fewer iterations for big graphs."""
    large = node_count > LARGE_GRAPH
    return {
        "physics": {
            "solver": "barnesHut" if not large else "forceAtlas2Based",
            "stabilization": {
                "enabled": True,
                # big graphs start from the radial layout and only need polishing
                "iterations": 10 if large else 200,
                "updateInterval": 50,
                "fit": True,
            },
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
            "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 80},
            "maxVelocity": 50,
            "minVelocity": 1,
            "timestep": 0.5,
        },
        "layout": {"improvedLayout": not large},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
        "edges": {
            "font": {"size": 10, "align": "middle"},
            "smooth": False if large else {"enabled": True, "type": "dynamic"},
            "color": {"color": "#999999", "highlight": "#333333"},
        },
        "nodes": {"font": {"size": 13, "face": "Arial, sans-serif"}},
    }
