"""Events of a document: read from sentences that give a time, with attendees added from
sentences that place people at them."""

from __future__ import annotations

import re

from ingest.extract.annotate import Annotated, span
from ingest.extract.announced import handed_to_holders
from ingest.extract.builder import Builder, add_unique
from ingest.extract.event_organisers import held_by, held_of, holding_units, signed_by_members
from ingest.extract.event_sentences import (
    LOOKS_BACK,
    appointed_then,
    at_event,
    event_sentences,
    same_day_cue,
)
from ingest.extract.events import (
    chair_at,
    event_cues,
    has_attendance_cue,
    kind_named,
    secondary_cue,
)
from ingest.extract.lexicon import leading
from ingest.extract.titles import event_title
from ingest.model import EventFact


def read_events(build: Builder, annotated: list[Annotated], line_date: str | None) -> None:
    first: EventFact | None = None
    dated_here: dict[int, str | None] = {}  # sentence index -> date of the event it names
    told_here: dict[int, EventFact] = {}  # sentence index -> the first event it names
    main_date: str | None = None  # the first dated event's (the undated lead comes last)
    signed_at_ceremony: EventFact | None = None  # a signing told as `lễ ký kết`
    by_index = {a.sentence.index: a for a in annotated}
    deceased = {p.name for a in annotated for p in a.persons if p.deceased}
    for a in annotated:
        for p in a.persons:
            p.absent = p.absent or p.name in deceased
    for ann, dates in event_sentences(annotated, line_date, build.facts.document.text):
        before = by_index.get(ann.sentence.index - 1)
        undated_lead = dates[0][0] < 0
        cues = event_cues(ann.text, strong_only=undated_lead)
        if not cues:
            continue
        if not undated_lead:
            # the day of the last event named (`Chiều 28/6, … công bố các quyết định …, chuẩn
            # bị cho việc hợp nhất tỉnh từ ngày 1/7`: not a day said after it)
            last = cues[-1][0]
            dated_here[ann.sentence.index] = next(
                (d for start, d in reversed(dates) if start <= last), dates[-1][1]
            )
            main_date = main_date or dates[0][1]
        occasion = told_here.get(max(told_here)) if told_here else None
        if occasion is not None and appointed_then(ann.text) is not None:
            # who is appointed on the occasion is at it (`Dịp này, Đại tá A nhận quyết định …`)
            for p in ann.persons:
                if not p.absent:
                    add_unique(occasion.attendees, p.name)
        evidence = span(ann.sentence)
        # a sentence that opens at an event (`Tại hội nghị, …`) names no unit holding it
        opens_at_event = at_event(ann.text) is not None
        first_organisers = (
            [] if opens_at_event else holding_units(ann, cues[0][0]) or held_by(ann, cues[0][0])
        )
        own = [] if opens_at_event else held_of(ann, cues)
        # `Tại hội nghị, Phòng A vinh dự đón nhận Cờ thi đua …`: handed at the conference, no
        # ceremony of its own
        at_conference = opens_at_event and "hội nghị" in ann.text.split(",", 1)[0].lower()
        for i, (at, kind) in enumerate(cues):
            if at_conference and kind == "ceremony":
                continue
            organisers = first_organisers
            if own and (held := own[i]) is not None:
                organisers = held
            if kind == "signing" and (members := signed_by_members(ann, at)):
                organisers = members
            # `Ngày 5/3 … hội nghị …, ngày 10/3 ký kết`: each event takes the date before it
            date = next((d for start, d in reversed(dates) if start <= at), dates[0][1])
            known = [e for (k, _), e in build.events.items() if k == kind]
            # an undated lead names an event a later sentence dates: that one
            if undated_lead and main_date is not None:
                # a headline or lead without a day speaks of the article's dated event
                date = main_date
            told = _held_already(build, ann.text, at, kind, date, undated_lead)
            if undated_lead and known:
                event = known[0]
            elif told is not None:
                event = told
            else:
                event = build.event(kind, date, evidence, organisers)
            event.title = event.title or event_title(
                ann.text, at, organisers[0] if organisers else None
            )
            first = first or event
            if kind == "signing" and ann.text[at : at + 3].lower() == "lễ ":
                signed_at_ceremony = signed_at_ceremony or event
            told_here.setdefault(ann.sentence.index, event)
            for name in organisers:
                add_unique(event.organisers, name)
            for p in ann.persons:
                if not p.absent:
                    add_unique(event.attendees, p.name)
            if kind == "appointment" and (named := _pronoun_subject(ann, before)):
                add_unique(event.attendees, named)
            if (chair := _chair(ann)) is not None:
                add_unique(event.chair, chair)
    if first is None:
        return
    by_kind = {kind: e for (kind, _), e in reversed(build.events.items())}
    if signed_at_ceremony is not None:
        # `tổ chức lễ ký kết … . Dự buổi lễ có …`: the ceremony is that signing
        by_kind.setdefault("ceremony", signed_at_ceremony)
    text = build.facts.document.text
    # A paragraph that opens at the event (`Phát biểu tại hội nghị, …`) stays there.
    paragraph_event: EventFact | None = None
    paragraph_date: str | None = None
    previous_end = 0
    for ann in annotated:
        # a paragraph that opens `Trong đó, …` goes on with the one before
        if "\n" in text[previous_end : ann.sentence.start] and not _GOES_ON.match(ann.text):
            paragraph_event = paragraph_date = None
        previous_end = ann.sentence.end
        if ann.sentence.index in dated_here:
            paragraph_date = dated_here[ann.sentence.index]
        elif paragraph_date is not None:
            _same_day(build, ann, paragraph_date, by_kind)
        named = kind_named(ann.text)
        if ann.sentence.index not in told_here and same_day_cue().match(ann.text):
            # `Cũng trong ngày, UBND tỉnh B thông tin ông C … vừa khen thưởng …`: another
            # happening of that day, whose people are at no event told
            paragraph_event = None
            continue
        if ann.sentence.index in told_here:
            paragraph_event = told_here[ann.sentence.index]
        elif named is not None or has_attendance_cue(ann.text):
            if named is not None and named not in by_kind:
                _held_that_day(build, ann, named, first, by_kind)
            if named is not None and "appointment" not in by_kind:
                _decided_that_day(build, ann, first, by_kind)
            paragraph_event = by_kind.get(named, first) if named else first
        paragraph_event = _held_in_place(build, ann.text) or paragraph_event
        # `Trước đó, Đại tá A đã được điều động …`: told of an earlier time, not of the event
        if paragraph_event is None or (
            ann.sentence.index not in told_here and _OPENS_EARLIER.match(ann.text)
        ):
            continue
        for p in ann.persons:
            if not p.absent:
                add_unique(paragraph_event.attendees, p.name)
        if (chair := _chair(ann)) is not None:
            add_unique(paragraph_event.chair, chair)
    _listed_after(annotated, told_here)


