from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.sparql import QueryParameterError, bind


def test_literal_with_quotes_and_braces_stays_a_literal(memory_store):
    hostile = '"}; DROP ALL; #'
    query = bind("SELECT ?x WHERE { BIND($v AS ?x) }", v=hostile)
    rows = memory_store.query(query).rows
    assert [str(r[0]) for r in rows] == [hostile]


@pytest.mark.parametrize("iri", ["http://x> <y", "<http://x>", "no-scheme", "http://a b"])
def test_malformed_iris_are_refused(iri):
    with pytest.raises(QueryParameterError):
        bind("SELECT * WHERE { $s ?p ?o }", s=URIRef(iri))


def test_missing_parameter_is_an_error():
    with pytest.raises(QueryParameterError, match=r"\$who"):
        bind("SELECT * WHERE { $who ?p ?o }")


def test_typed_values_keep_their_type():
    assert bind("$n", n=5) == Literal(5).n3()
    assert bind("$s", s=URIRef("https://w3id.org/cand-kg/id/person/a")) == (
        "<https://w3id.org/cand-kg/id/person/a>"
    )


def test_a_tuple_binds_each_term_and_refuses_a_bad_one():
    people = (URIRef("https://w3id.org/cand-kg/id/person/a"), Literal('"} ;'))
    assert bind("VALUES ?x { $xs }", xs=people) == (
        'VALUES ?x { <https://w3id.org/cand-kg/id/person/a> "\\"} ;" }'
    )
    with pytest.raises(QueryParameterError):
        bind("VALUES ?x { $xs }", xs=(URIRef("http://a b"),))
