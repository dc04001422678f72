"""Who gives an award and who receives it: the grantor said before or after the award (`được
Giám đốc CATP khen thưởng`, `Bằng khen của Bộ trưởng`, `Thừa ủy quyền của Chủ tịch nước`) and the
recipients after it (`cho Công an quận X và Y`) or, in the passive, before it."""

from __future__ import annotations

import re

from core.kinds import UnitKind
from ingest.extract.annotate import Annotated
from ingest.extract.awards import REWARDED_UNIT
from ingest.extract.mentions import Mention
from ingest.extract.post_chains import read_chain
from ingest.extract.posts import Post


def grantor_of(
    ann: Annotated, start: int, end: int, verb: bool
) -> tuple[str | None, tuple[int, int]]:
    """`được Giám đốc CATP khen thưởng`, `được Chủ tịch nước tặng Huân chương …` or `Bằng
    khen của Bộ trưởng Bộ Công an`."""
    mentions = ann.mentions
    passive = _PASSIVE_GIVE.search(ann.text, max(0, start - 80), start)
    window: list[int] = []
    if verb or passive:
        at = ann.text.rfind("được", 0, start)
        window = [k for k, m in enumerate(mentions) if 0 <= at < m.start and m.end <= start]
    # `được tặng Cờ thi đua của Bộ Công an`: no giver before, the owner after
    # (`Cờ thi đua xuất sắc của Chính phủ`: the flag's grade before `của`)
    of = _OF_AFTER.match(ann.text, end)
    if not window and of:
        window = [k for k, m in enumerate(mentions) if m.start >= end][:1]
        # only the body right after `của` (`Bằng khen của UBND tỉnh cho Phòng X`)
        window = [k for k in window if not ann.text[of.end() : mentions[k].start].strip()]
    if not window and not verb:
        window = _owner_right_after(ann, end)
    if not window:
        window = _mandate_or_subject(ann, start, verb)
    if not window:
        return None, (0, 0)
    k = window[0]
    if mentions[k].kind == "role":
        posts, stop = read_chain(mentions, k, ann.text)
        if posts:
            post = posts[-1]
            value = f"{post.role} {post.organisation}" if post.organisation else post.role
            return value, (mentions[k].start, mentions[stop - 1].end)
    if mentions[k].kind in ("org", "cluster"):
        return mentions[k].value, (mentions[k].start, mentions[k].end)
    return None, (0, 0)


_OF_AFTER = re.compile(r"\s*(?:xuất sắc\s+)?của\b")
_GIVING_BODIES = (UnitKind.MINISTRY, UnitKind.CENTRAL_BODY)


def _owner_right_after(ann: Annotated, end: int) -> list[int]:
    """`Cờ thi đua Bộ Công an`, `Bằng khen Thủ tướng Chính phủ`: the giver written right after
    the award without `của` (a post or a state body, not a unit that would receive it)."""
    k = next((k for k, m in enumerate(ann.mentions) if m.start >= end), None)
    if k is None or ann.text[end : ann.mentions[k].start].strip():
        return []
    m = ann.mentions[k]
    return [k] if m.kind == "role" or m.unit_kind in _GIVING_BODIES else []


_MANDATE = re.compile(r"(?i:\bthừa (?:ủy quyền|lệnh)(?:\s+của)?\s*)$")
_ACTIVE_REWARD = re.compile(r"^\s*(?:đã\s+)?$")
_ACTIVE_GIVE = re.compile(
    r"^\s*(?:đã\s+|vừa\s+)?(?:ký\s+)?(?:quyết định\s+)?"
    r"(?:trao tặng|phong tặng|tặng thưởng|tặng|trao|gửi|có)\s*$"
)


