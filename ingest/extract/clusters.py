"""Emulation clusters and blocs (`Cụm thi đua số 6`, `Khối thi đua các đơn vị nghiệp vụ`):
their names, parent unit and member units."""

from __future__ import annotations

import re

from core.kinds import UnitKind
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import MINISTRY, Context, police_unit, province_unit
from ingest.extract.lexicon import alternation, expand_abbreviations, lowered, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import LOWER, UPPER

# Words that end a cluster's descriptive name: verbs, prepositions, and the unit it belongs to
# (`Khối thi đua các đơn vị nghiệp vụ Công an tỉnh X`).
_STOP = (
    r"(?:đã|đang|sẽ|gồm|bao gồm|có|được|tổ chức|do|thuộc|của|với|và|tại|trong|năm|về|cho"
    r"|ký|họp|tổng kết|sơ kết|triển khai|phát biểu|chủ trì|tham dự|dự|nhận|trao|đón nhận"
    r"|Công|CA|CATP|Bộ Công an|Bộ Tư lệnh|UBND|Ủy|Sở)"
)
# `Khối thi đua các học viện, trường đại học CAND`: a comma goes on to another kind of unit
_KINDS = r"(?:trường|học viện|viện|bệnh viện|cục|vụ|đơn vị|bộ tư lệnh|phòng|đội)"
# `Khối thi đua An ninh nhân dân (Khối ANND)`: a short form in brackets after it shows where a
# name with lower-case words ends.
# `Khối thi đua Công an các huyện, thành phố`: a bloc of the police of one level, named by the
# level alone (a place after it, `Công an các tỉnh Tây Bắc`, makes it a list of members)
_LEVEL = r"(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn)"
# `Khối thi đua Công an các huyện, thị xã, thành phố đồng bằng`: the part of the province
_REGION = r"(?:đồng bằng|miền núi|vùng cao|trung du|ven biển|biên giới|nội thành|ngoại thành)"
# `Khối thi đua An ninh`, `Khối Xây dựng lực lượng – Hậu cần kỹ thuật`: a bloc named by the
# forces it groups, which hold lower-case words; `Khối` alone before one is a bloc too
_BRANCH = alternation(words("bloc_branches.txt"))
_BRANCHES = rf"{_BRANCH}(?:\s*[-–]\s*{_BRANCH})*(?!\w)"
# A descriptive name starts with `các`/`những` or a capital (`Khối thi đua các đơn vị nghiệp
# vụ`, `Cụm thi đua Tây Nguyên`); a lower-case verb after it (`Khối thi đua phát biểu`) is not
# part of the name.
_CLUSTER = re.compile(
    rf"(?<!\w)(?:(?P<head>(?i:cụm|khối) thi đua)|(?P<bloc>Khối)(?=\s+(?:{_BRANCHES}))"
    # `khối Công an các huyện, thành phố - Công an tỉnh X`: a level's bloc, even in lower case
    rf"|(?P<level>[Kk]hối)(?=\s+Công an\s+các\s+{_LEVEL})"
    # `tổng kết phong trào thi đua Cụm số 5, Bộ Công an`: the cluster without `thi đua`
    r"|(?P<short>Cụm)(?=\s+số\s+\d))"
    r"(?P<tail>\s+(?:số\s+)?(?:\d+|[IVX]+)\b"
    rf"|\s+(?:{_BRANCHES})"
    rf"|\s+(?:các|những)(?:(?:,\s+(?={_KINDS}\b)|\s+[-–]\s+(?=[{LOWER}])|\s+)(?!{_STOP}\b)[^\W\d][\w]*){{1,8}}"
    rf"|\s+[{UPPER}]\w*(?:\s+\w+){{1,5}}(?=\s*\((?:Cụm|Khối)\s)"
    rf"|\s+(?i:công an)\s+các\s+{_LEVEL}(?:,\s+{_LEVEL})*(?:\s+{_REGION})?"
    rf"(?!\s*:?\s*(?!Công an\b)[{UPPER}])"
    rf"|\s+(?!{_STOP}\b)[{UPPER}][\w]*(?:\s+(?!{_STOP}\b)[{UPPER}][\w]*){{0,5}})?"
)
_BARE_CLUSTER = re.compile(r"(?<!\w)(?:Cụm|Khối)(?!\w)(?! (?:trưởng|phó)\b)")
# `ký kết giao ước giữa Công an 5 tỉnh: …`: the parties of the cluster's own signing
_MEMBERS_START = re.compile(r"(?i:\bgồm|\bbao gồm|\bthành viên là|\bgiữa)")
# `lãnh đạo Công an các tỉnh: A, B, …` at the meeting of the cluster the article is about
# `Công an 5 tỉnh Cụm thi đua số 7 (Quảng Bình, Quảng Trị, …)`: the members in brackets
_BRACKETED = re.compile(r"\s*\(\s*(?=[^\W\d])")
_LEADERS = re.compile(r"(?i:\blãnh đạo)\s+(?=(?i:công an)\s+(?:các|\d+)\s)")
_LEADER_LIST_MIN = 3
# `Khối gồm 5 đơn vị:`, `Cụm thi đua gồm các đơn vị là`: a cluster named before, listed now
_BACK_MEMBERS = re.compile(
    r"\s*(?i:(?:(?:này|trên|đó)\s+)?(?:bao )?gồm(?:\s+(?:\d+|các|những))?"
    rf"(?:\s+(?:đơn vị|thành viên|{_KINDS}))?\s*(?:là)?\s*:?"
    r"|có\s+(?:\d+|các)\s+(?:đơn vị|thành viên)\s*(?:là|:)"
    # `Ngoài A là đơn vị Cụm trưởng, Cụm còn có B, C`: the rest of the members;
    # `Cụm còn 4 thành viên là A, B`: the members left after a merger
    r"|còn\s+có(?:\s+thêm)?|còn\s+(?:\d+|các)\s+(?:đơn vị|thành viên)\s*(?:là|:))"
)
# `Khối do A làm Khối trưởng …; các thành viên khác là B và C`: the rest of a cluster named
# before, later in the sentence
_OTHER_MEMBERS = re.compile(
    r"(?i:\b(?:thành viên|đơn vị)\s+(?:khác|còn lại)(?:\s+(?:của|trong)\s+(?:cụm|khối))?"
    r"\s*(?:là|gồm)\s*:?)"
)
_LIST_HEAD_MAX = 40  # `Công an các thị xã, thành phố` and the like
# `Công an các tỉnh trong Cụm: A, B`, `Các quận trong Cụm là A, B`
_COLON = re.compile(r"\s*(?::|là\b\s*:?)\s*")
# `A và B tổ chức ký kết … (cùng thuộc Cụm thi đua số 1- khối …)`: the units the sentence
# opens with belong to the cluster named in the bracket
_BELONG = re.compile(r"(?i:(?:\(\s*(?:(?:cùng|đều)\s+)?|\b(?:cùng|đều)\s+)thuộc\s+)$")
_IN_CLUSTER = re.compile(r"(?i:\b(?:trong|thuộc|của)\s+)$")
# a unit's code in brackets may follow it (`Cục Cảnh sát hình sự (C02), …`)
_MEMBER_GAP = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,|và|;|:)?\s*$")
# `Khối thi đua A (Khối ANND) Công an tỉnh X`: the short form may come between
_PARENT_GAP = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,|-|–|thuộc|của)?\s*$")


