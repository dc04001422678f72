"""Facts -> the RDF graph of one document."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from support.graph_facts import (
    HA_TINH,
    NGHE_AN,
    NGHI_LOC,
    conference_2020,
    document,
    promotion_2023,
    roster,
)

from core.ids import document_iri, mint
from core.namespaces import CAND, ORG, PROV, RDF, SCHEMA
from ingest.model import EventFact, Facts, PersonFact, Position
from kg.dates import date_literal
from kg.resolve import person_iri, unit_iri
from kg.triples import build_graph
from kg.validate import validate

THINH = person_iri("Phan Đức Thịnh")


def test_document_graph_describes_its_source():
    built = build_graph(conference_2020())
    g, doc = built.graph, document_iri("hoi-nghi-cum-3-2020")
    assert built.iri == doc
    assert (doc, RDF.type, CAND.SourceDocument) in g
    assert (doc, RDF.type, PROV.Entity) in g
    assert g.value(doc, CAND.fileName) == Literal("hoi-nghi-cum-3-2020.txt")
    assert g.value(doc, SCHEMA.datePublished) == date_literal("2020-06-12")
    assert g.value(doc, SCHEMA.name) == Literal("Tin hoi-nghi-cum-3-2020")
    assert g.value(doc, CAND.contentHash) == Literal("hash-hoi-nghi-cum-3-2020")
    assert g.value(doc, CAND.documentKind) == Literal("article")


def test_every_entity_carries_its_generic_class():
    g = build_graph(conference_2020()).graph
    assert (unit_iri(NGHI_LOC), RDF.type, CAND.DistrictPolice) in g
    assert (unit_iri(NGHI_LOC), RDF.type, CAND.Unit) in g
    assert (unit_iri(NGHE_AN), RDF.type, CAND.ProvincialPolice) in g
    assert (THINH, RDF.type, CAND.Person) in g
    assert (THINH, RDF.type, SCHEMA.Person) in g
    event = next(g.subjects(RDF.type, CAND.Event))
    assert (event, RDF.type, SCHEMA.Event) in g
    assert set(g.subjects(RDF.type, CAND.EmulationCluster)) <= set(
        g.subjects(RDF.type, ORG.Organization)
    )


def test_person_has_nfc_name_and_folded_name():
    g = build_graph(promotion_2023()).graph
    assert g.value(THINH, SCHEMA.name) == Literal("phan đức thịnh")
    assert g.value(THINH, CAND.foldedName) == Literal("phan duc thinh")


def test_unit_hierarchy_is_sub_organisation_of():
    g = build_graph(conference_2020()).graph
    assert (unit_iri(NGHI_LOC), ORG.subOrganizationOf, unit_iri(NGHE_AN)) in g
    assert (unit_iri(NGHE_AN), ORG.subOrganizationOf, unit_iri("Bộ Công an")) in g


def test_rank_observation_links_person_rank_date_source_and_evidence():
    facts = conference_2020()
    g = build_graph(facts).graph
    (obs,) = [o for o in g.subjects(CAND.person, THINH)]
    assert (obs, RDF.type, CAND.RankObservation) in g
    assert g.value(obs, CAND.rank) == URIRef("https://w3id.org/cand-kg/id/rank/dai-ta")
    assert g.value(obs, CAND.observedOn) == date_literal("2020-06-12")
    assert g.value(obs, PROV.wasDerivedFrom) == document_iri("hoi-nghi-cum-3-2020")
    sentence = facts.document.sentences[0]
    assert g.value(obs, CAND.sentenceIndex) == Literal(0)
    assert g.value(obs, CAND.evidenceStart) == Literal(sentence.start)
    assert g.value(obs, CAND.evidenceEnd) == Literal(sentence.end)
    assert str(g.value(obs, CAND.evidenceText)) == sentence.text


def test_post_is_a_dated_membership_with_a_role_concept():
    g = build_graph(conference_2020()).graph
    (post,) = [p for p in g.subjects(ORG.member, THINH) if (p, RDF.type, CAND.PostHolding) in g]
    assert (post, RDF.type, ORG.Membership) in g
    assert g.value(post, ORG.organization) == unit_iri(NGHE_AN)
    role = g.value(post, ORG.role)
    assert role == mint("role", "Phó Giám đốc")
    assert (role, RDF.type, CAND.Role) in g
    assert g.value(post, CAND.observedOn) == date_literal("2020-06-12")


def test_roster_positions_become_intervals():
    g = build_graph(roster()).graph
    viet = person_iri("Trần Quốc Việt")
    (post,) = [p for p in g.subjects(ORG.member, viet) if (p, RDF.type, CAND.PostHolding) in g]
    assert g.value(post, SCHEMA.startDate) == date_literal("2018-01-15")
    assert g.value(post, SCHEMA.endDate) == date_literal("2022-10-31")
    assert g.value(post, CAND.observedOn) is None
    assert g.value(document_iri("lanh-dao-nghe-an"), CAND.documentKind) == Literal("roster")


def test_cluster_members_are_dated_by_the_source_year():
    g = build_graph(conference_2020()).graph
    (cluster,) = g.subjects(RDF.type, CAND.EmulationCluster)
    assert (unit_iri(HA_TINH), ORG.memberOf, cluster) in g
    memberships = set(g.subjects(ORG.organization, cluster))
    assert len(memberships) == 2
    for node in memberships:
        assert (node, RDF.type, CAND.ClusterMembership) in g
        assert g.value(node, CAND.year) == date_literal("2020")


def test_event_has_kind_date_organiser_chair_and_attendees():
    g = build_graph(conference_2020()).graph
    (event,) = g.subjects(RDF.type, CAND.Event)
    assert g.value(event, CAND.eventKind) == CAND.conference
    assert g.value(event, SCHEMA.startDate) == date_literal("2020-06-12")
    assert g.value(event, SCHEMA.location) == Literal("Thành phố Vinh")
    assert g.value(event, CAND.chair) == THINH
    assert len(set(g.objects(event, SCHEMA.attendee))) == 3
    assert (g.value(event, SCHEMA.organizer), RDF.type, CAND.EmulationCluster) in g


def test_award_conferral_links_award_recipient_grantor_and_counts():
    g = build_graph(conference_2020()).graph
    (to_unit,) = g.subjects(CAND.recipient, unit_iri(NGHI_LOC))
    assert (to_unit, RDF.type, CAND.AwardConferral) in g
    assert g.value(to_unit, CAND.award) == mint("award", "Bằng khen")
    assert g.value(to_unit, CAND.grantor) == unit_iri(NGHE_AN)
    assert g.value(to_unit, CAND.grantorName) == Literal("Giám đốc Công an tỉnh Nghệ An")
    assert g.value(to_unit, CAND.collectiveCount) == Literal(4)
    assert g.value(to_unit, CAND.individualCount) == Literal(12)
    mai = person_iri("Hồ Thị Mai")
    assert len(set(g.subjects(CAND.recipient, mai))) == 1


def test_same_facts_give_the_same_triples_and_node_iris():
    first, second = build_graph(conference_2020()).graph, build_graph(conference_2020()).graph
    assert set(first) == set(second)
    assert isomorphic(first, second)


def test_two_identical_events_in_one_document_get_distinct_stable_iris():
    facts = Facts(
        document=document("hai-su-kien", "2021-01-01"),
        events=[EventFact("conference", "2021-01-01"), EventFact("conference", "2021-01-01")],
    )
    events = sorted(build_graph(facts).graph.subjects(RDF.type, CAND.Event))
    assert len(events) == 2
    assert events == sorted(build_graph(facts).graph.subjects(RDF.type, CAND.Event))


def test_unknown_rank_is_a_warning_not_a_triple():
    facts = Facts(
        document=document("cap-bac-la", "2021-01-01"),
        persons=[PersonFact("Đỗ Văn Hải", "Đại nguyên soái", [])],
    )
    built = build_graph(facts)
    assert not set(built.graph.subjects(RDF.type, CAND.RankObservation))
    assert any("Đại nguyên soái" in w for w in built.warnings)


def test_invalid_dates_are_left_out_with_a_warning():
    facts = Facts(
        document=document("ngay-sai", "2021-02-30"),
        persons=[PersonFact("Đỗ Văn Hải", None, [Position("Giám đốc", NGHE_AN, "2020-13-01")])],
    )
    built = build_graph(facts)
    assert not list(built.graph.objects(None, SCHEMA.datePublished))
    assert not list(built.graph.objects(None, SCHEMA.startDate))
    assert len(built.warnings) == 2
    validate(built.graph)


def test_every_built_graph_passes_the_shapes():
    for facts in (conference_2020(), promotion_2023(), roster()):
        validate(build_graph(facts).graph, facts.document.id)


def test_roster_rank_is_dated_at_the_start_of_its_post():
    g = build_graph(roster()).graph
    viet = person_iri("Trần Quốc Việt")
    (obs,) = g.subjects(CAND.person, viet)
    assert g.value(obs, CAND.observedOn) == date_literal("2018-01-15")
