"""Vocabulary namespaces. Project terms are a DefinedNamespace: a typo is an error."""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    DefinedNamespace,
    DefinedNamespaceMeta,
    Namespace,
)
from rdflib.namespace import Namespace as _NS
from rdflib.term import URIRef


class _KeptNamespace(Namespace):
    """A namespace that makes each term once: rdflib builds a new URIRef at every attribute
    read (about 2 µs), and graph building reads terms hundreds of thousands of times."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        if not name.startswith("_"):
            self.__dict__[name] = term  # found by the next read before __getattr__ runs
        return term


SCHEMA = _KeptNamespace("https://schema.org/")
TIME = _KeptNamespace("http://www.w3.org/2006/time#")
SH = _KeptNamespace("http://www.w3.org/ns/shacl#")

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


def _keep_terms(namespace: DefinedNamespaceMeta) -> None:
    """Each declared term as a plain class attribute: a read then skips the metaclass's
    `__getattr__` and its checks (about 1 µs), returning the same URIRef as before."""
    for name in getattr(namespace, "__annotations__", {}):
        if not name.startswith("_") and name not in vars(namespace):
            type.__setattr__(namespace, name, namespace[name])


for _namespace in (CAND, DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD):
    _keep_terms(_namespace)


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
