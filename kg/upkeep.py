"""What a store is brought to when a `kg` command or the API server opens it: a summary graph
of this version's format (`kg.summary_format`), rebuilt from the documents once when it is of
an older one or says none, and the shipped reference data of units (`kg.units.reference`)."""

from __future__ import annotations

from dataclasses import dataclass

from kg import summary, summary_format
from kg.store.base import Store, StoreError
from kg.units.reference import ensure_reference


@dataclass(frozen=True)
class Rebuilt:
    """A summary graph rebuilt because its format was older (`was`; None: it said none)."""

    was: int | None
    triples: int

    def __str__(self) -> str:
        was = "no format" if self.was is None else f"format {self.was}"
        return (
            f"the summary graph had {was}, this cand-kg writes format "
            f"{summary_format.FORMAT}: rebuilt it from the documents ({self.triples} triples)"
        )


def ensure_summary(store: Store) -> Rebuilt | None:
    """Rebuild the summary graph of a store whose format is older than this version's, all or
    nothing as `kg summarize`; what was done, or None when nothing was worth saying (the
    summary was current, or the store holds nothing to summarize). A StoreError when it cannot
    be rebuilt (a user without write access to a remote store) says what to do."""
    if summary_format.is_current(store):
        return None
    was = summary_format.stored_format(store)
    try:
        triples = summary.rebuild(store)
    except StoreError as exc:
        # Reading on would give lists and counts short of the newer terms, unsaid.
        raise StoreError(
            f"the summary graph is of an older format than this cand-kg's and could not be "
            f"rebuilt (rebuild it with `kg summarize` as a user allowed to write): {exc}"
        ) from exc
    if was is None and triples <= len(summary_format.marker()):
        return None  # a new store: its summary is just the format
    return Rebuilt(was, triples)


def prepare(store: Store) -> Rebuilt | None:
    """A store opened by a command or the server: its summary of the current format, then the
    reference data (whose catalogue entries a rebuild would otherwise compute twice)."""
    rebuilt = ensure_summary(store)
    ensure_reference(store)
    return rebuilt
