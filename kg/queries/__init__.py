"""Named SPARQL queries, kept as `.rq` files beside this module.

Parameters are written `$name` in the files and bound with `kg.sparql.bind`, so callers pass
values, never query text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kg.sparql import Value, bind
from kg.store.base import QueryResult, Store

QUERY_DIR = Path(__file__).parent


def names() -> list[str]:
    """Names of all named queries."""
    return sorted(path.stem for path in QUERY_DIR.glob("*.rq"))


@cache
def text(name: str) -> str:
    """The SPARQL text of a named query."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        raise KeyError(f"no named query {name!r}; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def run(store: Store, name: str, **params: Value | tuple[Value, ...]) -> QueryResult:
    """Run named query `name` with its `$parameters` bound to `params`."""
    return store.query(bind(text(name), **params))


def page(sparql: str, limit: int, offset: int) -> str:
    """One page of an ordered SELECT query (ending with its ORDER BY)."""
    return f"{sparql}\nLIMIT {int(limit)} OFFSET {int(offset)}"


def count(sparql: str) -> str:
    """A query counting the solutions of a SELECT query, as `?total`: the query becomes a
    subquery under its own prologue (the PREFIX lines before its SELECT)."""
    start = sparql.find("\nSELECT ")
    if start < 0:
        raise ValueError("not a SELECT query with a prologue of its own lines")
    prologue, select = sparql[: start + 1], sparql[start + 1 :]
    return f"{prologue}SELECT (COUNT(*) AS ?total) WHERE {{\n{{ {select}\n}}\n}}"
