"""Links between the unit mentions of a sentence: further districts written after the first
(`Công an huyện A, B và C`), units referred back to without a name (`Công an tỉnh`), and
parents read from the units written next to or before a unit."""

from __future__ import annotations

import re
from dataclasses import replace

from core.kinds import UnitKind
from core.text import fold
from ingest.extract.border_posts import attach_border_posts
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import (
    BEFORE_MERGER,
    MINISTRY,
    Context,
    police_unit,
    province_unit,
    territory_committee,
)
from ingest.extract.mentions import Mention, span_free
from ingest.extract.places import (
    DISTRICT_LEVELS,
    LEVEL,
    PROVINCE_LEVELS,
    RUN,
    level_of,
    trim_place,
)
from ingest.extract.unit_codes import read_coded_units
from ingest.extract.unit_names import AGENCIES, named_units

_NEXT_ITEM = re.compile(rf"\s*(?:,|và)\s*(?:(?P<level>{LEVEL})\s*)?(?P<run>{RUN})")


def more_districts(text: str, at: int, level: str, first: Mention, ctx: Context) -> list[Mention]:
    """`Công an huyện Ba Vì, Phúc Thọ và Thạch Thất`, `Công an quận 1, 3 và 5`: further
    districts of the same level and city written after the first, each one a unit. Only
    names the gazetteer places under the same police are taken (`Công an huyện X, Điện
    Biên` names a province after the district, not a second district)."""
    out: list[Mention] = []
    while (item := _NEXT_ITEM.match(text, at)) is not None:
        # `Công an quận Lê Chân, quận Ngô Quyền`: the level may be said again
        if item.group("level"):
            level = level_of(item.group("level"))
            if level not in DISTRICT_LEVELS:
                break
        place = trim_place(item.group("run"), level)
        # a province's name (`huyện Mường Chà, Điện Biên`) says where, even if a district
        # shares it
        if (
            not place
            or not gazetteer().districts_named(place, level)
            or gazetteer().province(place)
        ):
            break
        name, parent, kind, place = police_unit(level, place, ctx)
        if parent is None or parent != first.parent:
            break
        at = item.start("run") + len(place)
        start = item.start("level") if item.group("level") else item.start("run")
        out.append(Mention(start, at, "org", name, parent, kind, place))
    return out


_NEXT_PROVINCE = re.compile(rf"\s*(?:,|và)\s*(?:(?P<level>{LEVEL})\s*)?(?P<run>{RUN})")


def more_provinces(text: str, at: int) -> list[Mention]:
    """`Công an tỉnh Bến Tre, Đồng Tháp và Tây Ninh`, `Công an Hà Nội, TP.HCM`: further
    provinces written after the first without the body, each one's police a unit. A level
    word other than a province's (`…, huyện Y`) or a name that is no province ends the list."""
    out: list[Mention] = []
    while (item := _NEXT_PROVINCE.match(text, at)) is not None:
        level = level_of(item.group("level")) if item.group("level") else None
        if level is not None and level not in PROVINCE_LEVELS:
            break
        place = trim_place(item.group("run"), level or "tỉnh")
        province = gazetteer().province(place) if place else None
        if place is None or province is None:
            break
        at = item.start("run") + len(place)
        name = f"Công an {province.type} {province.name}"
        start = item.start("level") if level else item.start("run")
        out.append(
            Mention(start, at, "org", name, MINISTRY, UnitKind.PROVINCIAL_POLICE, province.name)
        )
    return out


PLURAL = re.compile(r"\s+(?:cong an\s+)?cac\b")
QUANTIFIED = re.compile(r"(?i:\b(?:các|những|mỗi|\d+)\s*)$")
LEVEL_LIST = re.compile(rf"\s*(?:,|và)\s*{LEVEL}")
# `Công an xã X, huyện Y`, `Công an xã X (huyện Y)`, `Công an huyện X (Tiền Giang)`
_COMMUNE_TAIL = re.compile(rf"\s*[,(]\s*(?P<level>{LEVEL})\s*(?P<place>{RUN})")
_DISTRICT_TAIL = re.compile(rf"\s*[,(]\s*(?:(?P<level>{LEVEL})\s*)?(?P<place>{RUN})")


def _written_after(m: Mention, found: list[Mention], kind: str) -> Mention | None:
    """The unit of `kind` written right after `m` (`Phòng X Công an tỉnh Y`), if any."""
    return next((o for o in found if o.unit_kind == kind and 0 <= o.start - m.end <= 3), None)


def _in_brackets_after(m: Mention, found: list[Mention], text: str, offset: int) -> Mention | None:
    """The district police given in brackets right after `m` (`Công an xã A (Công an huyện
    B)`), if any: not one listed after a comma, which is another unit."""
    nxt = _written_after(m, found, UnitKind.DISTRICT_POLICE)
    if nxt is None or text[m.end - offset : nxt.start - offset].strip() != "(":
        return None
    return nxt if text[nxt.end - offset : nxt.end - offset + 1] == ")" else None


