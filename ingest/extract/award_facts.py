"""Award statements of a document: award, grantor, recipients and counts, clause by clause."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.annotate import Annotated, span
from ingest.extract.award_parties import (
    NAMED_AFTER,
    PERSON_NEXT,
    REWARDED,
    TO,
    grantor_of,
    listed_before,
    recipients_of,
)
from ingest.extract.award_pruning import REWARD, drop_repeated
from ingest.extract.awards import (
    NUMBERS,
    AwardMention,
    counts,
    find_awards,
    order_of,
    repeated_awards,
)
from ingest.extract.builder import Builder
from ingest.model import AwardFact, Span

# a clause whose subject receives the award (`… được tặng`, `… đón nhận`)
_RECEIVED = re.compile(r"\b(?:được|nhận)\b")


def read_awards(build: Builder, annotated: list[Annotated]) -> None:
    year = (build.facts.document.date or "")[:4]
    for ann in annotated:
        found = find_awards(ann.text)
        # (said again in the sentence that names it: `gắn danh hiệu A lên … và trao danh hiệu
        # này cho …`)
        named_here = [a.award for a in found if not a.verb]
        again = repeated_awards(ann.text, [a.award for a in build.facts.awards] + named_here)
        if again:
            found = sorted(found + again, key=lambda a: a.start)
        if not found:
            if not _named_by_count(build, ann):
                _named_later(build, ann)
            continue
        given_by_end = 0  # where the giver said after the award before ends
        recalling = _REVIEW_OPENS.match(ann.text) is not None  # a review of years goes on
        made: dict[int, list[AwardFact]] = {}
        for k, award in enumerate(found):
            limit = found[k + 1].start if k + 1 < len(found) else len(ann.text)
            # one award statement per clause: `…tặng Bằng khen; Công an tỉnh X được …`
            clause = ann.text.rfind(";", 0, award.start) + 1
            if clause and _RECEIVED.search(ann.text, clause, award.start):
                # `A, Đội trưởng …; B, …; C được tặng …` (`… đón nhận …`): the list of those
                # who receive it
                clause = listed_before(ann, clause, found[k - 1].end if k else 0)
            # `Cờ thi đua của Chính phủ và 4 đơn vị được tặng …`: the giver receives nothing
            opening = max(found[k - 1].end if k else 0, clause, given_by_end)
            closing = ann.text.find(";", award.end, limit)
            # `… cho 3 cá nhân: A, Đội trưởng …; B, …`: semicolons part a list's items
            # `… được tặng Bằng khen là A, …; B, …`: so do those named right after the award
            listed = closing >= 0 and (
                _LIST_OPENS.search(ann.text, award.end, closing)
                or NAMED_AFTER.match(ann.text, award.end)
                or PERSON_NEXT.match(ann.text, closing)
            )
            closing = limit if closing < 0 or listed else closing
            grantor, grantor_span = grantor_of(ann, award.start, award.end, award.verb)
            if grantor is not None:
                build.givers.append(span(ann.sentence, *grantor_span))
                given_by_end = max(given_by_end, grantor_span[1])
            if _not_given_here(ann.text, clause, award.start, closing, year, recalling):
                recalling = recalling or _RECALLED.search(ann.text, clause, award.start) is not None
                continue
            # counts said after the award (`… hạng Nhì cho 52 đồng chí`), else before it
            collectives, individuals = counts(ann.text[award.start : closing])
            # (not those given with the award before: `… cho 3 cá nhân và Cờ thi đua cho X`)
            counted_before = (collectives is None and individuals is None) and not (
                k and TO.search(ann.text, max(0, opening - 1), award.start)
            )
            if counted_before:
                collectives, individuals = counts(ann.text[opening : award.start])
            recipients = recipients_of(
                ann, (opening, award.start), award.end, grantor_span, closing, award.verb
            )
            name = award.award
            named_after = listed or NAMED_AFTER.match(ann.text, award.end)
            if counted_before and named_after and recipients and not award.verb:
                # `Hai tập thể nhận Bằng khen lần này là A và B`: the count is of those named
                collectives = individuals = None
            counted = _counted(build, recipients) if award.verb and named_after else None
            if counted is not None:
                # `… đã khen thưởng đột xuất 3 tập thể. 3 tập thể được khen thưởng là: A; B và
                # C`: those counted, named now
                name, grantor = counted.award, grantor or counted.grantor
                collectives, individuals = counted.collectives, counted.individuals
                if len(recipients) == (collectives or 0) + (individuals or 0):
                    build.facts.awards.remove(counted)
            elif award.verb and recipients and (general := _general(build)) is not None:
                # `trao Giấy khen cho các tập thể … Các tập thể được khen thưởng gồm X, Y`
                name, grantor = general.award, grantor or general.grantor
            if award in again and not recipients:
                continue  # said again with no one named: nothing new
            if award.verb and not recipients and REWARDED.match(ann.text, award.end):
                continue  # `thưởng nóng Đội …`: a reward to a unit not read is no statement
            if award.named_only and not recipients:
                continue
            if not recipients and (many := _MANY.search(ann.text, 0, award.start)):
                # `cho 47 đồng chí, gồm: 6 Huân chương Độc lập … và 41 Huân chương …`
                collectives, individuals = None, int(many.group(1))
            candidates: list[str | None] = list(recipients) or [None]
            handed = TO.search(ann.text, award.end, closing) is not None
            for recipient in candidates:
                fact = AwardFact(name, recipient, grantor, collectives, individuals, None, None)
                made.setdefault(k, []).append(
                    _add(build, fact, span(ann.sentence, award.start, award.end), handed)
                )
        _respectively(build, found, ann.text, made)
        _shared_recipients(build, found, ann.text, made)
    drop_repeated(build, annotated)


def _add(build: Builder, fact: AwardFact, evidence: Span, handed: bool = False) -> AwardFact:
    """A new award statement, or what it adds to the same award to the same recipient; the
    statement kept. `handed`: the statement names its recipient after `cho`."""
    # (`Kỷ niệm chương Vì sự nghiệp bảo vệ ANTQ` and `… an ninh Tổ quốc`: one award)
    same = next(
        (
            a
            for a in build.facts.awards
            if a.recipient == fact.recipient and a.award.casefold() == fact.award.casefold()
        ),
        None,
    )
    if same is None:
        fact.evidence = evidence
        build.facts.awards.append(fact)
        return fact
    headline = same.evidence is not None and same.evidence.sentence == 0 < evidence.sentence
    if headline and (same.award == REWARD or handed):
        # `Khen thưởng đột xuất Phòng X` over `… đã khen thưởng đột xuất Phòng X`, `X nhận Huân
        # chương …` over `trao Huân chương … cho X và …`: the body's statement, no headline's
        # summary of others' awards
        same.evidence = evidence
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
        if len(run) > 1:
            _shared_subject(build, [made.get(i, []) for i in run])
            given = made.get(run[-1], [])
        if len(run) < 2 or len(given) != len(run) or any(f.recipient is None for f in given):
            continue
        unnamed = [f for i in run[:-1] for f in made.get(i, []) if f.recipient is None]
        build.facts.awards = [a for a in build.facts.awards if all(a is not f for f in unnamed)]
        for i, fact in zip(run, given, strict=True):
            fact.award = found[i].award


def _shared_subject(build: Builder, run: list[list[AwardFact]]) -> None:
    """`Hai tập thể thuộc Công an tỉnh X được tặng Huân chương … hạng Nhì, hạng Ba`: classes
    said after the one whose recipient is the subject before them go to that recipient too."""
    first = run[0]
    if not first or any(f.recipient is None for f in first):
        return
    for facts in run[1:]:
        if len(facts) != 1 or facts[0].recipient is not None:
            continue
        lone = facts[0]
        build.facts.awards = [a for a in build.facts.awards if a is not lone]
        facts[:] = [
            _add(build, replace(lone, recipient=f.recipient), evidence)
            for f in first
            if (evidence := lone.evidence or f.evidence) is not None
        ]


_MANY = re.compile(r"(?<!\w)(\d+)\s+$")
# `4 tập thể là: A; B, Công an tỉnh; C và D đã …`: the units a reward was counted to, named
_COUNT_NAMED = re.compile(
    r"(?i:\b(\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+(?:tập thể|đơn vị))(?=\s*(?:là|gồm)\s*:)"
)


def _named_by_count(build: Builder, ann: Annotated) -> bool:
    """A sentence with no award that names, by their count, the units the last award was
    given to without naming them (`… khen thưởng đột xuất 4 tập thể. Trước đó, 4 tập thể là:
    A; B; C và D đã …`): they receive it."""
    last = build.facts.awards[-1] if build.facts.awards else None
    if last is None or last.recipient or not last.collectives or last.individuals:
        return False
    m = _COUNT_NAMED.search(ann.text)
    if m is None or int(NUMBERS.get(m.group(1).lower(), m.group(1))) != last.collectives:
        return False
    units = recipients_of(ann, (0, m.start()), m.end(), (0, 0), len(ann.text))
    if len(units) != last.collectives or last.evidence is None:
        return False
    build.facts.awards.remove(last)
    for unit in units:
        _add(build, replace(last, recipient=unit, collectives=None), last.evidence)
    return True


# `Những người được truy tặng gồm: Thiếu tá A, …; B …`, `Các cá nhân gồm: …`, `Ba cá nhân gồm
# …`: a sentence that opens by naming those an award counted before was given to
_LATER = re.compile(
    r"\W*(?i:(?:các|những|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)?"
    r"(?i:(?P<people>cá nhân|người|đồng chí|cán bộ,?\s+chiến sĩ)|(?P<units>tập thể|đơn vị))"
    r"(?:\s+(?:(?:được|đã được)\s+)?"
    r"(?:truy tặng|tặng thưởng|tặng|trao tặng|khen thưởng)\b[^:;.]{0,40}?)?"
    r"(?=\s*(?i:gồm|là)\b)"
)


def _named_later(build: Builder, ann: Annotated) -> None:
    """The recipients a sentence without an award names after a count said before (`… cho 3
    cán bộ, chiến sĩ …. Những người được truy tặng gồm: A, …; B, …`): they receive the last
    award given to a count of their kind; once as many as counted are named, the statement
    without a recipient goes."""
    if (m := _LATER.match(ann.text)) is None:
        return
    people = m.group("people") is not None
    counted = next(
        (
            a
            for a in reversed(build.facts.awards)
            if (a.individuals if people else a.collectives) and a.evidence is not None
        ),
        None,
    )
    if counted is None or counted.evidence is None:
        return
    named = recipients_of(ann, (0, m.start()), m.end(), (0, 0), len(ann.text))
    if not named:
        return
    where = span(ann.sentence, m.start(), m.end())
    for recipient in named:
        _add(
            build, replace(counted, recipient=recipient, collectives=None, individuals=None), where
        )
    given = [
        a
        for a in build.facts.awards
        if a.award == counted.award
        and a.recipient
        and a.evidence is not None
        and a.evidence.sentence > counted.evidence.sentence
    ]
    if counted.recipient is None and len(given) >= (counted.collectives or 0) + (
        counted.individuals or 0
    ):
        build.facts.awards.remove(counted)


def _general(build: Builder) -> AwardFact | None:
    """The last award named without recipient or counts, whose recipients a later statement
    may list."""
    last = build.facts.awards[-1] if build.facts.awards else None
    if last is None or last.recipient or last.collectives or last.individuals:
        return None
    return last


def _counted(build: Builder, recipients: list[str]) -> AwardFact | None:
    """The last award given to a count of collectives or individuals without naming them, as
    many at least as the recipients a later statement lists."""
    last = build.facts.awards[-1] if build.facts.awards else None
    if last is None or last.recipient or not recipients:
        return None
    given = (last.collectives or 0) + (last.individuals or 0)
    return last if given >= len(recipients) else None


_LIST_OPENS = re.compile(r":|(?i:\bgồm\b)")
# `đề nghị Chính phủ tặng …`, `tờ trình đề nghị …`: proposed, not given
_PROPOSED = re.compile(r"(?i:\b(?:đề nghị|đề xuất|tờ trình|xét tặng|dự kiến|suy tôn|bình xét)\b)")
# `từng được tặng …`, `nhiều năm liền được …`, `đã 3 lần`, `đã hai lần được tuyên dương …`:
# honours of the past
# (`từng là lãnh đạo`, `từng giữ chức`: a past post, said of those given it now)
# `Nhiều năm liên tục …`, `Trải qua 60 năm …, đơn vị đã được tặng …`, `Trong 5 năm, 9 tập thể
# được tặng …`, `Trong quá trình công tác, ông được …`: a span of years told, not the day
_RECALLED = re.compile(
    r"(?i:\b(?:từng(?!\s+(?:là|giữ|làm|công tác|đảm nhiệm)\b)|nhiều năm liền|nhiều lần"
    r"|(?:nhiều|\d+) năm (?:liên tục|liền)|liên tục nhiều năm|trải qua|(?:trong|qua|sau) \d+ năm"
    r"|\d+ năm qua|nhiệm kỳ (?:qua|trước|vừa qua)"
    r"|đã (?:\d+|hai|ba|bốn|nhiều) lần|các năm|quá trình công tác)\b)"
)
# `… Huân chương Chiến công hạng Nhất và nhiều phần thưởng cao quý khác`: a career's honours
# summed up (an obituary, a profile), not one handed on the article's day
_MANY_OTHERS = re.compile(
    r"(?i:\b(?:và|cùng)\s+nhiều\s+(?:phần thưởng|huân chương|huy chương|danh hiệu|hình thức)"
    r"[^;.]{0,40}?\bkhác\b)"
)
# `Nhiệm kỳ qua, …`, `5 năm qua, …`: a sentence that opens a review of years
_REVIEW_OPENS = re.compile(
    r"\W*(?i:(?:(?:trong|qua)\s+)?(?:\d+|những|các|nhiều)\s+năm\s+(?:qua|liền|liên tục)"
    r"|nhiệm kỳ (?:qua|trước|vừa qua))\b"
)
_PAST_YEAR_OPENS = re.compile(r"\W*(?i:(?:trong|suốt)\s+)?(?i:năm)\s+(\d{4})\s*,")
# what is given at the article's event, not over a span of years
_HERE = re.compile(
    r"(?i:\b(?:tại (?:hội nghị|buổi lễ|lễ|đại hội|buổi làm việc)|(?:nhân |trong )?dịp này"
    r"|cũng tại)\b)"
)
_YEAR_AFTER = re.compile(r"^[^;]*?\bnăm (\d{4})\b")


def _not_given_here(
    text: str, clause: int, start: int, closing: int, year: str, recalling: bool = False
) -> bool:
    """A proposal, or an honour the article only recalls (before the article's year).
    `recalling`: the sentence opened a review of years or recalled an honour before."""
    if _PROPOSED.search(text, clause, start) or _RECALLED.search(text, clause, start):
        return True
    # (`phần thưởng` of the others reads as an award of its own: search to the clause's end)
    clause_end = text.find(";", start)
    if _MANY_OTHERS.search(text, start, clause_end if clause_end >= 0 else len(text)):
        return True
    # `Trong năm 2018, toàn Cụm có một đơn vị nhận …; bốn đơn vị …` told in 2019: a past year's
    # tally of several honours, through every clause of the sentence (one honour of the year
    # before, `Năm 2021, Khối có 14 tập thể được tặng Bằng khen`, is the year's award)
    past = _PAST_YEAR_OPENS.match(text) if ";" in text else None
    if past and year and past.group(1) < year and not _HERE.search(text, 0, start):
        return True
    # `5 năm qua, … 6 tập thể được tặng Huân chương …; 11 tập thể … được tặng Bằng khen …`: the
    # clauses after a semicolon go on with the span of years the first one told, unless one
    # comes back to the day (`…; tại hội nghị, …`)
    if clause and recalling and not _HERE.search(text, 0, start):
        return True
    # `… vì dẫn đầu phong trào thi đua năm 2024`: a year after the reason is the deed's; so is
    # the year of an award handed at the event (`Tại hội nghị, … được tặng Cờ thi đua xuất sắc
    # năm 2017`, told in January 2018)
    after = text[start:closing]
    reason = _REASON.search(after)
    given = _YEAR_AFTER.match(after[: reason.start()] if reason else after)
    here = _HERE.search(text, 0, start)
    return bool(given and year and given.group(1) < year and here is None)


_REASON = re.compile(r"(?i:\b(?:vì|về thành tích|do có|đã có thành tích|có thành tích)\b)")
