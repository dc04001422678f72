"""Vocabulary namespaces. Project terms are a DefinedNamespace: a typo is an error."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace
from rdflib.namespace import Namespace as _NS
from rdflib.term import URIRef

SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
SH = Namespace("http://www.w3.org/ns/shacl#")

# Every IRI the project mints (terms, entities, document and summary graphs) is under this.
PROJECT_BASE = "https://w3id.org/cand-kg/"
ONTOLOGY_IRI = f"{PROJECT_BASE}ontology#"
ID_BASE = f"{PROJECT_BASE}id/"


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
    PersonMention: URIRef
    EventMention: URIRef
    SameJudgement: URIRef
    DifferentJudgement: URIRef
    ChangeKind: URIRef
    LegalAct: URIRef
    ReferenceData: URIRef
    # concept schemes and individuals
    RankScheme: URIRef
    EventKindScheme: URIRef
    conference: URIRef
    ceremony: URIRef
    signing: URIRef
    campaign: URIRef
    appointment: URIRef
    other: URIRef
    ChangeKindScheme: URIRef
    merger: URIRef
    dissolution: URIRef
    renaming: URIRef
    founding: URIRef
    split: URIRef
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
    heldOver: URIRef
    spanKey: URIRef
    listedIn: URIRef
    listedMember: URIRef
    listedYear: URIRef
    listedFrom: URIRef
    listedUntil: URIRef
    linkedTo: URIRef
    catalogueName: URIRef
    personOrder: URIRef
    unitOrder: URIRef
    clusterOrder: URIRef
    catalogueDate: URIRef
    eventOrder: URIRef
    awardOrder: URIRef
    eventBucket: URIRef
    awardBucket: URIRef
    catalogueKind: URIRef
    listedAs: URIRef
    listedUnder: URIRef
    leastSource: URIRef
    greatestSource: URIRef
    singleSourceAs: URIRef
    graphSize: URIRef
    documentOrder: URIRef
    documentBucket: URIRef
    summaryFormat: URIRef
    mentionOf: URIRef
    blockKey: URIRef
    stemKey: URIRef
    mentionRecord: URIRef
    digestRecord: URIRef
    judged: URIRef
    changeKind: URIRef
    legalBasis: URIRef


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

# Named graphs derived from the documents or shipped with the project.
SUMMARY_GRAPH = "https://w3id.org/cand-kg/graph/summary"
REFERENCE_GRAPH = "https://w3id.org/cand-kg/graph/reference-units"