def _mandate_or_subject(ann: Annotated, start: int, verb: bool = False) -> list[int]:
    """`Thừa ủy quyền của Chủ tịch nước, Đại tá A trao …`: the one who mandated; else the
    post or body right before the verb (`Bộ trưởng Bộ Công an tặng Cờ thi đua`, `Chủ tịch UBND
    tỉnh A đã khen thưởng …`)."""
    mentions = ann.mentions
    for k, m in enumerate(mentions):
        if m.end <= start and _MANDATE.search(ann.text, max(0, m.start - 20), m.start):
            return [k]
    before = [k for k, m in enumerate(mentions) if m.end <= start]
    for k in reversed(before):
        if mentions[k].kind == "role":
            posts, stop = read_chain(mentions, k, ann.text)
            end = mentions[stop - 1].end
            # the holder's name said after the post (`Chủ tịch UBND tỉnh A đã khen thưởng`; one
            # named who `trao` an award hands it over for its grantor)
            named = stop < len(mentions) and mentions[stop].kind == "name"
            if verb and named and not ann.text[end : mentions[stop].start].strip():
                end = max(end, min(mentions[stop].end, start))
            gives = _ACTIVE_REWARD if verb else _ACTIVE_GIVE
            if posts and gives.match(ann.text[end:start]):
                return [k]
            return []
        if mentions[k].kind == "org":
            of_role = k > 0 and mentions[k - 1].kind == "role"
            if of_role and not ann.text[mentions[k - 1].end : mentions[k].start].strip():
                continue  # `Bộ trưởng Bộ Công an tặng …`: the post gives it
            # `đề nghị Chính phủ tặng Cờ thi đua`, `UBND tỉnh tặng Bằng khen`
            if k == before[-1] and _ACTIVE_GIVE.match(ann.text[mentions[k].end : start]):
                return [k]
            return []
    return []


_PASSIVE_GIVE = re.compile(r"(?i:\bđược\b[^,;.]*\b(?:tặng|trao|tặng thưởng|trao tặng)\s*)$")
# `cho 31 tập thể … thuộc Công an tỉnh X`, `… thuộc các đơn vị trong Cụm`, `cho 21 cán bộ, chiến
# sĩ Công an tỉnh`
_MEMBERS_OF = re.compile(
    r"(?i:(?:(?:tập thể|cá nhân|cán bộ|đồng chí)\s+(?:thuộc|của|trong)\b[^,;.]{0,30}"
    r"|chiến sĩ\s*))$"
)
_GIVE = re.compile(r"(?i:\b(?:trao|tặng|trao tặng|gắn|thừa ủy quyền|thừa lệnh)\b)")


def _without_titles(
    ann: Annotated, start: int, end: int, posts: list[tuple[int, int]] | None = None
) -> str:
    """The text between two offsets with ranks, honorifics and the given posts blanked out."""
    chars = list(ann.text[start:end])
    spans = [(m.start, m.end) for m in ann.mentions if m.kind in ("rank", "honorific")]
    for s, e in spans + (posts or []):
        if start <= s and e <= end:
            chars[s - start : e - start] = " " * (e - s)
    return "".join(chars)


_JOINED = re.compile(
    # `Đại tá A, Phó Giám đốc Công an tỉnh; Thiếu tá B`: a post's unit said bare
    # (`A - Phó Chủ tịch UBND tỉnh; B - …`: a post after a dash)
    r"^[\s,;–-]*(?:(?i:công an|ca)\s+(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\b[\s,;]*)?"
    # `Phòng PC03, PA06, PA07 và …`: a unit's code the list of units does not know
    r"(?:\b[A-Z]{1,3}\d{1,3}\b[\s,;]*)*"
    # (`… và cho thân nhân liệt sĩ B`: the martyr, through his family)
    r"(?:\([^()]*\)[\s,;]*)?(?:(?<=[\s,;])(?:và|cùng)\s+(?:cho\s+)?(?:(?:thân nhân|gia đình)\s+)*)?"
    # `… cho Phòng X cùng hai cá nhân: A, …; B, …`: the kind of the next recipients
    r"(?:(?:\d+|hai|ba|bốn|năm)\s+(?i:tập thể|cá nhân|đồng chí)\s*(?:(?:là|gồm)\s*:?|:)\s*)?"
    # `… và 5 cá nhân thuộc Công an tỉnh X`: the unit they belong to
    r"(?:\d+\s+(?i:tập thể|cá nhân|cán bộ|đồng chí)\s+(?:thuộc|của)\s*)?$"
)


def _next_item(gap: str) -> bool:
    """`đại tá A, Phó Trung đoàn trưởng Trung đoàn X, Bộ Tư lệnh Y, Bộ Công an; trung úy B`: a
    person after a semicolon is the list's next item, whatever of the one before's post (a chain
    of units not all read) is left before it."""
    cut = gap.rfind(";")
    return cut >= 0 and gap[:cut].lstrip().startswith(",") and bool(_JOINED.match(gap[cut + 1 :]))


def _in_item(text: str, start: int, at: int) -> bool:
    """Whether `at` is in the post said after a person (`A, Phó Trưởng phòng X, Công an tỉnh
    Y;`) of a list whose items, a person each, a semicolon parts (`…; trung úy B, …`)."""
    cut = text.find(";", start)
    return (
        text[start:at].lstrip().startswith(",")
        and at < cut
        and PERSON_NEXT.match(text, cut) is not None
    )


