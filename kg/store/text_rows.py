"""SELECT rows as the text of their terms, for the writer's reads.

Resolution reads mention records, keys and IRIs as strings. On the embedded store, turning
each answer into rdflib terms (IRI checks, literal casts) took most of a query's time; read
here, a row is the terms' values, read straight from Oxigraph's answer."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store.base import QuerySyntaxError, Store, StoreError

TextRow = tuple[str | None, ...]


def text_rows(store: Store, sparql: str) -> list[TextRow]:
    """The rows of a SELECT query, each term as its value (an IRI, a literal's lexical form),
    None where a variable is unbound; the default graph is the union of all graphs."""
    native = getattr(store, "native", None)
    if not isinstance(native, ox.Store):
        return [tuple(None if v is None else str(v) for v in row) for row in store.query(sparql)]
    try:
        solutions = native.query(sparql, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QuerySyntaxError("text_rows takes a SELECT query")
        width = len(solutions.variables)
        return [
            tuple(None if (term := row[i]) is None else term.value for i in range(width))
            for row in solutions
        ]
    except (SyntaxError, ValueError) as exc:
        raise QuerySyntaxError(str(exc)) from exc
    except OSError as exc:
        raise StoreError(f"query failed: {exc}") from exc
