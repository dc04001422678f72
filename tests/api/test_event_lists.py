"""GET /events without an attendee, unit or title filter is sorted, counted and paged in the
store: every page agrees with the whole list read and sorted in Python, on every store."""

from __future__ import annotations

import io

import pytest
from support.project import FIXTURES

from api.service import KgService
from api.service.common import ANY, within_dates
from api.service.events import event_summaries
from core.ids import local_id
from core.namespaces import CAND, SUMMARY_GRAPH
from kg.documents import remove_document, write_document
from kg.pipeline import prepare
from kg.store import OxigraphStore
from kg.summary import rebuild

# Events in invented articles: two on one day (the IRI decides), one dated only to the month,
# one undated, one named in two articles with two dates (the least counts), one of another
# kind.
EVENTS = """
@prefix cand: <https://w3id.org/cand-kg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix doc: <https://w3id.org/cand-kg/id/doc/> .
@prefix event: <https://w3id.org/cand-kg/id/event/> .

doc:tin-mot {
  event:so-ket-quy-mot a cand:Event ; schema:name "Sơ kết quý một" ;
    cand:eventKind cand:conference ; schema:startDate "2023-04-02"^^xsd:date .
  event:dien-tap-phong-chay a cand:Event ; schema:name "Diễn tập phòng cháy" ;
    cand:eventKind cand:conference ; schema:startDate "2023-04-02"^^xsd:date .
  event:gap-mat-dau-xuan a cand:Event ; schema:name "Gặp mặt đầu xuân" ;
    cand:eventKind cand:conference .
}
doc:tin-hai {
  event:trao-ky-niem-chuong a cand:Event ; schema:name "Trao kỷ niệm chương" ;
    cand:eventKind cand:ceremony ; schema:startDate "2022-11" .
  event:tap-huan-nghiep-vu a cand:Event ; schema:name "Tập huấn nghiệp vụ" ;
    cand:eventKind cand:conference ; schema:startDate "2024-06-20"^^xsd:date .
}
doc:tin-ba {
  event:tap-huan-nghiep-vu a cand:Event ; schema:name "Tập huấn nghiệp vụ" ;
    cand:eventKind cand:conference ; schema:startDate "2021-03-15"^^xsd:date .
  event:tong-ket-nam a cand:Event ; schema:name "Tổng kết năm" ;
    cand:eventKind cand:conference ; schema:startDate "2023-12-28"^^xsd:date .
}
"""
FILTERS = [
    {},
    {"kind": "conference"},
    {"kind": "ceremony"},
    {"date_from": "2023"},
    {"date_to": "2023-04"},
    {"date_from": "2022-11", "date_to": "2023-04-02", "kind": "conference"},
]


@pytest.fixture
def service(any_store):
    any_store.load(io.BytesIO(EVENTS.encode()), "trig")
    rebuild(any_store)
    return KgService(any_store)


def whole_list(service: KgService, kind=None, date_from=None, date_to=None) -> list[tuple]:
    rows = service._rows("api_events", kind=CAND[kind] if kind else ANY, unit=ANY, person=ANY)
    items = within_dates(event_summaries(rows), date_from, date_to)
    return [(e.id, e.title, e.date, e.kind) for e in items]


def event_ids(store) -> set[str]:
    found = store.query(
        f"SELECT ?e WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e <{CAND.listedAs}> <{CAND.Event}> }} }}"
    )
    return {str(e) for (e,) in found.rows}


def paged(service: KgService, limit: int = 2, **filters) -> tuple[list[tuple], set[int]]:
    found, totals, offset = [], set(), 0
    while True:
        page = service.events(
            unit=None,
            attendee=None,
            title=None,
            limit=limit,
            offset=offset,
            **{"kind": None, "date_from": None, "date_to": None, **filters},
        )
        totals.add(page.total)
        found += [(e.id, e.title, e.date, e.kind) for e in page.items]
        if len(page.items) < limit:
            return found, totals
        offset += limit


@pytest.mark.parametrize("filters", FILTERS, ids=str)
def test_pages_agree_with_the_whole_list(service, filters):
    expected = whole_list(service, **filters)
    found, totals = paged(service, **filters)
    assert found == expected
    assert totals == {len(expected)}


def test_order_total_and_dates(service):
    found, totals = paged(service, limit=3)
    assert totals == {6}
    assert [(i, d) for i, _, d, _ in found] == [
        ("gap-mat-dau-xuan", None),
        ("tap-huan-nghiep-vu", "2021-03-15"),
        ("trao-ky-niem-chuong", "2022-11"),
        ("dien-tap-phong-chay", "2023-04-02"),
        ("so-ket-quy-mot", "2023-04-02"),
        ("tong-ket-nam", "2023-12-28"),
    ]


def test_a_removed_article_takes_its_events_and_dates_away(service, any_store):
    remove_document(any_store, "https://w3id.org/cand-kg/id/doc/tin-ba")
    service.changed()
    found, totals = paged(service)
    assert found == whole_list(service)
    assert totals == {5}
    assert "tong-ket-nam" not in [i for i, *_ in found]
    assert ("tap-huan-nghiep-vu", "2024-06-20") in [(i, d) for i, _, d, _ in found]


def test_keys_follow_renames_and_removals_of_told_events():
    """The identity fixtures written latest article first: an event told by several outlets
    is named after the earliest article that tells it, so later writes rename it; then the
    article giving such an event its least date is removed."""
    folder = FIXTURES / "identity-corpus"
    paths = sorted((folder / "articles").glob("*.txt")) + sorted((folder / "rosters").glob("*.csv"))
    docs = [p.graph for p in map(prepare, paths) if p.graph is not None]
    store = OxigraphStore(None)
    service = KgService(store)
    seen: set[str] = set()
    for doc in reversed(docs):
        write_document(store, doc)
        seen |= event_ids(store)
    assert seen - event_ids(store), "no event was renamed"
    told = store.query(
        f"SELECT ?g WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e <{CAND.eventOrder}> ?d }} "
        "GRAPH ?g { ?e <https://schema.org/startDate> ?day } "
        "FILTER(STR(?day) = ?d) FILTER EXISTS { GRAPH ?h { ?e a ?c } FILTER(?h != ?g) } }"
    )
    remove_document(store, str(sorted(told.rows)[0][0]))
    service.changed()
    found, totals = paged(service, limit=7)
    assert found == whole_list(service)
    assert totals == {len(found)}
    keys = store.query(
        f"SELECT ?e ?d WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e <{CAND.eventOrder}> ?d }} }}"
    )
    dates = {e: d for e, _, d, _ in found}
    assert {local_id(str(e)): str(d) for e, d in keys.rows} == {
        e: d or "" for e, d in dates.items()
    }
