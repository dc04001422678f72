"""The extraction pass over one document: annotate each sentence, then gather the facts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.awards import counts, find_awards
from ingest.extract.clusters import cluster_links, find_clusters
from ingest.extract.dates import find_dates
from ingest.extract.events import chair_at, event_cues, has_attendance_cue, kind_named
from ingest.extract.hierarchy import Context, province_unit
from ingest.extract.mentions import Mention, drop_overlaps
from ingest.extract.normalise import modern_tones
from ingest.extract.persons import PersonMention, find_honorifics, find_names, read_persons
from ingest.extract.places import find_places
from ingest.extract.posts import default_units, find_roles, read_chain
from ingest.extract.ranks import find_ranks
from ingest.extract.units import find_units, unit_kind, unit_parent
from ingest.model import (
    AwardFact,
    ClusterFact,
    Document,
    EventFact,
    Facts,
    OrganisationFact,
    PersonFact,
    Position,
    Sentence,
    Span,
)
from ingest.sentences import split_sentences


class ExtractionError(ValueError):
    """The document cannot be read for facts (it is not a `Document` with text)."""


@dataclass
class _Annotated:
    sentence: Sentence
    text: str  # the sentence in modern tone spelling
    mentions: list[Mention]
    persons: list[PersonMention] = field(default_factory=list)


def _mask(text: str, offset: int, mentions: list[Mention]) -> str:
    chars = list(text)
    for m in mentions:
        for i in range(m.start - offset, m.end - offset):
            chars[i] = "|"
    return "".join(chars)


def _annotate(sentence: Sentence, ctx: Context, last_cluster: str | None) -> _Annotated:
    text = modern_tones(sentence.text)
    off = sentence.start
    units = find_units(text, off, ctx)
    # A place inside a unit (`tỉnh Lào Cai` in `Công an các tỉnh Lào Cai, …`) is part of it.
    places = [
        p
        for p in find_places(text, off)
        if not any(u.start < p.end and p.start < u.end for u in units)
    ]
    found = drop_overlaps(units + places + find_clusters(text, off, last_cluster))
    masked = _mask(text, off, found)
    found = drop_overlaps(found + find_ranks(masked, off) + find_roles(masked, off))
    masked = _mask(text, off, found)
    found = drop_overlaps(found + find_honorifics(masked, off))
    masked = _mask(text, off, found)
    found = sorted(found + find_names(masked, off), key=lambda m: m.start)
    return _Annotated(sentence, text, _relative(found, off))


def _relative(mentions: list[Mention], offset: int) -> list[Mention]:
    """Mentions with offsets into the sentence text (the document offsets are restored for
    evidence by adding the sentence start)."""
    for m in mentions:
        m.start -= offset
        m.end -= offset
    return mentions


def _span(sentence: Sentence, start: int = 0, end: int | None = None) -> Span:
    end = len(sentence.text) if end is None else end
    return Span(sentence.start + start, sentence.start + end, sentence.index)


def _sentences(document: Document) -> list[Sentence]:
    return document.sentences or split_sentences(document.text)


class _Builder:
    """Collects facts over a document, merging repeated mentions."""

    def __init__(self, document: Document) -> None:
        self.facts = Facts(document=document)
        self.persons: dict[str, PersonFact] = {}
        self.orgs: dict[str, OrganisationFact] = {}
        self.clusters: dict[str, ClusterFact] = {}
        self.events: dict[tuple[str, str | None], EventFact] = {}
        self.excluded: set[str] = set()  # names of suspects, victims and witnesses

    def org(self, name: str, parent: str | None, kind: str | None, span: Span) -> None:
        known = self.orgs.get(name)
        if known is None:
            self.orgs[name] = OrganisationFact(name, parent, kind, span)
        elif known.parent is None and parent:
            known.parent = parent

    def person(self, p: PersonMention, span: Span) -> PersonFact:
        fact = self.persons.get(p.name)
        if fact is None:
            fact = self.persons[p.name] = PersonFact(p.name, p.rank, [], span)
        fact.rank = fact.rank or p.rank
        for post in p.posts:
            if any(
                x.role == post.role and x.organisation == post.organisation for x in fact.positions
            ):
                continue
            # A post first seen without its unit is completed when the unit is given later.
            bare = next(
                (x for x in fact.positions if x.role == post.role and x.organisation is None), None
            )
            if bare is not None:
                bare.organisation = post.organisation
                continue
            if post.organisation is None and any(x.role == post.role for x in fact.positions):
                continue
            fact.positions.append(Position(post.role, post.organisation, None, None, span))
        return fact

    def event(self, kind: str, date: str | None, span: Span) -> EventFact:
        key = (kind, date)
        if key not in self.events:
            self.events[key] = EventFact(kind, date, evidence=span)
        return self.events[key]

    def done(self) -> Facts:
        self.facts.persons = list(self.persons.values())
        self.facts.organisations = list(self.orgs.values())
        self.facts.clusters = list(self.clusters.values())
        self.facts.events = list(self.events.values())
        return self.facts


def _add_unique(items: list[str], value: str) -> None:
    if value not in items:
        items.append(value)


def extract(document: Document) -> Facts:
    """Every fact of `document`, each with the span of its evidence."""
    if not isinstance(document, Document) or not isinstance(document.text, str):
        raise ExtractionError("extract() needs an ingest.model.Document with text")
    build = _Builder(document)
    ctx = Context()
    last_cluster: str | None = None
    annotated: list[_Annotated] = []
    for sentence in _sentences(document):
        ann = _annotate(sentence, ctx, last_cluster)
        annotated.append(ann)
        for m in ann.mentions:
            if m.kind == "org":
                ctx.remember(m)
            elif m.kind == "place" and m.extra.get("province"):
                ctx.province = m.extra["province"]
            elif m.kind == "cluster" and not m.extra.get("back"):
                last_cluster = m.value
        _units_and_people(build, ann, ctx)
    _events(build, annotated, document.date)
    _awards(build, annotated)
    return build.done()


def _default_units(build: _Builder, persons: list[PersonMention], ctx: Context) -> None:
    """`Thứ trưởng Lê Văn A`, `Đại tá B, Giám đốc` with no unit anywhere in the sentence: the
    ministry, or the provincial police, the article named last."""
    defaults = default_units()
    for person in persons:
        for post in person.posts:
            if post.organisation is not None:
                continue
            if defaults.get(post.role) == "ministry":
                ministries = [o.name for o in build.orgs.values() if o.kind == "ministry"]
                post.organisation = ministries[-1] if ministries else None
            elif defaults.get(post.role) == "province" and ctx.province:
                unit = province_unit(ctx.province)
                post.organisation = unit[0] if unit else None
            elif defaults.get(post.role) == "cluster" and build.clusters:
                post.organisation = list(build.clusters)[-1]
            elif defaults.get(post.role) not in (None, "ministry", "province", "cluster"):
                post.organisation = defaults[post.role]
            post.implied = True


def _units_and_people(build: _Builder, ann: _Annotated, ctx: Context) -> None:
    s, text = ann.sentence, ann.text
    for m in ann.mentions:
        if m.kind == "org":
            build.org(m.value, m.parent, m.unit_kind, _span(s, m.start, m.end))
            # `Văn phòng Bộ Công an` names the Bộ Công an too.
            if m.parent and m.value.endswith(" " + m.parent) and unit_kind(m.parent):
                build.org(
                    m.parent, unit_parent(m.parent), unit_kind(m.parent), _span(s, m.start, m.end)
                )
    for cluster, parent, members in cluster_links(ann.mentions, text):
        fact = build.clusters.get(cluster.value)
        if fact is None:
            fact = build.clusters[cluster.value] = ClusterFact(
                cluster.value, None, [], _span(s, cluster.start, cluster.end)
            )
        if parent is not None and fact.parent is None:
            fact.parent = parent.value
        for member in members:
            _add_unique(fact.members, member.value)
    ann.persons = read_persons(ann.mentions, text, s.index, build.excluded)
    # A name with no rank, post or `đồng chí` is kept only where the sentence places it at an
    # event (`Dự có ông A`); elsewhere it may be anyone, or no person at all (`Hồ Gươm`).
    if any(not (p.rank or p.posts or p.honoured) for p in ann.persons) and not (
        has_attendance_cue(text) or kind_named(text)
    ):
        ann.persons = [p for p in ann.persons if p.rank or p.posts or p.honoured]
    _default_units(build, ann.persons, ctx)
    for p in ann.persons:
        for post in p.posts:
            made = post.org_mention is None or post.org_mention.value != post.organisation
            if (
                made
                and not post.implied
                and post.organisation
                and post.organisation not in build.orgs
            ):
                # Units made by a shared head (`Quận ủy` + `Đống Đa`) are units too.
                kind = unit_kind(post.organisation) or "party_committee"
                build.org(post.organisation, None, kind, _span(s, post.start, post.end))
        build.person(p, _span(s, p.mention.start, p.mention.end))
    # A cluster whose members are units of one police gets that police as parent.
    for fact in build.clusters.values():
        if fact.parent is None and fact.members:
            parents = {build.orgs[m].parent for m in fact.members if m in build.orgs}
            if len(parents) == 1 and None not in parents:
                fact.parent = parents.pop()


def _event_sentences(
    annotated: list[_Annotated], line_date: str | None
) -> list[tuple[_Annotated, list[tuple[int, str | None]]]]:
    """Sentences that give a time, with (offset, date) of each; else the lead sentence with
    the date line's date."""
    dated = []
    for ann in annotated:
        dates = find_dates(ann.text, line_date)
        if dates:
            dated.append((ann, [(d.start, d.value) for d in dates]))
    if not dated and annotated:
        dated.append((annotated[0], [(0, line_date)]))
    return dated


