"""Units: finding `Công an quận Đống Đa`, `CATP Hà Nội`, `UBND thành phố`, `Cục Cảnh sát hình
sự` … in text, giving each its canonical full name, its kind and its parent.

Parents come from the text when it gives them (`Phòng X Công an tỉnh Y`, `Công an xã X,
huyện Y`), else from the administrative map (`hierarchy`): a provincial police is under the
Bộ Công an, a district police under its province's police."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from core.kinds import UnitKind
from core.text import collapse_spaces, fold
from ingest.extract.border_posts import find_national_command
from ingest.extract.commune_lists import more_communes
from ingest.extract.faculties import find_faculties
from ingest.extract.folding import fold_same_length
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import (
    MINISTRY,
    Context,
    police_unit,
    province_unit,
    territory_committee,
)
from ingest.extract.mentions import Mention
from ingest.extract.normalise import modern_tones
from ingest.extract.numbered_units import find_bare_office, find_numbered_departments
from ingest.extract.places import (
    COMMUNE_LEVELS,
    DISTRICT_LEVELS,
    LEVEL,
    RUN,
    level_of,
    surnames,
    trim_place,
)
from ingest.extract.unit_codes import note_codes, said_with_its_unit
from ingest.extract.unit_links import (
    LEVEL_LIST,
    PLURAL,
    QUANTIFIED,
    attach_parents,
    headed_list,
    more_departments,
    more_districts,
    more_provinces,
    name_agencies_after_units,
    name_bare_agencies,
    shared_heads,
)
from ingest.extract.unit_names import (
    AGENCIES,
    LOWER_POLICE,
    Body,
    abbreviated_forms,
    bodies,
    body_unit,
    command_of,
    council_parents,
    country_re,
    headless_units,
    named_units,
    office_of,
)
from ingest.extract.unit_patterns import named_in, patterns, scan, wanted_patterns
from ingest.extract.unit_refs import refer_back

# `được bầu làm Chủ tịch Hội`: the association named before
_BARE_ASSOCIATION = re.compile(r"(?<=[Cc]hủ tịch )Hội(?!\w)(?!\s+[A-ZĐÀ-Ỹ])")
_NOTE = re.compile(r"\([^()]*\)")
_POST_ENDS = re.compile(r"\s+(?:[Cc]ông an|CA)\s|\s*(?:[,;.)]|$)")
_COUNTED = re.compile(r"\s+(?:cá nhân|tập thể|đồng chí|đơn vị|người|cán bộ)\b")


def _list_items(match: re.Match[str], ctx: Context) -> list[Mention]:
    # one character more: an abbreviated level (`TP `) is known by the capital after it
    head = match.string[match.start("levels") : match.end("levels") + 1]
    said = [level_of(w) for w in re.findall(LEVEL, head)]
    levels = said or ["tỉnh", "thành phố"]
    out: list[Mention] = []
    # the brackets are blanked, not cut, so that offsets stay those of the text
    items = _NOTE.sub(lambda m: " " * len(m.group()), match.group("items"))
    base = match.start("items")
    written: str | None = None  # `các quận A, B; huyện C, D`: D is a huyện too
    for item in re.finditer(rf"(?:(?P<lv>{LEVEL})\s*)?(?P<run>{RUN})", items):
        if item.group("lv"):
            written = level_of(item.group("lv"))
        # `Công an các địa phương: A, TP B và C`: a level said for one item is not the next's
        level = written if said or item.group("lv") else None
        run = item.group("run")
        if run.isdigit() and _COUNTED.match(match.string, base + item.end()):
            break  # `Công an các huyện: A, B và 7 cá nhân`: a count ends the list
        # the first level at which the gazetteer knows the item, else the first level given
        chosen = next(
            (
                lv
                for lv in ([level] if level else levels)
                if (p := trim_place(run, lv))
                and (gazetteer().province(p) or gazetteer().districts_named(p, lv))
            ),
            level or (levels[0] if levels else None),
        )
        # a level abbreviation cut from the text after it (`TP ` + name) is read again in
        # the head alone; without a level there is no unit
        place = trim_place(run, chosen) if chosen else None
        if chosen is None or not place:
            continue
        name, parent, kind, place = police_unit(chosen, place, ctx)
        # The span covers a level written in the item (`TP.HCM`), so no place mention wins.
        start = base + item.start()
        out.append(Mention(start, base + item.end(), "org", name, parent, kind, place))
    return out


# `Chủ tịch UBND phường Đoàn Thị Ngát`: the post's holder named after a body without its place
_POST_BEFORE = re.compile(r"(?i:\b(?:chủ tịch|bí thư|trưởng)\s*)$")


def _holder_named(text: str, at: int, level: str, place: str, ctx: Context) -> bool:
    """Whether the words after a commune's body name the holder of the post said before it,
    not another commune: the article already named its commune at that level, and the words
    start with a family name."""
    known = ctx.district_places.get(level)
    if level not in COMMUNE_LEVELS or known is None or known == place:
        return False
    words = place.split()
    return (
        len(words) >= 2
        and words[0] in surnames()
        and bool(_POST_BEFORE.search(text, max(0, at - 20), at))
    )


def _other_word(written: str, name: str) -> bool:
    """`Chinh phụ` folds as `Chính phủ` does: a short name written with other accents is
    other words (text written without any accent still matches)."""
    written = modern_tones(written.lower())
    return (
        written.count(" ") < 2
        and not written.isascii()
        and written != modern_tones(name.lower())
        and fold(written) == fold(name)
    )


# `Bộ ` right before a force's name, with no `Chỉ huy` between
_COMMAND_TYPO = re.compile(r"(?<![\w])Bộ\s+$")


def find_units(text: str, offset: int = 0, ctx: Context | None = None) -> list[Mention]:
    """Unit mentions in `text` (one sentence), offsets shifted by `offset`. `ctx` carries the
    province named earlier and is updated."""
    ctx = ctx or Context()
    pats = patterns()
    wanted = wanted_patterns(text)
    found: list[Mention] = []

    def add(m: Mention | None, start: int, end: int) -> None:
        if m is not None:
            m.start, m.end = offset + start, offset + end
            found.append(m)

    for match in scan(wanted, "list", pats, text):
        for item in _list_items(match, ctx):
            item.start += offset
            item.end += offset
            item.extra["list"] = str(match.start())  # where the list's head starts
            found.append(item)
    bare: list[tuple[int, int, Body, str]] = []
    for match in scan(wanted, "body", pats, text):
        body = bodies()[fold(match.group("body"))]
        level = level_of(match.group("level"))
        run = match.group("place")
        place = trim_place(run, level) if run else None
        if place and _holder_named(text, match.start(), level, place, ctx):
            place = None
        if place is None and match.group("body") == LOWER_POLICE:
            continue  # `lực lượng công an xã`: the police of communes in general
        end = match.start("place") + len(place) if place else match.end("level")
        # `6 Công an quận`, `Công an quận, huyện`: several units, not one referred back to.
        several = QUANTIFIED.search(text, max(0, match.start() - 12), match.start())
        if place is None and not several and not LEVEL_LIST.match(text, end):
            bare.append((match.start(), end, body, level))
        if place is None:
            continue
        unit = body_unit(body, level, place, ctx)
        start = match.start()
        typo = _COMMAND_TYPO.search(text, 0, start)
        command = command_of(unit.value) if unit is not None and typo else None
        if unit is not None and typo and command:
            # `Chỉ huy trưởng Bộ BĐBP tỉnh X`: `Bộ Chỉ huy` with a word dropped, the command
            start, unit.value = typo.start(), command
        add(unit, start, end)
        if unit is not None and not body.police:
            for head in shared_heads(text, match.start(), level, unit):
                add(head, head.start, head.end)
        if unit is not None and body.police and unit.unit_kind == UnitKind.PROVINCIAL_POLICE:
            for more in more_provinces(text, end):
                add(more, more.start, more.end)
        elif unit is not None and body.police and level in DISTRICT_LEVELS:
            for more in more_districts(text, end, level, unit, ctx):
                add(more, more.start, more.end)
        elif unit is not None and body.police and unit.unit_kind == UnitKind.COMMUNE_POLICE:
            for more in more_communes(text, end, level, unit):
                add(more, more.start, more.end)
        elif unit is not None and level in DISTRICT_LEVELS and "," in text[end : end + 2]:
            # `UBND huyện Ngọc Hồi, Sa Thầy`: the same body of further districts of the province
            police = Mention(0, 0, "org", *police_unit(level, place, ctx))
            for more in more_districts(text, end, level, police, ctx):
                add(body_unit(body, level, more.place or "", ctx), more.start, more.end)
    for match in scan(wanted, "office", pats, text):
        # `Giám đốc Sở Tư pháp`, `Sở Y tế Hà Nội`: the department of the province written
        # after it, else of the province named last
        body = bodies()[fold(match.group("body"))]
        run = match.group("place")
        province = gazetteer().province(run) if run else None
        if province is not None:
            add(body_unit(body, "tỉnh", province.name, ctx), match.start(), match.end("place"))
        else:
            bare.append((match.start(), match.end("body"), body, "tỉnh"))
    for match in scan(wanted, "short", pats, text):
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
    for match in scan(wanted, "capital", pats, text):
        name = "Công an thành phố Hà Nội"
        add(
            Mention(0, 0, "org", name, MINISTRY, UnitKind.PROVINCIAL_POLICE, "Hà Nội"),
            match.start(),
            match.end(),
        )
    for match in scan(wanted, "province", pats, text):
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
            for more in more_provinces(text, end):
                add(more, more.start, more.end)
    for match in scan(wanted, "committee", pats, text):
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
                    UnitKind.PARTY_COMMITTEE,
                    place,
                ),
                match.start(),
                end,
            )
    folded = fold_same_length(text) if wanted & {"named", "department", "headless"} else ""
    for match in named_in(folded, pats["named"], text) if "named" in wanted else ():
        # `Phòng Cảnh sát giao thông Công an các tỉnh`: every province's, no one unit.
        if PLURAL.match(folded, match.end()):
            continue
        name, kind = named_units()[match.group(0)]
        if _other_word(text[match.start() : match.end()], name):
            continue
        # `Thứ trưởng Công an từ tháng 5`: not `Công an TƯ`
        capitals = abbreviated_forms().get(match.group(0))
        if capitals and " ".join(text[match.start() : match.end()].split()) != capitals:
            continue
        code_alone = kind == UnitKind.MINISTRY_UNIT and " " not in match.group(0)
        if code_alone and said_with_its_unit(text, match.start(), match.end()):
            continue  # the unit written beside the code is read instead
        parent = office_of(name) or (
            MINISTRY if kind == UnitKind.MINISTRY_UNIT else council_parents().get(name)
        )
        end = match.end()
        # `Bộ Nội vụ Lào`, `Bộ Công an Campuchia`: another country's, not Vietnam's
        if country := country_re().match(text, end):
            name, kind, parent, end = (
                f"{name} {country.group(1)}",
                UnitKind.FOREIGN_BODY,
                None,
                country.end(),
            )
        add(Mention(0, 0, "org", name, parent, kind, None), match.start(), end)
        if kind == UnitKind.PROVINCIAL_DEPARTMENT:
            for more in more_departments(text, end):
                add(more, more.start, more.end)
    for match in scan(wanted, "department", pats, folded):
        after_role = text[match.start() - 6].islower()  # `Trưởng phòng`, not `Phòng`
        # `Trưởng phòng an ninh kinh tế Công an tỉnh X`: written in lower case, the name is
        # the department's only when its police or the end of the post follows
        written = text[match.start()].isupper() or bool(_POST_ENDS.match(text, match.end()))
        if after_role and written and not PLURAL.match(folded, match.end()):
            name = named_units()["phong " + match.group(0)][0]
            add(
                Mention(0, 0, "org", name, None, UnitKind.PROVINCIAL_DEPARTMENT, None),
                match.start(),
                match.end(),
            )
    for match in scan(wanted, "headless", pats, folded):
        kept = match.group("head") or match.group("head2")
        entry = headless_units().get((kept, match.group("name")))
        if entry is not None and text[match.start("name")].isupper():
            name, kind = entry
            add(
                Mention(0, 0, "org", name, MINISTRY, kind, None),
                match.start("name"),
                match.end("name"),
            )
    for match in scan(wanted, "border_post", pats, text):
        name = " ".join(match.group().split())
        add(Mention(0, 0, "org", name, None, UnitKind.LOCAL_GOVERNMENT), *match.span())
    for match in scan(wanted, "youth", pats, text):
        add(
            Mention(0, 0, "org", "Đoàn Thanh niên", None, UnitKind.PROVINCIAL_DEPARTMENT),
            *match.span(),
        )
    if "các " in text:
        for item in headed_list(text):
            add(item, item.start, item.end)
    if "hoa " in text:
        find_faculties(text, offset, found)
    for start, end, body, level in bare:
        add(refer_back(found, offset + start, body, level, ctx), start, end)
    if ctx.association is not None and "Hội" in text:
        for match in _BARE_ASSOCIATION.finditer(text):
            add(replace(ctx.association, extra={"back": "1"}), match.start(), match.end())
    if "(" in text:
        note_codes(found, text, offset, ctx.codes)
    if "hòng " in text:
        find_numbered_departments(text, offset, found, ctx.codes)
    if "Văn phòng," in text:
        find_bare_office(text, offset, found)
    if "BĐBP" in text or "Biên phòng" in text:
        find_national_command(text, offset, found)
    attach_parents(found, text, offset, ctx)
    name_agencies_after_units(found, text, offset)
    name_bare_agencies(found, ctx)
    # an agency or a youth union whose unit was not read names no unit of its own
    return [m for m in found if m.value not in AGENCIES]


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
    """The kind of unit the name names (a `UnitKind`), or None."""
    return _canonical_cache(name)[2]
