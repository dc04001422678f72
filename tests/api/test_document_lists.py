"""GET /documents and the store's oldest and newest documents come from the order keys of the
summary graph: every page agrees with the whole list of documents read and sorted in Python,
and the keys written with each document are those a rebuild gives, on every store."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal
from rdflib.namespace import XSD

from api.service import KgService
from api.service.common import date_order, within_dates
from api.service.documents import document_summary
from core.ids import document_iri
from core.namespaces import CAND, SCHEMA, SUMMARY_GRAPH
from kg.documents import DocumentGraph, remove_document, write_document
from kg.statistics import store_statistics, stored_documents
from kg.summary import rebuild

# Invented bulletins: two on one day (the id decides), one dated to the month only, two
# undated, one with two dates (the latest counts), one titled and one with a web address.
DATED: dict[str, tuple[str, ...]] = {
    "ban-tin-sang": ("2023-04-02",),
    "ban-tin-chieu": ("2023-04-02",),
    "tong-hop-thang": ("2022-11",),
    "ghi-chep-khong-ngay": (),
    "thong-bao-noi-bo": (),
    "bai-dang-hai-lan": ("2024-06-20", "2021-03-15"),
    "tin-cuoi-nam": ("2023-12-28",),
}
FILTERS = [
    {},
    {"date_from": "2023"},
    {"date_to": "2023-04"},
    {"date_from": "2022-11", "date_to": "2023-04-02"},
    {"date_from": "2030"},
]


def graph_of(name: str, dates: tuple[str, ...]) -> DocumentGraph:
    iri = document_iri(name)
    graph = Graph()
    graph.add((iri, RDF.type, CAND.SourceDocument))
    graph.add((iri, SCHEMA.name, Literal(f"Bản tin {name.replace('-', ' ')}")))
    for day in dates:
        datatype = XSD.date if len(day) == 10 else XSD.gYearMonth
        graph.add((iri, SCHEMA.datePublished, Literal(day, datatype=datatype)))
    if name == "tin-cuoi-nam":
        graph.add((iri, SCHEMA.url, Literal("https://example.org/tin-cuoi-nam")))
    return DocumentGraph.from_graph(str(iri), graph)


@pytest.fixture
def service(any_store):
    for name, dates in DATED.items():
        write_document(any_store, graph_of(name, dates))
    return KgService(any_store)


def whole_list(store, date_from=None, date_to=None) -> list[tuple]:
    items = [document_summary(d) for d in stored_documents(store)]
    chosen = sorted(within_dates(items, date_from, date_to), key=date_order)
    return [(d.id, d.title, d.date, d.url, d.facts) for d in chosen]


def summary_graph(store) -> set[tuple[str, str, str]]:
    found = store.query(f"SELECT * WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    return {(str(s), str(p), str(o)) for s, p, o in found.rows}


def check_pages(service: KgService) -> None:
    for filters in FILTERS:
        whole = whole_list(service.store, **filters)
        for limit in (1, 2, 3, 50):
            for offset in range(len(whole) + 1):
                page = service.documents(
                    limit=limit,
                    offset=offset,
                    **(
                        filters
                        | {"date_from": filters.get("date_from"), "date_to": filters.get("date_to")}
                    ),
                )
                assert page.total == len(whole), filters
                shown = [(d.id, d.title, d.date, d.url, d.facts) for d in page.items]
                assert shown == whole[offset : offset + limit], (filters, limit, offset)


def check_figures(store) -> None:
    documents = stored_documents(store)
    dated = [d for d in documents if d.date]
    figures = store_statistics(store)
    assert figures.oldest == (dated[0] if dated else None)
    assert figures.newest == (dated[-1] if dated else None)
    assert figures.undated == len(documents) - len(dated)


def test_pages_and_figures_agree_with_the_whole_list(service):
    assert len(whole_list(service.store)) == len(DATED)
    assert whole_list(service.store)[0][0] in ("ghi-chep-khong-ngay", "thong-bao-noi-bo")
    check_pages(service)
    check_figures(service.store)
    figures = store_statistics(service.store)
    assert figures.oldest is not None and figures.oldest.id == "tong-hop-thang"
    assert figures.newest is not None and figures.newest.id == "bai-dang-hai-lan"
    assert figures.undated == 2


def test_keys_follow_replacements_and_removals_as_a_rebuild_gives_them(service):
    store = service.store
    write_document(store, graph_of("tin-cuoi-nam", ()))
    write_document(store, graph_of("ghi-chep-khong-ngay", ("2020-01-05",)))
    remove_document(store, str(document_iri("bai-dang-hai-lan")))
    written = summary_graph(store)
    keys = {(s, o) for s, p, o in written if p == str(CAND.documentOrder)}
    assert len(keys) == len(DATED) - 1
    rebuild(store)
    assert summary_graph(store) == written
    service.changed()
    check_pages(service)
    check_figures(store)
    figures = store_statistics(store)
    assert figures.oldest is not None and figures.oldest.id == "ghi-chep-khong-ngay"
    assert (
        figures.newest is not None and figures.newest.id == "ban-tin-sang"
    )  # ties: the greatest id


def test_an_empty_store_has_no_documents_to_list(any_store):
    service = KgService(any_store)
    assert service.documents(date_from=None, date_to=None, limit=10, offset=0).total == 0
    figures = store_statistics(any_store)
    assert (figures.oldest, figures.newest, figures.undated) == (None, None, 0)
