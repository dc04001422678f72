"""Persons on a date read roster intervals from the summary graph by year keys; they are the
persons a scan of every start and end date in the documents gives, on every store kind, as
documents come, change and go."""

from __future__ import annotations

from support.graph_facts import NGHE_AN, all_documents, document, provincial_units

from core.ids import kind_of
from ingest import model
from kg import queries, summary
from kg.documents import DocumentGraph, remove_document, write_document
from kg.sparql import bind
from kg.triples import build_graph

# What the interval keys replace: every dated fact of a person, compared with the day. An
# observation's date, as found, must begin the day asked: Virtuoso finds a month or a year
# among the days that begin it ("2022-11" as 2022-11-01).
SCAN = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?s WHERE {
  { VALUES ?on { $periods } ?x cand:observedOn ?on FILTER(STRSTARTS(STR($date), STR(?on))) }
  UNION
  { ?x schema:startDate ?from FILTER(STR(?from) <= $date)
    OPTIONAL { ?x schema:endDate ?to } FILTER(!BOUND(?to) || STR(?to) >= $date) }
  { ?x cand:person ?s } UNION { ?x org:member ?s }
}
"""
DAYS = (
    "1939-12-31", "1940-03-01", "1944", "1950-06", "1990-01-01", "2001-07-01", "2018-01-14",
    "2018-01-15", "2019", "2020-06-12", "2021-06-01", "2022-10-31", "2022-11", "2022-11-01",
    "2023-02-03", "2024-09-02", "2031-01-01",
)  # fmt: skip


def old_rosters() -> model.Facts:
    """Intervals the keys treat apart: open since before 1945, longer than 30 years, one
    shorter than a year, and a post given twice in one roster with different ends."""
    return model.Facts(
        document=document("lanh-dao-cu", None, kind="roster"),
        persons=[
            person("Lê Văn Cường", ("Giám đốc", "1940-02-01", None)),
            person("Hồ Thị Mai", ("Phó Giám đốc", "1960-01-01", "2001-06-30")),
            person("Vũ Đình Khoa", ("Chánh Văn phòng", "2019-03-01", "2019-09-30")),
            person(
                "Đặng Minh Tâm",
                ("Trưởng phòng", "1990-01-01", "1999-12-31"),
                ("Trưởng phòng", "2010-01-01", "2012-12-31"),
            ),
        ],
        organisations=provincial_units(),
    )


def person(name: str, *posts: tuple[str, str, str | None]) -> model.PersonFact:
    return model.PersonFact(name, None, [model.Position(r, NGHE_AN, s, e) for r, s, e in posts])


def graph(facts: model.Facts) -> DocumentGraph:
    built = build_graph(facts)
    return DocumentGraph.from_graph(str(built.iri), built.graph)


def periods(day: str) -> tuple:
    from api.service.common import periods as of_day

    return of_day(day)


def persons(store, text: str, day: str) -> set[str]:
    keys = summary.span_keys(day)
    rows = store.query(bind(text, date=day, periods=periods(day), spanKeys=keys)).rows
    return {str(row[0]) for row in rows if kind_of(str(row[0])) == "person"}


def assert_as_scanned(store) -> None:
    keyed = queries.for_store(store, "api_persons_on_date")
    for day in DAYS:
        assert persons(store, keyed, day) == persons(store, SCAN, day), day


def test_persons_on_a_date_are_those_a_scan_of_intervals_gives(any_store):
    docs = [graph(facts) for facts in [*all_documents(), old_rosters()]]
    for doc in docs:
        write_document(any_store, doc)
    assert_as_scanned(any_store)
    keyed = queries.for_store(any_store, "api_persons_on_date")
    # open since 1940, 1960-2001 (keyed as open), and 1990-2012 (two rows of one post)
    assert len(persons(any_store, keyed, "1995-01-01")) == 3
    # The roster given again without one interval, then removed: the keys follow.
    changed = old_rosters()
    changed.persons = changed.persons[1:]
    write_document(any_store, graph(changed))
    assert_as_scanned(any_store)
    remove_document(any_store, docs[-1].iri)
    assert_as_scanned(any_store)
    assert not persons(any_store, keyed, "1995-01-01")


def test_span_keys_cover_every_year_up_to_the_day():
    keys = [str(k) for k in summary.span_keys("2019-06-01")]
    assert keys[0] == "2019"
    assert keys[1:] == [f"{y}.." for y in range(summary.FIRST_YEAR, 2020)]
    assert [str(k) for k in summary.span_keys("1930")] == ["1945", "1945.."]
