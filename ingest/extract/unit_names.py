"""Unit names as the data files give them: bodies (`Công an`, `Ủy ban nhân dân`), units known by
name (ministries, departments of the Bộ Công an, provincial departments, district teams, party
bodies) with their abbreviations, and the first words that make a sentence worth scanning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from core.kinds import UnitKind
from core.text import fold
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import Context, district_of, police_unit
from ingest.extract.lexicon import alternation, first_words, table, words
from ingest.extract.mentions import Mention
from ingest.extract.places import DISTRICT_LEVELS, PROVINCE_LEVELS


@dataclass(frozen=True)
class Body:
    name: str
    police: bool
    under: str | None = None  # the unit every one of them is under (`Bộ Công an`)


# investigation agencies, each named after the police unit it belongs to
# bodies named after the police unit they belong to (`Đoàn Thanh niên Công an TP Hà Nội`)
AGENCIES = ("Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra", "Đoàn Thanh niên")


LOWER_POLICE = "công an"


@cache
def body_forms() -> dict[str, Body]:
    """Written form (full or abbreviated, case as written) -> body: the names, `CA`, the
    abbreviations of a name (`UBND`, `Viện KSND`) and names with an abbreviation inside
    (`Bộ Chỉ huy BĐBP` for `Bộ Chỉ huy Bộ đội Biên phòng`)."""
    out: dict[str, Body] = {}
    for row in table("bodies.csv"):
        body = Body(row["body"], row["police"] == "yes", row["under"] or None)
        for form in (row["body"], *filter(None, row["written"].split("|"))):
            out[form] = body
    out["CA"] = out["Công an"]
    # `Trưởng công an huyện Hoài Ân`: in lower case only with its place (see `find_units`)
    out[LOWER_POLICE] = out["Công an"]
    rows = table("abbreviations.csv")
    by_fold = {fold(name): body for name, body in out.items()}
    for row in rows:
        if fold(row["expansion"]) in by_fold:
            out.setdefault(row["form"], by_fold[fold(row["expansion"])])
    for name, body in list(out.items()):
        for row in rows:
            if " " + row["expansion"] in name:
                out.setdefault(name.replace(" " + row["expansion"], " " + row["form"]), body)
    return out


def command_of(unit: str) -> str | None:
    """`Bộ đội Biên phòng tỉnh X` -> `Bộ Chỉ huy Bộ đội Biên phòng tỉnh X`: the command of a
    force, which holds the posts of those named with the force."""
    for body, command in _commands():
        if unit.startswith(body + " "):
            return command + unit[len(body) :]
    return None


@cache
def _commands() -> tuple[tuple[str, str], ...]:
    return tuple((r["body"], r["command"]) for r in table("bodies.csv") if r["command"])


@cache
def bodies() -> dict[str, Body]:
    """Folded written form (full or abbreviated) -> body."""
    return {fold(form): body for form, body in body_forms().items()}


# a provincial department's code (`PC02`, `PA03`), which news writes without `Phòng`
_DEPARTMENT_CODE = re.compile(r"^P[A-Z]\d{2}$")
_MINISTRY_CODE = re.compile(r"^[ACHKT]\d{2}$")


_CAPITALS = re.compile(r"\b[A-ZĐƯ]{2,}\b")


@cache
def abbreviated_forms() -> dict[str, str]:
    """Folded form -> form as written, for the ministries' forms with a word in capitals
    (`Công an TƯ`): folded, `Công an từ` would match them, so they match in their own case."""
    forms = (form for line in words("ministries.txt") for form in line.split("|"))
    return {fold(form): form for form in forms if _CAPITALS.search(form)}


@cache
def named_units() -> dict[str, tuple[str, UnitKind]]:
    """Folded written form -> (canonical name, kind) for units known by name."""
    out: dict[str, tuple[str, UnitKind]] = {}
    for line in words("ministries.txt"):
        name, *aliases = line.split("|")
        entry = (name, UnitKind.MINISTRY if name.startswith("Bộ ") else UnitKind.CENTRAL_BODY)
        for form in (name, *aliases):
            out[fold(form)] = entry
    for row in table("abbreviations.csv"):
        if fold(row["expansion"]) in out:
            out[fold(row["form"])] = out[fold(row["expansion"])]
    for row in table("party_bodies.csv"):
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            out[fold(form)] = (row["name"], UnitKind.PARTY_BODY)
    for row in table("councils.csv"):
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            out[fold(form)] = (row["name"], UnitKind.COUNCIL)
    codes: dict[str, list[str]] = {}
    cuc_forms: dict[str, tuple[str, UnitKind]] = {}
    for row in table("police_units.csv"):
        out[fold(row["name"])] = (row["name"], UnitKind.MINISTRY_UNIT)
        for code in filter(None, row["aliases"].split("|")):
            if " " in code:
                out[fold(code)] = (row["name"], UnitKind.MINISTRY_UNIT)
                if row["name"].startswith("Cục ") and not code.startswith("Cục "):
                    # `Cục CSGT đường bộ - đường sắt`: a short name written after `Cục`
                    cuc_forms[fold(f"Cục {code}")] = (row["name"], UnitKind.MINISTRY_UNIT)
            else:
                codes.setdefault(code, []).append(row["name"])
    for code, names in codes.items():
        if len(set(names)) == 1:
            out[fold(f"Cục {code}")] = (names[0], UnitKind.MINISTRY_UNIT)
            if _MINISTRY_CODE.match(code):
                out[fold(code)] = out[fold(f"Cục {code}")]  # `C45, C54 và Công an tỉnh X`
    for form, entry in cuc_forms.items():
        out.setdefault(form, entry)
    for row in table("departments.csv"):
        entry = (row["name"], UnitKind.PROVINCIAL_DEPARTMENT)
        out[fold(row["name"])] = entry
        for code in filter(None, row["aliases"].split("|")):
            out[fold(code if " " in code else f"Phòng {code}")] = entry
            if _DEPARTMENT_CODE.match(code):
                out[fold(code)] = entry  # `Đội trưởng PC02 Công an tỉnh X`: the code alone
            if " " in code and row["name"].startswith("Phòng "):
                # `Phòng CSĐT tội phạm về ma túy`: a short name after `Phòng`
                out.setdefault(fold(f"Phòng {code}"), entry)
    for name in longer_departments():
        out.setdefault(fold(name), (name, UnitKind.PROVINCIAL_DEPARTMENT))
    for row in table("teams.csv"):
        entry = (row["name"], UnitKind.DISTRICT_TEAM)
        out[fold(row["name"])] = entry
        for code in filter(None, row["aliases"].split("|")):
            out[fold(f"Đội {code}")] = entry
    # `phòng, chống` is also written `phòng chống`
    for form in [f for f in out if "," in f]:
        out.setdefault(without_commas(form), out[form])
    # `Tổng cục Chính trị CAND`, `Học viện CSND`: a name with a known abbreviation in it
    for row in table("abbreviations.csv"):
        long, short = fold(row["expansion"]), fold(row["form"])
        for form, entry in list(out.items()):
            if " " + long in form:
                out.setdefault(form.replace(" " + long, " " + short), entry)
    return out


# the head words a post may leave out of its unit's name: `Cục trưởng Cảnh sát giao thông`,
# `Tư lệnh Cảnh vệ` (of `Bộ Tư lệnh Cảnh vệ`), keyed by what the post keeps
_HEADS = {"Tổng cục ": "tong cuc", "Cục ": "cuc", "Bộ Tư lệnh ": "tu lenh"}


@cache
def longer_departments() -> tuple[str, ...]:
    """`Phòng` names that lengthen a known department's as a ministry department's name does
    (`Phòng Hồ sơ nghiệp vụ` after `Cục Hồ sơ nghiệp vụ`): the text's longer name wins over
    the known prefix."""
    known = [r["name"] for r in table("departments.csv") if r["name"].startswith("Phòng ")]
    out = []
    for row in table("police_units.csv"):
        if not row["name"].startswith("Cục "):
            continue
        name = "Phòng " + row["name"][len("Cục ") :]
        if name not in known and any(name.startswith(k + " ") for k in known):
            out.append(name)
    return tuple(out)


@cache
def headless_units() -> dict[tuple[str, str], tuple[str, str]]:
    """(folded head, folded rest) -> (canonical name, kind) for units of the ministry whose
    name starts with `Cục`, `Tổng cục` or `Bộ Tư lệnh`: `Cục trưởng Cảnh sát giao thông` and
    `Tư lệnh Cảnh vệ` leave the head word in the role."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for form, entry in named_units().items():
        if entry[1] != UnitKind.MINISTRY_UNIT:
            continue
        for head, kept in _HEADS.items():
            if form.startswith(fold(head)):
                out.setdefault((kept, form[len(head) :]), entry)
                break
    return out


