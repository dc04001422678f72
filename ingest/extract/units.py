"""Units: finding `Công an quận Đống Đa`, `CATP Hà Nội`, `UBND thành phố`, `Cục Cảnh sát hình
sự` … in text, giving each its canonical full name, its kind and its parent.

Parents come from the text when it gives them (`Phòng X Công an tỉnh Y`, `Công an xã X,
huyện Y`), else from the administrative map (`hierarchy`): a provincial police is under the
Bộ Công an, a district police under its province's police."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from core.text import collapse_spaces, fold
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import (
    MINISTRY,
    Context,
    district_of,
    police_unit,
    province_unit,
    territory_committee,
)
from ingest.extract.lexicon import alternation, first_words, may_contain, starts, table, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import UPPER, modern_tones
from ingest.extract.places import (
    DISTRICT_LEVELS,
    LEVEL,
    PROVINCE_LEVELS,
    RUN,
    level_of,
    trim_place,
)

_NUMBER_WORDS = r"(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"


@dataclass(frozen=True)
class Body:
    name: str
    police: bool


@cache
def _bodies() -> dict[str, Body]:
    """Folded written form (full or abbreviated) -> body."""
    out = {fold(r["body"]): Body(r["body"], r["police"] == "yes") for r in table("bodies.csv")}
    out[fold("CA")] = out[fold("Công an")]
    for row in table("abbreviations.csv"):
        if fold(row["expansion"]) in out:
            out[fold(row["form"])] = out[fold(row["expansion"])]
    return out


@cache
def _named_units() -> dict[str, tuple[str, str]]:
    """Folded written form -> (canonical name, kind) for units known by name."""
    out: dict[str, tuple[str, str]] = {}
    for line in words("ministries.txt"):
        name, *aliases = line.split("|")
        entry = (name, "ministry" if name.startswith("Bộ ") else "central_body")
        for form in (name, *aliases):
            out[fold(form)] = entry
    for row in table("abbreviations.csv"):
        if fold(row["expansion"]) in out:
            out[fold(row["form"])] = out[fold(row["expansion"])]
    for row in table("party_bodies.csv"):
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            out[fold(form)] = (row["name"], "party_body")
    codes: dict[str, list[str]] = {}
    for row in table("police_units.csv"):
        out[fold(row["name"])] = (row["name"], "ministry_unit")
        for code in filter(None, row["aliases"].split("|")):
            if " " in code:
                out[fold(code)] = (row["name"], "ministry_unit")
            else:
                codes.setdefault(code, []).append(row["name"])
    for code, names in codes.items():
        if len(set(names)) == 1:
            out[fold(f"Cục {code}")] = (names[0], "ministry_unit")
    for row in table("departments.csv"):
        entry = (row["name"], "provincial_department")
        out[fold(row["name"])] = entry
        for code in filter(None, row["aliases"].split("|")):
            out[fold(code if " " in code else f"Phòng {code}")] = entry
    for row in table("teams.csv"):
        entry = (row["name"], "district_team")
        out[fold(row["name"])] = entry
        for code in filter(None, row["aliases"].split("|")):
            out[fold(f"Đội {code}")] = entry
    # `phòng, chống` is also written `phòng chống`
    for form in [f for f in out if "," in f]:
        out.setdefault(_without_commas(form), out[form])
    return out


def _without_commas(form: str) -> str:
    return " ".join(form.replace(",", " ").split())


@cache
def _country_re() -> re.Pattern[str]:
    return re.compile(rf"\s+({alternation(words('countries.txt'))})(?!\w)")


@cache
def _departments_alt() -> str:
    forms = []
    for row in table("departments.csv"):
        if row["name"].startswith("Phòng "):
            name = fold(row["name"])[len("phong ") :]
            forms += [name, _without_commas(name)]
            forms += [fold(code) for code in filter(None, row["aliases"].split("|"))]
    return alternation(forms)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    bodies = alternation(
        [*(b.name for b in _bodies().values()), "CA", "UBND", "HĐND", "VKSND", "TAND", "UBMTTQ"]
    )
    body_starts = starts([b.name for b in _bodies().values()] + ["CA", "UBND", "HĐND"])
    named = _named_units()
    named_forms = sorted({*named, *(fold(v[0]) for v in named.values())}, key=len, reverse=True)
    # Named units are matched on the folded text, so `Cục Cảnh sát Hình sự` also matches.
    named_alt = alternation(named_forms)
    return {
        "list": re.compile(
            rf"(?=[cC])\b(?i:công an|CA)\s+{_NUMBER_WORDS}\s+"
            rf"(?P<levels>{LEVEL}(?:\s*(?:,|và)\s*{LEVEL})*)"
            # `Công an 5 thành phố trực thuộc Trung ương: Hà Nội, …`
            r"(?:(?:\s+[^\s:,.;]+){1,4}?\s*:|\s*:?)\s*"
            rf"(?P<items>{RUN}(?:\s*(?:,|và|;)\s*(?:{LEVEL}\s*)?{RUN})*)"
        ),
        "body": re.compile(
            rf"{body_starts}(?<!\w)(?P<body>{bodies})\s+(?P<level>{LEVEL})\s*(?P<place>{RUN})?"
        ),
        "short": re.compile(
            rf"(?=C)\b(?P<abbr>CATP|CAT|CAQ|CAH|CATX|CAP|CAX)\b\.?\s*(?P<place>{RUN})?"
        ),
        "capital": re.compile(r"(?=[cC])\b(?i:công an|CA) (?i:thủ đô)\b"),
        "province": re.compile(rf"(?=[cC])\b(?i:công an)\s+(?P<place>{RUN})"),
        "committee": re.compile(
            r"(?=[THQ])\b(?P<committee>Thành ủy|Tỉnh ủy|Quận ủy|Huyện ủy|Thị ủy)"
            rf"\s+(?P<place>{RUN})"
        ),
        "named": re.compile(rf"{starts(named_forms)}(?<!\w)(?:{named_alt})(?!\w)"),
        # `Trưởng phòng Cảnh sát hình sự`: the role swallowed the word `phòng`.
        "department": re.compile(rf"(?<=phong )(?:{_departments_alt()})(?!\w)"),
    }


def _body_unit(body: Body, level: str, place: str | None, ctx: Context) -> Mention | None:
    if body.police:
        if place is None:
            return None
        name, parent, kind, place = police_unit(level, place, ctx)
        return Mention(0, 0, "org", name, parent, kind, place)
    if place is None:
        if level not in PROVINCE_LEVELS or ctx.province is None:
            return None
        province = gazetteer().province(ctx.province)
        if province is None or (level != "tỉnh" and province.type != level):
            return None
        place, level = province.name, province.type
    else:
        province = gazetteer().province(place)
        if province and level in PROVINCE_LEVELS:
            place, level = province.name, province.type
        elif level in DISTRICT_LEVELS and (d := district_of(place, level, ctx.province)):
            place = d.name
    return Mention(0, 0, "org", f"{body.name} {level} {place}", None, "local_government", place)


def _list_items(match: re.Match[str], ctx: Context) -> list[Mention]:
    levels = [level_of(w) for w in re.findall(LEVEL, match.group("levels"))]
    out: list[Mention] = []
    items = match.group("items")
    base = match.start("items")
    written: str | None = None  # `các quận A, B; huyện C, D`: D is a huyện too
    for item in re.finditer(rf"(?:(?P<lv>{LEVEL})\s*)?(?P<run>{RUN})", items):
        if item.group("lv"):
            written = level_of(item.group("lv"))
        level = written
        run = item.group("run")
        # the first level at which the gazetteer knows the item, else the first level given
        chosen = next(
            (
                lv
                for lv in ([level] if level else levels)
                if (p := trim_place(run, lv))
                and (gazetteer().province(p) or gazetteer().districts_named(p, lv))
            ),
            level or levels[0],
        )
        place = trim_place(run, chosen)
        if not place:
            continue
        name, parent, kind, place = police_unit(chosen, place, ctx)
        # The span covers a level written in the item (`TP.HCM`), so no place mention wins.
        start = base + item.start()
        out.append(Mention(start, base + item.end(), "org", name, parent, kind, place))
    return out


_NOTHING = re.compile(r"(?!)")


def _scan(wanted: set[str], key: str, pats: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    return pats[key] if key in wanted else _NOTHING


@cache
def _named_triggers() -> frozenset[str]:
    """First words (lower case) of every unit known by name, in any written form."""
    forms = [form for line in words("ministries.txt") for form in line.split("|")]
    for name in ("party_bodies.csv", "police_units.csv", "departments.csv", "teams.csv"):
        for row in table(name):
            forms += [row["name"], *(a for a in row["aliases"].split("|") if " " in a)]
    return first_words((*forms, "Cục", "Phòng", "Đội", "BCA"))


@cache
def _body_triggers() -> frozenset[str]:
    return first_words(
        (*(b.name for b in _bodies().values()), "CA", "UBND", "HĐND", "VKSND", "TAND", "UBMTTQ")
    )


def _wanted(text: str) -> set[str]:
    """The patterns worth running on a sentence: those whose first words occur in it."""
    lowered = text.lower()
    wanted = set()
    if "công an" in lowered or "ca " in lowered:
        wanted |= {"list", "capital", "province"}
    if may_contain(text, _body_triggers()):
        wanted.add("body")
    if "CA" in text:
        wanted.add("short")
    if "ủy" in lowered:
        wanted.add("committee")
    if may_contain(text, _named_triggers()):
        wanted.add("named")
    if "phòng " in lowered:
        wanted.add("department")
    return wanted


def find_units(text: str, offset: int = 0, ctx: Context | None = None) -> list[Mention]:
    """Unit mentions in `text` (one sentence), offsets shifted by `offset`. `ctx` carries the
    province named earlier and is updated."""
    ctx = ctx or Context()
    pats = _patterns()
    wanted = _wanted(text)
    found: list[Mention] = []

    def add(m: Mention | None, start: int, end: int) -> None:
        if m is not None:
            m.start, m.end = offset + start, offset + end
            found.append(m)

    for match in _scan(wanted, "list", pats).finditer(text):
        for item in _list_items(match, ctx):
            item.start += offset
            item.end += offset
            item.extra["list"] = str(offset + match.start())
            found.append(item)
    bare: list[tuple[int, int, Body, str]] = []
    for match in _scan(wanted, "body", pats).finditer(text):
        body = _bodies()[fold(match.group("body"))]
        level = level_of(match.group("level"))
        run = match.group("place")
        place = trim_place(run, level) if run else None
        end = match.start("place") + len(place) if place else match.end("level")
        # `6 Công an quận`, `Công an quận, huyện`: several units, not one referred back to.
        several = _QUANTIFIED.search(text, max(0, match.start() - 12), match.start())
        if place is None and not several and not _LEVEL_LIST.match(text, end):
            bare.append((match.start(), end, body, level))
        if place is None:
            continue
        unit = _body_unit(body, level, place, ctx)
        add(unit, match.start(), end)
        if unit is not None and body.police and level in DISTRICT_LEVELS:
            for more in _more_districts(text, end, level, unit, ctx):
                add(more, more.start, more.end)
    for match in _scan(wanted, "short", pats).finditer(text):
        abbr = match.group("abbr")
        level = {
            "CATP": "thành phố",
            "CAT": "tỉnh",
            "CAQ": "quận",
            "CAH": "huyện",
            "CATX": "thị xã",
            "CAP": "phường",
            "CAX": "xã",
        }[abbr]
        run = match.group("place")
        place = trim_place(run, level) if run else None
        if place is None and abbr == "CATP":
            # `CATP Hồ Chí Minh`, `CATP.HCM`; a bare `CATP` is the city named before.
            place = ctx.province
            end = match.start() + len(abbr)
        elif place is None:
            continue
        else:
            end = match.start("place") + len(place)
        if place is None:
            continue
        name, parent, kind, place = police_unit(level, place, ctx)
        add(Mention(0, 0, "org", name, parent, kind, place), match.start(), end)
    for match in _scan(wanted, "capital", pats).finditer(text):
        name = "Công an thành phố Hà Nội"
        add(
            Mention(0, 0, "org", name, MINISTRY, "provincial_police", "Hà Nội"),
            match.start(),
            match.end(),
        )
    for match in _scan(wanted, "province", pats).finditer(text):
        place = trim_place(match.group("place"), None)
        if place and (named := province_unit(place)):
            end = match.start("place") + len(place)
            province = gazetteer().province(place)
            add(
                Mention(
                    0, 0, "org", named[0], MINISTRY, named[1], province.name if province else place
                ),
                match.start(),
                end,
            )
    for match in _scan(wanted, "committee", pats).finditer(text):
        committee = match.group("committee")
        level = {"Thành ủy": "thành phố", "Tỉnh ủy": "tỉnh"}.get(committee, "quận")
        place = trim_place(match.group("place"), level)
        if place:
            end = match.start("place") + len(place)
            province = gazetteer().province(place)
            if province and committee in ("Thành ủy", "Tỉnh ủy"):
                place = province.name
            add(
                Mention(
                    0,
                    0,
                    "org",
                    territory_committee(committee, place),
                    None,
                    "party_committee",
                    place,
                ),
                match.start(),
                end,
            )
    folded = _fold_same_length(text) if wanted & {"named", "department"} else ""
    for match in _scan(wanted, "named", pats).finditer(folded):
        # `Phòng Cảnh sát giao thông Công an các tỉnh`: every province's, no one unit.
        if not text[match.start()].isupper() or _PLURAL.match(folded, match.end()):
            continue
        name, kind = _named_units()[match.group(0)]
        parent = MINISTRY if kind == "ministry_unit" else None
        end = match.end()
        # `Bộ Nội vụ Lào`, `Bộ Công an Campuchia`: another country's, not Vietnam's
        if country := _country_re().match(text, end):
            name, kind, parent, end = (
                f"{name} {country.group(1)}",
                "foreign_body",
                None,
                country.end(),
            )
        add(Mention(0, 0, "org", name, parent, kind, None), match.start(), end)
    for match in _scan(wanted, "department", pats).finditer(folded):
        after_role = text[match.start() - 6].islower()  # `Trưởng phòng`, not `Phòng`
        if after_role and text[match.start()].isupper() and not _PLURAL.match(folded, match.end()):
            name = _named_units()["phong " + match.group(0)][0]
            add(
                Mention(0, 0, "org", name, None, "provincial_department", None),
                match.start(),
                match.end(),
            )
    if "hoa " in text:
        _faculties(text, offset, found)
    for start, end, body, level in bare:
        add(_refer_back(found, offset + start, body, level, ctx), start, end)
    _attach_parents(found, text, offset, ctx)
    return found


# `Khoa Luật`, `khoa Cảnh sát hình sự` (after `Trưởng`): a faculty of the school named after it
_FACULTY = re.compile(rf"(?<!\w)(?P<head>Khoa|(?<=[Tt]rưởng )khoa)\s+(?P<name>[{UPPER}])")


@cache
def _faculty_end() -> re.Pattern[str]:
    ends = (*words("faculty_name_ends.txt"), *words("event_verbs.txt"))
    ends += words("attendance_cues.txt")
    return re.compile(
        rf"\s*(?:[,.;:()]|\s-\s|\svà\s+(?=[{UPPER}])|\s(?:{alternation(ends)})(?!\w))"
    )


_FACULTY_OF = re.compile(r"\s*(?:,|-|–|của|thuộc)?\s*$")


def _faculties(text: str, offset: int, found: list[Mention]) -> None:
    """Faculties: the name runs to the school after it, else to punctuation or a verb; the
    school written right after it (`Khoa Luật, Học viện X`) is its parent."""
    for match in _FACULTY.finditer(text):
        start = match.start("name")
        if any(m.start - offset <= start < m.end - offset for m in found):
            continue
        stop = _faculty_end().search(text, start)
        end = stop.start() if stop else len(text)
        schools = [m for m in found if m.start - offset > start and m.unit_kind == "ministry_unit"]
        school = min(schools, key=lambda m: m.start) if schools else None
        if school is not None:
            end = min(end, school.start - offset)
        name = " ".join(text[start:end].split())
        if not name or len(name.split()) > 12:
            continue
        name_end = start + len(text[start:end].rstrip())
        next_to = school is not None and _FACULTY_OF.match(text, name_end, school.start - offset)
        at = match.start() if match.group("head") == "Khoa" else start
        found.append(
            Mention(
                offset + at,
                offset + name_end,
                "org",
                f"Khoa {name}",
                school.value if school is not None and next_to else None,
                "faculty",
            )
        )


_NEXT_ITEM = re.compile(rf"\s*(?:,|và)\s*(?P<run>{RUN})")


def _more_districts(text: str, at: int, level: str, first: Mention, ctx: Context) -> list[Mention]:
    """`Công an huyện Ba Vì, Phúc Thọ và Thạch Thất`, `Công an quận 1, 3 và 5`: further
    districts of the same level and city written after the first, each one a unit. Only
    names the gazetteer places under the same police are taken (`Công an huyện X, Điện
    Biên` names a province after the district, not a second district)."""
    out: list[Mention] = []
    while (item := _NEXT_ITEM.match(text, at)) is not None:
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
        out.append(Mention(item.start("run"), at, "org", name, parent, kind, place))
    return out


def _refer_back(found: list[Mention], at: int, body: Body, level: str, ctx: Context):
    """`Công an tỉnh`, `UBND thành phố`, `Công an phường` without a name: the unit of that
    level named last, earlier in the sentence or in the sentences before."""
    if body.police and level not in PROVINCE_LEVELS:
        same = [
            m
            for m in found
            if m.start < at
            and m.value.startswith(f"Công an {level} ")
            and m.unit_kind in ("district_police", "commune_police")
        ]
        earlier = same[-1] if same else ctx.local.get(level)
        if earlier is None:
            return None
        m = replace(earlier, extra={"back": "1"})
        return m
    named = [m for m in found if m.start < at and m.unit_kind == "provincial_police" and m.place]
    here = Context(named[-1].place if named else ctx.province)
    if not body.police:
        return _body_unit(body, level, None, here)
    province = gazetteer().province(here.province) if here.province else None
    if level not in PROVINCE_LEVELS or province is None:
        return None
    if level != "tỉnh" and province.type != level:
        # `Công an thành phố` in a province: the city under it named before (`thành phố Hạ
        # Long` in Quảng Ninh)
        city = [m for m in found if m.start < at and m.unit_kind == "district_police"]
        city = [m for m in city if m.value.startswith("Công an thành phố ")]
        earlier = city[-1] if city else ctx.local.get("thành phố")
        return replace(earlier, extra={"back": "1"}) if earlier is not None else None
    name = f"Công an {province.type} {province.name}"
    m = Mention(0, 0, "org", name, MINISTRY, "provincial_police", province.name)
    m.extra["back"] = "1"
    return m


_PLURAL = re.compile(r"\s+(?:cong an\s+)?cac\b")
_QUANTIFIED = re.compile(r"(?i:\b(?:các|những|mỗi|\d+)\s*)$")
_LEVEL_LIST = re.compile(rf"\s*(?:,|và)\s*{LEVEL}")
# `Công an xã X, huyện Y`, `Công an xã X (huyện Y)`, `Công an huyện X (Tiền Giang)`
_COMMUNE_TAIL = re.compile(rf"\s*[,(]\s*(?P<level>{LEVEL})\s*(?P<place>{RUN})")
_DISTRICT_TAIL = re.compile(rf"\s*[,(]\s*(?:(?P<level>{LEVEL})\s*)?(?P<place>{RUN})")


def _written_after(m: Mention, found: list[Mention], kind: str) -> Mention | None:
    """The unit of `kind` written right after `m` (`Phòng X Công an tỉnh Y`), if any."""
    return next((o for o in found if o.unit_kind == kind and 0 <= o.start - m.end <= 3), None)


def _the_one_district_before(m: Mention, found: list[Mention], ctx: Context) -> str | None:
    """The one district police named before `m` in the sentence, else the article's one
    district police so far; None when there are several."""
    before = {o.value for o in found if o.unit_kind == "district_police" and o.end <= m.start}
    districts = before or set(ctx.districts)
    return districts.pop() if len(districts) == 1 else None


def _attach_parents(found: list[Mention], text: str, offset: int, ctx: Context) -> None:
    """Departments are under the provincial police written next to them, else the one named
    before; commune police under the district written after them (`Công an xã X, huyện Y`),
    else the district police named before them in the sentence."""
    for m in found:
        if m.unit_kind == "district_team" and m.parent is None:
            nxt = _written_after(m, found, "district_police")
            if nxt is not None:
                m.parent = nxt.value
            else:
                m.parent = _the_one_district_before(m, found, ctx)
        elif m.unit_kind == "provincial_department" and m.parent is None:
            nxt = _written_after(m, found, "provincial_police")
            if nxt is not None:
                m.parent = nxt.value
            elif ctx.province and (unit := province_unit(ctx.province)):
                m.parent = unit[0]
        elif m.unit_kind == "district_police" and m.parent is None:
            tail = _DISTRICT_TAIL.match(text, m.end - offset)
            place = trim_place(tail.group("place"), None) if tail else None
            if place and (unit := province_unit(place)):
                m.parent = unit[0]
        elif m.unit_kind == "commune_police" and m.parent is None:
            tail = _COMMUNE_TAIL.match(text, m.end - offset)
            level = level_of(tail.group("level")) if tail else None
            if tail and level in DISTRICT_LEVELS:
                place = trim_place(tail.group("place"), level)
                if place:
                    m.parent = police_unit(level, place, ctx)[0]
                    continue
            m.parent = _the_one_district_before(m, found, ctx)


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x41, 0x1EFF + 1):
        ch = chr(code)
        if ch.isalpha():
            folded = fold(ch)
            table[code] = folded if len(folded) == 1 else ch.lower()
    return table


def _fold_same_length(text: str) -> str:
    """Lower-case, accent-free text with the same offsets, for matching known names."""
    return text.translate(_fold_table())


@cache
def _canonical_cache(name: str) -> tuple[str, str | None, str | None]:
    text = collapse_spaces(modern_tones(name))
    units = [u for u in find_units(text) if u.kind == "org"]
    units = [u for u in units if u.start == 0 and u.end == len(text)]
    if units:
        best = units[0]
        return best.value, best.parent, best.unit_kind
    return text, None, None


def canonical_unit(name: str) -> str:
    """The canonical full name of a unit: `CATP Hà Nội` -> `Công an thành phố Hà Nội`,
    `UBND quận Đống Đa` -> `Ủy ban nhân dân quận Đống Đa`; other text is returned tidied."""
    return _canonical_cache(name)[0]


def unit_parent(name: str) -> str | None:
    """The parent the name implies (`Công an quận Đống Đa` -> `Công an thành phố Hà Nội`)."""
    return _canonical_cache(name)[1]


def unit_kind(name: str) -> str | None:
    """`provincial_police`, `district_police`, `commune_police`, `ministry`, `ministry_unit`,
    `provincial_department`, `district_team`, `faculty`, `local_government`, `party_committee`,
    `party_body`, `foreign_body`,
    `central_body` or None."""
    return _canonical_cache(name)[2]
