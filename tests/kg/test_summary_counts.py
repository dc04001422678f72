"""The counts the summary graph keeps (each document graph's size, the entities known from one
document) stay what counting the document graphs gives, after writes, renames by identity
resolution, removals, `kg summarize` and a dump loaded back."""

from __future__ import annotations

from functools import cache

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from support.graph_facts import CLUSTER, HA_TINH, MINISTRY, NGHE_AN, article
from support.identity_store import write
from support.project import FIXTURES

from core.ids import document_iri
from core.namespaces import CAND, SCHEMA
from ingest.model import ClusterFact, PersonFact, Position
from kg import backup, queries, summary
from kg.documents import DocumentGraph, remove_document, write_document, write_documents
from kg.pipeline import prepare
from kg.store import OxigraphStore

CORPUS = FIXTURES / "identity-corpus"

# What the summary's counts stand for, counted over the document graphs themselves.
COUNTED_ALONE = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?type (COUNT(?x) AS ?n) WHERE {
  { SELECT ?type ?x (COUNT(DISTINCT ?g) AS ?documents) WHERE {
      VALUES ?type { cand:Person cand:Unit cand:EmulationCluster cand:Event }
      GRAPH ?g { ?x a ?type }
      FILTER(STRSTARTS(STR(?g), "https://w3id.org/cand-kg/id/doc/"))
  } GROUP BY ?type ?x }
  FILTER(?documents = 1)
} GROUP BY ?type
"""
COUNTED_SIZES = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
SELECT ?doc (COUNT(*) AS ?n) WHERE { GRAPH ?doc { ?doc a cand:SourceDocument . ?s ?p ?o } }
GROUP BY ?doc
"""
DATED = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?doc (MAX(STR(?d)) AS ?published) WHERE {
  GRAPH ?doc { ?doc a cand:SourceDocument }
  OPTIONAL { GRAPH ?doc { ?doc schema:datePublished ?d } }
} GROUP BY ?doc
"""


@cache
def documents() -> tuple[DocumentGraph, ...]:
    paths = sorted((CORPUS / "articles").glob("*.txt")) + sorted((CORPUS / "rosters").glob("*.csv"))
    return tuple(p.graph for p in map(prepare, paths) if p.graph is not None)


def figures(rows) -> dict[str, int]:
    return {str(row[0]): int(str(row[1])) for row in rows}


def alone(store) -> dict[str, int]:
    return figures(queries.run(store, "single_source_entities").rows)


def assert_counts_hold(store) -> None:
    assert alone(store) == figures(store.query(COUNTED_ALONE).rows)
    sizes = {
        str(r["doc"]): int(str(r["triples"]))
        for r in queries.run(store, "stored_documents").dicts()
    }
    assert sizes == figures(store.query(COUNTED_SIZES).rows)
    assert kept_sizes(store) == sizes  # none left of a removed document
    dates = {str(d): None if p is None else str(p) for d, p in store.query(DATED).rows}
    keys = kept_orders(store)
    assert keys.keys() == sizes.keys()
    # Sorting on the keys is sorting on the dates, newest first, undated last.
    assert sorted(keys, key=lambda d: (keys[d], d)) == sorted(
        sorted(dates), key=lambda d: dates[d] or "", reverse=True
    )
    assert {d for d, key in keys.items() if key == "~"} == {d for d in dates if not dates[d]}


def kept_sizes(store) -> dict[str, int]:
    graph = summary.SUMMARY_GRAPH
    kept = store.query(f"SELECT ?d ?n WHERE {{ GRAPH <{graph}> {{ ?d <{CAND.graphSize}> ?n }} }}")
    return figures(kept.rows)


def kept_orders(store) -> dict[str, str]:
    graph = summary.SUMMARY_GRAPH
    kept = store.query(
        f"SELECT ?d ?k WHERE {{ GRAPH <{graph}> {{ ?d <{CAND.documentOrder}> ?k }} }}"
    )
    return {str(d): str(k) for d, k in kept.rows}


def test_only_a_graph_that_says_it_is_a_document_has_a_size(memory_store):
    by_hand, declared = document_iri("ghi-tay"), document_iri("tu-khai")
    plain = Graph()
    plain.add((URIRef("http://example.org/a"), SCHEMA.name, Literal("Một ghi chép")))
    saying = Graph()
    saying.add((declared, RDF.type, CAND.SourceDocument))
    saying.add((declared, SCHEMA.name, Literal("Một bản tin")))
    write_document(memory_store, DocumentGraph.from_graph(str(by_hand), plain))
    write_document(memory_store, DocumentGraph.from_graph(str(declared), saying))
    assert kept_sizes(memory_store) == {str(declared): 2}
    summary.rebuild(memory_store)
    assert kept_sizes(memory_store) == {str(declared): 2}


CAN_LOC = "Công an huyện Can Lộc"


def career() -> tuple[PersonFact, PersonFact, PersonFact]:
    """One officer seen as a district's head in Hà Tĩnh, then as a deputy director in Nghệ An
    (no step the ministry makes without saying, so two persons), and the article that states
    the move between the two."""
    before = PersonFact("Lê Quang Vinh", "Thượng tá", [Position("Trưởng Công an huyện", CAN_LOC)])
    moved = PersonFact(
        "Lê Quang Vinh",
        "Đại tá",
        [Position("Trưởng Công an huyện", CAN_LOC), Position("Phó Giám đốc", NGHE_AN)],
    )
    after = PersonFact("Lê Quang Vinh", "Thiếu tướng", [Position("Phó Giám đốc", NGHE_AN)])
    return before, moved, after


def test_counts_follow_writes_renames_and_removals(any_store):
    """An officer seen in two provinces is two persons, each from one document, until an
    article states his move: then the two documents name one person (renamed in both)."""
    before, moved, after = career()
    write(any_store, article("vinh-ha-tinh", "2016-10-05", before))
    write(any_store, article("vinh-nghe-an", "2023-01-12", after))
    apart = alone(any_store)
    assert_counts_hold(any_store)
    write(any_store, article("vinh-dieu-dong", "2020-03-02", moved))
    assert alone(any_store).get(str(CAND.Person), 0) == apart[str(CAND.Person)] - 2
    assert_counts_hold(any_store)
    remove_document(any_store, str(document_iri("vinh-dieu-dong")))
    assert alone(any_store) == apart
    assert_counts_hold(any_store)
    remove_document(any_store, str(document_iri("vinh-ha-tinh")))
    assert_counts_hold(any_store)


def summary_graph(store) -> set[tuple[str, str, str]]:
    found = store.query(f"SELECT * WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    return {(str(s), str(p), str(o)) for s, p, o in found.rows}


def test_cluster_listings_survive_renames_of_the_documents_listing_them(any_store):
    """Two articles listing a cluster are renamed when a third says their two officers are
    one: the listings (units and clusters, never renamed) stay what a rebuild gives."""
    before, moved, after = career()
    listing = ClusterFact(CLUSTER, MINISTRY, [HA_TINH])
    first = article("vinh-ha-tinh", "2016-10-05", before)
    first.clusters.append(listing)
    second = article("vinh-nghe-an", "2023-01-12", after)
    second.clusters.append(ClusterFact(CLUSTER, MINISTRY, [NGHE_AN]))
    write(any_store, first)
    write(any_store, second)
    write(any_store, article("vinh-dieu-dong", "2020-03-02", moved))
    listed = summary_graph(any_store)
    assert sum(p == str(CAND.listedIn) for _, p, _ in listed) == 2
    summary.rebuild(any_store)
    assert summary_graph(any_store) == listed
    remove_document(any_store, str(document_iri("vinh-dieu-dong")))
    left = summary_graph(any_store)
    assert sum(p == str(CAND.listedIn) for _, p, _ in left) == 2
    summary.rebuild(any_store)
    assert summary_graph(any_store) == left


@pytest.mark.parametrize("batch", [False, True])
def test_counts_survive_summarize_and_a_dump_loaded_back(tmp_path, batch):
    store = OxigraphStore(tmp_path / "kg")
    if batch:
        write_documents(store, documents())
    else:
        for doc in documents():
            write_document(store, doc)
    assert_counts_hold(store)
    written = store.query(f"SELECT * WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    summary.rebuild(store)
    rebuilt = store.query(f"SELECT * WHERE {{ GRAPH <{summary.SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}")
    assert set(rebuilt.rows) == set(written.rows)
    backup.dump(store, tmp_path / "dump.nq.gz")
    store.close()
    restored = OxigraphStore(tmp_path / "restored")
    backup.load(restored, tmp_path / "dump.nq.gz")
    assert_counts_hold(restored)
    restored.close()