# A unit that heads a cluster this year or the next is one of its members: `Công an huyện A
# làm trưởng khối`, `bầu Cục A là Cụm trưởng và Cục B - Cụm phó`, `Công an tỉnh A được Bộ
# Công an phân công là đơn vị Cụm trưởng`, `(đơn vị Cụm trưởng)`, and the unit of an officer
# who is the head (`Giám đốc Công an tỉnh A, Cụm trưởng`).
_HEAD = r"(?:(?:cụm|khối)\s+(?:trưởng|phó)|(?:trưởng|phó)\s+(?:cụm|khối))(?!\w)"
# `bàn giao đơn vị Cụm trưởng`: the head hands the post over
_HAND_OVER = r"(?:đã\s+)?(?:bàn giao|trao lại|chuyển giao)(?:\s+(?:lại|vai trò|nhiệm vụ))*\s+"
_HEAD_ROLE = re.compile(
    r"\s*(?:[,(–-]\s*)?"
    rf"(?:(?:được\s+(?:[^\s,.;:]+\s+){{0,5}}?)?(?:làm|là)\s+|{_HAND_OVER})?"
    r"(?:(?:đại diện\s+)?(?:đơn vị|thành viên)\s+)?" + _HEAD,
    re.IGNORECASE,
)
# `bầu đơn vị Cụm trưởng … năm 2021 là Công an tỉnh A, đơn vị Cụm phó là …`, `bàn giao đơn vị
# Cụm trưởng … từ Công an tỉnh A cho Công an tỉnh B`, `lãnh đạo … và đơn vị cụm trưởng Công an
# tỉnh A`: the post said before the unit
_HEAD_BEFORE = re.compile(
    rf"(?:{_HEAD}(?P<between>[^.;:,]{{0,60}}?)\s(?:là|cho|từ)|\bđơn vị\s+{_HEAD})\s*\(?\s*$",
    re.IGNORECASE,
)
_BEFORE_REACH = 90