# `… cho Đại úy A, Phó Trưởng Công an xã X; Trung úy B và …`: the next one an officer named
PERSON_NEXT = re.compile(
    r";\s*(?:và\s+)?(?i:(?:thiếu|trung|thượng|đại)\s+(?:tá|úy|tướng)|(?:hạ|trung|thượng)\s+sĩ)\s+"
    r"(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ])"
)

_APPOSED = re.compile(r"^\s*(?:\([^()]*\))?\s*,\s*$")
# (`gửi thư khen Phòng X và Công an huyện Y`: a letter of commendation names whom it praises)
REWARDED = re.compile(rf"(?:(?<=thưởng)|(?<=thưởng nóng)|(?<=[tT]hư khen)){REWARDED_UNIT}")
# (`A được tặng Huân chương X; B, post, được tặng …`: the next clause's own passive)
_NEXT_PASSIVE = re.compile(
    r"(?:,|\bvà)\s*được\b|;(?=[^;.]*\bđược\s+(?:tặng|trao|phong|truy tặng|khen thưởng)\b)"
)
# (`gắn Huân chương … lên Cờ truyền thống của X`: the unit whose flag it is)
# (`Thư khen của Thứ trưởng gửi Công an tỉnh`: the unit a letter is sent to)
TO = re.compile(
    r"(?i:\s(?:cho|tặng(?!\s+cho\b)|gửi(?:\s+(?:tới|đến))?"
    r"|lên\s+(?:lá\s+)?cờ truyền thống(?:\s+của)?)\s)"
)
# `được tặng Bằng khen là X và Y`, `… gồm A; B`, `…, trong đó có A`: recipients named after
# (`Hai tập thể nhận Bằng khen lần này là X và Y`)
NAMED_AFTER = re.compile(r"(?i:\s*(?:(?:lần|đợt) này\s*)?,?\s*(?:là|gồm|trong đó có)(?:\s|:))")
# `cho tập thể Công an xã X`, `tặng đơn vị Y`, `cho 3 cá nhân: A, B`, `cho 4 tập thể, cá nhân,
# gồm: A, B`, `cho Công an các huyện: A, B`: the recipient, introduced by what it is
_KINDS = r"(?:tập thể|cá nhân|đơn vị|đồng chí)"
# `cho 2 người dân và 3 cán bộ, chiến sĩ là đại úy A, …`: people counted, then named
_PEOPLE = r"(?:cán bộ,?\s+chiến sĩ|cán bộ|chiến sĩ|người dân|công dân)"
_RECIPIENT_LEAD = re.compile(
    # (`cho gia đình liệt sĩ A`: the martyr, through his family)
    r"(?i:\s*(?:(?:thân nhân|gia đình)\s+)*"
    # (`cho các đồng chí, trong đó có ông A, …`: some of them, named)
    rf"(?:(?:các\s+|\d+\s+)?{_KINDS}(?:\s*,\s*{_KINDS})?\s*,?\s*(?:gồm|là)?\s*)?:?\s*"
    r"(?:,?\s*trong đó có\s*:?\s*)?"
    # `cho 4 tập thể, 7 cá nhân, trong đó có Phòng X, …`: some of those counted, named
    rf"(?:\d+\s+{_KINDS}\s*(?:,|và)\s*\d+\s+{_KINDS}\s*,?\s*(?:trong đó có|gồm|là)\s*:?\s*)?"
    rf"(?:(?:\d+\s+{_PEOPLE}\s+và\s+)?\d+\s+{_PEOPLE}\s*,?\s*(?:gồm|là)\s*:?\s*)?"
    # (`cho Công an các tỉnh A và B`: the colon may be left out)
    r"(?:(?:công an|ca)\s+(?:các|\d+)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*:?\s*)?"
    # `cho các phòng PC45, PC54`: departments named by their codes
    r"(?:(?:các|\d+)\s+phòng\s*:?\s*)?)$"
)


# `trung úy A, cán bộ Đội Cảnh sát hình sự Công an huyện X`: the unit one works in, no post
# (not `cho tập thể cán bộ, chiến sĩ Phòng X`: the unit's staff, rewarded)
_STAFF = re.compile(r"(?i:(?<!bộ)[,–-]\s*(?:là\s+)?(?:cán bộ|chiến sĩ|nhân viên|công an viên)\s+)$")


