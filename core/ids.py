"""Stable, readable IRIs minted from canonical keys: the same input always gives the same IRI."""

from __future__ import annotations

import re
from collections.abc import Collection

from rdflib import URIRef

from core.namespaces import ID_BASE
from core.text import slug

KINDS = (
    "person",
    "unit",
    "cluster",
    "event",
    "award",
    "conferral",
    "role",
    "rank",
    "doc",
    "post",
    "rankobs",
    "membership",
    "tenure",
    "mention",
    "judgement",
    "change",
    "act",
)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*(?:--[a-z0-9-]+)*$")


def mint(kind: str, *key_parts: str) -> URIRef:
    """`mint("unit", "Công an quận Đống Đa")` -> `.../id/unit/cong-an-quan-dong-da`.

    Several parts are joined with `--`, so a disambiguated key stays readable."""
    if kind not in KINDS:
        raise ValueError(f"unknown identifier kind {kind!r}")
    local = "--".join(slug(part) for part in key_parts if part)
    return URIRef(f"{ID_BASE}{kind}/{local}")


def local_id(iri: str) -> str:
    """The short id used by the API and CLI: the part after `/id/<kind>/`."""
    return iri.rsplit("/", 1)[-1]


def kind_of(iri: str) -> str | None:
    if not iri.startswith(ID_BASE):
        return None
    kind = iri[len(ID_BASE) :].split("/", 1)[0]
    return kind if kind in KINDS else None


def from_local_id(kind: str, identifier: str) -> URIRef:
    """Rebuild an IRI from a short id given by a user, refusing anything that is not an id."""
    if kind not in KINDS:
        raise ValueError(f"unknown identifier kind {kind!r}")
    if not _ID.match(identifier) or len(identifier) > 300:
        raise ValueError(f"not a valid {kind} id: {identifier!r}")
    return URIRef(f"{ID_BASE}{kind}/{identifier}")


# The API's collection paths (`/persons/x`), as users copy ids from them.
_COLLECTIONS = {
    "persons": "person",
    "people": "person",
    "units": "unit",
    "clusters": "cluster",
    "events": "event",
    "documents": "doc",
}


def user_id_candidates(text: str, kinds: Collection[str]) -> list[URIRef]:
    """The IRIs an id given by a user may mean, taking the forms users have: the full IRI,
    `kind/id`, the API's path (`/persons/id`) give one; a bare `id` gives one of each of
    `kinds`, in their order. ValueError for anything else, an id of a kind not in `kinds` or
    a malformed id."""
    given = text.strip()
    if given.startswith(ID_BASE):
        given = given[len(ID_BASE) :]
    parts = [part for part in given.strip("/").split("/") if part]
    if len(parts) == 2:
        kind = _COLLECTIONS.get(parts[0], parts[0])
        if kind in kinds:
            return [from_local_id(kind, parts[1])]
    elif len(parts) == 1:
        return [from_local_id(kind, parts[0]) for kind in kinds]
    raise ValueError(f"{text!r} is not {_either(kinds)} id: say <kind>/<id>")


def parse_user_id(text: str, kinds: Collection[str]) -> URIRef:
    """The one IRI an id given by a user names (`user_id_candidates`), which must say its
    kind unless `kinds` has one kind only."""
    found = user_id_candidates(text, kinds)
    if len(found) != 1:
        raise ValueError(
            f"{text!r} does not say whether it is {_either(kinds)} id: say <kind>/<id>"
        )
    return found[0]


def _either(kinds: Collection[str]) -> str:
    """`("person", "event", "mention")` -> `a person, event or mention`."""
    names = list(kinds)
    listed = ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]
    return f"a {listed}"


def document_iri(doc_id: str) -> URIRef:
    """A source document's IRI, which is also the name of the graph holding its facts."""
    return mint("doc", doc_id)
