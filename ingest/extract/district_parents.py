"""A district police named before any province (`Công an huyện Châu Thành, Công an tỉnh An
Giang`) is read without a parent; the provincial police the article names that has a district
of that name is its parent."""

from __future__ import annotations

import re

from core.kinds import UnitKind
from ingest.extract.hierarchy import district_of
from ingest.model import OrganisationFact

_DISTRICT = re.compile(r"Công an (?P<level>quận|huyện|thị xã|thành phố) (?P<place>.+)")
_PROVINCE = re.compile(r"Công an (?:tỉnh|thành phố) (?P<place>.+)")


def parents_of_districts(orgs: dict[str, OrganisationFact]) -> None:
    provinces = [
        (o.name, named["place"])
        for o in orgs.values()
        if o.kind == UnitKind.PROVINCIAL_POLICE and (named := _PROVINCE.fullmatch(o.name))
    ]
    if not provinces:
        return
    for unit in orgs.values():
        district = _DISTRICT.fullmatch(unit.name)
        if unit.parent is not None or unit.kind != UnitKind.DISTRICT_POLICE or district is None:
            continue
        for police, province in provinces:
            found = district_of(district["place"], district["level"], province)
            if found is not None and found.province == province:
                unit.parent = police
                break