def _staff_of(ann: Annotated) -> list[tuple[int, int]]:
    """Spans of the units people are said to work in, with the units named right after them."""
    out: list[tuple[int, int]] = []
    mentions = ann.mentions
    for k, m in enumerate(mentions):
        staff = _STAFF.search(ann.text, max(0, m.start - 24), m.start)
        if m.kind != "org" or staff is None or (out and out[-1][1] > m.start):
            continue
        end = m.end
        for after in mentions[k + 1 :]:
            # (`cán bộ Đội X, Công an huyện Y`: the team's police said after a comma)
            if after.kind != "org" or ann.text[end : after.start].strip(" ,"):
                break
            end = after.end
        out.append((staff.start() + 1, end))
    return out


def _bare_units_of(ann: Annotated) -> list[tuple[int, int]]:
    """`Trung úy A, Công an xã B`: the unit said bare right after a name is where that person
    works, no recipient of its own."""
    starts = {m.start: m for m in ann.mentions if m.kind == "org"}
    out: list[tuple[int, int]] = []
    for p in ann.persons:
        if p.posts:
            continue
        comma = ann.text.find(",", p.mention.end, p.mention.end + 2)
        if comma < 0 or ann.text[p.mention.end : comma].strip():
            continue
        at = comma + 1 + len(ann.text[comma + 1 :]) - len(ann.text[comma + 1 :].lstrip())
        if (unit := starts.get(at)) is not None:
            out.append((unit.start, unit.end))
    return out


def listed_before(ann: Annotated, clause: int, bound: int) -> int:
    """`A, Đội trưởng …; B, cán bộ …; C được tặng Giấy khen`, `Phòng X, Y và Đại tá A, …; Thiếu
    tá B, … đón nhận …`: where the list that ends in the clause of an award starts, its items
    units and persons with their posts (`clause` when the clause opens with neither)."""
    posts = [(post.start, post.end) for p in ann.persons for post in p.posts]
    if not _list_item(ann, posts, clause, len(ann.text), opening=True):
        return clause
    start = clause
    while start > bound:
        before = max(ann.text.rfind(";", bound, start - 1) + 1, bound)
        if not _list_item(ann, posts, before, start - 1):
            break
        start = before
    return start


# what a list says besides its units, persons and their posts (and unit codes not known)
_LIST_WORDS = re.compile(r"(?:[\s,]|\b(?i:và|các|tập thể|cá nhân)\b|\b[A-Z]{1,3}\d{1,3}\b)*")


def _list_item(
    ann: Annotated, posts: list[tuple[int, int]], start: int, end: int, opening: bool = False
) -> bool:
    """Whether the text between two offsets (up to a `;`) names only units and persons with
    their posts; `opening`: whether the text from `start` opens with one of them."""
    inside = [m for m in ann.mentions if start <= m.start and m.end <= end]
    if not any(m.kind in ("org", "name") for m in inside):
        return False
    if opening:
        first = inside[0]
        lead = ann.text[start : first.start]
        return first.kind in ("org", "name", "rank", "honorific") and bool(
            _LIST_WORDS.fullmatch(lead)
        )
    chars = list(ann.text[start:end])
    for s, e in [(m.start, m.end) for m in inside] + posts:
        if start <= s and e <= end:
            chars[s - start : e - start] = " " * (e - s)
    return bool(_LIST_WORDS.fullmatch("".join(chars)))


def _with_parent(ann: Annotated, post: Post) -> int:
    """Where a post ends, with its unit's parent said right after it (`Phó Trưởng phòng Cảnh
    sát kinh tế Công an TPHCM`): that parent is part of the post, not a recipient."""
    unit, end = post.org_mention, post.end
    # (`Đội trưởng, Phòng X, Công an tỉnh Y, Bộ Công an`: each parent in turn)
    while unit is not None:
        after = next((m for m in ann.mentions if m.start >= end), None)
        if after is None or ann.text[end : after.start].strip(" ,"):
            return end
        department = unit.unit_kind == UnitKind.PROVINCIAL_DEPARTMENT
        police = department and after.unit_kind == UnitKind.PROVINCIAL_POLICE
        if after.value != unit.parent and not police:
            return end
        unit, end = after, after.end
    return end


