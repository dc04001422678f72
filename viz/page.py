"""The interactive graph page: one self-contained HTML file (vis-network inlined from the copy
pyvis ships), so it works offline and from `file://` as well as from the API's `/viz`."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg.store.base import Store
from viz.layout import radial_positions
from viz.overview import overview
from viz.style import LARGE_GRAPH, STYLES, vis_data, vis_options
from viz.subgraph import DEFAULT_LIMIT, MAX_DEPTH, Subgraph, neighbourhood, parse_focus

TEMPLATE_DIR = Path(__file__).parent / "templates"
VIS_VERSION = "vis-9.1.2"
# Nodes the page holds at most; expansions beyond it are refused with a note.
PAGE_NODE_LIMIT = 3000


class Page(NamedTuple):
    html: str
    subgraph: Subgraph

    def __str__(self) -> str:
        """What the page shows, in a line: nodes (of how many in reach), edges."""
        graph = self.subgraph.graph
        reach = f" (of {self.subgraph.total} in reach)" if self.subgraph.truncated else ""
        return f"{graph.number_of_nodes()} nodes{reach}, {graph.number_of_edges()} edges"


@cache
def vis_asset(name: str) -> str:
    text = (resources.files("pyvis") / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")
    # The source map is not shipped: a reference to it would be the page's only outside request.
    return re.sub(r"//# sourceMappingURL=\S+", "", text)


def script_json(value: Any) -> str:
    """JSON safe to place inside a <script> element: no `</script>`, `<!--` or `&` sequences."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def graph_payload(subgraph: Subgraph | None) -> dict[str, Any]:
    """The `/graph` answer: vis-ready nodes and edges plus the cut's figures."""
    graph = subgraph.graph if subgraph else nx.MultiDiGraph()
    nodes, edges = vis_data(graph)
    return {
        "focus": subgraph.focus if subgraph else None,
        "nodes": nodes,
        "edges": edges,
        "total": subgraph.total if subgraph else 0,
        "truncated": subgraph.truncated if subgraph else False,
        "caption": subgraph.caption if subgraph else None,
    }


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html"]),
    )


def render_page(subgraph: Subgraph | None, api_base: str | None, depth: int = 1) -> str:
    """The HTML page showing `subgraph`; with `api_base` the page expands and searches through
    the API, without it (a saved file) it searches only what it holds."""
    payload = graph_payload(subgraph)
    if subgraph and subgraph.focus and len(payload["nodes"]) > LARGE_GRAPH:
        positions = radial_positions(subgraph.graph, subgraph.focus)
        for node in payload["nodes"]:
            node["x"], node["y"] = (round(value) for value in positions[node["id"]])
        # thousands of edge labels cost more to draw than they tell: they show on hover instead
        for edge in payload["edges"]:
            edge["title"] = edge.pop("label")
    config = {
        "api": api_base,
        "depth": depth,
        "ui": STYLES.ui,
        "types": STYLES.types,
        # kinds the API's /search returns that the graph draws (conferrals are not searchable)
        "idKinds": {
            kind: kind_type for kind, kind_type in STYLES.id_kinds.items() if kind != "conferral"
        },
        "relations": STYLES.relations,
        "options": vis_options(len(payload["nodes"])),
        "largeGraph": LARGE_GRAPH,
        "pageNodeLimit": PAGE_NODE_LIMIT,
    }
    template = _environment().get_template("page.html")
    return template.render(
        title=STYLES.ui["title"],
        ui=STYLES.ui,
        types=STYLES.types,
        vis_css=vis_asset("vis-network.css"),
        vis_js=vis_asset("vis-network.min.js"),
        graph_json=script_json(payload),
        config_json=script_json(config),
    )


def overview_page(store: Store, limit: int = DEFAULT_LIMIT) -> Page:
    """A page that works offline on the overview (viz/overview.py)."""
    subgraph = overview(store, limit)
    return Page(render_page(subgraph, api_base=None), subgraph)


def entity_page(store: Store, focus: str, depth: int = 1, limit: int = DEFAULT_LIMIT) -> Page:
    """A page that works offline around one entity (`person/x` or its IRI): ValueError for a
    focus that names no entity, LookupError when the store does not hold it."""
    subgraph = neighbourhood(store, parse_focus(focus), depth, limit)
    return Page(render_page(subgraph, api_base=None, depth=depth), subgraph)


def write_page(
    store: Store,
    out: Path,
    focus: str | None = None,
    depth: int = 1,
    limit: int = DEFAULT_LIMIT,
) -> Page:
    """Write to `out` the offline page around `focus`, or the overview when None (errors as
    `entity_page`'s, before anything is written); the page written."""
    if not 0 <= depth <= MAX_DEPTH or not 1 <= limit <= PAGE_NODE_LIMIT:
        raise ValueError(f"depth runs from 0 to {MAX_DEPTH}, limit from 1 to {PAGE_NODE_LIMIT}")
    page = overview_page(store, limit) if focus is None else entity_page(store, focus, depth, limit)
    out.write_text(page.html, "utf-8")
    return page
