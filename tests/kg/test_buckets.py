"""Dated lists paged by the buckets of their order keys (kg.buckets): every page, at every
offset and limit, is the slice of the whole list sorted on its key and IRI, and the total is
the list's length, on every store kind."""

from __future__ import annotations

import io

import pytest
from rdflib import Literal, URIRef

from core.namespaces import CAND, SUMMARY_GRAPH
from kg import buckets, queries
from kg.sparql import bind
from kg.summary import rebuild

# Invented articles spread over months (several on one day, a month and a year given alone,
# some undated), each with an event of one of two kinds and, for every third, a conferral.
DAYS = [
    "2019", "2019-02", "2019-02-11", "2019-02-11", "2019-02-28", "2019-03-01", "2020-07-04",
    "2020-07-04", "2020-07-19", "2020-12", "2021-01-05", "2021-01-05", "2021-01-30", None,
    None, "2022-06-15", "2022-06-16", "2022-09", "2023", "2023-01-01", "2023-01-01",
]  # fmt: skip
UNIT = "<https://w3id.org/cand-kg/id/unit/cong-an-tinh-ha-giang>"
PREFIXES = """
@prefix cand: <https://w3id.org/cand-kg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def articles() -> str:
    id_ = "https://w3id.org/cand-kg/id"
    graphs = []
    for n, day in enumerate(DAYS):
        doc, event = f"<{id_}/doc/tin-{n:02d}>", f"<{id_}/event/su-kien-{(n * 7) % 23:02d}>"
        kind = "cand:ceremony" if n % 2 else "cand:conference"
        dated = f' ; schema:startDate "{day}"' if day else ""
        lines = [
            f"{doc} a cand:SourceDocument"
            + (f' ; schema:datePublished "{day}"^^xsd:date' if day and len(day) == 10 else "")
            + " .",
            f'{event} a cand:Event ; schema:name "Sự kiện {n}" ; cand:eventKind {kind}{dated} .',
        ]
        if n % 3 == 0:
            lines.append(f"<{id_}/conferral/tin-{n:02d}--bang-khen> a cand:AwardConferral{dated} .")
        if n % 5:  # a unit named in most articles
            lines.append(f'{UNIT} a cand:Unit ; schema:name "Công an tỉnh Hà Giang" .')
        graphs.append(f"{doc} {{\n" + "\n".join(lines) + "\n}")
    # A graph that is no document names the unit too: its key is "~", as an undated one's.
    graphs.append(f"<{id_}/doc/ghi-chep> {{ {UNIT} a cand:Unit . }}")
    return PREFIXES + "\n".join(graphs)


NO_DATES = {"from": Literal(""), "to": Literal("")}
LISTS = [
    ("api_events_listed", {}),
    ("api_events_of_kind", {"kind": CAND.ceremony}),
    ("api_awards_listed", {}),
    ("api_documents_listed", {}),
]
# What the list queries take beside: no date bounds, any recipient.
WHOLE = {**NO_DATES, "recipient": URIRef("urn:cand-kg:any")}


@pytest.fixture
def store(any_store):
    any_store.load(io.BytesIO(articles().encode()), "trig")
    rebuild(any_store)
    return any_store


def select(store):
    return lambda text: [{k: str(v) for k, v in r.items()} for r in store.query(text).dicts()]


def whole(store, name: str, params: dict) -> list[tuple[str, str]]:
    """The list read whole and sorted here: on the key (backwards for documents), then IRI."""
    listed = buckets.LISTS[name]
    rows = select(store)(bind(queries.for_store(store, name), **params, **WHOLE))
    rows.sort(key=lambda r: r[listed.tie])
    rows.sort(key=lambda r: r[listed.key], reverse=listed.descending)
    return [(r[listed.tie], r[listed.key]) for r in rows]


@pytest.mark.parametrize("walked_rows", [buckets.WALKED_ROWS, 0], ids=["walked", "sorted"])
@pytest.mark.parametrize(("name", "params"), LISTS, ids=[n for n, _ in LISTS])
def test_every_page_is_the_slice_of_the_whole_list(store, name, params, walked_rows):
    """With `walked_rows` 0, a list narrower than its buckets is sorted whole instead."""
    expected = whole(store, name, params)
    assert len({key for _, key in expected}) > 5, "the list spans few keys"
    listed = buckets.LISTS[name]
    for limit in (1, 2, 3, 5, 50):
        for offset in range(0, len(expected) + 2, limit):
            total, page = buckets.page(
                select(store), store.dialect, name, limit, offset, {**params, **WHOLE}, walked_rows
            )
            assert total == len(expected)
            assert [(r[listed.tie], r[listed.key]) for r in page] == expected[
                offset : offset + limit
            ], (limit, offset)


def test_each_listed_entity_has_the_bucket_of_its_order_key(store):
    pairs = {
        CAND.eventOrder: CAND.eventBucket,
        CAND.awardOrder: CAND.awardBucket,
        CAND.documentOrder: CAND.documentBucket,
    }
    for order, bucket in pairs.items():
        rows = store.query(
            f"SELECT ?s ?k ?b WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s <{order}> ?k . "
            f"OPTIONAL {{ ?s <{bucket}> ?b }} }} }}"
        ).rows
        assert rows
        assert all(b is not None and str(b) == buckets.bucket(str(k)) for _, k, b in rows)
        assert len({s for s, _, _ in rows}) == len(rows)  # one bucket each


def test_a_units_documents_walked_are_the_slice_of_the_whole_list(store):
    """Newest first, the undated ones and graphs of no date last: pages the walk cannot fill
    from the dated months are sorted whole."""
    unit = URIRef(UNIT[1:-1])
    rows = select(store)(bind(queries.for_store(store, "api_unit_documents"), unit=unit))
    expected = sorted((r["key"], r["doc"]) for r in rows)
    assert any(key == "~" for key, _ in expected) and len(expected) > 10
    walked = 0
    for limit in (1, 2, 3, 5, 50):
        for offset in range(0, len(expected) + 2, limit):
            args = ("api_unit_documents", len(expected), limit, offset, {"unit": unit})
            page = [(r["key"], r["doc"]) for r in buckets.walked_or_paged(
                select(store), store.dialect, *args
            )]  # fmt: skip
            assert page == expected[offset : offset + limit], (limit, offset)
            found = buckets.walk(select(store), store.dialect, *args, walked_rows=10**6)
            if found is not None:
                walked += 1
                assert [(r["key"], r["doc"]) for r in found] == page
    assert walked > 10
