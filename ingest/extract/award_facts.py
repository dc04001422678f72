"""Award statements of a document: award, grantor, recipients and counts, clause by clause."""

from __future__ import annotations

import re
from dataclasses import replace

from core.kinds import UnitKind
from ingest.extract.annotate import Annotated, span
from ingest.extract.awards import (
    REWARDED_UNIT,
    AwardMention,
    counts,
    find_awards,
    order_of,
    repeated_awards,
)
from ingest.extract.builder import Builder
from ingest.extract.mentions import Mention
from ingest.extract.posts import Post, read_chain
from ingest.model import AwardFact, Span


def read_awards(build: Builder, annotated: list[Annotated]) -> None:
    year = (build.facts.document.date or "")[:4]
    for ann in annotated:
        found = find_awards(ann.text)
        again = repeated_awards(ann.text, [a.award for a in build.facts.awards])
        if again:
            found = sorted(found + again, key=lambda a: a.start)
        if not found:
            continue
        given_by_end = 0  # where the giver said after the award before ends
        made: dict[int, list[AwardFact]] = {}
        for k, award in enumerate(found):
            limit = found[k + 1].start if k + 1 < len(found) else len(ann.text)
            # one award statement per clause: `…tặng Bằng khen; Công an tỉnh X được …`
            clause = ann.text.rfind(";", 0, award.start) + 1
            # `Cờ thi đua của Chính phủ và 4 đơn vị được tặng …`: the giver receives nothing
            opening = max(found[k - 1].end if k else 0, clause, given_by_end)
            closing = ann.text.find(";", award.end, limit)
            # `… cho 3 cá nhân: A, Đội trưởng …; B, …`: semicolons part a list's items
            # `… được tặng Bằng khen là A, …; B, …`: so do those named right after the award
            listed = closing >= 0 and (
                _LIST_OPENS.search(ann.text, award.end, closing)
                or _NAMED_AFTER.match(ann.text, award.end)
            )
            closing = limit if closing < 0 or listed else closing
            grantor, grantor_span = _grantor(ann, award.start, award.end, award.verb)
            if grantor is not None:
                build.givers.append(span(ann.sentence, *grantor_span))
                given_by_end = max(given_by_end, grantor_span[1])
            if _not_given_here(ann.text, clause, award.start, closing, year):
                continue
            # counts said after the award (`… hạng Nhì cho 52 đồng chí`), else before it
            collectives, individuals = counts(ann.text[award.start : closing])
            # (not those given with the award before: `… cho 3 cá nhân và Cờ thi đua cho X`)
            if (collectives is None and individuals is None) and not (
                k and _TO.search(ann.text, max(0, opening - 1), award.start)
            ):
                collectives, individuals = counts(ann.text[opening : award.start])
            recipients = _recipients(ann, (opening, award.start), award.end, grantor_span, closing)
            name = award.award
            if award.verb and recipients and (general := _general(build)) is not None:
                # `trao Giấy khen cho các tập thể … Các tập thể được khen thưởng gồm X, Y`
                name, grantor = general.award, grantor or general.grantor
            if award in again and not recipients:
                continue  # said again with no one named: nothing new
            if award.verb and not recipients and _REWARDED.match(ann.text, award.end):
                continue  # `thưởng nóng Đội …`: a reward to a unit not read is no statement
            candidates: list[str | None] = list(recipients) or [None]
            for recipient in candidates:
                fact = AwardFact(name, recipient, grantor, collectives, individuals, None, None)
                made.setdefault(k, []).append(
                    _add(build, fact, span(ann.sentence, award.start, award.end))
                )
        _respectively(build, found, ann.text, made)
        _shared_recipients(build, found, ann.text, made)
    _drop_general(build)
    _drop_headline_summary(build)


