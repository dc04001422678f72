"""A radial starting layout for big graphs: the focus in the middle, each ring one edge further,
every subtree in its own slice of the circle. It costs linear time on the server and leaves the
browser's physics only a few iterations of polishing, so thousands of nodes settle quickly."""

from __future__ import annotations

import math

import networkx as nx

RING = 220.0  # least distance between rings
SPACING = 36.0  # least arc length per node on a ring


def radial_positions(graph: nx.MultiDiGraph, focus: str) -> dict[str, tuple[float, float]]:
    """Positions for every node of `graph`; nodes not connected to `focus` go on an outer ring."""
    undirected = nx.Graph(graph)
    parent: dict[str, str | None] = {focus: None}
    levels: list[list[str]] = [[focus]]
    while levels[-1]:
        ring = []
        for node in levels[-1]:
            for neighbour in sorted(undirected.neighbors(node)):
                if neighbour not in parent:
                    parent[neighbour] = node
                    ring.append(neighbour)
        levels.append(ring)
    levels.pop()
    stray = [node for node in graph if node not in parent]
    if stray:
        levels.append(stray)
        for node in stray:
            parent[node] = focus
    children: dict[str, list[str]] = {node: [] for node in graph}
    for level in levels[1:]:
        for node in level:
            children[parent[node]].append(node)  # type: ignore[index]
    weight = _leaf_counts(children, levels)
    angle: dict[str, tuple[float, float]] = {focus: (0.0, 2 * math.pi)}
    positions = {focus: (0.0, 0.0)}
    outer = 0.0  # the outermost radius used so far
    placed = 1
    for depth, level in enumerate(levels[1:], start=1):
        for node in levels[depth - 1]:
            start, width = angle[node]
            total = sum(weight[child] for child in children[node]) or 1
            for child in children[node]:
                share = width * weight[child] / total
                angle[child] = (start, share)
                start += share
        # rings spread the nodes evenly over a disc; a crowded ring becomes a band of
        # staggered sub-rings rather than one circle many times wider than the inner ones
        placed += len(level)
        radius = max(outer + RING, 2 * SPACING * math.sqrt(placed / math.pi))
        bands = max(1, math.ceil(len(level) * SPACING / (2 * math.pi * radius)))
        for index, node in enumerate(level):
            start, width = angle[node]
            middle = start + width / 2
            r = radius + (index % bands) * SPACING
            positions[node] = (r * math.cos(middle), r * math.sin(middle))
        outer = radius + (bands - 1) * SPACING
    return positions


def _leaf_counts(children: dict[str, list[str]], levels: list[list[str]]) -> dict[str, int]:
    weight: dict[str, int] = {}
    for level in reversed(levels):
        for node in level:
            weight[node] = sum(weight[child] for child in children[node]) or 1
    return weight
