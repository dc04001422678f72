"""Units said without their name (`Công an tỉnh`, `UBND tỉnh`, `Công an phường`): the unit of
that level named last, earlier in the sentence or in the sentences before."""

from __future__ import annotations

import re
from dataclasses import replace

from core.kinds import UnitKind
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import MINISTRY, Context, police_unit, province_body
from ingest.extract.mentions import Mention
from ingest.extract.places import PROVINCE_LEVELS
from ingest.extract.unit_names import Body, body_unit


def local_unit(found: list[Mention], at: int, level: str, ctx: Context) -> Mention | None:
    """The district or commune police of `level` named last before `at` in the sentence, else
    in the sentences before."""
    same = [
        m
        for m in found
        if m.start < at
        and m.value.startswith(f"Công an {level} ")
        and m.unit_kind in (UnitKind.DISTRICT_POLICE, UnitKind.COMMUNE_POLICE)
    ]
    return same[-1] if same else ctx.local.get(level)


_PROVINCE_POLICE = re.compile(r"Công an (?:tỉnh|thành phố) (?P<province>.+)")


def _district_province(found: list[Mention], at: int) -> str | None:
    """`Công an huyện Định Hóa, tỉnh Thái Nguyên … Giám đốc Công an tỉnh`, with no province
    named before the sentence: the province of the district police named before `at`."""
    parents = [
        m.parent
        for m in found
        if m.start < at and m.unit_kind == UnitKind.DISTRICT_POLICE and m.parent
    ]
    police = _PROVINCE_POLICE.fullmatch(parents[-1]) if parents else None
    return police["province"] if police else None


def _later_province(found: list[Mention], at: int) -> str | None:
    """`Đại tá A, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá B, Phó Giám đốc Công an tỉnh
    Nghệ An` in an article that named no province before: the province the sentence names
    after `at`."""
    later = (
        m
        for m in found
        if m.start > at
        and (m.place or m.kind == "place")
        and (
            m.unit_kind == UnitKind.PROVINCIAL_POLICE
            or province_body(m)
            or (m.kind == "place" and m.extra.get("province"))
        )
    )
    first = min(later, key=lambda m: m.start, default=None)
    if first is None:
        return None
    return first.extra["province"] if first.kind == "place" else first.place


def refer_back(found: list[Mention], at: int, body: Body, level: str, ctx: Context):
    """`Công an tỉnh`, `UBND thành phố`, `Công an phường` without a name: the unit of that
    level named last, earlier in the sentence or in the sentences before."""
    if level not in PROVINCE_LEVELS:
        earlier = local_unit(found, at, level, ctx)
        # `UBND huyện` after `Công an huyện Đông Anh`, `Công an huyện` after `Huyện ủy X`:
        # that district's
        place = earlier.place if earlier is not None else ctx.district_places.get(level)
        if place is None:
            return None
        if not body.police:
            return body_unit(body, level, place, ctx)
        if earlier is None:
            name, parent, kind, place = police_unit(level, place, ctx)
            return Mention(0, 0, "org", name, parent, kind, place, {"back": "1"})
        return replace(earlier, extra={"back": "1"})
    named = [
        m for m in found if m.start < at and m.unit_kind == UnitKind.PROVINCIAL_POLICE and m.place
    ]
    if not body.police:
        # `PCT UBND tỉnh Lai Châu, PCT HĐND tỉnh`: the province named earlier in the sentence
        named += [m for m in found if m.start < at and province_body(m)]
        named += [m for m in ctx.places_here if m.start < at]
        named.sort(key=lambda m: m.start)
    here = Context(
        named[-1].place
        if named
        else ctx.province
        or _district_province(found, at)
        or _later_province([*found, *ctx.provinces_here], at)
    )
    if not body.police:
        return body_unit(body, level, None, here)
    province = gazetteer().province(here.province) if here.province else None
    if level not in PROVINCE_LEVELS or province is None:
        return None
    if level == "tỉnh" and province.type != "tỉnh":
        return None  # `Công an tỉnh` is no city's police
    if level != "tỉnh" and province.type != level:
        # `Công an thành phố` in a province: the city under it named before (`thành phố Hạ
        # Long` in Quảng Ninh)
        city = [m for m in found if m.start < at and m.unit_kind == UnitKind.DISTRICT_POLICE]
        city = [m for m in city if m.value.startswith("Công an thành phố ")]
        # (else the centrally-run city named before: `Công an TP Đà Nẵng …, Trưởng ty Công an
        # tỉnh Quảng Nam - Đà Nẵng …, Phó Giám đốc Công an TP`)
        earlier = city[-1] if city else ctx.local.get("thành phố") or ctx.city
        return replace(earlier, extra={"back": "1"}) if earlier is not None else None
    name = f"Công an {province.type} {province.name}"
    m = Mention(0, 0, "org", name, MINISTRY, UnitKind.PROVINCIAL_POLICE, province.name)
    m.extra["back"] = "1"
    return m