def _events(build: _Builder, annotated: list[_Annotated], line_date: str | None) -> None:
    first: EventFact | None = None
    for ann, dates in _event_sentences(annotated, line_date):
        cues = event_cues(ann.text)
        if not cues:
            continue
        span = _span(ann.sentence)
        organisers = _organisers(ann, cues[0][0])
        for at, kind in cues:
            # `Ngày 5/3 … hội nghị …, ngày 10/3 ký kết`: each event takes the date before it
            date = next((d for start, d in reversed(dates) if start <= at), dates[0][1])
            event = build.event(kind, date, span)
            first = first or event
            for name in organisers:
                _add_unique(event.organisers, name)
            for p in ann.persons:
                _add_unique(event.attendees, p.name)
            if (chair := _chair(ann)) is not None:
                _add_unique(event.chair, chair)
    if first is None:
        return
    by_kind = {kind: e for (kind, _), e in reversed(build.events.items())}
    text = build.facts.document.text
    # A paragraph that opens at the event (`Phát biểu tại hội nghị, …`) stays there.
    paragraph_event: EventFact | None = None
    previous_end = 0
    for ann in annotated:
        if "\n" in text[previous_end : ann.sentence.start]:
            paragraph_event = None
        previous_end = ann.sentence.end
        kind = kind_named(ann.text)
        if kind is not None or has_attendance_cue(ann.text):
            paragraph_event = by_kind.get(kind, first) if kind else first
        if paragraph_event is None:
            continue
        for p in ann.persons:
            _add_unique(paragraph_event.attendees, p.name)
        if (chair := _chair(ann)) is not None:
            _add_unique(paragraph_event.chair, chair)


