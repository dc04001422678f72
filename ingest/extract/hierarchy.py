"""The hierarchy of units: a provincial police is under the Bộ Công an, a district police
under its province's police (from the gazetteer), and what earlier sentences named (`Context`)
for units written without their place."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache

from core.kinds import UnitKind
from ingest.extract.gazetteer import District, gazetteer, key
from ingest.extract.lexicon import table
from ingest.extract.mentions import Mention
from ingest.extract.normalise import cap_first
from ingest.extract.places import (
    ALL_LEVELS,
    COMMUNE_LEVELS,
    DISTRICT_LEVELS,
    PROVINCE_LEVELS,
)

MINISTRY = "Bộ Công an"
# `Công an tỉnh Hà Giang (cũ)`, `(trước khi sáp nhập)`: a unit as it was, not the one the
# article goes on about
BEFORE_MERGER = re.compile(r"\s*\((?:cũ|trước (?:khi )?(?:sáp nhập|hợp nhất))\)")


@cache
def _merged_into() -> dict[str, str]:
    """Key of a province -> the province it became part of on 2025-07-01."""
    rows = table("admin/provinces.csv")
    return {key(r["name"]): r["merged_2025"] for r in rows if r.get("merged_2025")}


def commune_province(place: str, named: Container[str]) -> str | None:
    """The province, as of 2025, of a commune named after a former district (`xã Yên Minh`,
    once the district of Hà Giang, now in Tuyên Quang), when one province had a district of
    that name and the article names that province's police (`named`): other provinces have
    communes of the same name."""
    provinces = {d.province for d in gazetteer().districts_named(place)}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    province = _merged_into().get(key(province), province)
    unit = province_unit(province)
    return province if unit and unit[0] in named else None


def absorbing_police(unit: str) -> str | None:
    """The provincial police that took in `unit`, a provincial police merged on 2025-07-01."""
    for prefix in ("Công an tỉnh ", "Công an thành phố "):
        if unit.startswith(prefix):
            into = _merged_into().get(key(unit.removeprefix(prefix)))
            made = province_unit(into) if into else None
            return made[0] if made else None
    return None


def province_unit(place: str, body: str = "Công an") -> tuple[str, str] | None:
    """(`Công an thành phố Hà Nội`, kind) for a province name or alias."""
    province = gazetteer().province(place)
    if province is None:
        return None
    return f"{body} {province.type} {province.name}", UnitKind.PROVINCIAL_POLICE


def district_of(place: str, level: str | None, context: str | None) -> District | None:
    """The district of that name (and level); a name shared by provinces is the one in
    `context`, the province the article named."""
    found = gazetteer().districts_named(place, level) or gazetteer().districts_named(place)
    provinces = {d.province for d in found}
    if len(provinces) == 1:
        return found[0]
    for d in found:
        if context and d.province == context:
            return d
    return None


def territory_committee(word: str, place: str) -> str:
    """`Quận ủy` + `Đống Đa` -> `Quận ủy Đống Đa`. The city named after Hồ Chí Minh keeps
    `thành phố` in its name so it does not read as the person."""
    if place == "Hồ Chí Minh":
        place = "thành phố Hồ Chí Minh"
    return f"{cap_first(word)} {place}"


def _province_committee(m: Mention) -> bool:
    """A province's party committee named with the province (`Tỉnh ủy Thanh Hóa`, `Thành ủy
    Hà Nội`; not `Thành ủy Thanh Hóa`, a city's in a province of that name)."""
    if m.unit_kind != UnitKind.PARTY_COMMITTEE or not m.place:
        return False
    province = gazetteer().province(m.place)
    if province is None or province.name != m.place:
        return False
    word = "Tỉnh ủy " if province.type == "tỉnh" else "Thành ủy "
    return m.value == word + m.place


def province_body(m: Mention, offices: bool = False) -> bool:
    """A province's people's committee or council (or one of its `Sở`, with `offices`) named
    with the province."""
    return (
        m.unit_kind == UnitKind.LOCAL_GOVERNMENT
        and m.place is not None
        and (offices or not m.value.startswith("Sở "))
        and gazetteer().province(m.place) is not None
    )


@dataclass
class Context:
    """What earlier sentences said, for `Công an thành phố` and `UBND tỉnh` without a name."""

    province: str | None = None  # canonical province name last named
    # level (`quận`, `phường`, …) -> the district or commune police last named at that level
    local: dict[str, Mention] = field(default_factory=dict)
    districts: set[str] = field(default_factory=set)  # every district police named so far
    # level (`huyện`, `quận`, …) -> the district any unit named last is in (`Huyện ủy Yên
    # Thành`, `Công an huyện Yên Thành`, `UBND huyện Yên Thành`)
    district_places: dict[str, str] = field(default_factory=dict)
    association: Mention | None = None  # the last association named (`Hội Cựu …`)
    # a code two units have had (`C07`) -> the one the article names with it (`Cục … (C07)`)
    codes: dict[str, str] = field(default_factory=dict)
    # (sentence index, new rank) of a promotion told for people not named in that sentence
    promotion: tuple[int, str] | None = None
    table_role: str | None = None  # the post a table's header names, for the rows after it
    ministry: str | None = None  # the ministry named last before the current sentence
    # (start, name) of each ministry the current sentence names
    sentence_ministries: list[tuple[int, str]] = field(default_factory=list)
    police: Mention | None = None  # the provincial or district police named last
    city: Mention | None = None  # the police of a centrally-run city named last
    # provinces the sentence names bare where an online meeting met (`điểm cầu Hà Nam`)
    places_here: list[Mention] = field(default_factory=list)
    # provinces the sentence names as places (`Đại hội Đảng bộ tỉnh Trà Vinh`)
    provinces_here: list[Mention] = field(default_factory=list)

    def next_sentence(self) -> None:
        if self.sentence_ministries:
            self.ministry = self.sentence_ministries[-1][1]
        self.sentence_ministries = []

    def ministry_at(self, start: int) -> str | None:
        """The ministry named last before `start` in the current sentence, else before it,
        else the one the sentence names after `start`."""
        before = [name for at, name in self.sentence_ministries if at < start]
        after = [name for _, name in self.sentence_ministries]
        return before[-1] if before else self.ministry or (after[0] if after else None)

    def remember(self, m: Mention) -> None:
        if m.kind != "org":
            return
        if m.unit_kind == UnitKind.MINISTRY:
            self.sentence_ministries.append((m.start, m.value))
        if m.value.startswith("Hội "):
            self.association = m
        level = _district_level(m)
        if level is not None and m.place:
            self.district_places[level] = m.place
        if m.unit_kind in (UnitKind.PROVINCIAL_POLICE, UnitKind.DISTRICT_POLICE):
            self.police = m
        if m.unit_kind == UnitKind.PROVINCIAL_POLICE and m.place:
            self.province = m.place
            if m.value.startswith("Công an thành phố "):
                self.city = m
        elif province_body(m) or (self.province is None and province_body(m, offices=True)):
            # `UBND tỉnh Gia Lai`: later `UBND tỉnh`, `Tỉnh ủy` are that province's; `Sở Nội vụ
            # tỉnh Nghệ An` only when no province was named before (else a guest's department)
            self.province = m.place
        elif _province_committee(m):
            # `đoàn công tác của Tỉnh ủy Thanh Hóa do ông A, Trưởng Ban Nội chính Tỉnh ủy`
            self.province = m.place
        elif m.unit_kind in (UnitKind.DISTRICT_POLICE, UnitKind.COMMUNE_POLICE):
            level = next((lv for lv in ALL_LEVELS if m.value.startswith(f"Công an {lv} ")), None)
            if level:
                self.local[level] = m
            if m.unit_kind == UnitKind.DISTRICT_POLICE:
                self.districts.add(m.value)


