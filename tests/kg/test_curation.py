"""Curators' judgements through the library, on every store: recorded as data with their time
and note, applied at once and by every later resolution, whatever arrives, leaves or is
restored; refused with nothing written when they cannot hold."""

from __future__ import annotations

import io
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.graph_facts import HA_TINH, NGHE_AN, meeting, namesake
from support.identity_store import events_of, one, write

from core.ids import document_iri, local_id
from ingest.model import PersonFact, Position
from kg.backup import dump, load
from kg.curation import Unjudgeable, entity_iri, judge, why
from kg.documents import DocumentGraph, remove_document, write_document
from kg.resolve.explain import UnknownEntity
from kg.resolve.judgements import JUDGEMENT_GRAPH
from kg.resolve.retired import successor
from kg.resolve.store import RESOLUTION_GRAPH
from kg.store import OxigraphStore
from kg.triples import build_graph

NAME = "Nguyễn Văn An"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"


@pytest.fixture
def store(any_store):
    return any_store


def two_namesakes(store) -> tuple[str, str]:
    """One name, deputy directors in two provinces at one time: two people."""
    write(store, namesake("tin-nghe-an", NGHE_AN))
    write(store, namesake("tin-ha-tinh", HA_TINH))
    first, second = one(store, "tin-nghe-an", NAME), one(store, "tin-ha-tinh", NAME)
    assert first != second
    return first, second


def judged(store) -> list[tuple[str, str, str]]:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{JUDGEMENT_GRAPH}> {{ ?s ?p ?o }} }}")
    return sorted((str(s), str(p), str(o)) for s, p, o in rows.rows)


def joined(store) -> bool:
    return one(store, "tin-nghe-an", NAME) == one(store, "tin-ha-tinh", NAME)


def quads(store) -> list[bytes]:
    """Every quad but the retired ids, which keep history."""
    end = f"<{RESOLUTION_GRAPH}> .".encode()
    return sorted(q for q in store.dump_bytes("nq").splitlines() if not q.endswith(end))


def test_same_joins_namesakes_records_time_and_note_and_retires_an_id(store):
    first, second = two_namesakes(store)
    verdict = judge(store, True, f"person/{local_id(first)}", second, note="one officer, seconded")
    assert joined(store)
    live = one(store, "tin-nghe-an", NAME)
    (retired,) = {first, second} - {live}
    assert verdict.first == verdict.second == live
    assert verdict.retired == {retired: live}
    assert successor(store, retired) == live
    times = store.query(
        f"SELECT ?t (DATATYPE(?t) AS ?type) ?note WHERE {{ GRAPH <{JUDGEMENT_GRAPH}> {{ "
        f"?j <http://www.w3.org/ns/prov#generatedAtTime> ?t ; "
        f"<http://www.w3.org/2000/01/rdf-schema#comment> ?note }} }}"
    ).rows
    assert [(str(t)[:2], str(kind), str(note)) for t, kind, note in times] == [
        ("20", XSD_DATETIME, "one officer, seconded")
    ]
    # the retired id still names the entity it lives on as
    assert entity_iri(store, retired) == live
    kinds = [j.same for j in why(store, live).judgements]
    assert kinds == [True]


def test_judgements_hold_through_reingest_removal_and_any_order(store):
    two_namesakes(store)
    judge(store, True, one(store, "tin-nghe-an", NAME), one(store, "tin-ha-tinh", NAME))
    after = quads(store)
    judgement = judged(store)
    write(store, namesake("tin-ha-tinh", HA_TINH))  # ingested again
    assert quads(store) == after
    remove_document(store, str(document_iri("tin-ha-tinh")))
    assert judged(store) == judgement  # kept while one of its documents is away
    write(store, namesake("tin-ha-tinh", HA_TINH))
    assert joined(store)
    for doc in ("tin-nghe-an", "tin-ha-tinh"):
        remove_document(store, str(document_iri(doc)))
    write(store, namesake("tin-ha-tinh", HA_TINH))  # the other order
    write(store, namesake("tin-nghe-an", NGHE_AN))
    assert quads(store) == after


def test_different_splits_one_person_by_two_of_its_mentions(store):
    write(store, namesake("tin-1", NGHE_AN, "2021-04-01"))
    write(store, namesake("tin-2", NGHE_AN, "2022-09-09"))
    person = one(store, "tin-1", NAME)
    assert one(store, "tin-2", NAME) == person
    with pytest.raises(Unjudgeable, match="name two of its mentions"):
        judge(store, False, person, person)
    mentions = [m.iri for m in why(store, person).explanation.mentions]
    verdict = judge(store, False, mentions[0], f"mention/{local_id(mentions[1])}", note="two men")
    assert verdict.first != verdict.second
    assert one(store, "tin-1", NAME) != one(store, "tin-2", NAME)
    # a later article compatible with both joins one of them, never both
    write(store, namesake("tin-3", NGHE_AN, "2023-01-01"))
    assert len({one(store, d, NAME) for d in ("tin-1", "tin-2", "tin-3")}) == 2


