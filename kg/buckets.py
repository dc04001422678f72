"""Lists paged by buckets of their order keys: a page reads the rows of a few buckets only.

The dated lists (events, award conferrals, documents) are sorted on an order key (a date, or
for documents a date written to sort backwards) and then the IRI. Sorted in the store, a page
costs the whole list: Oxigraph has no top-k sort and no range scan on a literal, so the first
page of 15,000 events sorted all 15,000. So each listed entity also has a bucket in the
summary graph: the first `BUCKET_CHARS` characters of its order key (a month, or the whole key
when it is shorter: a year, "" undated), written and pruned with the key. Cutting keys short
keeps their order (a key before another has a bucket no later), so the list is its buckets in
order, each sorted on its own. A page counts the rows of each bucket (one grouped count, which
also gives the list's total), chooses the buckets its rows fall in, reads their rows by looking
the buckets up by value, and sorts those few hundred rows here. A list narrower than its
buckets (the events of one kind, among all events' buckets) is counted on its own and its
pages read the buckets in order from the first until they are full.

Each list's queries live in kg/queries: `LISTS` names, for a list query the API pages, the
query counting its buckets and the query reading the rows of some buckets (`$buckets`), with
the same parameters as the list. Date bounds are not bucketed: a list between two dates is
paged as before (`kg.queries.keyed_page`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rdflib import Literal

from kg import queries
from kg.sparql import Value, bind

BUCKET_CHARS = 7  # "YYYY-MM": a month of events or documents per bucket
UNDATED = "~"  # the order key, and bucket, of an undated document (kg.sizes)
# The most rows of its buckets a walked page reads (each is joined to its key and filter: some
# 15 microseconds a row on the embedded store) before the whole list is sorted instead.
WALKED_ROWS = 2_000

Rows = list[dict[str, str]]


def bucket(key: str) -> str:
    """The bucket of an order key."""
    return key[:BUCKET_CHARS]


@dataclass(frozen=True)
class Bucketed:
    """How a list query is paged by buckets: the named queries giving each bucket's size
    (`?bucket ?n`) and the rows of some buckets (`$buckets`), the rows' order key and tie
    (the IRI), and whether the list runs down its keys."""

    sizes: str
    rows: str
    key: str
    tie: str
    descending: bool = False
    # For a list narrower than the one `sizes` counts (the events of one kind among all
    # events), the named query counting it (`?total`): its pages walk the buckets in order
    # from the first, until the page is full.
    total: str | None = None
    # A bucket the walk leaves out: the list's rows of no bucket (graphs naming a unit that
    # are no documents) sort among its rows.
    skipped: str | None = None


LISTS: Mapping[str, Bucketed] = {
    "api_events_listed": Bucketed("api_event_buckets", "api_events_in_buckets", "date", "s"),
    # Counting a kind's events per bucket joins each one to its bucket (38 ms of CPU for the
    # 2,534 ceremonies of 10,000 articles); counted alone, 2.
    "api_events_of_kind": Bucketed(
        "api_event_buckets",
        "api_events_of_kind_in_buckets",
        "date",
        "s",
        total="api_event_kind_count",
    ),
    "api_awards_listed": Bucketed("api_award_buckets", "api_awards_in_buckets", "date", "c"),
    "api_documents_listed": Bucketed(
        "api_document_buckets", "api_documents_in_buckets", "key", "s", descending=True
    ),
    # A unit's documents, newest first: walked for a unit named in many (`walk`).
    "api_unit_documents": Bucketed(
        "api_document_buckets",
        "api_unit_documents_in_buckets",
        "key",
        "doc",
        total="api_unit_document_count",
        skipped=UNDATED,
    ),
}


# Lists a store of a dialect pages in less sorting them whole: Virtuoso sorts and counts a
# kind's events in two queries (10.6 ms of server CPU at 10,000 articles) where the walk takes
# three or four (16).
_SORTED_WHOLE = {"virtuoso": frozenset({"api_events_of_kind"})}


def serves(dialect: str, name: str) -> bool:
    """Whether list `name` is best paged by its buckets on a store of `dialect`."""
    return name in LISTS and name not in _SORTED_WHOLE.get(dialect, frozenset())


def page(
    select: Callable[[str], Rows],
    dialect: str,
    name: str,
    limit: int,
    offset: int,
    params: Mapping[str, Value] | None = None,
    walked_rows: int = WALKED_ROWS,
) -> tuple[int, Rows]:
    """The total of list `name` (one of `LISTS`, run with `params`) and its page of `limit`
    rows from `offset`, in the list's order, read with `select` from a store of `dialect`
    (`walked_rows`: see `_walked`)."""
    params = params or {}
    listed = LISTS[name]
    counted = [(r["bucket"], int(r["n"])) for r in select(_text(listed.sizes, dialect, params))]
    counted.sort(reverse=listed.descending)
    if listed.total is not None:
        return _walked(select, dialect, name, counted, (limit, offset, walked_rows), params)
    total = sum(n for _, n in counted)
    chosen: list[str] = []
    before = seen = 0
    for key, n in counted:
        if n and seen + n > offset and seen < offset + limit:
            if not chosen:
                before = seen
            chosen.append(key)
        seen += n
    if not chosen or limit <= 0:
        return total, []
    found = _rows(select, dialect, listed, chosen, params)
    return total, found[offset - before : offset - before + limit]


def _walked(
    select: Callable[[str], Rows],
    dialect: str,
    name: str,
    counted: list[tuple[str, int]],
    window: tuple[int, int, int],
    params: Mapping[str, Value],
) -> tuple[int, Rows]:
    """A page (`window`: limit, offset, the most rows to walk) of a list narrower than its
    buckets (`walk`), or, where the walk cannot serve it, sorted and paged in the store as a
    whole (`kg.queries.keyed_page`)."""
    limit, offset, walked_rows = window
    listed = LISTS[name]
    assert listed.total is not None
    total = int(select(_text(listed.total, dialect, params))[0]["total"])
    found = _walk(select, dialect, name, counted, total, window, params)
    if found is None:
        found = queries.keyed_page(select, _text(name, dialect, params), limit, offset)
    return total, found


def walk(
    select: Callable[[str], Rows],
    dialect: str,
    name: str,
    total: int,
    limit: int,
    offset: int,
    params: Mapping[str, Value],
    walked_rows: int = WALKED_ROWS,
) -> Rows | None:
    """The page of `limit` rows from `offset` of list `name` (of `total` rows, one of `LISTS`
    with its own count) read by walking its buckets, or None where it is better sorted whole."""
    listed = LISTS[name]
    counted = [(r["bucket"], int(r["n"])) for r in select(_text(listed.sizes, dialect, params))]
    counted.sort(reverse=listed.descending)
    return _walk(select, dialect, name, counted, total, (limit, offset, walked_rows), params)


def walked_or_paged(
    select: Callable[[str], Rows],
    dialect: str,
    name: str,
    total: int,
    limit: int,
    offset: int,
    params: Mapping[str, Value],
) -> Rows:
    """A page of list `name` (of `total` rows, one of `LISTS` with its own count): walked when
    the list holds `WALKED_ROWS` rows or more (the ministry's 10,000 documents: its newest
    month's), else, or where the walk cannot serve it, sorted and paged in the store."""
    if total >= WALKED_ROWS:
        found = walk(select, dialect, name, total, limit, offset, params)
        if found is not None:
            return found
    if total <= offset:
        return []
    return select(queries.page(_text(name, dialect, params), limit, offset))


def _walk(
    select: Callable[[str], Rows],
    dialect: str,
    name: str,
    counted: list[tuple[str, int]],
    total: int,
    window: tuple[int, int, int],
    params: Mapping[str, Value],
) -> Rows | None:
    """The buckets' rows read in order, one bucket, then two, four ... at a time, until the
    page is full, so that a page costs its offset, not its list. None (sort the list whole)
    for a page so far down that the walk would read more than the most rows `window` allows,
    or one the walked buckets cannot fill (it lies among rows of no bucket)."""
    limit, offset, walked_rows = window
    listed = LISTS[name]
    if (offset + limit) * sum(n for _, n in counted) > walked_rows * max(total, 1):
        return None
    keys = [key for key, n in counted if n and key != listed.skipped]
    wanted = min(offset + limit, total)
    found: Rows = []
    start, step = 0, 1
    while start < len(keys) and len(found) < wanted:
        found += _rows(select, dialect, listed, keys[start : start + step], params)
        start, step = start + step, step * 2
    return found[offset : offset + limit] if len(found) >= wanted else None


def _rows(
    select: Callable[[str], Rows],
    dialect: str,
    listed: Bucketed,
    keys: list[str],
    params: Mapping[str, Value],
) -> Rows:
    """The rows of the buckets `keys` (consecutive), in list order."""
    found = select(
        _text(listed.rows, dialect, {**params, "buckets": tuple(Literal(k) for k in keys)})
    )
    found.sort(key=lambda r: r[listed.tie])
    found.sort(key=lambda r: r[listed.key], reverse=listed.descending)  # stable: ties by IRI
    return found


def _text(name: str, dialect: str, params: Mapping[str, Value | tuple[Value, ...]]) -> str:
    return bind(queries.text(name, dialect), **params)
