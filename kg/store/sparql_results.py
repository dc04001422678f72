"""Reading a SPARQL server's answers: the form of a query, and JSON results as rdflib terms."""

from __future__ import annotations

import json
import re

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.store.base import QueryResult, QuerySyntaxError, StoreBadAnswer, TextRow

_PROLOGUE = re.compile(
    r"\s*(?:#[^\n]*\n?|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>|DEFINE\s+\S+\s+(?:<[^>]*>|\S+))",
    re.IGNORECASE,
)
_FORM = re.compile(r"\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def query_form(sparql: str) -> str:
    """The form of a query (select, ask, construct, describe), read after its prologue."""
    position = 0
    while match := _PROLOGUE.match(sparql, position):
        if match.end() == position:
            break
        position = match.end()
    form = _FORM.match(sparql, position)
    if form is None:
        raise QuerySyntaxError(
            "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE after the prefixes"
        )
    return form.group(1).lower()


def _term(binding: dict[str, str]) -> Node:
    kind = binding["type"]
    value = binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(_text(binding))
    lang = binding.get("xml:lang")
    if lang:
        return Literal(value, lang=lang)
    # A literal without a datatype is an xsd:string, as the embedded store reports it.
    return Literal(value, datatype=URIRef(binding.get("datatype") or XSD.string))


def _results(body: bytes) -> dict:
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise StoreBadAnswer(f"the SPARQL server answered with invalid JSON: {exc}") from exc
    return document


def _select(document: dict) -> tuple[list[str], list[dict[str, dict[str, str]]]]:
    return document.get("head", {}).get("vars", []), document.get("results", {}).get("bindings", [])


def parse_json_results(body: bytes) -> QueryResult:
    """SPARQL 1.1 Query Results JSON to a QueryResult of rdflib terms."""
    document = _results(body)
    if "boolean" in document:
        return QueryResult("ask", boolean=bool(document["boolean"]))
    variables, bindings = _select(document)
    rows = [tuple(_term(b[var]) if var in b else None for var in variables) for b in bindings]
    return QueryResult("select", variables=list(variables), rows=rows)


def parse_json_text_rows(body: bytes) -> list[TextRow]:
    """SPARQL 1.1 Query Results JSON of a SELECT to rows of each term's text, as the embedded
    store's `text_rows` gives them."""
    variables, bindings = _select(_results(body))
    return [tuple(_text(b[var]) if var in b else None for var in variables) for b in bindings]


def _text(binding: dict[str, str]) -> str:
    value = binding["value"]
    return value.removeprefix("nodeID://") if binding["type"] == "bnode" else value