def test_events_of_one_kind_and_day_can_be_judged_one(store):
    write(store, meeting("hop-nghe-an", NGHE_AN))
    write(store, meeting("hop-ha-tinh", HA_TINH))
    (first,), (second,) = events_of(store, "hop-nghe-an"), events_of(store, "hop-ha-tinh")
    assert first != second
    verdict = judge(store, True, f"event/{local_id(first)}", f"/events/{local_id(second)}")
    assert events_of(store, "hop-nghe-an") == events_of(store, "hop-ha-tinh") == {verdict.first}
    assert successor(store, ({first, second} - {verdict.first}).pop()) == verdict.first


def test_judgements_that_cannot_hold_are_refused_with_nothing_written(store):
    first, _ = two_namesakes(store)
    write(store, meeting("hop-nghe-an", NGHE_AN))
    other = PersonFact("Trần Văn Bình", "Đại tá", [Position("Giám đốc", NGHE_AN)])
    write(store, replace(namesake("khac", NGHE_AN), persons=[other]))
    (event,) = events_of(store, "hop-nghe-an")
    before = quads(store)
    with pytest.raises(UnknownEntity, match="no person, event or mention"):
        judge(store, True, first, "person/khong-co-ai")
    with pytest.raises(Unjudgeable, match="a person and a event"):
        judge(store, True, first, event)
    with pytest.raises(Unjudgeable, match="do not share a name"):
        judge(store, False, first, one(store, "khac", "Trần Văn Bình"))
    with pytest.raises(Unjudgeable, match="one person already"):
        judge(store, True, first, f"person/{local_id(first)}")
    with pytest.raises(Unjudgeable, match="not a person, event or mention id"):
        judge(store, True, first, "unit/cong-an-tinh-nghe-an")
    with pytest.raises(Unjudgeable, match="not a valid"):
        judge(store, True, first, "person/Bad Id")
    assert quads(store) == before


def test_judgements_survive_dump_and_load(tmp_path, store):
    two_namesakes(store)
    judge(store, True, one(store, "tin-nghe-an", NAME), one(store, "tin-ha-tinh", NAME), "x")
    dump(store, tmp_path / "backup.nq.gz")
    restored = OxigraphStore(tmp_path / "restored")
    try:
        load(restored, tmp_path / "backup.nq.gz")
        assert judged(restored) == judged(store)
        assert joined(restored)
        remove_document(restored, str(document_iri("tin-ha-tinh")))
        write(restored, namesake("tin-ha-tinh", HA_TINH))
        assert joined(restored)
    finally:
        restored.close()


def documents() -> list[DocumentGraph]:
    facts = [
        namesake("tin-nghe-an", NGHE_AN),
        namesake("tin-ha-tinh", HA_TINH),
        namesake("tin-sau", NGHE_AN, "2023-01-01"),
        meeting("hop-nghe-an", NGHE_AN),
        meeting("hop-ha-tinh", HA_TINH),
    ]
    built = [build_graph(f) for f in facts]
    return [DocumentGraph.of(str(b.iri), b.triples, b.ntriples()) for b in built]


@cache
def judged_world() -> tuple[bytes, tuple[bytes, ...]]:
    """The judgements graph (as N-Quads) of a store where curators joined the namesakes and the
    meetings, and the quads the store then holds."""
    store = OxigraphStore(None)
    for doc in documents():
        write_document(store, doc)
    judge(store, True, one(store, "tin-nghe-an", NAME), one(store, "tin-ha-tinh", NAME))
    (first,), (second,) = events_of(store, "hop-nghe-an"), events_of(store, "hop-ha-tinh")
    judge(store, True, first, second, note="một hội nghị")
    graph = store.dump_bytes("nq").splitlines()
    mine = b"\n".join(q for q in graph if q.endswith(f"<{JUDGEMENT_GRAPH}> .".encode()))
    return mine, tuple(quads(store))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_stored_judgements_give_one_graph_whatever_the_order_of_ingest(data):
    judgements, expected = judged_world()
    docs = documents()
    order = data.draw(st.permutations(range(len(docs))), label="order")
    removed = data.draw(st.sets(st.sampled_from(order), max_size=3), label="removed")
    store = OxigraphStore(None)
    try:
        store.load(io.BytesIO(judgements), "nq")  # before any document they name
        for i in order:
            write_document(store, docs[i])
            if i in removed:
                remove_document(store, docs[i].iri)
        for i in sorted(removed, reverse=True):
            write_document(store, docs[i])
        assert quads(store) == list(expected)
    finally:
        store.close()
