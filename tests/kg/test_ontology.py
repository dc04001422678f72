"""The vocabulary, the rank scheme and the SHACL shapes, with both shape checkers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, URIRef
from support.graph_facts import conference_2020

from core.namespaces import CAND, RDF, RDFS, SCHEMA, SKOS
from core.ontology import ontology_graph
from core.settings import ONTOLOGY_DIR
from kg.triples import build_graph
from kg.validate import (
    ValidationError,
    Validator,
    shapes_graph,
    validate,
    validate_with_pyshacl,
)

DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
CHECKERS = {"native": validate, "pyshacl": validate_with_pyshacl}


def valid_graph() -> Graph:
    return build_graph(conference_2020()).graph


def the(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]  # type: ignore[return-value]


def drop_person_name(g: Graph) -> None:
    g.remove((the(g, CAND.Person), SCHEMA.name, None))


def bad_event_date(g: Graph) -> None:
    event = the(g, CAND.Event)
    g.set((event, SCHEMA.startDate, Literal("12/6/2020")))


def impossible_event_date(g: Graph) -> None:
    event = the(g, CAND.Event)
    g.set((event, SCHEMA.startDate, Literal("2020-02-30", datatype=DATE)))


def unit_as_attendee(g: Graph) -> None:
    g.add((the(g, CAND.Event), SCHEMA.attendee, the(g, CAND.ProvincialPolice)))


def literal_as_attendee(g: Graph) -> None:
    g.add((the(g, CAND.Event), SCHEMA.attendee, Literal("Phan Đức Thịnh")))


def rank_that_is_not_a_rank(g: Graph) -> None:
    g.set((the(g, CAND.RankObservation), CAND.rank, CAND.conference))


def two_ranks_in_one_observation(g: Graph) -> None:
    obs = the(g, CAND.RankObservation)
    g.add((obs, CAND.rank, URIRef("https://w3id.org/cand-kg/id/rank/thieu-tuong")))


def negative_count(g: Graph) -> None:
    g.set((the(g, CAND.AwardConferral), CAND.collectiveCount, Literal(-3)))


def post_without_role(g: Graph) -> None:
    g.remove((the(g, CAND.PostHolding), URIRef("http://www.w3.org/ns/org#role"), None))


def unknown_document_kind(g: Graph) -> None:
    g.set((the(g, CAND.SourceDocument), CAND.documentKind, Literal("blog")))


BREAKAGES: list[Callable[[Graph], None]] = [
    drop_person_name,
    bad_event_date,
    impossible_event_date,
    unit_as_attendee,
    literal_as_attendee,
    rank_that_is_not_a_rank,
    two_ranks_in_one_observation,
    negative_count,
    post_without_role,
    unknown_document_kind,
]


def test_ontology_and_shapes_parse():
    assert len(ontology_graph()) > 300
    assert len(shapes_graph()) > 50


def test_every_cand_term_is_defined_with_vietnamese_and_english_labels():
    graph = ontology_graph()  # cand.ttl, and ranks.ttl for the rank scheme
    for name in CAND.__annotations__:
        term = CAND[name]
        languages = {label.language for label in graph.objects(term, RDFS.label)}
        assert {"vi", "en"} <= languages, f"{term} lacks a vi or en label"


def test_seventeen_ranks_ordered_from_general_to_private():
    graph = Graph().parse(ONTOLOGY_DIR / "ranks.ttl", format="turtle")
    ranks = sorted(
        (int(order), str(rank))  # type: ignore[arg-type]
        for rank, order in graph.subject_objects(CAND.rankOrder)
    )
    assert [order for order, _ in ranks] == list(range(1, 18))
    assert ranks[0][1].endswith("/rank/dai-tuong")
    assert ranks[-1][1].endswith("/rank/binh-nhi")
    for _, rank in ranks:
        labels = {lab.language for lab in graph.objects(URIRef(rank), SKOS.prefLabel)}
        assert {"vi", "en"} <= labels


@pytest.mark.parametrize("checker", CHECKERS)
def test_shapes_accept_a_valid_graph(checker):
    CHECKERS[checker](valid_graph())


@pytest.mark.parametrize("checker", CHECKERS)
@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__)
def test_shapes_reject_an_invalid_graph(checker, breakage):
    graph = valid_graph()
    breakage(graph)
    with pytest.raises(ValidationError) as error:
        CHECKERS[checker](graph, "bai-thu")
    assert "bai-thu fails the SHACL shapes" in str(error.value)
    assert "candsh:" in str(error.value)


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__)
def test_native_checker_names_the_same_shape_and_focus_as_pyshacl(breakage):
    graph = valid_graph()
    breakage(graph)
    found = []
    for check in CHECKERS.values():
        with pytest.raises(ValidationError) as error:
            check(graph)
        found.append({v.split(":", 2)[1].split(" on ")[0] for v in error.value.violations})
    assert found[0] == found[1]


def test_a_shape_with_an_unsupported_constraint_is_refused():
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:pattern "^a" ] .""",
        format="turtle",
    )
    with pytest.raises(ValueError, match="not supported"):
        Validator(shapes)


def example_sources() -> list:
    from support.project import EXAMPLES

    return sorted(p for p in EXAMPLES.rglob("*") if p.suffix in {".txt", ".html", ".csv"})


@pytest.mark.parametrize("source", example_sources(), ids=lambda p: p.name)
def test_both_checkers_accept_the_graph_of_every_example(source):
    from ingest.sources import facts_from_path

    graph = build_graph(facts_from_path(source)).graph
    validate(graph, source.name)
    validate_with_pyshacl(graph, source.name)