def _department_of(m: Mention, found: list[Mention], text: str, offset: int) -> str | None:
    """The Cục written right after `m`, behind at most a comma, if any."""
    for o in found:
        cuc = o.unit_kind == UnitKind.MINISTRY_UNIT and o.value.startswith("Cục ")
        if (
            cuc
            and o.start >= m.end
            and text[m.end - offset : o.start - offset].strip() in ("", ",")
        ):
            return o.value
    return None


def _the_one_district_before(m: Mention, found: list[Mention], ctx: Context) -> str | None:
    """The one district police named before `m` in the sentence, else the article's one
    district police so far; None when there are several."""
    before = {
        o.value for o in found if o.unit_kind == UnitKind.DISTRICT_POLICE and o.end <= m.start
    }
    districts = before or set(ctx.districts)
    return districts.pop() if len(districts) == 1 else None


# `Đội trưởng Đội Quản lý cư trú, Phòng …`: a team named right before the department it
# belongs to, after the post of someone in it (not a list of recipients, `cho Đội A, Phòng B`)
_TEAM_BEFORE = re.compile(
    r"(?:trưởng|phó|cán bộ|chiến sĩ)\s+(?P<team>Đội\s+(?P<name>[^\W\d_](?:(?!Đội\b)[^,;:.()])"
    r"{0,60}?))\s*[,–-]?\s*$"
)


def _teams_of_departments(found: list[Mention], text: str, offset: int) -> None:
    """A team written right before a department is that department's; one not known by name
    is read from the capitalised name after `Đội`."""
    for dept in [m for m in found if m.unit_kind == UnitKind.PROVINCIAL_DEPARTMENT]:
        at = dept.start - offset
        team = _TEAM_BEFORE.search(text, max(0, at - 90), at)
        if team is None or not team.group("name")[0].isupper():
            continue
        start, end = offset + team.start("team"), offset + team.end("name")
        known = [m for m in found if m.start < end and start < m.end]
        if not known:
            name = f"Đội {team.group('name')}"
            found.append(Mention(start, end, "org", name, None, UnitKind.DISTRICT_TEAM, None))
            known = found[-1:]
        if known[0].unit_kind == UnitKind.DISTRICT_TEAM and known[0].parent is None:
            known[0].parent = dept.value


# `Phòng Hướng dẫn tuần tra, kiểm soát giao thông đường bộ, Cục C08`, `Tiểu đoàn Cảnh sát đặc
# nhiệm số 2, Bộ Tư lệnh Cảnh sát cơ động`: a unit not known by name, under the one after it
# `Phòng Tham mưu, Cục X`, `Phó Trưởng phòng Tham mưu, Cục X` (the post keeps the word `phòng`,
# so the unit starts at its name); numbered ones (`Phòng 4 - Cục C02`) are
# ingest/extract/numbered_units.py's
_SUBUNIT_BEFORE = re.compile(
    r"(?<!\w)(?P<head>Phòng|(?<=rưởng )phòng|Tiểu đoàn|Trung đoàn)\s+"
    r"(?P<name>[A-ZĐ](?:(?!Phòng\b)[^;:.()]){0,80}?)\s*,\s*$"
)


def _subunits_of_ministry_units(found: list[Mention], text: str, offset: int) -> None:
    for unit in [m for m in found if m.unit_kind == UnitKind.MINISTRY_UNIT]:
        at = unit.start - offset
        sub = _SUBUNIT_BEFORE.search(text, max(0, at - 100), at)
        if sub is None:
            continue
        lower = sub.group("head") == "phòng"
        start, end = offset + sub.start("name" if lower else "head"), offset + sub.end("name")
        if not span_free(found, start, end):
            continue
        name = f"{sub.group('head').capitalize()} {sub.group('name')}"
        found.append(Mention(start, end, "org", name, unit.value, UnitKind.MINISTRY_UNIT, None))


_APPOSED_CODE = re.compile(r"^\s*(?:\([^()]{1,15}\))?\s*[,–-]?\s*$")


