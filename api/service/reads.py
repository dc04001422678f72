"""Named queries in, rows out; a cache of record views that one write hook keeps true."""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TypeVar

from rdflib import URIRef

from api.search import SearchIndex
from api.service.common import Listed, Row
from core.text import fold
from kg import journal, queries
from kg.catalogue import order_key
from kg.sparql import Value, bind
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
        journal.follow(store)
        self.search_index = SearchIndex(
            lambda: [(r["s"], r["label"]) for r in self._rows("api_labels_all")],
            # Nobody else writes an embedded store: only our own writes change it.
            max_age=None if self.caching else 30,
            load_some=lambda ids: [
                (r["s"], r["label"])
                for r in self._rows("api_labels", entities=tuple(URIRef(i) for i in ids))
            ],
        )

    def changed(self) -> None:
        """The one write hook: call it after every write, and every cache of the server (record
        views, what was given as `on_change`) starts afresh; the search index reads again the
        names of the entities the writes since the last call changed (`kg.journal`)."""
        self.search_index.changed(journal.take(self.store))
        with self._cache_lock:
            self._generation += 1
            self._cache.clear()
        for hook in self._on_change:
            hook()

    def _rows(self, name: str, **params: Value | tuple[Value, ...]) -> list[Row]:
        """A named query's rows as {variable: lexical value}, unbound ones left out."""
        return self._select(bind(queries.for_store(self.store, name), **params))

    def _select(self, sparql: str) -> list[Row]:
        """A SELECT query's rows as {variable: lexical value}, unbound ones left out.

        Plain strings, because building rdflib terms costs more than the query itself; on
        Oxigraph the native results are read directly."""
        raw_query = getattr(self.store, "raw_query", None)
        if raw_query is None:
            return [{k: str(v) for k, v in row.items()} for row in self.store.query(sparql).dicts()]
        solutions = raw_query(sparql)
        names = [v.value for v in solutions.variables]
        return [
            {n: term.value for n, term in zip(names, solution, strict=True) if term is not None}
            for solution in solutions
        ]

    def _ids(self, name: str, **params: Value | tuple[Value, ...]) -> set[str]:
        """The `?s` values of a named query."""
        return {r["s"] for r in self._rows(name, **params)}

    def _listing(
        self,
        query: str,
        limit: int,
        offset: int,
        among: Iterable[set[str] | None] = (),
        **params: Value,
    ) -> tuple[list[Listed], int]:
        """One page of a catalogue list query (`?s` in order), with its total and each listed
        entity's catalogue entries. The store sorts and pages; a list restricted to entities
        found otherwise (`among`: a name filter through the search index, persons on a date)
        is filtered and paged here."""
        sparql = bind(queries.for_store(self.store, query), **params)
        wanted = [ids for ids in among if ids is not None]
        if not wanted:
            total = int(self._select(queries.count(sparql))[0]["total"])
            mirror = queries.mirror_total(self.store.dialect, total)
            ids = [r["s"] for r in queries.paged(self._select, sparql, limit, offset, mirror)]
        else:
            matching = [r["s"] for r in self._select(sparql) if all(r["s"] in w for w in wanted)]
            total, ids = len(matching), matching[offset : offset + limit]
        entries: dict[str, dict[str, list[str]]] = {i: defaultdict(list) for i in ids}
        if ids:
            for r in self._rows("api_catalogue", entities=tuple(URIRef(i) for i in ids)):
                entries[r["s"]][r["p"]].append(r["o"])
        # The store orders by the first 15 bytes of the name (kg/catalogue.py); within the
        # page, whole names and ids decide.
        page = [Listed(i, entries[i]) for i in ids]
        page.sort(key=lambda e: (order_key(fold(e.name or "")), fold(e.name or ""), e.iri))
        return page, total

    def _named(self, name: str | None, kind: str) -> set[str] | None:
        """The entities of `kind` with a name containing `name`, or None (no filter)."""
        return self.search_index.containing(name, kind) if name else None


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
