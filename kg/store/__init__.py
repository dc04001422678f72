"""Stores behind one interface; `open_store` picks one from a setting."""

from __future__ import annotations

from core.settings import Settings
from kg.store.base import (
    EXPORT_FORMATS,
    QueryResult,
    QuerySyntaxError,
    QueryTimeout,
    Store,
    StoreError,
    StoreInUse,
)
from kg.store.oxigraph import OxigraphStore
from kg.store.remote import RemoteStore

MEMORY = ":memory:"


def open_store(location: str | None = None, settings: Settings | None = None) -> Store:
    """Open the store named by `location` (or KG_STORE): a directory for embedded Oxigraph,
    `:memory:` for a throw-away in-memory store, or an http(s) SPARQL endpoint URL."""
    settings = settings or Settings.from_env()
    location = location or settings.store
    if location == MEMORY:
        return OxigraphStore(None)
    if location.startswith(("http://", "https://")):
        return RemoteStore.from_settings(location, settings)
    return OxigraphStore(location)


__all__ = [
    "EXPORT_FORMATS",
    "MEMORY",
    "OxigraphStore",
    "QueryResult",
    "QuerySyntaxError",
    "QueryTimeout",
    "Store",
    "StoreError",
    "StoreInUse",
    "open_store",
]