def recipients_of(
    ann: Annotated,
    clause: tuple[int, int],
    end: int,
    grantor: tuple[int, int],
    limit: int,
    verb: bool = False,
) -> list[str]:
    """`… cho Công an quận X` or `… tặng Thiếu tá A` after the award (before the next one);
    else, unless someone gives it (`trao`, `tặng`), the subject before it (`Cụm thi đua số 6
    … được khen thưởng`). Units joined by `và` or commas (`X và Y nhận Cờ thi đua`) each
    receive it."""
    candidates = ("org", "cluster", "name")
    persons = {p.mention.start: p.name for p in ann.persons}
    # a recipient's own posts (`Trung tá A, Đội trưởng Phòng X; Thiếu tá B, …`) are no
    # recipients and no break in the list
    posts = [(post.start, _with_parent(ann, post)) for p in ann.persons for post in p.posts]
    posts += _staff_of(ann) + _bare_units_of(ann)

    def value(m: Mention) -> str:
        return persons.get(m.start, m.value) if m.kind == "name" else m.value

    def usable(m: Mention) -> bool:
        if m.kind == "name" and m.start not in persons:
            return False
        if any(s <= m.start < e for s, e in posts):
            return False
        return m.kind in candidates and not (grantor[0] <= m.start < grantor[1])

    def joined(found: list[Mention]) -> list[str]:
        out = [found[0]]
        last = found[0]
        for m in found[1:]:
            gap = _without_titles(ann, last.end, m.start, posts)
            if last.kind == "name" and m.kind == "org" and _in_item(ann.text, last.end, m.start):
                continue  # the rest of a listed person's post (`…, Bộ Tư lệnh Y, Bộ Công an;`)
            if gap.count("(") > gap.count(")"):
                continue  # `Phòng X (PC47 - Công an tỉnh Y) và Z`: a gloss on the one before
            if not _JOINED.match(gap) and not (m.kind == last.kind == "name" and _next_item(gap)):
                break
            last = m
            # `Cục Cảnh sát giao thông (C08), Bộ Công an`: the unit's parent, said after it;
            # `Đoàn Thanh niên Công an tỉnh X`: the unit that ends a body's name
            named_with = not gap.strip() or _APPOSED.match(gap)
            if m.kind == "org" and out[-1].parent == m.value and named_with:
                continue
            out.append(m)
        return [value(m) for m in out]

    # `… tặng Bằng khen, được B tặng Giấy khen`: a passive clause after it is another award's
    passive = _NEXT_PASSIVE.search(ann.text, end, limit)
    to = NAMED_AFTER.match(ann.text, end) or TO.search(
        ann.text, end, passive.start() if passive else limit
    )
    # `khen thưởng đột xuất Phòng X`: the unit rewarded, without `cho`
    to = to or REWARDED.match(ann.text, end)
    if to is not None:
        at = to.end()
        after = [m for m in ann.mentions if at <= m.start < limit and usable(m)]
        if after and _RECIPIENT_LEAD.match(_without_titles(ann, at, after[0].start, posts)):
            return joined(after)
        # `cho 31 tập thể và 118 cá nhân thuộc Công an tỉnh X`: the unit they belong to;
        # counts alone name no recipient.
        if after and _MEMBERS_OF.search(ann.text[at : after[0].start]):
            return joined(after)
        return []
    opening, start = clause
    gives = list(_GIVE.finditer(ann.text, opening, start))
    give = gives[-1] if gives else None
    # `… được Bộ trưởng tặng Bằng khen`: passive, the subject before `được` receives it.
    if give is not None and "được" not in ann.text[max(0, give.start() - 60) : give.start()]:
        # `trao tặng Công an phường X Bằng khen`: those named between the verb and the award
        between = [m for m in ann.mentions if give.end() <= m.start and m.end <= start]
        between = [m for m in between if usable(m)]
        if (
            between
            and not _without_titles(ann, give.end(), between[0].start, posts).strip()
            and not ann.text[between[-1].end : start].strip()
        ):
            return joined(between)
        return []
    said_passive = ann.text.rfind("được", opening, start)
    # `Chủ tịch UBND tỉnh A đã khen thưởng …`: said actively, its subject gives it
    if verb and said_passive < 0:
        return []
    # `… đã được UBND tỉnh, Công an tỉnh trao tặng …`: those after `được` give it
    upto = said_passive if said_passive >= 0 else start
    before = [m for m in ann.mentions if opening <= m.start and m.end <= upto and usable(m)]
    # `hai đơn vị thuộc Công an X là A và B đã được … tặng`: those named after `là`
    named = [m for m in before if m.start >= _last_la(ann.text, opening, start)]
    before = named or before
    return joined(before) if before else []


_LA = re.compile(r"\slà\s")


def _last_la(text: str, start: int, end: int) -> int:
    """Where the last ` là ` between two offsets ends, else `start`."""
    found = list(_LA.finditer(text, start, end))
    return found[-1].end() if found else start
