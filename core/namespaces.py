"""Vocabulary namespaces. Project terms are a DefinedNamespace: a typo is an error."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.namespace import Namespace as _NS
from rdflib.term import URIRef

SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
SH = Namespace("http://www.w3.org/ns/shacl#")

ONTOLOGY_IRI = "https://w3id.org/cand-kg/ontology#"
ID_BASE = "https://w3id.org/cand-kg/id/"


class CAND(DefinedNamespace):
    """Terms of `ontology/cand.ttl`."""

    _NS = _NS(ONTOLOGY_IRI)
    _fail = True

    # classes
    Person: URIRef
    Unit: URIRef
    Ministry: URIRef
    Department: URIRef
    ProvincialPolice: URIRef
    DistrictPolice: URIRef
    CommunePolice: URIRef
    Division: URIRef
    PartyCommittee: URIRef
    PeoplesCommittee: URIRef
    PeoplesCouncil: URIRef
    OtherOrganisation: URIRef
    EmulationCluster: URIRef
    EmulationBloc: URIRef
    ClusterMembership: URIRef
    Rank: URIRef
    RankObservation: URIRef
    Role: URIRef
    PostHolding: URIRef
    Event: URIRef
    EventKind: URIRef
    Award: URIRef
    AwardConferral: URIRef
    SourceDocument: URIRef
    Tenure: URIRef
    # concept schemes and individuals
    RankScheme: URIRef
    EventKindScheme: URIRef
    conference: URIRef
    ceremony: URIRef
    signing: URIRef
    campaign: URIRef
    appointment: URIRef
    other: URIRef
    # properties
    foldedName: URIRef
    rank: URIRef
    rankOrder: URIRef
    person: URIRef
    observedOn: URIRef
    eventKind: URIRef
    chair: URIRef
    award: URIRef
    recipient: URIRef
    grantor: URIRef
    grantorName: URIRef
    collectiveCount: URIRef
    individualCount: URIRef
    year: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    evidenceText: URIRef
    sentenceIndex: URIRef
    contentHash: URIRef
    fileName: URIRef
    documentKind: URIRef
    tenureOf: URIRef
    tenureRank: URIRef
    tenureRole: URIRef
    tenureUnit: URIRef
    firstSeen: URIRef
    lastSeen: URIRef
    seenIn: URIRef
    sampleSource: URIRef
    unpruned: URIRef
    endedOn: URIRef
    catalogueName: URIRef
    personOrder: URIRef
    unitOrder: URIRef
    clusterOrder: URIRef
    listedAs: URIRef
    listedUnder: URIRef


__all__ = [
    "CAND",
    "DCTERMS",
    "FOAF",
    "ID_BASE",
    "ONTOLOGY_IRI",
    "ORG",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "SKOS",
    "TIME",
    "XSD",
]
