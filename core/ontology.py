"""The ontology's files, each parsed once for every layer: the vocabulary (`cand.ttl`) and the
rank scheme (`ranks.ttl`). The SHACL shapes are the validator's alone (`kg/validate.py`)."""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from core.settings import ONTOLOGY_DIR


@cache
def rank_graph() -> Graph:
    """The rank scheme: one `cand:Rank` SKOS concept per rank, with labels and order."""
    return Graph().parse(ONTOLOGY_DIR / "ranks.ttl", format="turtle")


@cache
def ontology_graph() -> Graph:
    """The vocabulary and the rank scheme together, as documents are checked against them.
    Callers share this graph: they read it and never add to it."""
    graph = Graph().parse(ONTOLOGY_DIR / "cand.ttl", format="turtle")
    graph += rank_graph()
    return graph
