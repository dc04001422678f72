"""Memberships of emulation clusters over time, on every store kind: a membership holds from
the day its source lists it until the unit ends (merged or dissolved) or a later source lists
the unit in another cluster (the clusters regrouped after the 2025 reorganisation)."""

from __future__ import annotations

import pytest
from rdflib import Literal
from support.graph_facts import (
    BEN_TRE,
    CLUSTER,
    HA_TINH,
    MINISTRY,
    NGHE_AN,
    REGROUPED_CLUSTER,
    VINH_LONG,
    cluster_listing,
    regrouped_clusters,
)

from core.ids import document_iri
from core.namespaces import CAND, ORG, RDF, SCHEMA, SUMMARY_GRAPH, XSD
from kg import queries, summary
from kg.documents import DocumentGraph, remove_document, write_document
from kg.resolve import cluster_iri, unit_iri
from kg.triples import build_graph
from kg.units.reference import ensure_reference

OLD_CLUSTER = CLUSTER
NEW_CLUSTER = REGROUPED_CLUSTER
SOURCES = regrouped_clusters()


def cluster(name: str):
    return cluster_iri(name, unit_iri(MINISTRY))


@pytest.fixture
def store(any_store):
    ensure_reference(any_store)
    for facts in SOURCES:
        built = build_graph(facts)
        write_document(any_store, DocumentGraph.from_graph(str(built.iri), built.graph))
    return any_store


def members_on(store, name: str, day: str) -> dict[str, str]:
    found = queries.run(
        store,
        "cluster_members_on_date",
        cluster=cluster(name),
        date=Literal(day, datatype=XSD.date),
    ).dicts()
    return {str(r["label"]): str(r["since"]) for r in found}


def test_a_membership_starts_on_the_day_its_source_lists_it():
    g = build_graph(SOURCES[1]).graph
    memberships = list(g.subjects(ORG.organization, cluster(NEW_CLUSTER)))
    assert len(memberships) == 2
    for node in memberships:
        assert (node, RDF.type, CAND.ClusterMembership) in g
        assert g.value(node, SCHEMA.startDate) == Literal("2026-03-10", datatype=XSD.date)
        assert g.value(node, SCHEMA.endDate) is None


def test_a_2026_listing_of_a_unit_that_had_ended_ends_with_the_unit():
    built = build_graph(cluster_listing("cum-3-nam-2026", "2026-01-05", OLD_CLUSTER, [BEN_TRE]))
    (node,) = built.graph.subjects(ORG.member, unit_iri(BEN_TRE))
    assert built.graph.value(node, SCHEMA.endDate) == Literal("2025-07-01", datatype=XSD.date)
    assert built.graph.value(node, SCHEMA.startDate) is None
    assert any("ended on 2025-07-01" in w for w in built.warnings)


def test_members_before_the_reorganisation(store):
    assert members_on(store, OLD_CLUSTER, "2024-01-01") == {
        NGHE_AN: "2023-04-20",
        HA_TINH: "2023-04-20",
        BEN_TRE: "2023-04-20",
    }
    assert members_on(store, OLD_CLUSTER, "2023-04-19") == {}
    assert members_on(store, NEW_CLUSTER, "2024-01-01") == {}


def test_a_merged_unit_leaves_its_cluster_on_the_day_of_the_merger(store):
    assert BEN_TRE in members_on(store, OLD_CLUSTER, "2025-06-30")
    assert set(members_on(store, OLD_CLUSTER, "2025-07-01")) == {NGHE_AN, HA_TINH}


def test_a_regrouped_unit_is_a_member_of_its_new_cluster_only(store):
    assert set(members_on(store, OLD_CLUSTER, "2026-03-09")) == {NGHE_AN, HA_TINH}
    assert members_on(store, OLD_CLUSTER, "2026-03-10") == {HA_TINH: "2023-04-20"}
    assert members_on(store, NEW_CLUSTER, "2026-03-10") == {
        NGHE_AN: "2026-03-10",
        VINH_LONG: "2026-03-10",
    }


