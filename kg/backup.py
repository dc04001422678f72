"""Backup and restore of the whole store as gzip-compressed N-Quads, streamed both ways."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox

from kg.store.base import Store, StoreError
from kg.summary import rebuild


def _opener(path: Path):  # type: ignore[no-untyped-def]
    return gzip.open if path.suffix == ".gz" else open


def dump(store: Store, path: Path) -> int:
    """Write every named graph to `path` (N-Quads, gzip when it ends in .gz); returns the
    number of graphs. The file appears complete or not at all."""
    partial = path.with_name(path.name + ".partial")
    try:
        with _opener(path)(partial, "wb") as out:
            store.export(out, "nq")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write {path}: {exc}") from exc
    return len(store.graphs())


def graph_names(path: Path) -> set[str]:
    """The named graphs a dump holds (one streaming pass)."""
    names: set[str] = set()
    with _opener(path)(path, "rb") as data:
        for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, ox.NamedNode):
                names.add(quad.graph_name.value)
    return names


def load(store: Store, path: Path) -> int:
    """Restore a dump: each graph it holds replaces the store's graph of that name, other
    graphs are left alone, and the summary graph is recomputed for the documents the store
    then holds. Memory stays bounded whatever the dump's size (the stores' bulk loads); on
    the embedded store the graphs change all at once or not at all. Returns the number of
    graphs loaded."""
    if not path.is_file():
        raise StoreError(f"no such dump file: {path}")
    try:
        names = graph_names(path)
    except (OSError, EOFError, SyntaxError) as exc:
        raise StoreError(f"{path} is not a readable N-Quads dump: {exc}") from exc
    try:
        with _opener(path)(path, "rb") as data:
            store.bulk_load(data, "nq", replacing=names & set(store.graphs()))
    except (OSError, EOFError) as exc:
        raise StoreError(f"cannot read {path}: {exc}") from exc
    # The dump's summary graph (if any) describes the documents it was taken with, which may
    # not be the store's documents now.
    rebuild(store)
    return len(names)
