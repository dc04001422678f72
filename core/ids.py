"""Stable, readable IRIs minted from canonical keys: the same input always gives the same IRI."""

from __future__ import annotations

import re

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


def document_iri(doc_id: str) -> URIRef:
    """A source document's IRI, which is also the name of the graph holding its facts."""
    return mint("doc", doc_id)