_NUMBER = re.compile(r"^\s+(?:số\s+)?(\d+|[IVX]+)$")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _numbered(tail: str) -> str:
    """` IV`, ` số IV`, ` 4` -> ` số 4`: a cluster's number as the ministry writes it."""
    m = _NUMBER.match(tail)
    if m is None:
        return tail
    digits = m.group(1)
    if not digits.isdigit():
        values = [_ROMAN[c] for c in digits]
        total = sum(-v if v < w else v for v, w in zip(values, values[1:] + [0], strict=True))
        digits = str(total)
    return f" số {digits}"


def find_clusters(text: str, offset: int = 0, last: str | None = None) -> list[Mention]:
    """Cluster mentions; a bare `Cụm` or `Cụm thi đua` refers to `last`, the cluster named
    before, and is marked `back`."""
    out: list[Mention] = []
    lower = lowered(text)
    if "cụm" not in lower and "khối" not in lower:
        return out
    previous = -1
    for m in _CLUSTER.finditer(text):
        # `Cụm thi đua số 5- Khối Cảnh sát`: the bloc a numbered cluster is part of
        after = previous >= 0 and not text[previous : m.start()].strip(" ,-–")
        previous = m.end()
        if m.group("bloc") and after:
            continue
        head = m.group("head") or m.group("bloc") or m.group("level") or "Cụm thi đua"
        # (`khối thi đua công an các huyện`: the police written as the upper-case form is)
        tail = re.sub(r"^(\s+)công an\b", r"\1Công an", m.group("tail") or "")
        name = head[0].upper() + head[1:].lower() + _numbered(tail)
        name = expand_abbreviations(" ".join(name.split()))
        back = not m.group("tail")
        if back and last is None:
            continue
        value = last if back and last else name
        mention = Mention(offset + m.start(), offset + m.end(), "cluster", value)
        if back:
            mention.extra["back"] = "1"
        out.append(mention)
    if last:
        for m in _BARE_CLUSTER.finditer(text):
            if not any(c.start <= offset + m.start() < c.end for c in out):
                mention = Mention(offset + m.start(), offset + m.end(), "cluster", last)
                mention.extra["back"] = "1"
                out.append(mention)
    return out


def cluster_links(
    mentions: list[Mention], text: str
) -> list[tuple[Mention, Mention | None, list[Mention]]]:
    """(cluster, parent, members) for each newly named cluster in a sentence's mentions."""
    out: list[tuple[Mention, Mention | None, list[Mention]]] = []
    for k, m in enumerate(mentions):
        if m.kind != "cluster":
            continue
        # `lãnh đạo Công an các tỉnh trong Cụm: A, B và C`
        colon = _COLON.match(text, m.end)
        if colon and _IN_CLUSTER.search(text, max(0, m.start - 10), m.start):
            members = _members(mentions, colon.end(), text)
            if members:
                out.append((m, None, members))
                continue
        if m.extra.get("back"):
            listed = _BACK_MEMBERS.match(text, m.end) or _OTHER_MEMBERS.search(text, m.end)
            if listed:
                members = _members(mentions, listed.end(), text)
                if members and _starts_list(text[listed.end() : members[0].start], members[0]):
                    out.append((m, None, members))
            continue
        if _BELONG.search(text, max(0, m.start - 16), m.start):
            first = next((x for x in mentions[:k] if x.kind == "org"), None)
            members = _members(mentions[:k], first.start, text) if first else []
            if members:
                out.append((m, None, members))
                continue
        parent = None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "org" and _PARENT_GAP.match(text[m.end : nxt.start]):
            parent = nxt
        province = _province_of(parent, mentions[:k])
        # a single unit in brackets is the cluster's parent (`Cụm thi đua số 2 (Bộ Công an)`)
        bracket = _BRACKETED.match(text, m.end)
        members = _members(mentions, bracket.end(), text, province) if bracket else []
        if len(members) < 2:
            start = _MEMBERS_START.search(text, m.end)
            members = _members(mentions, start.end(), text, province) if start else []
        out.append((m, parent, members))
    return out


