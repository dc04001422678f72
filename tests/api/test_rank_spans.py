"""The rank an attendee held on an event's day, told from the rank tenures of the summary graph
instead of every observation: the same rank `rank_on` gives from the observations, or none."""

from __future__ import annotations

import random

import pytest
from fastapi.testclient import TestClient
from rdflib import Literal, URIRef
from support.graph_facts import NGHE_AN, article, conference_2020, promotion_2023

from api.app import create_app
from api.service.ranks import UNDECIDED, RankSpan, rank_on, rank_on_spans, rank_ref
from core.namespaces import CAND
from core.settings import Settings
from ingest import model
from kg import summary
from kg.documents import DocumentGraph, write_document
from kg.triples import build_graph

PERSON = URIRef("https://w3id.org/cand-kg/id/person/someone")
RANKS = [
    URIRef(f"https://w3id.org/cand-kg/id/rank/{r}") for r in ("thuong-ta", "dai-ta", "thieu-tuong")
]
DATES = ["2019", "2019-05", "2019-05-02", "2020-01-10", "2020-07", "2021-03-03", "2022-12-31"]


def spans_folded(observations: list[tuple[URIRef, str]]) -> list[RankSpan]:
    """The spans the summary's own fold gives these observations (one document each)."""
    sightings = [
        summary.Sighting(PERSON, "rank", rank, None, (Literal(date),), URIRef(f"urn:doc:{i}"))
        for i, (rank, date) in enumerate(observations)
    ]
    triples = summary.tenure_triples(sightings)
    spans = []
    for rank in {rank for rank, _ in observations}:
        (tenure,) = {s for s, p, o in triples if p == CAND.tenureRank and o == rank}
        first = next(str(o) for s, p, o in triples if s == tenure and p == CAND.firstSeen)
        last = next(str(o) for s, p, o in triples if s == tenure and p == CAND.lastSeen)
        spans.append(RankSpan(rank_ref(str(rank)), first, last))
    return spans


def test_what_the_spans_decide_is_what_the_observations_give():
    rng = random.Random(5)
    decided = 0
    for _ in range(400):
        # A career in order (promotions) or observations in any order.
        count = rng.randint(1, 6)
        dates = sorted(rng.sample(DATES, min(count, len(DATES))))
        ranks = sorted(rng.choices(RANKS, k=len(dates)), key=RANKS.index)
        if rng.random() < 0.4:
            rng.shuffle(ranks)
        observations = list(zip(ranks, dates, strict=True))
        spans = spans_folded(observations)
        entries = [(rank_ref(str(rank)), date) for rank, date in observations]
        for day in (None, "2018-01-01", "2019-05-02", "2020-03-01", "2021-03-03", "2024-01-01"):
            found = rank_on_spans(spans, day)
            if found is not UNDECIDED:
                decided += 1
                assert found == rank_on(entries, day), (observations, day)
    assert decided > 1000  # most days are decided without the observations


@pytest.mark.parametrize(
    ("spans", "day"),
    [
        ([], "2020-01-01"),  # no tenure: a store without its summary graph
        ([RankSpan(rank_ref(str(RANKS[0])), None, None)], "2020-01-01"),  # seen undated only
        (  # both ranks seen on the same last day
            [
                RankSpan(rank_ref(str(RANKS[0])), "2019-01-01", "2020-01-01"),
                RankSpan(rank_ref(str(RANKS[1])), "2019-06-01", "2020-01-01"),
            ],
            None,
        ),
        (  # the day falls inside two spans
            [
                RankSpan(rank_ref(str(RANKS[0])), "2019-01-01", "2021-01-01"),
                RankSpan(rank_ref(str(RANKS[1])), "2019-06-01", "2022-01-01"),
            ],
            "2020-01-01",
        ),
        ([RankSpan(rank_ref(str(RANKS[0])), "2019-01-01", "2021-01-01")], "2018-01-01"),
    ],
)
def test_the_spans_leave_to_the_observations_what_they_cannot_tell(spans, day):
    assert rank_on_spans(spans, day) is UNDECIDED


def document(facts: model.Facts) -> DocumentGraph:
    built = build_graph(facts)
    return DocumentGraph.from_graph(str(built.iri), built.graph)


def test_attendees_without_ranks_in_the_event_source_get_them_from_the_tenures(any_store):
    for facts in (conference_2020(), promotion_2023()):
        write_document(any_store, document(facts))
    # A 2021 meeting whose article gives no ranks: between the colonel's one sighting (2020)
    # and his promotion (2023), inside the span of Hồ Thị Mai's rank.
    later = article(
        "hop-giao-ban-2021",
        "2021-09-09",
        model.PersonFact("Phan Đức Thịnh", None, [model.Position("Phó Giám đốc", NGHE_AN)]),
        model.PersonFact("Hồ Thị Mai"),
    )
    later.events = [
        model.EventFact(
            "conference",
            "2021-09-09",
            "Họp giao ban",
            None,
            [NGHE_AN],
            [],
            ["Phan Đức Thịnh", "Hồ Thị Mai"],
        )
    ]
    write_document(any_store, document(later))
    app = create_app(Settings(store=":memory:"), store=any_store)
    with TestClient(app) as client:
        (event,) = [
            e["id"] for e in client.get("/events", params={"title": "giao ban"}).json()["items"]
        ]
        items = client.get(f"/events/{event}/attendees").json()["items"]
    assert {a["person"]["name"]: a["rank"]["id"] for a in items} == {
        "Phan Đức Thịnh": "dai-ta",
        "Hồ Thị Mai": "thuong-ta",
    }
