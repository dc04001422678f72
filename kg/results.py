"""Writing query results in the standard SPARQL result formats (JSON, XML, CSV, TSV) and RDF."""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.store.base import QueryResult

RESULT_MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_MEDIA_TYPES = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}
_RDFLIB_GRAPH_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"not an RDF term: {term!r}")


def to_json(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}).encode()
    bindings = [
        {
            var: _json_term(val)
            for var, val in zip(result.variables, row, strict=True)
            if val is not None
        }
        for row in result.rows
    ]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    attrs = ""
    if term.language:
        attrs = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype is not None:
        attrs = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def to_xml(result: QueryResult) -> bytes:
    parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.kind == "ask":
        parts.append(f"<head/><boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        parts.append(
            "<head>"
            + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables)
            + "</head><results>"
        )
        for row in result.rows:
            parts.append(
                "<result>"
                + "".join(
                    f"<binding name={quoteattr(var)}>{_xml_term(val)}</binding>"
                    for var, val in zip(result.variables, row, strict=True)
                    if val is not None
                )
                + "</result>"
            )
        parts.append("</results>")
    parts.append("</sparql>")
    return "".join(parts).encode("utf-8")


def to_csv(result: QueryResult) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if v is None else str(v) for v in row])
    return buffer.getvalue().encode("utf-8")


def _tsv_term(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef | BNode | Literal):
        return term.n3()
    return str(term)


def to_tsv(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return b"?boolean\n" + (b"true\n" if result.boolean else b"false\n")
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(v) for v in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """SELECT/ASK results in json|xml|csv|tsv; graph results in turtle|nt|jsonld|xml."""
    if result.kind == "graph":
        if fmt not in _RDFLIB_GRAPH_FORMATS:
            raise ValueError(f"a graph result cannot be written as {fmt!r}")
        assert result.graph is not None
        return result.graph.serialize(format=_RDFLIB_GRAPH_FORMATS[fmt], encoding="utf-8")
    if fmt not in _WRITERS:
        raise ValueError(f"a {result.kind.upper()} result cannot be written as {fmt!r}")
    return _WRITERS[fmt](result)


def format_table(result: QueryResult) -> str:
    """A plain aligned text table for terminals."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    header = result.variables
    rows = [["" if v is None else str(v) for v in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