def _chair(ann: _Annotated) -> str | None:
    """The person who `chủ trì`: the one named last before the word (`Đại tá A, Giám đốc …
    chủ trì`), else the first after it (`chủ trì là Đại tá A`)."""
    at = chair_at(ann.text)
    if at is None or not ann.persons:
        return None
    before = [p for p in ann.persons if p.mention.end <= at]
    return before[-1].name if before else ann.persons[0].name


def _organisers(ann: _Annotated, cue_at: int) -> list[str]:
    """Units that hold the event: those named before its cue, outside people's posts and
    member lists; else the unit a delegation works with (`làm việc với X`)."""
    in_posts = {post.start for p in ann.persons for post in p.posts}
    post_units = {id(post.org_mention) for p in ann.persons for post in p.posts if post.org_mention}
    before = [
        m
        for m in ann.mentions
        if m.kind in ("org", "cluster")
        and m.end <= cue_at
        and "list" not in m.extra
        and id(m) not in post_units
        and m.start not in in_posts
    ]
    if before:
        return [before[0].value]
    after = [
        m for m in ann.mentions if m.kind == "org" and m.start >= cue_at and id(m) not in post_units
    ]
    return [after[0].value] if after else []


def _awards(build: _Builder, annotated: list[_Annotated]) -> None:
    for ann in annotated:
        found = find_awards(ann.text)
        if not found:
            continue
        for k, award in enumerate(found):
            grantor, grantor_span = _grantor(ann, award.start, award.end, award.verb)
            limit = found[k + 1].start if k + 1 < len(found) else len(ann.text)
            # one award statement per clause: `…tặng Bằng khen; Công an tỉnh X được …`
            opening = found[k - 1].end if k else 0
            opening = max(opening, ann.text.rfind(";", 0, award.start) + 1)
            closing = ann.text.find(";", award.end, limit)
            closing = limit if closing < 0 else closing
            collectives, individuals = counts(ann.text[opening:closing])
            recipients = _recipients(ann, (opening, award.start), award.end, grantor_span, closing)
            for recipient in recipients or [None]:
                same = next(
                    (
                        a
                        for a in build.facts.awards
                        if (a.award, a.recipient) == (award.award, recipient)
                    ),
                    None,
                )
                if same is not None:
                    same.grantor = same.grantor or grantor
                    same.collectives = same.collectives or collectives
                    same.individuals = same.individuals or individuals
                    continue
                build.facts.awards.append(
                    AwardFact(
                        award.award,
                        recipient,
                        grantor,
                        collectives,
                        individuals,
                        None,
                        _span(ann.sentence, award.start, award.end),
                    )
                )