def heads_named(mentions: list[Mention], text: str) -> list[tuple[Mention, Mention | None]]:
    """(unit, cluster) for each unit a sentence names as a cluster's head or deputy head; the
    cluster is the one named right after the post (`Cụm phó Cụm thi đua số 7`), else None."""
    lower = lowered(text)
    if "cụm" not in lower and "khối" not in lower:  # cheaper than the patterns
        return []
    out: list[tuple[Mention, Mention | None]] = []
    for k, m in enumerate(mentions):
        if m.kind != "org":
            continue
        head = _HEAD_ROLE.match(text, m.end)
        if head is not None:
            named = next((x for x in mentions[k + 1 :] if x.start >= head.end()), None)
            if named is not None and (
                named.kind != "cluster" or text[head.end() : named.start].strip()
            ):
                named = None
            out.append((m, named))
            continue
        before = _HEAD_BEFORE.search(text, max(0, m.start - _BEFORE_REACH), m.start)
        if before is not None:
            at = before.start("between") if before.group("between") is not None else before.end()
            named = next((x for x in mentions[:k] if x.kind == "cluster" and x.start >= at), None)
            out.append((m, named))
    return out


# `A là thành viên mới của Cụm`, `A, thành viên của Cụm …, được chuyển sang Cụm thi đua số
# 3`: a unit that joins a cluster; the cluster is the one named right after, else None
_JOINS = re.compile(
    r"\s*(?:,\s*[^,.;]{0,60},\s*)?(?:(?:đã|được|sẽ)\s+)*"
    r"(?:(?:là|trở thành)\s+thành viên(?:\s+mới)?\s+(?:của|trong)\s+"
    r"|(?:chuyển|điều chuyển)\s+(?:sang|về)\s+)(?=(?i:cụm|khối)(?!\s+(?:trưởng|phó)\b))",
    re.IGNORECASE,
)


def joined_named(mentions: list[Mention], text: str) -> list[tuple[Mention, Mention | None]]:
    """(unit, cluster) for each unit a sentence says joins a cluster."""
    if "thành viên" not in text and "chuyển" not in text:  # cheaper than the pattern
        return []
    out: list[tuple[Mention, Mention | None]] = []
    for k, m in enumerate(mentions):
        if m.kind != "org" or (joins := _JOINS.match(text, m.end)) is None:
            continue
        named = next((x for x in mentions[k + 1 :] if x.start >= joins.end()), None)
        if named is not None and (named.kind != "cluster" or named.start != joins.end()):
            named = None
        out.append((m, named))
    return out


# `lãnh đạo Công an 6 tỉnh: Công an tỉnh A, B, C; …`: the head before a list of full names
_LEADERS_HEAD = re.compile(r"(?i:công an)\s+(?:các|\d+)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*:\s*$")


def leaders_listed(mentions: list[Mention], text: str) -> list[Mention]:
    """The provincial police units whose leaders a sentence lists (`lãnh đạo Công an các
    tỉnh: A, B, C và Công an tỉnh D`); at a cluster's meeting they are its members."""
    if "lãnh đạo" not in lowered(text):  # cheaper than the pattern's search
        return []
    for match in _LEADERS.finditer(text):
        members = _members(mentions, match.end(), text)
        if len(members) >= _LEADER_LIST_MIN and (
            members[0].extra.get("list")
            or _LEADERS_HEAD.match(text[match.end() : members[0].start])
        ):
            return members
    return []


# `Các thành viên còn lại gồm A và B`: the rest of the members of the cluster told before
_REST = re.compile(r"\s*(?i:(?:các\s+)?(?:thành viên|đơn vị)\s+(?:khác|còn lại)\s*(?:là|gồm)\s*:?)")


def rest_listed(mentions: list[Mention], text: str) -> list[Mention]:
    """The units a sentence without a cluster's name opens by listing as the rest of the
    members (of the cluster the article is about)."""
    if (rest := _REST.match(text)) is None or any(m.kind == "cluster" for m in mentions):
        return []
    members = _members(mentions, rest.end(), text)
    return (
        members if members and _starts_list(text[rest.end() : members[0].start], members[0]) else []
    )


def _bare_province(x: Mention) -> Mention | None:
    """A province named alone in a cluster's list (`Cụm … gồm Hà Nội, TP.HCM và Hải Phòng`)
    stands for its police."""
    if x.kind not in ("place", "name"):
        return None
    made = province_unit(x.extra.get("province") or x.value)
    if made is None:
        return None
    extra = {"bare": "1"}
    return Mention(x.start, x.end, "org", made[0], MINISTRY, made[1], x.value, extra)


# what may come between `gồm` and a first member named by its province alone
_BARE_HEAD = re.compile(
    r"\s*:?\s*(?:(?i:công an)\s+)?(?:(?:các|\d+)\s+)?"
    r"(?:(?:tỉnh|thành phố|địa phương)(?:\s*,\s*(?:tỉnh|thành phố))?\s*)?:?\s*$"
)


