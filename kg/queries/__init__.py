"""Named SPARQL queries, kept as `.rq` files beside this module.

Parameters are written `$name` in the files and bound with `kg.sparql.bind`, so callers pass
values, never query text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib.term import Node

from kg.sparql import bind
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


def run(store: Store, name: str, **params: Node | str | int | float | bool) -> QueryResult:
    """Run named query `name` with its `$parameters` bound to `params`."""
    return store.query(bind(text(name), **params))
