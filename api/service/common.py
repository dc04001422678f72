"""What every resource's views share: ids in, links and pages out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from rdflib import Literal, URIRef

from api import models as m
from api.search import search_key
from core.ids import from_local_id, kind_of, local_id
from core.namespaces import CAND, ONTOLOGY_IRI
from core.text import fold
from kg.dates import date_literal
from kg.units.fates import Fate

T = TypeVar("T")
Row = dict[str, str]
ANY = URIRef("urn:cand-kg:any")  # "no filter" for optional IRI parameters of the .rq files
# Where each kind of record is served; a kind without an entry has no page of its own.
HREFS = {
    "person": "/persons/",
    "unit": "/units/",
    "cluster": "/clusters/",
    "event": "/events/",
    "doc": "/documents/",
}


class NotFound(LookupError):
    """No record with that id; the message names it."""


class InvalidParameter(ValueError):
    """A parameter that is not what it should be (an id that is not an id, ...)."""


def parse_id(kind: str, identifier: str) -> URIRef:
    """A user's id as an IRI, refusing anything that is not an id."""
    try:
        return from_local_id(kind, identifier)
    except ValueError as exc:
        raise InvalidParameter(str(exc)) from exc


def href(kind: str, identifier: str) -> str:
    return f"{HREFS[kind]}{identifier}"


def link(iri: str, name: str | None = None) -> m.Ref:
    kind = kind_of(iri) or "other"
    ident = local_id(iri)
    return m.Ref(id=ident, kind=kind, name=name, href=href(kind, ident) if kind in HREFS else None)


def ref(iri: str | None, name: str | None = None) -> m.Ref | None:
    return None if iri is None else link(iri, name)


def short_type(iri: str | None) -> str | None:
    if iri is None:
        return None
    return iri[len(ONTOLOGY_IRI) :] if iri.startswith(ONTOLOGY_IRI) else iri


def int_of(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def date_key(value: str | None) -> str:
    return value or ""


def role_name(role: str, label: str | None) -> str:
    return str(label) if label is not None else local_id(str(role)).replace("-", " ")


def unit_ending(fate: Fate | None) -> m.UnitEnding | None:
    """What became of a unit that ended, for a post in it; None while it is still there."""
    if fate is None:
        return None
    successors = [link(iri, name) for iri, name in fate.successors]
    return m.UnitEnding(date=fate.ended, kind=fate.kind, into=successors)


def post_entry(row: Row, fate: Fate | None = None) -> m.PostEntry:
    """A post as its source gives it; `fate`, what became of its unit since."""
    return m.PostEntry(
        role=role_name(row["role"], row.get("roleLabel")),
        role_id=local_id(row["role"]),
        unit=ref(row.get("unit"), row.get("unitLabel")),
        unit_ended=unit_ending(fate),
        date=row.get("date"),
        start=row.get("start"),
        end=row.get("end"),
        source=link(row["doc"], row.get("docTitle")),
    )


@dataclass(frozen=True)
class Listed:
    """An entity of a list page with its catalogue entries (kg/catalogue.py), by predicate."""

    iri: str
    entries: dict[str, list[str]]

    @property
    def name(self) -> str | None:
        """The name the list is sorted by: the least accent-free one."""
        names = self.entries.get(str(CAND.catalogueName), [])
        return min(names, key=lambda n: (fold(n), n)) if names else None

    def first(
        self, predicate: URIRef, keep: Callable[[str], bool] = bool, *, last: bool = False
    ) -> str | None:
        """The least (or greatest) value of `predicate` that `keep` accepts."""
        values = sorted(v for v in self.entries.get(str(predicate), []) if keep(v))
        return (values[-1] if last else values[0]) if values else None


def periods(date: str) -> tuple[Literal, ...]:
    """The day, month and year `date` lies in, as typed dates, as far as `date` gives them."""
    found = (date_literal(date[:n]) for n in (4, 7, 10) if len(date) >= n)
    return tuple(d for d in found if d is not None)


def paginate(items: Sequence[T], limit: int, offset: int) -> m.Page[T]:
    return m.Page[T](
        items=list(items[offset : offset + limit]), total=len(items), limit=limit, offset=offset
    )


class Dated(Protocol):
    id: str
    date: str | None


D = TypeVar("D", bound=Dated)


def date_order(item: Dated) -> tuple[str, str]:
    return date_key(item.date), item.id


def within_dates(items: list[D], date_from: str | None, date_to: str | None) -> list[D]:
    """The items dated from `date_from` to `date_to` (each YYYY, YYYY-MM or YYYY-MM-DD,
    compared at its own precision); undated items only when neither bound is given."""
    if date_from:
        items = [i for i in items if i.date and i.date[: len(date_from)] >= date_from]
    if date_to:
        items = [i for i in items if i.date and i.date[: len(date_to)] <= date_to]
    return items


def listing(
    items: list[T],
    limit: int,
    offset: int,
    order: Callable[[T], Any],
    name: str | None = None,
    name_of: Callable[[T], str | None] = lambda item: None,
) -> m.Page[T]:
    """One page of a list: the items whose name contains `name` (case and accents aside), in
    `order`. Every list of the API is made here."""
    if name:
        wanted = search_key(name)
        items = [item for item in items if wanted in search_key(name_of(item) or "")]
    return paginate(sorted(items, key=order), limit, offset)
