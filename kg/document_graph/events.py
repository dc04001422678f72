"""A document's events: each one's node, organisers, attendees and the record of its mention
that resolution across documents reads."""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef

from core.ids import local_id
from core.kinds import EVENT_KINDS
from core.namespaces import CAND, PROV, RDF, RDFS, SCHEMA
from core.text import collapse_spaces, nfc
from kg.dates import date_literal
from kg.document_graph.awards import handed_awards
from kg.document_graph.builder import GraphBuilder, literal, mint
from kg.resolve.day_parts import day_part
from kg.resolve.decisions import decision_numbers
from kg.resolve.document import DocumentPerson, placed
from kg.resolve.handed import Told
from kg.resolve.mentions import EventMention
from kg.resolve.parties import sentence_organisers
from kg.resolve.rules import event_genres


def add_events(b: GraphBuilder) -> None:
    by_date: dict[tuple[str, str], list[URIRef]] = {}
    mentions: dict[URIRef, EventMention] = {}
    told_at: list[tuple[URIRef, Told]] = []
    for ordinal, fact in enumerate(b.facts.events, 1):
        kind = fact.kind if fact.kind in EVENT_KINDS else "other"
        date = date_literal(fact.date) or (None if fact.date else b.doc_date)
        if fact.date and date is None:
            b.warnings.append(f"event date {fact.date!r} is not an ISO date; ignored")
        title = collapse_spaces(nfc(fact.title)) if fact.title else ""
        organisers = [o for name in fact.organisers if (o := b.organisation(name))]
        # keyed by kind and day (the title is a label): its IRI does not move when the
        # title read from the text changes
        event = b.node("event", kind, str(date or ""))
        by_date.setdefault((kind, str(date or "")), []).append(event)
        b.add(event, RDF.type, CAND.Event)
        b.add(event, RDF.type, SCHEMA.Event)
        b.add(event, CAND.eventKind, CAND[kind])
        b.add(event, SCHEMA.startDate, date)
        if title:
            b.add(event, SCHEMA.name, literal(title))
            b.add(event, RDFS.label, literal(title, lang="vi"))
        location = collapse_spaces(nfc(fact.location)) if fact.location else None
        b.add(event, SCHEMA.location, literal(location) if location else None)
        for organiser in organisers:
            b.add(event, SCHEMA.organizer, organiser)
        found: list[DocumentPerson] = []
        for name, chairs in [(n, True) for n in fact.chair] + [(n, False) for n in fact.attendees]:
            person = b.people.find(name, organisers, fact.evidence)
            if person is None:
                continue
            found.append(person)
            if chairs:
                b.add(event, CAND.chair, person.iri)
            b.add(event, SCHEMA.attendee, person.iri)
        b.provenance(event, fact.evidence)
        index = fact.evidence.sentence if fact.evidence else -1
        told = b.doc.sentences[index].text if 0 <= index < len(b.doc.sentences) else ""
        headline = (b.doc.title or "") if ordinal == 1 else ""
        counted = sentence_organisers(kind, told, organisers, b.res, b.above, headline)
        mention = EventMention(
            b.doc.id,
            ordinal,
            kind,
            str(date) if date is not None else None,
            str(event),
            tuple(sorted({local_id(o) for o in counted})),
            tuple(sorted({person.mention.key for person in found})),
            location,
            b.doc.date,
            tuple(sorted({local_id(u) for o in counted for u in b.above(o)})),
            placed=placed(found) if kind == "appointment" else (),
            genres=event_genres(kind, title),
            part=day_part(told, str(date) if date is not None else None),
            decisions=decision_numbers(told) if kind in ("appointment", "ceremony") else (),
        )
        mentions[event] = mention
        told_at.append((event, Told(kind, index, mention.date)))
    handed = handed_awards(b, [told for _, told in told_at])
    for (event, _), awards in zip(told_at, handed, strict=True):
        both = {*mentions[event].awards, *awards}
        mentions[event] = replace(mentions[event], awards=tuple(sorted(both)))
    # An appointment announced at a ceremony of the same day is part of it; who attends
    # the ceremony is evidence for the appointment too (another report of it may name
    # only the ceremony's guests).
    for (told, day), appointments in by_date.items():
        if told == "appointment":
            for ceremony in by_date.get(("ceremony", day), [])[:1]:
                mentions[ceremony] = replace(mentions[ceremony], announces=True)
                for appointment in appointments:
                    b.add(appointment, SCHEMA.superEvent, ceremony)
                    mention = mentions[appointment]
                    present = {*mention.attendees, *mentions[ceremony].attendees}
                    decided = {*mention.decisions, *mentions[ceremony].decisions}
                    mentions[appointment] = replace(
                        mention, attendees=tuple(sorted(present)), decisions=tuple(sorted(decided))
                    )
    for event, mention in mentions.items():
        if mention.kind == "ceremony" and not mention.announces and mention.decisions:
            # a decision a ceremony of no appointment names may be a programme many units hold
            # ceremonies for (`Quyết định số 06/QĐ-TTg`): no evidence
            mention = replace(mention, decisions=())
        record = mint("mention", b.doc_key, "e", str(mention.ordinal))
        b.add(record, RDF.type, CAND.EventMention)
        b.add(record, CAND.mentionOf, event)
        b.add(record, CAND.blockKey, literal(mention.block))
        b.add(record, CAND.mentionRecord, literal(mention.to_json()))
        b.add(record, PROV.wasDerivedFrom, b.doc_iri)
