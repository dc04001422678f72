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

from core.namespaces import CAND, ORG, RDF, SCHEMA, XSD
from kg import queries
from kg.documents import DocumentGraph, write_document
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