# `Danh sách cán bộ … gồm:`, `Các đồng chí được khen thưởng gồm:`: a list that opens a sentence
# (`Trong số 18 sĩ quan có 7 Trưởng phòng, …, như Thượng tá A (…) và Thượng tá B (…)`: some of
# those it was held for, named as examples)
_LIST_OPENS = re.compile(
    r"\W*(?:(?i:danh sách|các|những)\b[^.;:]{0,80}?(?:\b(?:bao )?gồm\s*:?|:)"
    r"|(?i:trong số)\b[^.;:]{0,160}?,\s*(?i:như)\s)"
)


def _listed_after(annotated: list[Annotated], told_here: dict[int, EventFact]) -> None:
    """`… trao quyết định nghỉ hưu cho 5 đồng chí. Danh sách gồm: Đại tá A, Trưởng phòng …;
    Thượng tá B, …`: officers listed in the sentence right after the one that tells an event
    are those it was held for, though no word places them there; so are those the sentences
    right after a ceremony of decisions give their posts (`Theo đó, Thiếu tá A giữ chức …`)."""
    carried: dict[int, EventFact] = {}
    # a photo credit or a sentence about no one after a ceremony: posts given in the next
    # sentence are still given at it (a list there is not the ceremony's)
    passed: dict[int, EventFact] = {}
    for ann in annotated:
        index = ann.sentence.index
        event = told_here.get(index - 1) or carried.get(index - 1)
        if index in told_here or (event is None and index - 1 not in passed):
            continue
        if not ann.persons and not _DATED.search(ann.text):
            passed[index] = event or passed[index - 1]
            continue
        cue = "giữ" in ann.text or "được" in ann.text or "phụ trách" in ann.text
        posted = cue and _POSTED.search(ann.text)
        if posted and _OPENS_EARLIER.match(ann.text):
            # `Trước đó, A đã được điều động giữ chức …`: a decision before this one; the
            # posts given after it may still be this one's
            passed[index] = event or passed[index - 1]
            continue
        if event is None:
            event = passed[index - 1]
            if not posted or event.kind not in _DECIDED:
                continue
        elif not (_LIST_OPENS.match(ann.text) or (posted and event.kind in _DECIDED)):
            continue
        carried[index] = event
        for p in ann.persons:
            if not p.absent and (p.rank or p.posts):
                add_unique(event.attendees, p.name)


