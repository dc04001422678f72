"""A change event as triples (W3C ORG), the same for reference data and for articles.

The event links the units before (`org:originalOrganization`) and after
(`org:resultingOrganization`); each unit links back (`org:changedBy`, `org:resultedFrom`). A unit
that only appears before the change ends that day (`schema:dissolutionDate`); one that only
appears after it begins that day (`schema:foundingDate`). A unit on both sides (the police of the
province whose name the merged province keeps) continues under the same IRI."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef

from core.namespaces import CAND, ORG, PROV, RDF, SCHEMA, XSD
from kg.dates import date_literal

Triple = tuple[URIRef, URIRef, URIRef | Literal]

KINDS: dict[str, URIRef] = {
    "merger": CAND.merger,
    "dissolution": CAND.dissolution,
    "renaming": CAND.renaming,
    "founding": CAND.founding,
    "split": CAND.split,
}
# The original organisation of a founding is the body that founded it, which lives on.
_KEEPS_ORIGINAL = frozenset({"founding"})


@dataclass(frozen=True)
class Change:
    """One change of units on one date."""

    iri: URIRef
    kind: str  # a key of KINDS
    date: str  # ISO day, month or year
    original: tuple[URIRef, ...]
    resulting: tuple[URIRef, ...] = ()


def change_triples(change: Change) -> list[Triple]:
    """The event, its links both ways, and the dates of existence it sets."""
    if change.kind not in KINDS:
        raise ValueError(f"unknown change kind {change.kind!r}")
    when = date_literal(change.date)
    if when is None:
        raise ValueError(f"change {change.iri}: {change.date!r} is not an ISO date")
    event = change.iri
    out: list[Triple] = [
        (event, RDF.type, ORG.ChangeEvent),
        (event, RDF.type, PROV.Activity),
        (event, CAND.changeKind, KINDS[change.kind]),
        (event, PROV.startedAtTime, when),
    ]
    for unit in change.original:
        out += [(event, ORG.originalOrganization, unit), (unit, ORG.changedBy, event)]
    for unit in change.resulting:
        out += [(event, ORG.resultingOrganization, unit), (unit, ORG.resultedFrom, event)]
    if when.datatype == XSD.date:  # a unit's existence is dated to the day, or not at all
        day = Literal(change.date, datatype=XSD.date)
        ended = [] if change.kind in _KEEPS_ORIGINAL else change.original
        out += [(u, SCHEMA.dissolutionDate, day) for u in ended if u not in change.resulting]
        out += [(u, SCHEMA.foundingDate, day) for u in change.resulting if u not in change.original]
    return out


def legal_act_triples(
    act: URIRef, number: str, date: str, name: str, reports: Iterable[str] = ()
) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """An act by its number, or, when no public report gives the number, by the reports that
    tell of it (`schema:subjectOf`)."""
    out: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (act, RDF.type, CAND.LegalAct),
        (act, RDF.type, SCHEMA.Legislation),
        (act, SCHEMA.legislationDate, Literal(date, datatype=XSD.date)),
        (act, SCHEMA.name, Literal(name)),
    ]
    if number:
        out.append((act, SCHEMA.legislationIdentifier, Literal(number)))
    out += [(act, SCHEMA.subjectOf, URIRef(url)) for url in reports]
    return out


def basis_triples(change: URIRef, acts: Iterable[URIRef]) -> list[Triple]:
    return [(change, CAND.legalBasis, act) for act in acts]
