"""Kinds of things the graph tells apart, each spelt once; `ontology/cand.ttl` has a concept
for every event kind and a class for every unit kind (tests/core/test_vocabulary.py checks that
they agree)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, get_args

from rdflib import URIRef

from core.namespaces import CAND

EventKind = Literal["conference", "ceremony", "signing", "campaign", "appointment", "other"]
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)


class UnitKind(StrEnum):
    """The kinds of unit the extractor tells apart. A member equals its value, so facts read
    back from JSON compare equal to the members."""

    MINISTRY = "ministry"
    MINISTRY_UNIT = "ministry_unit"  # Cục, Vụ, Bộ Tư lệnh, academies and schools
    CENTRAL_BODY = "central_body"  # Chính phủ and state bodies at a ministry's level
    PROVINCIAL_POLICE = "provincial_police"
    PROVINCIAL_DEPARTMENT = "provincial_department"  # Phòng of a provincial police
    DISTRICT_POLICE = "district_police"
    DISTRICT_TEAM = "district_team"  # Đội of a district police
    COMMUNE_POLICE = "commune_police"
    FACULTY = "faculty"  # Khoa of a police school
    LOCAL_GOVERNMENT = "local_government"  # Ủy ban nhân dân, Hội đồng nhân dân
    PARTY_COMMITTEE = "party_committee"
    PARTY_BODY = "party_body"  # Ban of a party committee
    COUNCIL = "council"  # councils and steering committees
    FOREIGN_BODY = "foreign_body"


# The most specific ontology class of each kind; a kind not listed is cand:OtherOrganisation.
UNIT_CLASSES: dict[str, URIRef] = {
    UnitKind.MINISTRY: CAND.Ministry,
    UnitKind.MINISTRY_UNIT: CAND.Department,
    UnitKind.PROVINCIAL_POLICE: CAND.ProvincialPolice,
    UnitKind.DISTRICT_POLICE: CAND.DistrictPolice,
    UnitKind.COMMUNE_POLICE: CAND.CommunePolice,
    UnitKind.PROVINCIAL_DEPARTMENT: CAND.Division,
    UnitKind.DISTRICT_TEAM: CAND.Division,
    UnitKind.FACULTY: CAND.Division,
    UnitKind.PARTY_COMMITTEE: CAND.PartyCommittee,
    UnitKind.PARTY_BODY: CAND.PartyCommittee,
}
# Bodies of local government share one kind; the name says which they are.
_LOCAL_GOVERNMENT = (
    ("Ủy ban nhân dân", CAND.PeoplesCommittee),
    ("Hội đồng nhân dân", CAND.PeoplesCouncil),
)


def unit_class(kind: str | None, name: str) -> URIRef:
    """The most specific ontology class for a unit of `kind` named `name`."""
    if kind == UnitKind.LOCAL_GOVERNMENT:
        for prefix, cls in _LOCAL_GOVERNMENT:
            if name.startswith(prefix):
                return cls
    return UNIT_CLASSES.get(kind or "", CAND.OtherOrganisation)
