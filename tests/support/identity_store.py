"""Identity tests' helpers: write facts through the real writer, read the ids it gave."""

from __future__ import annotations

from core.ids import document_iri
from core.namespaces import CAND, SCHEMA
from core.text import fold
from ingest.model import EventFact, Facts, PersonFact
from kg.documents import DocumentGraph, write_document
from kg.sparql import term_n3
from kg.triples import build_graph
from support.graph_facts import document, provincial_units


def write(store, facts: Facts) -> None:
    built = build_graph(facts)
    write_document(store, DocumentGraph.of(str(built.iri), built.triples, built.ntriples()))


def people(store, doc_id: str, name: str) -> set[str]:
    """The person IRIs a document's graph gives this name."""
    rows = store.query(
        f"SELECT DISTINCT ?p WHERE {{ GRAPH <{document_iri(doc_id)}> {{ "
        f"?p a <{CAND.Person}> ; <{CAND.foldedName}> {term_n3(fold(name))} }} }}"
    ).rows
    return {str(r[0]) for r in rows}


def one(store, doc_id: str, name: str) -> str:
    found = people(store, doc_id, name)
    assert len(found) == 1, found
    return found.pop()


def events_of(store, doc_id: str) -> set[str]:
    rows = store.query(
        f"SELECT ?e WHERE {{ GRAPH <{document_iri(doc_id)}> {{ ?e a <{SCHEMA.Event}> }} }}"
    ).rows
    return {str(r[0]) for r in rows}


def ceremony(
    doc_id: str,
    organiser: str | None,
    *attendees: str,
    date: str = "2021-09-14",
    persons: tuple[PersonFact, ...] = (),
) -> Facts:
    """A ceremony of `date` held by `organiser` (None: the report names no organiser)."""
    organisers = [organiser] if organiser else []
    return Facts(
        document=document(doc_id, date),
        persons=list(persons),
        organisations=provincial_units(),
        events=[EventFact("ceremony", date, None, None, organisers, [], list(attendees))],
    )
