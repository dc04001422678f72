"""Loading RDF files as source documents, each into a named graph of its own."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from core.ids import document_iri
from kg.documents import DocumentGraph, write_document
from kg.store.base import Store, StoreError

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


def ingest_rdf_file(store: Store, path: Path) -> tuple[str, int]:
    """Replace the graph of document `path.stem` with the file's triples."""
    graph = read_rdf_file(path)
    name = str(document_iri(path.stem))
    write_document(store, DocumentGraph.from_graph(name, graph))
    return name, len(graph)