def _add(build: Builder, fact: AwardFact, evidence: Span) -> AwardFact:
    """A new award statement, or what it adds to the same award to the same recipient; the
    statement kept."""
    same = next(
        (a for a in build.facts.awards if (a.award, a.recipient) == (fact.award, fact.recipient)),
        None,
    )
    if same is None:
        fact.evidence = evidence
        build.facts.awards.append(fact)
        return fact
    same.grantor = same.grantor or fact.grantor
    same.collectives = same.collectives or fact.collectives
    same.individuals = same.individuals or fact.individuals
    return same


_CLASS_GAP = re.compile(r"^\s*(?:,|\bvà\b)\s*$")


# `Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng`: two awards said as one object
# (`… tặng Bằng khen, được Giám đốc tặng Giấy khen`: the second one's giver said before it)
_AWARDS_JOINED = re.compile(
    r"^\s*(?:(?:xuất sắc\s+)?của\s+[^,;.]{1,60}?\s*)?(?:và|,)\s*"
    r"(?:được\s+[^,;.]{1,60}?\s(?:tặng|trao tặng|tặng thưởng|trao)\s*)?$"
)


def _shared_recipients(
    build: Builder, found: list[AwardMention], text: str, made: dict[int, list[AwardFact]]
) -> None:
    """Two awards joined by `và` or a comma go to the same recipients (`X đón nhận Cờ thi đua
    … và Bằng khen …`, `trao Cờ thi đua và Bằng khen cho X`): one told with none and no
    counts takes those of the other."""
    for k in range(1, len(found)):
        if not _AWARDS_JOINED.match(text[found[k - 1].end : found[k].start]):
            continue
        order = order_of(found[k].award)
        if order is not None and order == order_of(found[k - 1].award):
            continue  # classes of one order: `_respectively`
        for bare, given in ((k, k - 1), (k - 1, k)):
            facts, named = made.get(bare, []), made.get(given, [])
            if len(facts) != 1 or facts[0].recipient or facts[0].collectives:
                continue
            if facts[0].individuals or not named or any(f.recipient is None for f in named):
                continue
            lone = facts[0]
            build.facts.awards = [a for a in build.facts.awards if a is not lone]
            made[bare] = [
                _add(build, replace(lone, recipient=f.recipient), evidence)
                for f in named
                if (evidence := lone.evidence or f.evidence) is not None
            ]


def _respectively(
    build: Builder, found: list[AwardMention], text: str, made: dict[int, list[AwardFact]]
) -> None:
    """`truy tặng Huân chương X hạng Nhất, hạng Nhì, hạng Ba cho A, B và C`: as many classes
    of one order as people named after them go one to each, in order."""
    k = 0
    while k < len(found):
        run = [k]
        while (
            run[-1] + 1 < len(found)
            and _CLASS_GAP.match(text[found[run[-1]].end : found[run[-1] + 1].start])
            and order_of(found[k].award) is not None
            and order_of(found[run[-1] + 1].award) == order_of(found[k].award)
        ):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        given = made.get(run[-1], [])
        if len(run) < 2 or len(given) != len(run) or any(f.recipient is None for f in given):
            continue
        unnamed = [f for i in run[:-1] for f in made.get(i, []) if f.recipient is None]
        build.facts.awards = [a for a in build.facts.awards if all(a is not f for f in unnamed)]
        for i, fact in zip(run, given, strict=True):
            fact.award = found[i].award


def _general(build: Builder) -> AwardFact | None:
    """The last award named without recipient or counts, whose recipients a later statement
    may list."""
    last = build.facts.awards[-1] if build.facts.awards else None
    if last is None or last.recipient or last.collectives or last.individuals:
        return None
    return last


def _drop_general(build: Builder) -> None:
    """An award named in general (`lễ trao Huy chương "Chiến sĩ vẻ vang"`) and then given to
    someone or in classes (`hạng Nhất cho 73 đồng chí`) is the same award: one statement."""
    given = [a for a in build.facts.awards if a.recipient or a.collectives or a.individuals]
    build.facts.awards = [
        a
        for a in build.facts.awards
        if a in given or not any(_in_family(g.award, a.award) for g in given)
    ]


