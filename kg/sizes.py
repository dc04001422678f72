"""The size and order key of each document graph, kept in the summary graph
(`cand:graphSize`, `cand:documentOrder`).

Listing the documents with their sizes would otherwise count every quad of the store. A
document's size is counted from its N-Triples as it is written (one triple a line) and written
with its share of the summary; replacing or removing the document takes it away, and a rename
by identity resolution counts the renamed graphs again (two of a graph's triples may become
one); `kg.summary.rebuild` counts every document graph. Only a graph that says it is a source
document (`<doc> a cand:SourceDocument`) has a size: a graph written by hand under a document
IRI is not listed as a document. The writer of a graph knows which it is from its triples
(`kg.documents.DocumentGraph.declared`); a stored graph is asked.

The order key lists a unit's documents newest first in the store (`api_unit_documents`): the
greatest publication date of the graph with each character complemented within printable ASCII
and "~" after it, so that a newer date, or a longer one with the same beginning, sorts first;
an undated document's key is "~", after every date. At 11 bytes for a day it stays inside
Oxigraph's index entry (`kg.catalogue`'s order keys), and a document's date is as lasting as
its IRI: written with the size, taken away with it, untouched by renames. Its first characters
are the document's bucket (`cand:documentBucket`, `kg.buckets`), by which a page of the list of
documents reads only its own documents' keys."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import RDF, Literal, URIRef
from rdflib.term import Node

from core.ids import kind_of
from core.namespaces import CAND, SCHEMA, SUMMARY_GRAPH
from kg.buckets import bucket
from kg.store.base import Store

Triple = tuple[URIRef, URIRef, URIRef | Literal]

UNDATED = "~"
_PUBLISHED = re.compile(rb' <%s> "([ -}]*)"' % str(SCHEMA.datePublished).encode())


def order_key(published: str | None) -> str:
    """The order key of a document published on `published` (an ISO date or None): keys sort
    as the dates do backwards, undated last. A date of other characters than printable ASCII
    (none that `kg.dates` writes) counts as undated."""
    if not published or not all(" " <= c <= "}" for c in published):
        return UNDATED
    return "".join(chr(0x9D - ord(c)) for c in published) + UNDATED


def bound_key(bound: str | None) -> str:
    """A date bound (YYYY, YYYY-MM or YYYY-MM-DD) written as order keys are, without the end
    mark: a key's beginning as long as it compares with it backwards; "" for no bound."""
    return order_key(bound)[:-1] if bound else ""


def size_triples(iri: str, ntriples: bytes, *, declared: bool) -> set[Triple]:
    """The size and order entries of a document graph written as these N-Triples (one
    triple a line); none unless the graph is `declared` a source document (its writer knows,
    see `declares_source`)."""
    if not declared or kind_of(iri) != "doc":
        return set()
    lines = {line.strip() for line in ntriples.splitlines() if line.strip()}
    subject = f"<{iri}>".encode()
    dates = [
        found.group(1).decode()
        for line in lines
        if line.startswith(subject) and (found := _PUBLISHED.match(line, len(subject)))
    ]
    key = order_key(max(dates, default=None))
    return {
        (URIRef(iri), CAND.graphSize, Literal(len(lines))),
        (URIRef(iri), CAND.documentOrder, Literal(key)),
        (URIRef(iri), CAND.documentBucket, Literal(bucket(key))),
    }


def declares_source(iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> bool:
    """Whether these triples of graph `iri` say it is a source document."""
    declaration = (URIRef(iri), RDF.type, CAND.SourceDocument)
    return any(triple == declaration for triple in triples)


def unsize_update(iri: str) -> str:
    """SPARQL Update removing the size and order entries of graph `iri`."""
    return " ;\n".join(
        f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ <{iri}> <{p}> ?n }} }}"
        for p in (CAND.graphSize, CAND.documentOrder, CAND.documentBucket)
    )


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
    """The size and order entries of every stored document graph (a graph that says it is
    a source document: other graphs under a document IRI, written by hand, are no documents)."""
    declared = f"GRAPH ?g {{ ?g a <{CAND.SourceDocument}> }}"
    rows = store.query(
        f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ {declared} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    )
    found: set[Triple] = {
        (URIRef(str(g)), CAND.graphSize, Literal(int(str(n))))
        for g, n in rows.rows
        if kind_of(str(g)) == "doc"
    }
    dated = store.query(
        f"SELECT ?g (MAX(STR(?d)) AS ?published) WHERE {{ {declared} "
        f"OPTIONAL {{ GRAPH ?g {{ ?g <{SCHEMA.datePublished}> ?d }} }} }} GROUP BY ?g"
    )
    for g, d in dated.rows:
        if kind_of(str(g)) == "doc":
            key = order_key(None if d is None else str(d))
            found.add((URIRef(str(g)), CAND.documentOrder, Literal(key)))
            found.add((URIRef(str(g)), CAND.documentBucket, Literal(bucket(key))))
    return found
