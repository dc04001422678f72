"""SPARQL 1.1 Protocol details: content negotiation and telling queries from updates."""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.results import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES
from kg.sparql import term_n3

# Media types a client may ask for, by result kind, mapped to kg.results formats.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "xml",
    "application/xml": "xml",
}
_UPDATE = re.compile(
    r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)
_PROLOGUE = re.compile(
    r"^\s*(?:#[^\n]*\n|PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s+<[^>]*>|\s+)*", re.IGNORECASE
)


class NotAcceptable(ValueError):
    pass


def is_update(text: str) -> bool:
    """True if `text` is a SPARQL Update rather than a query (after its prologue)."""
    return bool(_UPDATE.match(text[_PROLOGUE.match(text).end() :]))  # type: ignore[union-attr]


def _accepted(accept: str | None) -> list[str]:
    """Media types in the client's order of preference (q-values honoured)."""
    if not accept:
        return ["*/*"]
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, position, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)] or ["*/*"]


def negotiate(accept: str | None, kind: str) -> tuple[str, str]:
    """(kg.results format, media type) for a result of `kind` ('select', 'ask', 'graph')."""
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    media_of = GRAPH_MEDIA_TYPES if kind == "graph" else RESULT_MEDIA_TYPES
    default = "turtle" if kind == "graph" else "json"
    for media in _accepted(accept):
        if media in table:
            return table[media], media_of[table[media]]
        if media in ("*/*", "application/*", "text/*") or media.endswith("/*"):
            return default, media_of[default]
    offered = ", ".join(sorted({m for m, f in table.items()}))
    raise NotAcceptable(f"cannot give a {kind.upper()} result as {accept!r}; offered: {offered}")


def check_graph_iris(iris: list[str]) -> list[str] | None:
    """Validated graph IRIs (kg.sparql refuses anything that is not an IRI), or None if empty."""
    for iri in iris:
        term_n3(URIRef(iri))
    return iris or None