def police_unit(level: str, place: str, ctx: Context) -> tuple[str, str | None, str, str]:
    """(name, parent, kind, place) of `Công an <level> <place>`."""
    gaz = gazetteer()
    province = gaz.province(place)
    if level in PROVINCE_LEVELS and province and (level == "tỉnh" or province.type == level):
        return (
            f"Công an {province.type} {province.name}",
            MINISTRY,
            UnitKind.PROVINCIAL_POLICE,
            province.name,
        )
    if level in COMMUNE_LEVELS:
        return f"Công an {level} {place}", None, UnitKind.COMMUNE_POLICE, place
    district = district_of(place, level if level != "thành phố" else "thành phố", ctx.province)
    name = district.name if district else place
    parent = None
    if district:
        prov = gaz.province(district.province)
        parent = f"Công an {prov.type} {prov.name}" if prov else None
    if level == "thành phố" and district is None and province:
        return (
            f"Công an {province.type} {province.name}",
            MINISTRY,
            UnitKind.PROVINCIAL_POLICE,
            province.name,
        )
    return f"Công an {level} {name}", parent, UnitKind.DISTRICT_POLICE, name


_COMMITTEE_LEVELS = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}


def _district_level(m: Mention) -> str | None:
    """The district level a unit is at (`Công an huyện X`, `Huyện ủy X`, `UBND quận X`)."""
    if m.unit_kind == UnitKind.PARTY_COMMITTEE:
        # `Đảng ủy xã Ia Phang`: a commune's committee (after 2025 under the province)
        words = m.value.split()
        if words[:2] == ["Đảng", "ủy"] and m.place:
            head = m.value.removesuffix(m.place).strip()
            return next((lv for lv in COMMUNE_LEVELS if head.endswith(" " + lv)), None)
        return _COMMITTEE_LEVELS.get(" ".join(words[:2]))
    if m.unit_kind in (UnitKind.DISTRICT_POLICE, UnitKind.LOCAL_GOVERNMENT) and m.place:
        head = m.value.removesuffix(m.place).strip()
        # `UBND xã Ia Phang`: later `UBND xã`, `Bí thư Đảng ủy xã` are that commune's
        levels = ("thị xã", "huyện", "quận", *COMMUNE_LEVELS)
        return next((lv for lv in levels if head.endswith(" " + lv)), None)
    return None


def district_police_of(mentions: list[Mention], ctx: Context) -> str | None:
    """The police of the one district a sentence names as a place (`Đội CSTT` … `cơ quan chức
    năng quận Bình Thạnh`): where a team named without its unit is."""
    found = set()
    for m in mentions:
        level = m.extra.get("level")
        if m.kind == "place" and level in DISTRICT_LEVELS:
            name, _, kind, _ = police_unit(level, m.value, ctx)
            if kind == UnitKind.DISTRICT_POLICE:
                found.add(name)
    return found.pop() if len(found) == 1 else None
