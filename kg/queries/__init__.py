"""Named SPARQL queries, kept as `.rq` files beside this module.

Parameters are written `$name` in the files and bound with `kg.sparql.bind`, so callers pass
values, never query text.

Where one query form cannot serve every store well, a variant for one kind of store lives
beside the query as `NAME.DIALECT.rq` (DIALECT a store's `dialect`, e.g. `virtuoso`): it
returns the same rows, in a form that store plans well. tests/kg/test_query_variants.py checks
that both give the same rows on both stores."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kg.sparql import Value, bind
from kg.store.base import QueryResult, Store

QUERY_DIR = Path(__file__).parent


def names() -> list[str]:
    """Names of all named queries."""
    return sorted(path.stem for path in QUERY_DIR.glob("*.rq") if "." not in path.stem)


def variants() -> dict[str, list[str]]:
    """For each named query with store variants, the dialects they are for."""
    found: dict[str, list[str]] = {}
    for path in sorted(QUERY_DIR.glob("*.*.rq")):
        name, dialect = path.stem.split(".", 1)
        found.setdefault(name, []).append(dialect)
    return found


@cache
def text(name: str, dialect: str = "") -> str:
    """The SPARQL text of a named query: its variant for a store of `dialect` where there is
    one, else the query itself."""
    variant = QUERY_DIR / f"{name}.{dialect}.rq"
    if dialect and variant.is_file():
        return variant.read_text(encoding="utf-8")
    path = QUERY_DIR / f"{name}.rq"
    if "." in name or not path.is_file():
        raise KeyError(f"no named query {name!r}; known: {', '.join(names())}")
    return path.read_text(encoding="utf-8")


def for_store(store: Store, name: str) -> str:
    """The text of named query `name` that `store` runs."""
    return text(name, store.dialect)


def run(store: Store, name: str, **params: Value | tuple[Value, ...]) -> QueryResult:
    """Run named query `name` (its variant for the store, if any) with its `$parameters`
    bound to `params`."""
    return store.query(bind(for_store(store, name), **params))


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
    # The list's closing ORDER BY does not change how many rows there are; left in, the store
    # sorts every row before counting (twice the time for all persons, embedded).
    select = _ORDER_AT_END.sub("", select)
    return f"{prologue}SELECT (COUNT(*) AS ?total) WHERE {{\n{{ {select}\n}}\n}}"


_ORDER_AT_END = re.compile(r"\n\s*ORDER BY [^{}\n]*\s*$")
