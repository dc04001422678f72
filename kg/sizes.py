"""The size of each document graph, kept in the summary graph (`cand:graphSize`).

Listing the documents with their sizes would otherwise count every quad of the store. A
document's size is counted from its N-Triples as it is written (one triple a line) and written
with its share of the summary; replacing or removing the document takes it away, and a rename
by identity resolution counts the renamed graphs again (two of a graph's triples may become
one); `kg.summary.rebuild` counts every document graph. Only a graph that says it is a source
document (`<doc> a cand:SourceDocument`) has a size: a graph written by hand under a document
IRI is not listed as a document. The writer of a graph knows which it is from its triples
(`kg.documents.DocumentGraph.declared`); a stored graph is asked."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from core.ids import kind_of
from core.namespaces import CAND, SUMMARY_GRAPH
from kg.store.base import Store

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def size_triples(iri: str, ntriples: bytes, *, declared: bool) -> set[Triple]:
    """The size entry of a document graph written as these N-Triples (one triple a line);
    none unless the graph is `declared` a source document (its writer knows, see
    `declares_source`)."""
    if not declared or kind_of(iri) != "doc":
        return set()
    lines = {line.strip() for line in ntriples.splitlines() if line.strip()}
    return {(URIRef(iri), CAND.graphSize, Literal(len(lines)))}


def declares_source(iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> bool:
    """Whether these triples of graph `iri` say it is a source document."""
    declaration = (URIRef(iri), RDF.type, CAND.SourceDocument)
    return any(triple == declaration for triple in triples)


def unsize_update(iri: str) -> str:
    """SPARQL Update removing the size entry of graph `iri`."""
    return f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ <{iri}> <{CAND.graphSize}> ?n }} }}"


def resize_update(graphs: Iterable[str]) -> str:
    """SPARQL Update counting the stored document graphs `graphs` again (a rename may merge
    two of a graph's triples into one)."""
    chosen = " ".join(f"<{g}>" for g in sorted(set(graphs)) if kind_of(g) == "doc")
    if not chosen:
        return ""
    size = f"<{CAND.graphSize}>"
    return (
        f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?g {size} ?old }} }} "
        f"INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?g {size} ?n }} }} WHERE {{ "
        f"{{ SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {chosen} }} "
        f"GRAPH ?g {{ ?g a <{CAND.SourceDocument}> }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g }} "
        f"OPTIONAL {{ GRAPH <{SUMMARY_GRAPH}> {{ ?g {size} ?old }} }} }}"
    )


def stored_sizes(store: Store) -> set[Triple]:
    """The size entries of every stored document graph (a graph that says it is a source
    document: other graphs under a document IRI, written by hand, are no documents)."""
    rows = store.query(
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g a <{CAND.SourceDocument}> }} "
        "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )
    return {
        (URIRef(str(g)), CAND.graphSize, Literal(int(str(n))))
        for g, n in rows.rows
        if kind_of(str(g)) == "doc"
    }
