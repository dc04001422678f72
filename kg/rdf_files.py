"""Loading RDF files as source documents, each into a named graph of its own."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from core.ids import document_iri
from kg.documents import DocumentGraph
from kg.store.base import StoreError

RDF_SUFFIXES = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}


def is_rdf_file(path: Path) -> bool:
    return path.suffix.lower() in RDF_SUFFIXES


def read_rdf_file(path: Path) -> Graph:
    """Parse an RDF file; quads lose their graph names (the file becomes one document)."""
    fmt = RDF_SUFFIXES[path.suffix.lower()]
    try:
        if fmt in ("nquads", "trig"):
            dataset = Dataset()
            dataset.parse(path, format=fmt)
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path, format=fmt)
        return graph
    except Exception as exc:  # rdflib raises many parser-specific types
        raise StoreError(f"{path}: not valid {fmt}: {exc}") from exc


def rdf_document(path: Path, graph: Graph) -> DocumentGraph:
    """The graph of document `path.stem`: the triples read from the file."""
    return DocumentGraph.from_graph(str(document_iri(path.stem)), graph)