_DECIDED = ("ceremony", "appointment")
# `Theo đó, Thiếu tá A giữ chức …`, `A được giao giữ chức vụ …`, `được giao phụ trách` (not
# `từng giữ chức`: a post of the past)
_POSTED = re.compile(
    r"(?i:(?<!từng )\bgiữ\s+(?:chức vụ|chức|cương vị)\b|\bđược giao\b"
    r"|\bđược\s+(?:điều động|luân chuyển|bổ nhiệm)\s+(?:về\s+|đến\s+)?làm\b"
    # `giao Thượng tá A, Phó Trưởng phòng phụ trách Phòng X`: an acting head named
    r"|\bgiao\b(?=[^.;]{0,80}\bphụ trách\b))"
)


_DATED = re.compile(r"\d\s*[/.-]\s*\d|(?i:\bngày\b)")
_IN_PLACE = re.compile(r"\W*(?i:tại|ở)\s+([^,;.]{2,40}),")


def _held_in_place(build: Builder, text: str) -> EventFact | None:
    """`Tại Hà Tĩnh, …` in an article telling events of several units: the one event held by a
    unit of that place (`Công an tỉnh Hà Tĩnh`)."""
    found = _IN_PLACE.match(text)
    if found is None or len(build.ordered) < 2:
        return None
    place = " " + found.group(1).strip()
    held = [e for e in build.ordered if any(o.endswith(place) for o in e.organisers)]
    return held[0] if len(held) == 1 else None


def _held_already(
    build: Builder, text: str, at: int, kind: str, date: str | None, lead: bool = False
) -> EventFact | None:
    """`Thứ trưởng trao quyết định …` in a later sentence of an article that told a conference
    that day, or a headline's `công bố quyết định` over it: what was done at that conference,
    not a ceremony of its own."""
    if kind != "ceremony" or not (lead or secondary_cue(text, at)):
        return None
    return next((e for (k, d), e in build.events.items() if d == date and k == "conference"), None)


_OPENS_EARLIER = re.compile(r"\W*(?i:trước đó|trước đây)\b")
_GOES_ON = re.compile(r"\W*(?i:trong đó|trong số (?:này|đó)|cụ thể)\b")