def _grantor(
    ann: _Annotated, start: int, end: int, verb: bool
) -> tuple[str | None, tuple[int, int]]:
    """`được Giám đốc CATP khen thưởng`, `được Chủ tịch nước tặng Huân chương …` or `Bằng
    khen của Bộ trưởng Bộ Công an`."""
    mentions = ann.mentions
    passive = _PASSIVE_GIVE.search(ann.text, max(0, start - 80), start)
    if verb or passive:
        at = ann.text.rfind("được", 0, start)
        if at < 0:
            return None, (0, 0)
        window = [k for k, m in enumerate(mentions) if at < m.start and m.end <= start]
    else:
        if not ann.text[end : end + 6].strip().startswith("của"):
            return None, (0, 0)
        window = [k for k, m in enumerate(mentions) if m.start >= end][:3]
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


_PASSIVE_GIVE = re.compile(r"(?i:\bđược\b[^,;.]*\b(?:tặng|trao|tặng thưởng|trao tặng)\s*)$")
_MEMBERS_OF = re.compile(r"(?i:(?:tập thể|cá nhân)\s+(?:thuộc|của|trong)\s*)$")
_GIVE = re.compile(r"(?i:\b(?:trao|tặng|trao tặng|gắn|thừa ủy quyền)\b)")


def _without_titles(ann: _Annotated, start: int, end: int) -> str:
    """The text between two offsets with ranks and honorifics blanked out."""
    chars = list(ann.text[start:end])
    for m in ann.mentions:
        if m.kind in ("rank", "honorific") and start <= m.start and m.end <= end:
            chars[m.start - start : m.end - start] = " " * (m.end - m.start)
    return "".join(chars)


_JOINED = re.compile(r"^\s*(?:,|và)\s*$")
_TO = re.compile(r"(?i:\s(?:cho|tặng)\s)")


def _recipients(
    ann: _Annotated, clause: tuple[int, int], end: int, grantor: tuple[int, int], limit: int
) -> list[str]:
    """`… cho Công an quận X` or `… tặng Thiếu tá A` after the award (before the next one);
    else, unless someone gives it (`trao`, `tặng`), the subject before it (`Cụm thi đua số 6
    … được khen thưởng`). Units joined by `và` or commas (`X và Y nhận Cờ thi đua`) each
    receive it."""
    candidates = ("org", "cluster", "name")
    persons = {p.mention.start: p.name for p in ann.persons}

    def value(m: Mention) -> str:
        return persons.get(m.start, m.value) if m.kind == "name" else m.value

    def usable(m: Mention) -> bool:
        if m.kind == "name" and m.start not in persons:
            return False
        return m.kind in candidates and not (grantor[0] <= m.start < grantor[1])

    def joined(found: list[Mention]) -> list[str]:
        out = [found[0]]
        for m in found[1:]:
            if not _JOINED.match(_without_titles(ann, out[-1].end, m.start)):
                break
            out.append(m)
        return [value(m) for m in out]

    to = _TO.search(ann.text, end, limit)
    if to is not None:
        at = to.end()
        after = [m for m in ann.mentions if at <= m.start < limit and usable(m)]
        if after and not _without_titles(ann, at, after[0].start).strip(" :"):
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
    return joined(before) if before else []
