"""Posts: `Phó Giám đốc Công an thành phố Hà Nội`, stacked (`Ủy viên Bộ Chính trị, Bộ trưởng
Bộ Công an`) and with shared heads (`Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh X`: the
party post belongs to the unit named in the next post).

A post is a role mention, optionally a bare committee word (`Đảng ủy`, `Quận ủy`), optionally a
unit right after it. The role mentions are found by `roles`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.kinds import UnitKind
from core.text import fold
from ingest.extract.hierarchy import MINISTRY, territory_committee
from ingest.extract.lexicon import (
    expand_abbreviations,
)
from ingest.extract.mentions import Mention
from ingest.extract.party_organs import bare_police_end, party_organ
from ingest.extract.places import ALL_LEVELS, RUN, trim_place
from ingest.extract.roles import DEPUTIES, committees, default_units
from ingest.extract.unit_names import named_units

_LOCAL_PARTY_LEVELS = ("phường", "xã", "thị trấn", "đặc khu")
_ZONE = re.compile(rf"\s+đặc khu\s+(?P<run>{RUN})")
_CHAIRS = frozenset({"Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực"})


@dataclass
class Post:
    role: str
    organisation: str | None
    start: int
    end: int
    committee: tuple[str, str] | None = None  # (word, scope) awaiting the next post's unit
    org_mention: Mention | None = None
    implied: bool = False  # the unit is not written with the post but implied by the article
    former: bool = False  # `nguyên Giám đốc …`: held before the article, no longer
    held: bool = False  # after `từng giữ chức`: the posts listed after it were held before too


STEERING = "Ban Chỉ đạo"
_IN_CHARGE = re.compile(r"\s+phụ trách\s+")
_STANDING = re.compile(r"\s+(?i:thường trực)(?!\w)")


def adjacent(mentions: list[Mention], j: int, text: str, kinds: tuple[str, ...]) -> bool:
    return (
        j < len(mentions)
        and mentions[j].kind in kinds
        and not text[mentions[j - 1].end : mentions[j].start].strip()
    )


_ABBREVIATED = re.compile(r"\.|\b[A-ZĐ]{2,}\b")


def _as_written(org: Mention, text: str) -> str:
    """A body's name as the article writes it in a role (`Ủy viên Trung ương Đảng`), unless
    abbreviated: its abbreviations written out (`Ủy viên T.Ư Đảng` is `Ủy viên Trung ương
    Đảng`), else its full name (`Đảng ủy CATW` is `Đảng ủy Công an Trung ương`)."""
    written = " ".join(text[org.start : org.end].split())
    if _ABBREVIATED.search(written):
        written = expand_abbreviations(written)
    return org.value if _ABBREVIATED.search(written) else written


def read_post(mentions: list[Mention], i: int, text: str) -> tuple[Post, int] | None:
    """The post starting at mentions[i] (a role), and the index after it. An acting post
    (`Quyền Trưởng Công an quận X`) is read as the post itself, then marked acting."""
    role = mentions[i]
    if role.value.lower().endswith("trưởng ban") and (standing := _STANDING.match(text, role.end)):
        # `Phó Trưởng ban Thường trực Ban Chỉ đạo …`: the standing deputy of a board
        merged = replace(role, end=standing.end(), value=f"{role.value} Thường trực")
        rest = mentions[i + 1 :]
        if rest and rest[0].start < standing.end():
            rest = rest[1:]  # `Thường trực` read as a role of its own
        got = _read_post([*mentions[:i], merged, *rest], i, text)
        return None if got is None else (got[0], got[1] + len(mentions) - i - 1 - len(rest))
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        role.value.startswith("Phó ")
        and nxt is not None
        and nxt.kind == "org"
        and _IN_CHARGE.fullmatch(text, role.end, nxt.start)
    ):
        # `Phó Trưởng phòng phụ trách Phòng Cảnh sát kinh tế`: an acting head holds the
        # deputy's post in the unit put in his charge
        acting = [*mentions[:i], replace(role, end=nxt.start), *mentions[i + 1 :]]
        return _read_post(acting, i, text)
    if not role.value.startswith("Quyền "):
        return _read_post(mentions, i, text)
    acting = list(mentions)
    acting[i] = replace(role, value=role.value.removeprefix("Quyền "))
    got = _read_post(acting, i, text)
    if got is not None:
        got[0].role = f"Quyền {got[0].role}"
    return got


def _read_post(mentions: list[Mention], i: int, text: str) -> tuple[Post, int] | None:
    role = mentions[i]
    if role.kind != "role":
        return None
    former, held = "former" in role.extra, "held" in role.extra
    post = Post(role.value, None, role.start, role.end, former=former, held=held)
    member_of = committees().get(role.value.lower().removesuffix(" viên"))
    if role.value.endswith(" viên") and member_of and member_of[1] == "territory":
        # `Tỉnh ủy viên`: a member of the province's party committee
        post.committee = member_of
    j = i + 1
    # `Ủy viên Ban Thường vụ Thành ủy`: committees stack; the last one gives the scope.
    while adjacent(mentions, j, text, ("committee",)):
        committee = mentions[j]
        post.committee = (committee.value, committee.extra.get("scope", "unit"))
        post.role = f"{post.role} {committee.value}"
        post.end = committee.end
        j += 1
    committee_end = post.end
    if post.role == "Ủy viên" and (organ := party_organ(text, post.end)):
        post.role, post.committee, post.end = organ
    elif (
        post.committee and post.committee[1] == "unit" and not adjacent(mentions, j, text, ("org",))
    ):
        post.end = bare_police_end(text, post.end)
    zone = _ZONE.match(text, committee_end) if post.committee == ("Đảng ủy", "unit") else None
    # `Bí thư Đảng ủy đặc khu Phú Quốc`: a special zone is read as a unit, not a place
    if zone and (name := trim_place(zone["run"], "đặc khu")):
        post.organisation = f"Đảng ủy đặc khu {name}"
        post.role = f"{post.role} đặc khu"
        post.end, post.committee = zone.start("run") + len(name), None
        return post, j
    place = mentions[j] if adjacent(mentions, j, text, ("place",)) else None
    if post.committee and post.committee[0] == "Đảng ủy" and place is not None:
        level = place.extra.get("level")
        if level in _LOCAL_PARTY_LEVELS:
            # `Bí thư Đảng ủy phường Hồng Hải`: the party committee of that commune; the
            # role keeps the level as written, as `Bí thư Huyện ủy` does
            post.organisation = f"Đảng ủy {level} {place.value}"
            post.role = f"{post.role} {level}"
            post.end = place.end
            post.committee = None
            return post, j + 1
    if post.committee and post.committee[1] == "territory" and place is not None:
        # `Trưởng Ban Nội chính Thành ủy TP.HCM`: the committee of the place written after it
        post.organisation = territory_committee(post.committee[0], place.value)
        post.end, post.committee = place.end, None
        return post, j + 1
    if post.role in _CHAIRS and place is not None and place.extra.get("level"):
        # `Chủ tịch tỉnh Quảng Trị`: the chair of that province's people's committee
        post.organisation = f"Ủy ban nhân dân {place.extra['level']} {place.value}"
        post.end = place.end
        return post, j + 1
    if adjacent(mentions, j, text, ("org", "cluster")) or _of_unit(mentions, j, text):
        org = mentions[j]
        police = bool(org.unit_kind and "police" in org.unit_kind)
        if post.role == "Phó" and org.unit_kind in (
            UnitKind.DISTRICT_POLICE,
            UnitKind.COMMUNE_POLICE,
        ):
            post.role = "Phó Trưởng"  # `Phó Công an huyện X`: its deputy head
        elif post.role == "Phó" and org.unit_kind != UnitKind.PARTY_BODY:
            return None  # `Phó` alone heads only a board or a local police
        if post.role in ("Trưởng", "Phó Trưởng", "Phó") and org.unit_kind == UnitKind.PARTY_BODY:
            # `Trưởng Ban Tổ chức Trung ương`: the role names the body, as other party posts do
            post.role = f"{post.role} {_as_written(org, text)}"
            post.organisation = org.value
            post.org_mention = org
            post.end = org.end
            return post, j + 1
        if post.role in ("Trưởng", "Phó Trưởng") and org.kind == "cluster":
            # `Trưởng Khối thi đua`, `Phó Trưởng Cụm thi đua số 2`: the post heads the cluster
            post.role = f"{post.role} {org.value.split(' ')[0]} thi đua"
        elif post.role in ("Trưởng", "Phó Trưởng") and (
            org.unit_kind == UnitKind.PROVINCIAL_DEPARTMENT or org.value.startswith("Phòng ")
        ):
            # `Phó trưởng Phòng Cảnh sát hình sự`: the head of a department; `phó trưởng Trại
            # tạm giam`: of a unit of another kind, named by its head word as a board's head is
            head = org.value.split(" ")[0]
            post.role = f"{post.role} {'phòng' if head == 'Phòng' else head}"
        elif post.role in ("Trưởng", "Phó Trưởng") and org.value.startswith(("Ban ", "Đoàn ")):
            # `Trưởng Ban Thi đua - Khen thưởng Trung ương`: the head of a board; `Trưởng Đoàn
            # ĐBQH tỉnh X`: of a delegation, whose role keeps what delegation it is
            head = org.value.split(" ")[0]
            if org.value.startswith(DEPUTIES):
                head = DEPUTIES
            elif org.value.startswith(STEERING):
                head = STEERING  # `Trưởng Ban Chỉ đạo 138 tỉnh`: the role names the board
            post.role = f"{post.role} {head}"
        elif post.role in ("Trưởng", "Phó Trưởng"):
            if not police:
                return None
            level = next((lv for lv in ALL_LEVELS if org.value.startswith(f"Công an {lv} ")), "")
            post.role = f"{post.role} Công an {level}".strip()
        elif post.role in ("Chánh", "Phó Chánh"):
            office = " ".join(org.value.split()[:2])
            if office not in ("Văn phòng", "Thanh tra"):
                return None
            post.role = f"{post.role} {office}"
        post.org_mention = org
        post.end = org.end
        j += 1
        post.organisation = office_of_post(post.role, org.value)
        if org.unit_kind == UnitKind.PROVINCIAL_DEPARTMENT and adjacent(
            mentions, j, text, ("org",)
        ):
            # `Trưởng phòng An ninh kinh tế Công an tỉnh X`: the department's own police
            post.end = mentions[j].end
            j += 1
        if org.unit_kind == UnitKind.PARTY_COMMITTEE and post.committee is None:
            # `Phó Bí thư Thành ủy Hà Nội`: the role keeps the committee word.
            post.role = f"{post.role} {org.value.split(' ')[0]} {org.value.split(' ')[1]}"
        elif org.unit_kind in (UnitKind.PARTY_BODY, UnitKind.COUNCIL) and (
            post.committee is None or post.committee[0] == "Ban Thường vụ"
        ):
            # `Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương`: the standing committee of
            # that body, whose name the role keeps as party posts do
            post.role = f"{post.role} {_as_written(org, text)}"
        elif post.committee and post.committee[1] == "territory" and org.place:
            post.organisation = territory_committee(post.committee[0], org.place)
        post.committee = None
    elif post.role in ("Trưởng", "Phó Trưởng", "Chánh", "Phó Chánh", "Phó"):
        return None
    elif default_units().get(post.role) == "ministry" and (
        short := _MINISTRY_SHORT.match(text, post.end)
    ):
        # `Thứ trưởng Công an`, `Bộ trưởng Công an`: the ministry said by its force's name
        post.organisation, post.end = MINISTRY, short.end()
    elif post.role.endswith("Trưởng phòng") and _after_comma(
        mentions, j, text, UnitKind.MINISTRY_UNIT
    ):
        # `Trưởng phòng, Cục Cảnh sát giao thông`: a department of that Cục
        org = mentions[j]
        post.organisation, post.org_mention, post.end = org.value, org, org.end
        j += 1
    elif post.role.endswith("Đội trưởng") and _after_comma(
        mentions, j, text, UnitKind.PROVINCIAL_DEPARTMENT
    ):
        # `Đội trưởng, Phòng Cảnh sát hình sự, Công an tỉnh X`: a team of that department
        org = mentions[j]
        post.organisation, post.org_mention, post.end = org.value, org, org.end
        j += 1
    return post, j


_MINISTRY_SHORT = re.compile(
    r"\s+[Cc]ông an(?!\w)(?!\s+(?:tỉnh|thành phố|quận|huyện|thị xã|phường|xã|thị trấn|các"
    r"|nhân dân)\b)"
)


_OF = re.compile(r"\s+của\s+")


def _of_unit(mentions: list[Mention], j: int, text: str) -> bool:
    """`người phát ngôn của Bộ Công an`: the unit a post belongs to, joined by `của`."""
    return (
        0 < j < len(mentions)
        and mentions[j].kind == "org"
        and _OF.fullmatch(text, mentions[j - 1].end, mentions[j].start) is not None
    )


def _after_comma(mentions: list[Mention], j: int, text: str, kind: UnitKind) -> bool:
    return (
        j < len(mentions)
        and mentions[j].kind == "org"
        and mentions[j].unit_kind == kind
        and text[mentions[j - 1].end : mentions[j].start].strip() == ","
    )


def office_of_post(role: str, unit: str) -> str:
    """`Chánh văn phòng, Người phát ngôn Bộ Công an`: the head of an office shares the body
    whose office it is (`Văn phòng Bộ Công an`), where that office is known by name."""
    office = f"Văn phòng {unit}"
    if role.endswith("Chánh Văn phòng") and (known := named_units().get(fold(office))):
        return known[0]
    return unit
