"""A document's award conferrals: award, recipient, grantor and counts, and the awards each
event of the document hands over."""

from __future__ import annotations

from rdflib import URIRef

from core.ids import local_id
from core.namespaces import CAND, RDF, SCHEMA
from core.text import collapse_spaces, fold, nfc
from ingest.model import AwardFact
from kg.dates import date_literal
from kg.document_graph.builder import GraphBuilder, literal, mint
from kg.resolve.handed import Told, handed_over


def add_awards(b: GraphBuilder) -> None:
    for fact in b.facts.awards:
        award_name = collapse_spaces(nfc(fact.award or ""))
        if not award_name:
            continue
        award = b.concept("award", award_name, CAND.Award)
        recipient, _ = award_recipient(b, fact)
        key = local_id(recipient) if recipient else ""
        node = b.node("conferral", local_id(award), key)
        b.add(node, RDF.type, CAND.AwardConferral)
        b.add(node, CAND.award, award)
        b.add(node, CAND.recipient, recipient)
        if fact.grantor:
            grantor_name = collapse_spaces(nfc(fact.grantor))
            b.add(node, CAND.grantorName, literal(grantor_name))
            b.add(node, CAND.grantor, _grantor(b, grantor_name))
        if fact.collectives is not None:
            b.add(node, CAND.collectiveCount, literal(fact.collectives))
        if fact.individuals is not None:
            b.add(node, CAND.individualCount, literal(fact.individuals))
        date = date_literal(fact.date) or b.doc_date
        b.add(node, SCHEMA.startDate, date)
        b.provenance(node, fact.evidence)


def award_recipient(b: GraphBuilder, fact: AwardFact) -> tuple[URIRef | None, str]:
    """Who receives an award: the person or unit, and its key in an event mention record
    (the person's mention key, resolved later, or the unit's id)."""
    if not fact.recipient:
        return None, ""
    person = b.people.find(fact.recipient, (), fact.evidence)
    if person is not None and person.facts:
        return person.iri, person.mention.key
    unit = b.organisation(fact.recipient)
    return unit, local_id(unit) if unit else ""


def handed_awards(b: GraphBuilder, told: list[Told]) -> list[tuple[str, ...]]:
    """The awards handed over at each event told (`kg.resolve.handed`)."""
    awards = []
    for fact in b.facts.awards:
        recipient = award_recipient(b, fact)[1]
        if fact.award and recipient and fact.evidence is not None:
            key = f"{local_id(mint('award', collapse_spaces(nfc(fact.award))))} {recipient}"
            awards.append(Told(key, fact.evidence.sentence))
    return handed_over(told, awards, b.doc.sentences, b.doc.date)


def _grantor(b: GraphBuilder, name: str) -> URIRef | None:
    """The unit behind a grantor: the unit itself, or the unit a post belongs to
    (`Giám đốc Công an tỉnh X` -> Công an tỉnh X), when the document knows that unit."""
    folded = fold(name)
    best: URIRef | None = None
    best_len = 0
    for info in b.res.units.values():
        unit_folded = fold(info.name)
        if folded.endswith(unit_folded) and len(unit_folded) > best_len:
            best, best_len = info.iri, len(unit_folded)
    return best