def summary_listings(store) -> set[tuple[str, str, str]]:
    """The listings and links of the summary graph, with what each listing holds."""
    found = store.query(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} "
        f"FILTER(?p IN (<{CAND.listedIn}>, <{CAND.listedMember}>, <{CAND.listedYear}>, "
        f"<{CAND.listedFrom}>, <{CAND.listedUntil}>, <{CAND.linkedTo}>)) }}"
    )
    return {(str(s), str(p), str(o)) for s, p, o in found.rows}


def listed_days(store, name: str) -> dict[str, set[str]]:
    found = store.query(
        f"SELECT ?u ?from WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?l <{CAND.listedIn}> "
        f"<{cluster(name)}> ; <{CAND.listedMember}> ?u ; <{CAND.listedFrom}> ?from }} }}"
    )
    days: dict[str, set[str]] = {}
    for unit, day in found.rows:
        days.setdefault(str(unit), set()).add(str(day))
    return days


def test_the_summary_lists_each_dated_membership_once_as_documents_come_and_go(store):
    """A second article listing the same cluster on the same day adds no listing; a removed
    article takes away only what no other document lists; the summary is always what a
    rebuild from the documents gives."""
    first = listed_days(store, OLD_CLUSTER)
    assert first == {str(unit_iri(u)): {"2023-04-20"} for u in (NGHE_AN, HA_TINH, BEN_TRE)}
    same_day = cluster_listing("cum-3-lan-nua", "2023-04-20", OLD_CLUSTER, [NGHE_AN, HA_TINH])
    later = cluster_listing("cum-3-nam-2024", "2024-02-02", OLD_CLUSTER, [HA_TINH])
    for facts in (same_day, later):
        built = build_graph(facts)
        write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    assert listed_days(store, OLD_CLUSTER)[str(unit_iri(HA_TINH))] == {"2023-04-20", "2024-02-02"}
    with_all = summary_listings(store)
    summary.rebuild(store)
    assert summary_listings(store) == with_all
    remove_document(store, str(document_iri("cum-3-nam-2023")))
    assert listed_days(store, OLD_CLUSTER) == {
        str(unit_iri(NGHE_AN)): {"2023-04-20"},
        str(unit_iri(HA_TINH)): {"2023-04-20", "2024-02-02"},
    }
    left = summary_listings(store)
    summary.rebuild(store)
    assert summary_listings(store) == left
    for doc_id in ("cum-3-lan-nua", "cum-3-nam-2024"):
        remove_document(store, str(document_iri(doc_id)))
    assert listed_days(store, OLD_CLUSTER) == {}
    assert not any(str(cluster(OLD_CLUSTER)) in t for t in summary_listings(store))


def test_a_replaced_listing_gives_its_new_members_only(store):
    changed = cluster_listing("cum-3-nam-2023", "2023-04-20", OLD_CLUSTER, [NGHE_AN])
    built = build_graph(changed)
    write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    assert set(listed_days(store, OLD_CLUSTER)) == {str(unit_iri(NGHE_AN))}
    assert set(members_on(store, OLD_CLUSTER, "2024-01-01")) == {NGHE_AN}
    left = summary_listings(store)
    summary.rebuild(store)
    assert summary_listings(store) == left


def test_a_clusters_page_and_a_units_clusters_read_the_listings(store):
    members = queries.run(store, "api_cluster", cluster=cluster(OLD_CLUSTER)).dicts()
    dated = {
        (str(r["label"]), str(r.get("start", "")), str(r.get("end", "")))
        for r in members
        if str(r["rel"]) == "member"
    }
    assert (BEN_TRE, "2023-04-20", "2025-07-01") in dated  # the unit's merger ends it
    assert (NGHE_AN, "2023-04-20", "") in dated
    assert (NGHE_AN, "", "") in dated  # the bare link
    clusters = queries.run(store, "api_unit_clusters", unit=unit_iri(NGHE_AN)).dicts()
    assert {(str(r["label"]), str(r["start"])) for r in clusters} == {
        (OLD_CLUSTER, "2023-04-20"),
        (NEW_CLUSTER, "2026-03-10"),
    }