def without_commas(form: str) -> str:
    return " ".join(form.replace(",", " ").split())


@cache
def country_re() -> re.Pattern[str]:
    return re.compile(rf"\s+({alternation(words('countries.txt'))})(?!\w)")


@cache
def departments_alt() -> str:
    forms = []
    for row in table("departments.csv"):
        if row["name"].startswith("Phòng "):
            name = fold(row["name"])[len("phong ") :]
            forms += [name, without_commas(name)]
            forms += [fold(code) for code in filter(None, row["aliases"].split("|"))]
    forms += [fold(name)[len("phong ") :] for name in longer_departments()]
    return alternation(forms)


def body_unit(body: Body, level: str, place: str | None, ctx: Context) -> Mention | None:
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
    return Mention(
        0, 0, "org", f"{body.name} {level} {place}", body.under, UnitKind.LOCAL_GOVERNMENT, place
    )


@cache
def named_triggers() -> frozenset[str]:
    """First words (lower case) of every unit known by name, in any written form."""
    forms = [form for line in words("ministries.txt") for form in line.split("|")]
    for name in ("party_bodies.csv", "police_units.csv", "departments.csv", "teams.csv"):
        for row in table(name):
            forms += [row["name"], *(a for a in row["aliases"].split("|") if " " in a)]
    codes = [c for row in table("departments.csv") for c in row["aliases"].split("|")]
    codes += [c for row in table("police_units.csv") for c in row["aliases"].split("|")]
    codes = [c for c in codes if _DEPARTMENT_CODE.match(c) or _MINISTRY_CODE.match(c)]
    return first_words((*forms, *codes, "Cục", "Phòng", "Đội", "BCA"))


@cache
def body_triggers() -> frozenset[str]:
    return first_words(tuple(body_forms()))


@cache
def council_parents() -> dict[str, str]:
    """A council's name -> the body it belongs to (`Bộ Công an`), where it has one."""
    return {row["name"]: row["parent"] for row in table("councils.csv") if row["parent"]}


def office_of(name: str) -> str | None:
    """The unit an office is named after (`Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an`,
    `Văn phòng Chính phủ`), when that unit is known by name: the office belongs to it."""
    if not name.startswith("Văn phòng "):
        return None
    entry = named_units().get(fold(name[len("Văn phòng ") :]))
    return entry[0] if entry is not None else None
