"""Safe parameter binding for SPARQL text that runs on any endpoint.

Queries name their parameters `$name`; `bind` replaces each with the N-Triples form of an RDF
term (a tuple of terms, for a `VALUES` block, with their forms one after another), so user
input never reaches the query as syntax."""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.term import Node

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# Characters that RFC 3987 and the N-Triples grammar forbid inside an IRI reference.
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class QueryParameterError(ValueError):
    """A value that cannot be bound into a query (for example an IRI with forbidden characters)."""


def term_n3(value: Node | str | int | float | bool) -> str:
    """The N-Triples form of a value; plain Python values become typed literals."""
    if isinstance(value, URIRef):
        if _BAD_IRI.search(str(value)) or ":" not in str(value):
            raise QueryParameterError(f"not a valid IRI: {str(value)!r}")
        return f"<{value}>"
    if isinstance(value, Literal):
        return value.n3()
    if isinstance(value, str):
        return _string_n3(value)
    if isinstance(value, bool | int | float):
        return Literal(value).n3()
    raise QueryParameterError(f"cannot bind a {type(value).__name__} into a query")


@lru_cache(maxsize=1 << 16)
def _string_n3(value: str) -> str:
    """A plain string's literal form, made once: resolution binds the same names and keys in
    query after query, and rdflib builds a Literal for each."""
    return Literal(value).n3()


Value = Node | str | int | float | bool


def bind(query: str, **values: Value | tuple[Value, ...]) -> str:
    """Replace every `$name` in `query` by the safely written term `values[name]`, or by the
    terms of a tuple, separated by spaces."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise QueryParameterError(f"query parameter ${name} has no value")
        value = values[name]
        if isinstance(value, tuple):
            return " ".join(term_n3(v) for v in value)
        return term_n3(value)

    return _PARAM.sub(replace, query)
