"""Named queries in, rows out; a cache of record views that one write hook keeps true."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TypeVar

from rdflib.term import Node

from api.search import SearchIndex
from api.service.common import Row
from kg import queries
from kg.sparql import bind
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

T = TypeVar("T")
CACHE_SIZE = 20_000


class Reads:
    """Read access to one store.

    Record views are cached when the store is embedded: then this process is its only writer
    (Oxigraph locks the directory), so `changed()` after each write keeps the cache true. A
    remote store may be written by others, so nothing is cached for it."""

    def __init__(self, store: Store, on_change: Iterable[Callable[[], None]] = ()) -> None:
        self.store = store
        self.caching = isinstance(store, OxigraphStore)
        self._on_change = list(on_change)
        self._cache: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._generation = 0  # bumped by every write
        self.search_index = SearchIndex(
            lambda: [(r["s"], r["label"]) for r in self._rows("api_labels")],
            # Nobody else writes an embedded store: rebuild only after our own writes.
            max_age=None if self.caching else 30,
        )

    def changed(self) -> None:
        """The one write hook: call it after every write, and every cache of the server (record
        views, the search index, what was given as `on_change`) starts afresh."""
        self.search_index.invalidate()
        with self._cache_lock:
            self._generation += 1
            self._cache.clear()
        for hook in self._on_change:
            hook()

    def _rows(self, name: str, **params: Node | str) -> list[Row]:
        """A named query's rows as {variable: lexical value}, unbound ones left out.

        Plain strings, because building rdflib terms costs more than the query itself; on
        Oxigraph the native results are read directly."""
        sparql = bind(queries.text(name), **params)
        raw_query = getattr(self.store, "raw_query", None)
        if raw_query is None:
            return [{k: str(v) for k, v in row.items()} for row in self.store.query(sparql).dicts()]
        solutions = raw_query(sparql)
        names = [v.value for v in solutions.variables]
        return [
            {n: term.value for n, term in zip(names, solution, strict=True) if term is not None}
            for solution in solutions
        ]

    def _ids(self, name: str, **params: Node | str) -> set[str]:
        """The `?s` values of a named query: a list filter, applied in Python because an
        optional FILTER(... || EXISTS {...}) in the list query costs a check per row."""
        return {r["s"] for r in self._rows(name, **params)}


def remembered(method: Callable[..., T]) -> Callable[..., T]:
    """Keep a record view's answer until the next write (see Reads.changed)."""

    @wraps(method)
    def wrapper(self: Reads, *args: object) -> T:
        if not self.caching:
            return method(self, *args)
        key = (method.__name__, *args)
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]  # type: ignore[return-value]
            generation = self._generation
        value = method(self, *args)
        with self._cache_lock:
            # A write during the computation may have made `value` stale: serve it, don't keep it.
            if generation != self._generation:
                return value
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    return wrapper
