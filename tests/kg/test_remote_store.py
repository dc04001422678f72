"""The remote SPARQL store: protocol behaviour on every store, and Virtuoso's specifics."""

from __future__ import annotations

import io
import os
import re

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from support.sample_graphs import EX, G1, G2, mixed_terms, people, sorted_rows
from support.virtuoso import open_test_virtuoso, staging_graphs

from core.namespaces import SUMMARY_GRAPH
from kg.store import OxigraphStore, QuerySyntaxError, StoreError
from kg.store.remote import RemoteStore
from kg.store.sparql_results import query_form

# Behaviour every store shares


def test_default_graph_is_the_union_of_the_applications_graphs_only(any_store):
    assert any_store.graphs() == []
    assert any_store.count() == 0
    assert any_store.query("SELECT * WHERE { ?s ?p ?o }").rows == []
    any_store.replace_graph(G1, people(2))
    any_store.replace_graph(G2, people(3, "q"))
    assert any_store.graphs() == [G1, G2]
    assert any_store.count() == 5
    assert len(any_store.query("SELECT * WHERE { ?s ?p ?o }")) == 5
    only = any_store.query("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G1])
    assert len(only) == 2


def test_terms_come_back_as_the_embedded_store_returns_them(any_store):
    reference = OxigraphStore(None)
    for store in (reference, any_store):
        store.replace_graph(G1, mixed_terms())
    query = f"SELECT ?p ?o WHERE {{ <{EX}a> ?p ?o }}"
    assert sorted_rows(any_store, query) == sorted_rows(reference, query)
    count = any_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert count == Literal(6)


def test_text_rows_are_the_text_of_the_terms_a_query_returns(any_store):
    with_blank = mixed_terms()
    with_blank.add((URIRef(EX + "a"), URIRef(EX + "holds"), BNode()))
    any_store.replace_graph(G1, with_blank)
    any_store.replace_graph(G2, people(2))
    query = f"SELECT ?s ?p ?o ?none WHERE {{ ?s ?p ?o OPTIONAL {{ ?o <{EX}missing> ?none }} }}"
    rows = any_store.text_rows(query)
    as_text = [tuple(None if t is None else str(t) for t in row) for row in any_store.query(query)]
    assert sorted(rows, key=repr) == sorted(as_text, key=repr)
    assert len(rows) == 9  # the default graph is the union of both graphs
    assert (EX + "a", EX + "month", "2021-07", None) in rows
    assert (EX + "p1", EX + "name", "Người 1", None) in rows
    assert all(isinstance(v, str) for row in rows for v in row[:3])
    with pytest.raises(QuerySyntaxError, match="SELECT"):
        any_store.text_rows(f"ASK {{ <{EX}a> ?p ?o }}")
    with pytest.raises(QuerySyntaxError):
        any_store.text_rows("SELECT ?x WHERE { ?x ")


def test_ask_and_construct_results(any_store):
    any_store.replace_graph(G1, mixed_terms())
    assert any_store.query(f"ASK {{ <{EX}a> <{EX}knows> <{EX}b> }}").boolean is True
    assert any_store.query(f"ASK {{ <{EX}b> <{EX}knows> <{EX}a> }}").boolean is False
    built = any_store.query(
        f"PREFIX ex: <{EX}>\nCONSTRUCT {{ ?s ex:label ?o }} WHERE {{ ?s ex:name ?o }}"
    ).graph
    assert set(built) == {
        (URIRef(EX + "a"), URIRef(EX + "label"), Literal("Đại tá Nguyễn Văn Ân", lang="vi"))
    }


def test_replacing_a_graph_keeps_only_the_new_triples(any_store):
    any_store.replace_graph(G1, people(40))
    any_store.replace_graph(G1, people(3, version=" mới"))
    names = {str(r[0]) for r in any_store.query(f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}")}
    assert names == {"Người 0 mới", "Người 1 mới", "Người 2 mới"}
    any_store.replace_graph(G1, Graph())
    assert any_store.graphs() == []


def test_export_then_load_copies_every_graph(any_store):
    any_store.replace_graph(G1, mixed_terms())
    any_store.replace_graph(G2, people(4))
    buffer = io.BytesIO()
    any_store.export(buffer, "nq")
    copy = OxigraphStore(None)
    copy.load(io.BytesIO(buffer.getvalue()), "nq")
    assert copy.graphs() == [G1, G2]
    assert copy.count() == 10
    any_store.drop_graph(G1)
    any_store.drop_graph(G2)
    any_store.load(io.BytesIO(buffer.getvalue()), "nq")
    assert any_store.graphs() == [G1, G2]
    assert any_store.count() == 10


def test_bad_sparql_raises_syntax_error(any_store):
    with pytest.raises(QuerySyntaxError):
        any_store.query("SELECT ?x WHERE { ?x ")


def test_query_form_is_read_after_the_prologue():
    query = "# người\nPREFIX ex: <http://e/#>\nBASE <http://b/>\n construct { } where { }"
    assert query_form(query) == "construct"
    assert query_form("PREFIX a: <x:>ASK{}") == "ask"
    with pytest.raises(QuerySyntaxError):
        query_form("INSERT DATA { }")


# Virtuoso specifics


@pytest.mark.virtuoso
def test_big_graph_is_written_in_one_graph_store_put(virtuoso_store):
    assert virtuoso_store.graph_store_url is None or "graph-crud" in virtuoso_store.graph_store_url
    virtuoso_store.replace_graph(G1, people(5000))
    assert virtuoso_store.graph_store_url.endswith("/sparql-graph-crud-auth")
    assert virtuoso_store.count(G1) == 5000


@pytest.mark.virtuoso
def test_without_graph_store_a_big_graph_goes_through_a_staging_graph(virtuoso_store):
    store = open_test_virtuoso(detect_graph_store=False, update_batch_triples=100)
    store.replace_graph(G1, people(5, version=" cũ"))
    store.replace_graph(G1, people(1234))
    assert store.graphs() == [G1]
    assert store.count(G1) == 1234
    assert staging_graphs(store) == []
    store.drop_graph(G1)
    store.close()


@pytest.mark.virtuoso
def test_bulk_load_streams_batches(virtuoso_store):
    virtuoso_store.load_batch_triples = 250
    lines = [
        f'<{EX}s{i}> <{EX}name> "Đơn vị {i}"@vi <{G1 if i % 2 else G2}> .\n' for i in range(2001)
    ]
    virtuoso_store.load(io.BytesIO("".join(lines).encode()), "nq")
    assert virtuoso_store.count(G1) == 1000
    assert virtuoso_store.count(G2) == 1001


@pytest.mark.virtuoso
def test_anonymous_user_cannot_write_and_is_told_why(virtuoso_store):
    from support.virtuoso import VIRTUOSO_ENV

    url = os.environ[VIRTUOSO_ENV].replace("/sparql-auth", "/sparql")
    anonymous = RemoteStore(url, retries=1)
    with pytest.raises(StoreError, match="refused access"):
        anonymous.replace_graph(G1, people(2))
    with pytest.raises(StoreError, match="refused access"):
        anonymous.drop_graph(G1)
    anonymous.close()
    assert virtuoso_store.graphs() == []


@pytest.mark.virtuoso
def test_kg_commands_use_the_server_named_by_kg_store(virtuoso_store, tmp_path):
    from support.project import run_kg
    from support.virtuoso import VIRTUOSO_ENV, virtuoso_credentials

    from core.namespaces import REFERENCE_GRAPH, SUMMARY_GRAPH

    source = tmp_path / "bai-mot.ttl"
    people(3).serialize(source, format="turtle")
    credentials = virtuoso_credentials()
    env = {"KG_STORE_USER": credentials["user"], "KG_STORE_PASSWORD": credentials["password"]}
    url = os.environ[VIRTUOSO_ENV]
    ingested = run_kg("ingest", str(source), store=url, env=env)
    assert ingested.returncode == 0, ingested.stderr
    # the document, the reference data of units the first command loaded, and the summary
    # graph that catalogues their names
    assert virtuoso_store.graphs() == sorted(
        ["https://w3id.org/cand-kg/id/doc/bai-mot", REFERENCE_GRAPH, SUMMARY_GRAPH]
    )
    stats = run_kg("stats", store=url, env=env)
    quads = sum(virtuoso_store.count(graph) for graph in virtuoso_store.graphs())
    assert re.search(rf"quads\s+{quads}\b", stats.stdout)
    assert credentials["password"] not in stats.stdout + stats.stderr + ingested.stderr
    refused = run_kg(
        "ingest", str(source), store=url, env={"KG_STORE_USER": "", "KG_STORE_PASSWORD": ""}
    )
    assert refused.returncode != 0
    assert "KG_STORE_USER" in refused.stderr


def test_bulk_load_replaces_the_graphs_named_and_adds_to_the_others(any_store):
    if isinstance(any_store, RemoteStore):
        any_store.load_batch_triples = 250  # many batches, posted side by side
    any_store.replace_graph(G1, people(3))
    any_store.replace_graph(G2, people(2))
    lines = [
        f'<{EX}s{i}> <{EX}name> "Đơn vị {i}"@vi <{G1 if i % 2 else G2}> .\n' for i in range(2001)
    ]
    any_store.bulk_load(io.BytesIO("".join(lines).encode()), "nq", replacing=[G1])
    assert any_store.count(G1) == 1000  # the old triples of G1 are gone
    assert any_store.count(G2) == 1001 + len(people(2))


def test_a_bulk_load_that_fails_part_way_leaves_the_replaced_graph_whole(any_store):
    if isinstance(any_store, RemoteStore):
        any_store.load_batch_triples = 50  # batches go to the server before the bad line
    any_store.replace_graph(SUMMARY_GRAPH, people(3, "old"))
    before = sorted_rows(
        any_store, f"SELECT ?s ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?n }} }}"
    )
    lines = [f'<{EX}t{i}> <{EX}name> "Nhiệm kỳ {i}" <{SUMMARY_GRAPH}> .\n' for i in range(500)]
    broken = "".join(lines[:400]) + f'<{EX}t400> <{EX}name> "không đóng <{SUMMARY_GRAPH}> .\n'
    with pytest.raises(StoreError, match="invalid nq"):
        any_store.bulk_load(io.BytesIO(broken.encode()), "nq", replacing=[SUMMARY_GRAPH])
    after = sorted_rows(
        any_store, f"SELECT ?s ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?n }} }}"
    )
    assert after == before
    assert staging_graphs(any_store) == []
    any_store.bulk_load(io.BytesIO("".join(lines).encode()), "nq", replacing=[SUMMARY_GRAPH])
    assert any_store.count(SUMMARY_GRAPH) == 500


@pytest.mark.virtuoso
def test_a_batch_virtuoso_refuses_leaves_the_summary_whole(virtuoso_store):
    # Without a Graph Store the batches are INSERT DATA updates; Virtuoso refuses one of
    # thousands of triples (its SQL text runs past 10,000 lines) and accepts one of a hundred.
    loader = open_test_virtuoso(detect_graph_store=False, update_batch_triples=5000)
    loader.load_batch_triples = 5000
    loader.replace_graph(SUMMARY_GRAPH, people(3, "old"))
    before = sorted_rows(loader, f"SELECT ?s ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?n }} }}")
    summary = [f'<{EX}t{i}> <{EX}name> "Nhiệm kỳ {i}" <{SUMMARY_GRAPH}> .\n' for i in range(100)]
    other = [f'<{EX}d{i}> <{EX}name> "Văn bản {i}" <{G2}> .\n' for i in range(3000)]
    data = io.BytesIO("".join(summary + other).encode())
    with pytest.raises(QuerySyntaxError, match="rejected"):
        loader.bulk_load(data, "nq", replacing=[SUMMARY_GRAPH])
    after = sorted_rows(loader, f"SELECT ?s ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?n }} }}")
    assert after == before
    assert staging_graphs(loader) == []
    loader.close()
