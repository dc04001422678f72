"""The entities whose names or classes this process's writes changed, for a reader that keeps
its own copy of the catalogue (the search index): it asks after each write for those alone
instead of reading every name again.

Each write through `kg.documents`, `kg.stored_catalogue.refresh` and `kg.summary.rebuild` notes what
it changed in the journal of its store, if a reader follows that store; a write that cannot
say (a rebuild, a restore) notes that everything changed. Writes by other processes are not
seen: a reader of a store others write still reads everything again now and then."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable

_lock = threading.Lock()
# store -> the entities changed since the reader last took them, or None: everything
_journals: weakref.WeakKeyDictionary[object, set[str] | None] = weakref.WeakKeyDictionary()


def follow(store: object) -> None:
    """Start noting the changes to `store`."""
    with _lock:
        _journals.setdefault(store, set())


def note(store: object, entities: Iterable[str] | None) -> None:
    """`entities` of `store` changed (None: any may have)."""
    with _lock:
        if store not in _journals:
            return
        held = _journals[store]
        if entities is None or held is None:
            _journals[store] = None
        else:
            held.update(entities)


def take(store: object) -> frozenset[str] | None:
    """The entities changed since the last call (None: any may have), and start afresh."""
    with _lock:
        held = _journals.get(store)
        _journals[store] = set()
    return None if held is None else frozenset(held)