def _starts_list(gap: str, first: Mention) -> bool:
    """The members follow right after `gồm`, not somewhere later in the sentence; an expanded
    list form (`Công an các quận A, B`) leaves its short shared head in the gap."""
    gap = gap.strip(" :")
    return not gap or (bool(first.extra.get("list")) and len(gap) <= _LIST_HEAD_MAX)


def _province_of(parent: Mention | None, before: list[Mention]) -> str | None:
    """The province whose police a cluster belongs to: its parent's, else the provincial
    police named before it in the sentence."""
    units = [parent] if parent is not None else [m for m in before if m.kind == "org"][-1:]
    for unit in units:
        if unit.unit_kind == UnitKind.PROVINCIAL_POLICE and unit.place:
            return unit.place
    # `Tại huyện Tây Giang, Công an tỉnh vừa tổ chức …`: the province of a district named before
    for place in reversed([m for m in before if m.kind == "place" and m.extra.get("level")]):
        provinces = {d.province for d in gazetteer().districts_named(place.value)}
        if len(provinces) == 1:
            return provinces.pop()
    return None


def _bare_district(x: Mention, province: str | None) -> Mention | None:
    """A district named alone in the list of a province's cluster (`khối thi đua các huyện
    miền núi, gồm: Đông Giang, Tây Giang, …`) stands for its police."""
    if province is None or x.kind not in ("place", "name"):
        return None
    wanted = gazetteer().province(province)
    found = [
        d
        for d in gazetteer().districts_named(x.value)
        if gazetteer().province(d.province) == wanted
    ]
    if len(found) != 1 or wanted is None:
        return None
    made = police_unit(found[0].type, found[0].name, Context(province=province))
    return Mention(x.start, x.end, "org", made[0], made[1], made[2], made[3], {"bare": "1"})


_IN_BRACKET = re.compile(r"\s*\([^()]*$")


def _members(
    mentions: list[Mention], start: int, text: str, province: str | None = None
) -> list[Mention]:
    """The units listed from `start` on, separated by commas, `và` or semicolons; a list with
    a shared head (`Công an TP Cần Thơ và Công an các tỉnh A, B`) goes on through it."""
    members: list[Mention] = []
    after = [x for x in mentions if x.start >= start]
    for k, x in enumerate(after):
        if x.kind != "org" and members and _IN_BRACKET.match(text, members[-1].end, x.start):
            continue  # `Công an tỉnh A (đơn vị Cụm trưởng), …`: a note on the last member
        if x.kind != "org":
            # a word of a list's head (`Công an 6 tỉnh Bắc Trung Bộ: A, B`) read as a name
            nxt = next((o for o in after[k + 1 :] if o.kind == "org"), None)
            if nxt is not None and int(nxt.extra.get("list", nxt.start)) <= x.start:
                continue
            alone = all(m.extra.get("bare") for m in members)
            bare = (_bare_province(x) or _bare_district(x, province)) if alone else None
            # `gồm Công an 12 quận nội thành Hà Nội`: a province after a head of another level
            # is where those units are, not a member
            if bare is None or not (members or _BARE_HEAD.match(text, start, x.start)):
                break
            x = bare
        if members:
            head = int(x.extra.get("list", x.start))
            gap_end = head if members[-1].end <= head < x.start else x.start
            if not _MEMBER_GAP.match(text[members[-1].end : gap_end]):
                break
        members.append(x)
    return members


# `Gia Lai (đơn vị Cụm trưởng)`: the member that heads the cluster, and hosts its meetings
_HEAD_MARK = re.compile(r"\s*\(\s*(?i:(?:là\s+)?đơn vị cụm trưởng)\b")


def list_host(mentions: list[Mention], text: str) -> tuple[bool, str | None]:
    """Whether a sentence lists a cluster's provincial members, and the province it is about:
    the member marked as head (`Gia Lai (đơn vị Cụm trưởng)`), else the province named before
    the list. The last province of a list is no more the article's than the others."""
    if not any(m.kind == "cluster" for m in mentions):
        return False, None
    units = [m for m in mentions if m.kind == "org" and m.unit_kind == UnitKind.PROVINCIAL_POLICE]
    if len(units) < _LEADER_LIST_MIN or not (opens := _MEMBERS_START.search(text)):
        return False, None
    for m in units:
        if m.place and _HEAD_MARK.match(text, m.end):
            return True, m.place
    before = [m.place for m in units if m.end <= opens.start() and m.place]
    return True, before[-1] if before else None