def _same_day(
    build: Builder, ann: Annotated, date: str | None, by_kind: dict[str, EventFact]
) -> None:
    """`Ngày 9/12, Cụm … tổ chức hội nghị. … Các đơn vị ký giao ước thi đua.`: an event of
    another kind named in the paragraph of a dated one, without a date of its own, is held
    the same day, unless the sentence looks back (`Trước đó`, `năm qua`)."""
    if LOOKS_BACK.search(ann.text):
        return
    for at, kind in event_cues(ann.text, strong_only=True):
        if kind in by_kind or kind in ("appointment", "campaign"):
            continue
        if _held_already(build, ann.text, at, kind, date) is not None:
            continue
        event = by_kind[kind] = build.event(kind, date, span(ann.sentence))
        organisers = holding_units(ann, at)
        for name in organisers:
            add_unique(event.organisers, name)
        event.title = event.title or event_title(
            ann.text, at, organisers[0] if organisers else None
        )


# `Dự buổi lễ có …`, `A chủ trì hội nghị`: an event of another kind than the one told, said
# as the place of those named
_AT_THAT_EVENT = re.compile(
    leading(("dự", "chủ trì", "tại", "phát biểu tại"))
    + r"(?i:\s+(?:buổi\s+(?=lễ\b)|(?=hội nghị\b)))"
)


def _held_that_day(
    build: Builder, ann: Annotated, kind: str, first: EventFact, by_kind: dict[str, EventFact]
) -> None:
    """`Ngày 1/3, Công an tỉnh X công bố các quyết định về công tác cán bộ. … Dự buổi lễ có
    ông A`: the ceremony the article's dated event was announced at, held that day."""
    found = _AT_THAT_EVENT.search(ann.text)
    if found is None or LOOKS_BACK.search(ann.text):
        return
    event = by_kind[kind] = build.event(kind, first.date, span(ann.sentence), first.organisers)
    for name in first.organisers:
        add_unique(event.organisers, name)
    event.title = event.title or event_title(
        ann.text, found.end(), first.organisers[0] if first.organisers else None
    )


# `trao quyết định bổ nhiệm Trung tá A`, `công bố quyết định bổ nhiệm 8 đồng chí`
_DECISION_OF = re.compile(r"(?i:\b(?:trao|công bố|đọc)\s+(?:các\s+)?quyết định\s+)$")


def _decided_that_day(
    build: Builder, ann: Annotated, first: EventFact, by_kind: dict[str, EventFact]
) -> None:
    """`Sáng 1/7, Công an tỉnh tổ chức lễ công bố quyết định … . Đại tá A trao quyết định bổ
    nhiệm Trung tá B …`: an appointment whose decision is handed over at the ceremony the
    article dated is made that day."""
    if first.kind != "ceremony" or LOOKS_BACK.search(ann.text):
        return
    if (handed := handed_to_holders(ann.text, ann.mentions)) is not None:
        # `trao quyết định cho các Phó Giám đốc …: A, B`: those who hold a post by it
        event = by_kind["appointment"] = build.event("appointment", first.date, span(ann.sentence))
        event.title = event.title or event_title(ann.text, handed, None)
        for name in (p.name for p in ann.persons if not p.absent):
            add_unique(event.attendees, name)
        return
    for at, kind in event_cues(ann.text):
        if kind == "appointment" and _DECISION_OF.search(ann.text, max(0, at - 30), at):
            event = by_kind["appointment"] = build.event(kind, first.date, span(ann.sentence))
            event.title = event.title or event_title(ann.text, at, None)
            return


def _chair(ann: Annotated) -> str | None:
    """The person who `chủ trì`: the one named last before the word (`Đại tá A, Giám đốc …
    chủ trì`), else the first after it (`chủ trì là Đại tá A`)."""
    at = chair_at(ann.text)
    if at is None or not ann.persons:
        return None
    before = [p for p in ann.persons if p.mention.end <= at]
    return before[-1].name if before else ann.persons[0].name


_PRONOUN = re.compile(r"\W*(?:Ông|Bà)\b")


def _pronoun_subject(ann: Annotated, before: Annotated | None) -> str | None:
    """`Đại tá A … . Ông từng …; ngày 11/3/2019 được điều động …`: a sentence naming no one,
    whose subject is `Ông` / `Bà`, speaks of the person the sentence before opens with."""
    if ann.persons or before is None or not before.persons or not _PRONOUN.match(ann.text):
        return None
    return before.persons[0].name
