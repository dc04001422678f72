"""Named SPARQL queries, kept as `.rq` files beside this module.

Parameters are written `$name` in the files and bound with `kg.sparql.bind`, so callers pass
values, never query text.

Where one query form cannot serve every store well, a variant for one kind of store lives
beside the query as `NAME.DIALECT.rq` (DIALECT a store's `dialect`, e.g. `virtuoso`): it
returns the same rows, in a form that store plans well. tests/kg/test_query_variants.py checks
that both give the same rows on both stores."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from rdflib import Literal

from kg.sparql import Value, bind
from kg.store.base import QueryResult, Store

QUERY_DIR = Path(__file__).parent


def names() -> list[str]:
    """Names of all named queries."""
    return sorted(path.stem for path in QUERY_DIR.glob("*.rq") if "." not in path.stem)


# Virtuoso 7 chooses a join order from samples of its indexes that it keeps until the server
# restarts: after a bulk load, or once a store has grown by ingest, they describe a smaller
# store, and for these queries it then chose orders that read every quad of a predicate for
# each row found (api_event_attendee_ranks: 90 ms of server CPU against 3 at 10,000 articles;
# unit_subunits: 2 s for one unit of ten). Each is written in the order it is best joined,
# from its parameters, and Virtuoso is told to keep that order (`DEFINE sql:select-option
# "order"`), which costs nothing on fresh samples (bench/README.md, "Virtuoso's join order
# kept").
VIRTUOSO_WRITTEN_ORDER = frozenset(
    (
        "api_award_facts",
        "api_cluster",
        "api_event_attendee_posts",
        "api_event_attendee_ranks",
        "api_event_summaries",
        "api_person_events",
        "api_person_posts",
        "api_person_ranks",
        "api_persons_on_date",
        "api_unit_clusters",
        "api_unit_leaders",
        "cluster_members_on_date",
        "co_attendees",
        "person_career",
        "person_on_date",
        "unit_leaders",
        "unit_subunits",
    )
)
_KEEP_ORDER = 'DEFINE sql:select-option "order"\n'


def variants() -> dict[str, list[str]]:
    """For each named query with store variants, the dialects they are for (a file of its
    own, or Virtuoso told to keep the written join order)."""
    found: dict[str, list[str]] = {}
    for path in sorted(QUERY_DIR.glob("*.*.rq")):
        name, dialect = path.stem.split(".", 1)
        found.setdefault(name, []).append(dialect)
    for name in sorted(VIRTUOSO_WRITTEN_ORDER):
        if "virtuoso" not in found.get(name, []):
            found.setdefault(name, []).append("virtuoso")
    return found


@cache
def text(name: str, dialect: str = "") -> str:
    """The SPARQL text of a named query: its variant for a store of `dialect` where there is
    one, else the query itself."""
    variant = QUERY_DIR / f"{name}.{dialect}.rq"
    if dialect and variant.is_file():
        found = variant.read_text(encoding="utf-8")
    else:
        path = QUERY_DIR / f"{name}.rq"
        if "." in name or not path.is_file():
            raise KeyError(f"no named query {name!r}; known: {', '.join(names())}")
        found = path.read_text(encoding="utf-8")
    if dialect == "virtuoso" and name in VIRTUOSO_WRITTEN_ORDER:
        return _KEEP_ORDER + found
    return found


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
    prologue, select = _split(sparql)
    # The list's closing ORDER BY does not change how many rows there are; left in, the store
    # sorts every row before counting (twice the time for all persons, embedded).
    select = _ORDER_AT_END.sub("", select)
    return f"{prologue}SELECT (COUNT(*) AS ?total) WHERE {{\n{{ {select}\n}}\n}}"


_ORDER_AT_END = re.compile(r"\n\s*ORDER BY [^{}\n]*\s*$")
_KEYED = re.compile(r"\n\s*ORDER BY (?:\?(\w+)|DESC\(\?(\w+)\)) \?(\w+)\s*$")
Rows = list[dict[str, str]]


def keyed_page(
    select: Callable[[str], Rows], sparql: str, limit: int, offset: int, total: int | None = None
) -> Rows:
    """One page of a SELECT query ending with `ORDER BY ?key ?tie` or `ORDER BY DESC(?key)
    ?tie` (a string order key, then the IRI), sorted and paged in the store on the key alone,
    read with `select`.

    Oxigraph keeps a short string inside its index entry but reads an IRI from its string table
    at each comparison: a sort on both keys took 15 of the 19 ms of a page of 1,500 events, on
    the key alone 1. So the store gives the page in key order, and the rows whose key is the
    page's first or last (ties that may run past either end) are looked up by key; the page's
    rows and those are put in order here. Where the first key's rows start follows from how
    many of them there are and how many the page holds, unless one key fills the page (then
    the rows before it are counted).

    Oxigraph sorts on `DESC(?key)` four to five times slower than on `?key` (51 against 12 ms
    of CPU for 10,000 documents), so a descending list whose length the caller has counted
    (`total`, see `mirror_total`) is read as the mirror of its page in ascending order: the
    same keys, as many times each, which is all the ties' lookup needs of the page."""
    found = _KEYED.search(sparql)
    if found is None:
        raise ValueError("not a SELECT query ending with ORDER BY ?key ?tie")
    ascending, descending, tie = found.groups()
    key = ascending or descending
    order, before_first = (f"?{key}", "<") if ascending else (f"DESC(?{key})", ">")
    prologue, body = _split(sparql[: found.start()])
    head, _, where = body.partition(" WHERE ")
    where = where.strip()
    if not (where.startswith("{") and where.endswith("}")):
        raise ValueError("not a SELECT query of one group of patterns")
    patterns = where[1:-1]
    if descending and total is not None:
        shown_limit = max(0, min(limit, total - offset))
        page = select(
            f"{prologue}{head} WHERE {{{patterns}}}\nORDER BY ?{key}\n"
            f"LIMIT {shown_limit} OFFSET {max(0, total - offset - shown_limit)}"
        )[::-1]
    else:
        page = select(
            f"{prologue}{head} WHERE {{{patterns}}}\nORDER BY {order}\n"
            f"LIMIT {int(limit)} OFFSET {int(offset)}"
        )
    if not page:
        return []
    first, last = page[0][key], page[-1][key]
    ends = " ".join(Literal(k).n3() for k in sorted({first, last}))
    tied = select(f"{prologue}{head} WHERE {{ VALUES ?{key} {{ {ends} }}{patterns}}}")
    shown = sum(r[key] == first for r in page)
    if first != last or len(page) < limit:
        before = offset + shown - sum(r[key] == first for r in tied)
    else:
        # Compared as STR: Virtuoso 7 reads a plain literal shaped like a date as a date, and
        # then "2022-11" is not before "2023-01-01".
        counted = select(
            f"{prologue}SELECT (COUNT(*) AS ?total) WHERE {{{patterns}"
            f"FILTER(STR(?{key}) {before_first} {Literal(first).n3()}) }}"
        )
        before = int(counted[0]["total"])
    rows = [r for r in page if r[key] not in (first, last)] + tied
    rows.sort(key=lambda r: r[tie])
    rows.sort(key=lambda r: r[key], reverse=not ascending)  # stable: ties stay by IRI
    return rows[offset - before : offset - before + limit]


# Stores that sort on DESC(?key) slower than on ?key; Virtuoso reads the first page of a
# descending sort faster than the last of an ascending one (43 against 104 ms for /documents).
_MIRRORED = frozenset(("oxigraph",))


def mirror_total(dialect: str, total: int) -> int | None:
    """The `total` to give `keyed_page` on a store of `dialect`: the list's, where a
    descending page is best read as the mirror of an ascending one, else None."""
    return total if dialect in _MIRRORED else None


def paged(
    select: Callable[[str], Rows], sparql: str, limit: int, offset: int, total: int | None = None
) -> Rows:
    """One page of an ordered SELECT query: by `keyed_page` when it ends with `ORDER BY ?key
    ?tie` (`total`: the query's rows, when counted), else as the store pages it (`page`)."""
    if _KEYED.search(sparql):
        return keyed_page(select, sparql, limit, offset, total)
    return select(page(sparql, limit, offset))


def _split(sparql: str) -> tuple[str, str]:
    """The prologue (PREFIX lines) and the SELECT of a query."""
    start = sparql.find("\nSELECT ")
    if start < 0:
        raise ValueError("not a SELECT query with a prologue of its own lines")
    return sparql[: start + 1], sparql[start + 1 :]
