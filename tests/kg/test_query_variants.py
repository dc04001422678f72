"""A named query's store variants (kg/queries/NAME.DIALECT.rq) give the same rows as the query
itself, on every store kind, for parameters drawn from a small world. The rows expected are
the query's own on the embedded store: Virtuoso refuses some of the forms its variants replace
(on its cost estimate), even on a small store."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from rdflib import Literal, URIRef
from support.graph_facts import CLUSTER, HA_TINH, MINISTRY, NGHE_AN, cluster_listing
from support.stores import with_all_documents

from api.service.common import periods
from core.namespaces import CAND
from kg import queries
from kg.documents import DocumentGraph, write_document
from kg.resolve import cluster_iri, unit_iri
from kg.sparql import bind
from kg.store import OxigraphStore
from kg.summary import span_keys
from kg.triples import build_graph

VARIANTS = [(name, d) for name, dialects in queries.variants().items() for d in dialects]


def _order_only(name: str, dialect: str) -> bool:
    """A variant that is its query with Virtuoso told to keep the written join order: the text
    other stores run is the query itself."""
    variant = queries.text(name, dialect)
    return name in queries.VIRTUOSO_WRITTEN_ORDER and variant.split("\n", 1)[1] == queries.text(
        name
    )


REWRITTEN = [v for v in VARIANTS if not _order_only(*v)]
ORDER_ONLY = [v for v in VARIANTS if _order_only(*v)]
DATES = ("2019-06-01", "2020-05-05", "2021-01-01", "2022-12-01", "2023-05-05", "2024-01-01")
# What each parameter of the varied queries takes: every such entity of the world, and "any"
# for the filters of the lists.
KINDS = {
    "unit": CAND.Unit,
    "person": CAND.Person,
    "event": CAND.Event,
    "rank": CAND.Rank,
    "doc": CAND.SourceDocument,
    "cluster": CAND.EmulationCluster,
    "conferrals": CAND.AwardConferral,
    "entities": CAND.Event,  # a page of a list, one entity at a time: api_event_summaries'
}
# ... and those that take the values of a property.
OBJECTS = {"kind": CAND.eventKind, "recipient": CAND.recipient}
ANY = URIRef("urn:cand-kg:any")


@pytest.fixture
def store(any_store):
    return with_all_documents(any_store)


@pytest.fixture(scope="module")
def reference():
    store = with_all_documents(OxigraphStore())
    yield store
    store.close()


def parameter_sets(store, text: str) -> list[dict]:
    choices: dict[str, list] = {}
    derived = {"periods", "spanKeys"}  # the periods and span keys of $date, as the API gives
    for name in sorted(set(re.findall(r"\$([A-Za-z_]\w*)", text)) - derived):
        if name == "date":
            choices[name] = [Literal(d) for d in DATES]
        elif name in OBJECTS:
            found = store.query(f"SELECT DISTINCT ?x WHERE {{ ?s <{OBJECTS[name]}> ?x }}")
            choices[name] = [*sorted(row[0] for row in found.rows), ANY]
        elif name in KINDS:
            found = store.query(f"SELECT DISTINCT ?x WHERE {{ ?x a <{KINDS[name]}> }}")
            choices[name] = [*sorted(row[0] for row in found.rows), ANY]
        else:
            raise AssertionError(f"no values for ${name}: extend KINDS")
    names = sorted(choices)
    sets = [dict(zip(names, combo, strict=True)) for combo in itertools.product(*choices.values())]
    if "$periods" in text:
        for params in sets:
            params["periods"] = periods(str(params["date"]))
            params["spanKeys"] = span_keys(str(params["date"]))
    return sets


def answer(store, text: str, params: dict) -> Counter:
    return Counter(tuple(sorted(row.items())) for row in store.query(bind(text, **params)).dicts())


def test_there_are_variants_to_compare():
    assert VARIANTS, "no store variants in kg/queries"
    for name, _ in VARIANTS:
        assert name in queries.names()


def assert_rows_of_the_embedded_store(store, reference, plain: str, text: str) -> None:
    checked = nonempty = 0
    for params in parameter_sets(reference, plain):
        expected = answer(reference, plain, params)
        assert answer(store, text, params) == expected, params
        checked += 1
        nonempty += bool(expected)
    # The world must exercise the query: most parameter sets find something.
    assert checked and nonempty >= 1


@pytest.mark.parametrize(("name", "dialect"), REWRITTEN)
def test_a_variant_gives_the_rows_of_its_query(store, reference, name, dialect):
    plain, variant = queries.text(name), queries.text(name, dialect)
    assert plain != variant
    if store.dialect != "virtuoso" and name in queries.VIRTUOSO_WRITTEN_ORDER:
        # Only Virtuoso reads its DEFINE: the rest of the text is the one other stores run.
        variant = variant.split("\n", 1)[1]
    assert_rows_of_the_embedded_store(store, reference, plain, variant)


@pytest.mark.virtuoso
@pytest.mark.parametrize(("name", "dialect"), ORDER_ONLY)
def test_virtuoso_in_the_written_join_order_gives_the_rows_of_the_query(
    virtuoso_store, reference, name, dialect
):
    store = with_all_documents(virtuoso_store)
    plain, variant = queries.text(name), queries.text(name, dialect)
    assert_rows_of_the_embedded_store(store, reference, plain, variant)


# Queries that had a variant, now one form for every store: Virtuoso answered their earlier
# forms wrongly (api_events: two events under one IRI), which the comparison catches; and
# lists in one form from the start.
@pytest.mark.parametrize("name", ["api_events", "api_awards_listed"])
def test_one_form_gives_the_same_rows_on_every_store(store, reference, name):
    assert name not in queries.variants()
    text = queries.for_store(store, name)
    assert_rows_of_the_embedded_store(store, reference, text, text)


# A unit listed in one cluster by a document a year, one of them dated by its year only: on
# Virtuoso, a FILTER on a COALESCE of these OPTIONAL dates gave the rows it kept the first day
# of another listing (members "since" a day after the day asked), where the test world above,
# one listing per unit, showed nothing.
LISTED_ON = ("2016", "2017-05-24", "2018-11-13", "2019-01-28", "2020-03-24", "2021-06-02")


@pytest.fixture
def listed_yearly(any_store):
    reference = OxigraphStore()
    for number, day in enumerate(LISTED_ON):
        built = build_graph(cluster_listing(f"cum-{number}", day, CLUSTER, [NGHE_AN, HA_TINH]))
        for store in (any_store, reference):
            write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    yield any_store, reference
    reference.close()


@pytest.mark.parametrize("day", ["2016-06-01", "2017-05-15", "2018-12-01", "2022-01-01"])
def test_members_of_a_cluster_listed_yearly_are_the_embedded_stores(listed_yearly, day):
    store, reference = listed_yearly
    params = {"cluster": cluster_iri(CLUSTER, unit_iri(MINISTRY)), "date": Literal(day)}
    expected = answer(reference, queries.text("cluster_members_on_date"), params)
    assert expected  # the units are members from the first listing on
    assert answer(store, queries.for_store(store, "cluster_members_on_date"), params) == expected


# Virtuoso 7 finds a month or a year ("2024-11"^^xsd:gYearMonth) among the days that begin it
# (2024-11-01): a person seen on the first of a month, asked for another day of it, is not
# observed that day, and one seen in the month is.
SEEN = {"first-day": "2024-11-01", "month": "2024-11", "other-year": "2023"}


@pytest.mark.parametrize("day", ["2024-11-15", "2024-11-01", "2024-01-20"])
def test_persons_observed_on_a_day_are_the_embedded_stores(any_store, day):
    datatypes = {10: "date", 7: "gYearMonth", 4: "gYear"}
    facts = " ".join(
        f"<urn:x-test:seen-{who}> cand:person <urn:x-test:{who}> ; cand:observedOn "
        f'"{date}"^^xsd:{datatypes[len(date)]} .'
        for who, date in SEEN.items()
    )
    write = (
        "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
        f"INSERT DATA {{ GRAPH <https://w3id.org/cand-kg/doc/seen> {{ {facts} }} }}"
    )
    reference = OxigraphStore()
    try:
        for store in (any_store, reference):
            store.update(write)
        params = {"date": Literal(day), "periods": periods(day), "spanKeys": span_keys(day)}
        expected = answer(reference, queries.text("api_persons_on_date"), params)
        found = answer(any_store, queries.for_store(any_store, "api_persons_on_date"), params)
    finally:
        reference.close()
    assert found == expected
    assert expected == Counter(
        {
            (("s", URIRef(f"urn:x-test:{who}")),): 1
            for who, date in SEEN.items()
            if day.startswith(date)
        }
    )