def attach_parents(found: list[Mention], text: str, offset: int, ctx: Context) -> None:
    """Departments are under the provincial police written next to them, else the one named
    before; commune police under the district written after them (`Công an xã X, huyện Y`),
    else the district police named before them in the sentence."""
    _teams_of_departments(found, text, offset)
    read_coded_units(found, text, offset, ctx.codes)
    _subunits_of_ministry_units(found, text, offset)
    attach_border_posts(found, text, offset)
    for m in found:
        if m.unit_kind == UnitKind.DISTRICT_TEAM and m.parent is None:
            nxt = _written_after(m, found, UnitKind.DISTRICT_POLICE)
            if nxt is not None:
                m.parent = nxt.value
            else:
                m.parent = _the_one_district_before(m, found, ctx)
        elif m.unit_kind == UnitKind.PROVINCIAL_DEPARTMENT and m.parent is None:
            if department := _department_of(m, found, text, offset):
                # `Trưởng phòng Tham mưu, Cục An ninh đối ngoại`: a department of a Cục
                m.parent = department
                continue
            nxt = _written_after(m, found, UnitKind.PROVINCIAL_POLICE)
            earlier = [
                n
                for n in found
                if n.unit_kind == UnitKind.PROVINCIAL_POLICE
                and n.end <= m.start
                and not BEFORE_MERGER.match(text, n.end - offset)
                and not _FORMER_UNIT.search(text, max(0, n.start - offset - 50), n.start - offset)
            ]
            later = {n.value for n in found if n.unit_kind == UnitKind.PROVINCIAL_POLICE}
            if nxt is not None:
                m.parent = nxt.value
            elif earlier:
                m.parent = earlier[-1].value  # earlier in the sentence
            elif len(later) == 1:
                # `Trưởng phòng PC02 … giữ chức Phó Giám đốc Công an TP Hà Nội`: the one
                # provincial police the sentence names, later
                m.parent = later.pop()
            elif ctx.province and (unit := province_unit(ctx.province)):
                m.parent = unit[0]
        elif m.unit_kind == UnitKind.MINISTRY_UNIT and m.value.startswith("Cục "):
            # `Cục Công tác chính trị (X15), Tổng cục Xây dựng lực lượng CAND`: the general
            # department said right after the department is its parent
            nxt = min((n for n in found if n.start >= m.end), key=lambda n: n.start, default=None)
            gap = text[m.end - offset : nxt.start - offset] if nxt is not None else ""
            if nxt is not None and nxt.value.startswith("Tổng cục ") and _APPOSED_CODE.match(gap):
                m.parent = nxt.value
        elif m.unit_kind == UnitKind.DISTRICT_POLICE and m.parent is None:
            tail = _DISTRICT_TAIL.match(text, m.end - offset)
            place = trim_place(tail.group("place"), None) if tail else None
            if place and (unit := province_unit(place)):
                m.parent = unit[0]
        elif m.unit_kind == UnitKind.COMMUNE_POLICE and m.parent is None:
            if (bracketed := _in_brackets_after(m, found, text, offset)) is not None:
                # `Công an xã A (Công an huyện B)`: the district police it belongs to
                m.parent = bracketed.value
                ctx.districts.add(m.parent)
                continue
            tail = _COMMUNE_TAIL.match(text, m.end - offset)
            level = level_of(tail.group("level")) if tail else None
            if tail and level in DISTRICT_LEVELS:
                place = trim_place(tail.group("place"), level)
                if place:
                    m.parent = police_unit(level, place, ctx)[0]
                    ctx.districts.add(m.parent)  # the later wards' district too
                    continue
            m.parent = _the_one_district_before(m, found, ctx)


# `(nguyên Phó Giám đốc Công an tỉnh B)`: the unit of a post held before, not the one whose
# departments the sentence goes on to name
_FORMER_UNIT = re.compile(r"(?i)\b(?:nguyên|cựu)\s+(?:là\s+)?[^\W\d][^,;:()\d]{1,40}$")


_COMMITTEE_LEVELS = {
    "Tỉnh ủy": ("tỉnh",),
    "Thành ủy": ("thành phố",),
    "Huyện ủy": ("huyện",),
    "Đảng ủy": ("xã", "phường", "thị trấn"),
}
# a party committee, then (after other bodies: `HĐND,`) the local body that names the place
_HEAD_BEFORE = re.compile(
    r"(?P<head>Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy)\s*,\s*"
    r"(?:(?P<council>HĐND|Hội đồng nhân dân)\s*,\s*)?$"
)
_HEAD_WINDOW = 40


def shared_heads(text: str, at: int, level: str, unit: Mention) -> list[Mention]:
    """`Đảng ủy, HĐND, UBND xã Ia Phang`, `Tỉnh ủy, UBND tỉnh Nghệ An`: the party committee
    listed before a local body (which starts at `at`) is the one of its place."""
    head = _HEAD_BEFORE.search(text, max(0, at - _HEAD_WINDOW), at)
    place = unit.place
    if head is None or place is None or level not in _COMMITTEE_LEVELS[head.group("head")]:
        return []
    word = head.group("head")
    name = territory_committee(word, place) if word != "Đảng ủy" else f"{word} {level} {place}"
    out = [
        Mention(head.start(), head.end("head"), "org", name, None, UnitKind.PARTY_COMMITTEE, place)
    ]
    local = "Ủy ban nhân dân "
    if head.group("council") and unit.value.startswith(local):
        # `Đảng ủy, HĐND, UBND phường X`: the council of that place too
        council = replace(unit, value="Hội đồng nhân dân " + unit.value[len(local) :])
        council.start, council.end = head.start("council"), head.end("council")
        out.append(council)
    return out