def _in_family(given: str, named: str) -> bool:
    return given == named or given.startswith(named + " hạng")


def _drop_headline_summary(build: Builder) -> None:
    """A headline's award (`Công an TP X đón nhận Huân chương Chiến công`) sums up what the body
    gives to others or in classes (`hạng Nhất cho Phòng PC04, …`): the body's statements stand."""
    doc = build.facts.document
    line_end = doc.text.find("\n")
    # a headline is a line of its own without a full stop; a counted statement stands alone
    if line_end < 0 or doc.text[:line_end].rstrip().endswith((".", "…")):
        return
    awards = build.facts.awards
    # `Khen thưởng 10 tập thể, cá nhân …` over a body that names the award given: a summary
    told = any(a.evidence is None or a.evidence.end > line_end for a in awards)
    build.facts.awards = [
        a
        for a in awards
        if a.evidence is None
        or a.evidence.end > line_end
        or not (told and a.award == _REWARD)
        and (
            a.collectives is not None
            or a.individuals is not None
            or not any(g is not a and g.recipient and _in_family(g.award, a.award) for g in awards)
        )
    ]


_REWARD = "khen thưởng"  # the name of an award said only by the verb


_LIST_OPENS = re.compile(r":|(?i:\bgồm\b)")
# `đề nghị Chính phủ tặng …`, `tờ trình đề nghị …`: proposed, not given
_PROPOSED = re.compile(r"(?i:\b(?:đề nghị|đề xuất|tờ trình|xét tặng|dự kiến)\b)")
# `từng được tặng …`, `nhiều năm liền được …`, `đã 3 lần`, `đã hai lần được tuyên dương …`:
# honours of the past
# (`từng là lãnh đạo`, `từng giữ chức`: a past post, said of those given it now)
_RECALLED = re.compile(
    r"(?i:\b(?:từng(?!\s+(?:là|giữ|làm|công tác|đảm nhiệm)\b)|nhiều năm liền|nhiều lần"
    r"|đã (?:\d+|hai|ba|bốn|nhiều) lần|các năm)\b)"
)
_YEAR_AFTER = re.compile(r"^[^;]*?\bnăm (\d{4})\b")


def _not_given_here(text: str, clause: int, start: int, closing: int, year: str) -> bool:
    """A proposal, or an honour the article only recalls (before the article's year)."""
    if _PROPOSED.search(text, clause, start) or _RECALLED.search(text, clause, start):
        return True
    # `… vì dẫn đầu phong trào thi đua năm 2024`: a year after the reason is the deed's
    after = text[start:closing]
    reason = _REASON.search(after)
    given = _YEAR_AFTER.match(after[: reason.start()] if reason else after)
    return bool(given and year and given.group(1) < year)


_REASON = re.compile(r"(?i:\b(?:vì|về thành tích|do có|đã có thành tích|có thành tích)\b)")


