"""Redirects from retired ids: a merge or split that retired a person's or an event's id
leaves `owl:sameAs` to its successor (kg/resolve/retired.py), and every path under the old id
answers 308 to the same path under the new one; a graph view focused on the old id
(`/graph?focus=person/x`, `/viz?focus=…`) answers 308 to the same view focused on the new one."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from starlette.requests import Request

from core.ids import from_local_id, local_id
from kg.resolve.retired import successor
from kg.store import Store

_ENTITY_PATH = re.compile(r"^/(persons|events)/([a-z0-9][a-z0-9-]*)(/.*)?$")
_KINDS = {"persons": "person", "events": "event"}
_FOCUSED_VIEWS = {"/graph", "/viz"}


def moved_to(store: Store, request: Request) -> str | None:
    """Where a request for a retired person or event now lives, or None."""
    if request.url.path in _FOCUSED_VIEWS:
        return _refocused(store, request)
    found = _ENTITY_PATH.match(request.url.path)
    if found is None:
        return None
    plural, ident, rest = found.groups()
    new = _successor_id(store, _KINDS[plural], ident)
    if new is None:
        return None
    query = f"?{request.url.query}" if request.url.query else ""
    return f"/{plural}/{new}{rest or ''}{query}"


def _refocused(store: Store, request: Request) -> str | None:
    kind, _, ident = request.query_params.get("focus", "").strip().partition("/")
    if kind not in _KINDS.values():
        return None
    new = _successor_id(store, kind, ident)
    if new is None:
        return None
    params = dict(request.query_params) | {"focus": f"{kind}/{new}"}
    return f"{request.url.path}?{urlencode(params)}"


def _successor_id(store: Store, kind: str, ident: str) -> str | None:
    """The id a retired `kind`/`ident` now lives on as, or None (not an id, or not retired)."""
    try:
        iri = str(from_local_id(kind, ident))
    except ValueError:
        return None
    new = successor(store, iri)
    return None if new is None else local_id(new)