_NEXT_CODE = re.compile(r"\s*(?:,|và)\s*(?P<code>P[A-Z]\d{2})\b")


def more_departments(text: str, at: int) -> list[Mention]:
    """`Phòng PC02, PC06 và PC09`: further departments written by their codes after the first."""
    out: list[Mention] = []
    while (item := _NEXT_CODE.match(text, at)) is not None:
        entry = named_units().get(fold(f"Phòng {item.group('code')}"))
        if entry is None:
            break
        code = item.start("code"), item.end("code")
        out.append(Mention(*code, "org", entry[0], None, entry[1], None))
        at = item.end()
    return out


# `gồm các Cục: An ninh đối ngoại, An ninh kinh tế và An ninh điều tra`: one head word shared by
# the names listed after it
_SHARED_HEAD = re.compile(
    r"[cC](?<!\w.)(?i:ác)\s+(?P<head>(?i:cục|vụ|phòng)|Bộ Tư lệnh|Học viện)\s*:?\s*"
)
_HEADED_ITEM = re.compile(r"\s*(?P<name>[A-ZĐÀ-Ỹ][^,;:.()]*?)\s*(?=,|;|\.|\(|\bvà\b|$)")
_HEADED_NEXT = re.compile(r"\s*(?:\([^()]{1,15}\))?\s*(?:,|;|\bvà\b)")


def headed_list(text: str) -> list[Mention]:
    """The known units a list names after one shared head word; the list ends at the first
    name that is not a known unit. The last name may run on into the verb (`… và An ninh
    điều tra tổ chức …`): the longest known name wins."""
    out: list[Mention] = []
    for head in _SHARED_HEAD.finditer(text):
        at = head.end()
        while (item := _HEADED_ITEM.match(text, at)) is not None:
            found = _known_prefix(head.group("head"), item.group("name"))
            if found is None:
                break
            name, kind, length = found
            start = item.start("name")
            parent = MINISTRY if kind == UnitKind.MINISTRY_UNIT else None
            out.append(Mention(start, start + length, "org", name, parent, kind, None))
            nxt = _HEADED_NEXT.match(text, start + length)
            if nxt is None:
                break
            at = nxt.end()
    return out


_HEADED_WORDS = 12


def _known_prefix(head: str, run: str) -> tuple[str, UnitKind, int] | None:
    words = run.split(" ")[:_HEADED_WORDS]
    for n in range(len(words), 0, -1):
        written = " ".join(words[:n])
        entry = named_units().get(fold(f"{head} {written}"))
        if entry is not None:
            return entry[0], entry[1], len(written)
    return None


def name_agencies_after_units(found: list[Mention], text: str, offset: int) -> None:
    """`Cơ quan Cảnh sát điều tra Công an TP Thủ Dầu Một`: the investigation agency of the
    police unit named right after it takes that unit's name and has it as parent."""
    for m in found:
        if m.value not in AGENCIES:
            continue
        unit = min(
            (n for n in found if n.kind == "org" and n.start >= m.end),
            key=lambda n: n.start,
            default=None,
        )
        if unit is None:
            continue
        gap = text[m.end - offset : unit.start - offset].strip()
        # the ministry's own agencies (`Cơ quan CSĐT Bộ Công an`, `…, Bộ Công an`, `(Bộ Công an)`)
        of_ministry = unit.value == MINISTRY and gap in ("", ",", "(", "-", "–")
        if gap and not of_ministry:
            continue
        # the ministry has a youth union of its own, but no investigation agency by that name
        youth_of_ministry = m.value == "Đoàn Thanh niên" and unit.value == MINISTRY
        if not (youth_of_ministry or of_ministry) and unit.unit_kind not in (
            UnitKind.PROVINCIAL_POLICE,
            UnitKind.DISTRICT_POLICE,
        ):
            continue
        m.value, m.parent = f"{m.value} {unit.value}", unit.value


_OWNERS = (UnitKind.PROVINCIAL_POLICE, UnitKind.DISTRICT_POLICE)


def name_bare_agencies(found: list[Mention], ctx: Context) -> None:
    """`Cơ quan CSĐT đã khởi tố vụ án` with no unit after it: the agency of the police unit
    named last, in the sentence or before it (the unit whose case it is)."""
    for m in found:
        if m.value not in AGENCIES or m.value == "Đoàn Thanh niên":
            continue
        before = [n for n in found if n.start < m.start and n.unit_kind in _OWNERS]
        owner = before[-1] if before else ctx.police
        if owner is not None:
            m.value, m.parent = f"{m.value} {owner.value}", owner.value