def _grantor(
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
    if not window:
        window = _mandate_or_subject(ann, start)
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
_MANDATE = re.compile(r"(?i:\bthừa ủy quyền(?:\s+của)?\s*)$")
_ACTIVE_GIVE = re.compile(
    r"^\s*(?:đã\s+)?(?:ký quyết định\s+)?(?:trao tặng|phong tặng|tặng thưởng|tặng|trao)\s*$"
)


def _mandate_or_subject(ann: Annotated, start: int) -> list[int]:
    """`Thừa ủy quyền của Chủ tịch nước, Đại tá A trao …`: the one who mandated; else the
    post or body right before the verb (`Bộ trưởng Bộ Công an tặng Cờ thi đua`)."""
    mentions = ann.mentions
    for k, m in enumerate(mentions):
        if m.end <= start and _MANDATE.search(ann.text, max(0, m.start - 20), m.start):
            return [k]
    before = [k for k, m in enumerate(mentions) if m.end <= start]
    for k in reversed(before):
        if mentions[k].kind == "role":
            posts, stop = read_chain(mentions, k, ann.text)
            if posts and _ACTIVE_GIVE.match(ann.text[mentions[stop - 1].end : start]):
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
_GIVE = re.compile(r"(?i:\b(?:trao|tặng|trao tặng|gắn|thừa ủy quyền)\b)")


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
    r"(?:\([^()]*\)[\s,;]*)?(?:(?<=[\s,;])(?:và|cùng)\s+)?"
    # `… cho Phòng X cùng hai cá nhân: A, …; B, …`: the kind of the next recipients
    r"(?:(?:\d+|hai|ba|bốn|năm)\s+(?i:tập thể|cá nhân|đồng chí)\s*(?:là|gồm)?\s*:\s*)?"
    # `… và 5 cá nhân thuộc Công an tỉnh X`: the unit they belong to
    r"(?:\d+\s+(?i:tập thể|cá nhân|cán bộ|đồng chí)\s+(?:thuộc|của)\s*)?$"
)
_APPOSED = re.compile(r"^\s*(?:\([^()]*\))?\s*,\s*$")
_REWARDED = re.compile(rf"(?:(?<=khen thưởng)|(?<=thưởng nóng)){REWARDED_UNIT}")
_NEXT_PASSIVE = re.compile(r"(?:,|\bvà)\s*được\b")
_TO = re.compile(r"(?i:\s(?:cho|tặng(?!\s+cho\b))\s)")
# `được tặng Bằng khen là X và Y`, `… gồm A; B`, `…, trong đó có A`: recipients named after
_NAMED_AFTER = re.compile(r"(?i:\s*,?\s*(?:là|gồm|trong đó có)(?:\s|:))")
# `cho tập thể Công an xã X`, `tặng đơn vị Y`, `cho 3 cá nhân: A, B`, `cho 4 tập thể, cá nhân,
# gồm: A, B`, `cho Công an các huyện: A, B`: the recipient, introduced by what it is
_KINDS = r"(?:tập thể|cá nhân|đơn vị|đồng chí)"
_RECIPIENT_LEAD = re.compile(
    rf"(?i:\s*(?:(?:các\s+|\d+\s+)?{_KINDS}(?:\s*,\s*{_KINDS})?\s*,?\s*(?:gồm|là)?\s*)?:?\s*"
    r"(?:(?:công an|ca)\s+(?:các|\d+)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*)?)$"
)


def _with_parent(ann: Annotated, post: Post) -> int:
    """Where a post ends, with its unit's parent said right after it (`Phó Trưởng phòng Cảnh
    sát kinh tế Công an TPHCM`): that parent is part of the post, not a recipient."""
    unit = post.org_mention
    after = next((m for m in ann.mentions if m.start >= post.end), None)
    if unit is None or after is None or ann.text[post.end : after.start].strip(" ,"):
        return post.end
    department = unit.unit_kind == UnitKind.PROVINCIAL_DEPARTMENT
    if after.value == unit.parent or (department and after.unit_kind == UnitKind.PROVINCIAL_POLICE):
        return after.end
    return post.end


def _recipients(
    ann: Annotated, clause: tuple[int, int], end: int, grantor: tuple[int, int], limit: int
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
            if not _JOINED.match(gap):
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
    to = _NAMED_AFTER.match(ann.text, end) or _TO.search(
        ann.text, end, passive.start() if passive else limit
    )
    # `khen thưởng đột xuất Phòng X`: the unit rewarded, without `cho`
    to = to or _REWARDED.match(ann.text, end)
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
        return []
    before = [m for m in ann.mentions if opening <= m.start and m.end <= start and usable(m)]
    # `hai đơn vị thuộc Công an X là A và B đã được … tặng`: those named after `là`
    named = [m for m in before if m.start >= _last_la(ann.text, opening, start)]
    before = named or before
    return joined(before) if before else []


_LA = re.compile(r"\slà\s")


def _last_la(text: str, start: int, end: int) -> int:
    """Where the last ` là ` between two offsets ends, else `start`."""
    found = list(_LA.finditer(text, start, end))
    return found[-1].end() if found else start
