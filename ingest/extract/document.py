"""The extraction pass over one document: annotate each sentence, then gather the facts."""

from __future__ import annotations

import re
from dataclasses import replace

from core.kinds import UnitKind
from core.reorganisation import reorganisation_date
from ingest.extract.annotate import Annotated, annotate, span
from ingest.extract.authors import decision_authors
from ingest.extract.award_facts import read_awards
from ingest.extract.border_posts import posts_under_command
from ingest.extract.builder import Builder, namesake_before
from ingest.extract.cluster_facts import merge_short_blocs, parents_from_members, read_clusters
from ingest.extract.clusters import list_host
from ingest.extract.district_parents import parents_of_districts
from ingest.extract.event_facts import read_events
from ingest.extract.events import has_attendance_cue, kind_named
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import (
    BEFORE_MERGER,
    Context,
    commune_province,
    district_police_of,
    province_unit,
    territory_committee,
)
from ingest.extract.mentions import Mention
from ingest.extract.person_lists import listed, posts_after_list, posts_in_turn
from ingest.extract.person_mention import PersonMention
from ingest.extract.persons import read_persons
from ingest.extract.post_chains import read_chain, standing_posts
from ingest.extract.post_units import (
    complete_units,
    local_body_of_chain,
    province_local_body,
    unit_unread,
)
from ingest.extract.posts import Post, read_post
from ingest.extract.promotions import read_promotions
from ingest.extract.references import (
    Officers,
    new_holder_named_next,
    on_roster,
    posts_left,
    short_forms,
)
from ingest.extract.renamed import communes_as_of_date, rename_as_of_date
from ingest.extract.roles import default_units
from ingest.extract.steering import board_posts, drop_delegation_heads, steering_boards
from ingest.extract.tables import header_role, inline_rows, row_posts
from ingest.extract.unit_changes import read_changes
from ingest.extract.unit_names import command_of
from ingest.extract.units import unit_kind, unit_parent
from ingest.model import Document, Facts, Sentence
from ingest.sentences import split_sentences


class ExtractionError(ValueError):
    """The document cannot be read for facts (it is not a `Document` with text)."""


def _sentences(document: Document) -> list[Sentence]:
    return document.sentences or split_sentences(document.text)


def extract(document: Document) -> Facts:
    """Every fact of `document`, each with the span of its evidence."""
    if not isinstance(document, Document) or not isinstance(document.text, str):
        raise ExtractionError("extract() needs an ingest.model.Document with text")
    build = Builder(document)
    ctx = Context()
    last_cluster: str | None = None
    annotated: list[Annotated] = []
    pending: list[tuple[int, Post]] = []  # unnamed leaders' posts, by sentence index
    newly: list[tuple[int, Post]] = []  # new holders' posts said before their names
    for sentence in _sentences(document):
        ann = annotate(sentence, ctx, last_cluster)
        annotated.append(ann)
        ctx.next_sentence()
        province_before = ctx.province
        for i, m in enumerate(ann.mentions):
            if (
                m.kind == "org"
                and not (i and "former" in ann.mentions[i - 1].extra)
                and not BEFORE_MERGER.match(ann.text, m.end)
            ):
                # a unit given as someone's former post (`nguyên Giám đốc Công an tỉnh X`,
                # `Công an tỉnh X (cũ)`) is not the one the article goes on about
                ctx.remember(m)
            elif m.kind == "place" and m.extra.get("province"):
                ctx.province = m.extra["province"]
            elif m.kind == "place" and m.extra.get("near") and ctx.province is None:
                ctx.province = m.extra["near"]
            elif m.kind == "cluster" and not m.extra.get("back"):
                last_cluster = m.value
        listed, host = list_host(ann.mentions, ann.text)
        if listed:
            # `tại Công an tỉnh, Cụm … gồm Công an các tỉnh: A (đơn vị Cụm trưởng), B, C`:
            # a bare `tỉnh` after the list is the host's, not the last member's
            ctx.province = host or province_before
        before = annotated[-2].persons if len(annotated) > 1 else []
        _units_and_people(build, ann, ctx, (pending, newly), before[0].name if before else None)
    read_events(build, annotated, document.date)
    read_awards(build, annotated)
    merge_short_blocs(build)
    posts_under_command(build.orgs)
    parents_of_districts(build.orgs)
    facts = build.done()
    parents = {o.name: o.parent for o in facts.organisations}
    facts.changes = read_changes(annotated, document.date, parents)
    rename_as_of_date(facts, {n for c in facts.changes if c.kind == "renaming" for n in c.original})
    communes_as_of_date(facts)
    return facts


def _default_units(build: Builder, persons: list[PersonMention], ctx: Context, text: str) -> None:
    """`Thứ trưởng Lê Văn A`, `Đại tá B, Giám đốc` with no unit anywhere in the sentence: the
    ministry, or the provincial police, the article named last."""
    defaults = default_units()
    for person in persons:
        for post in person.posts:
            if post.organisation is None and (
                body := province_local_body(post, text, ctx.province)
                or local_body_of_chain(post, person.posts, text)
            ):
                post.organisation = body
                continue
            if post.organisation is not None or unit_unread(post, text):
                continue
            if told := _told_before(build, person.name, post.role):
                # `Tân Giám đốc A` after A's appointment as Giám đốc of X: that post again
                post.organisation = told
                post.implied = True
                continue
            if post.committee and post.committee[1] == "unit" and (own := _own_unit(person, post)):
                # `Đại tá A, Phó Giám đốc, được bầu làm Phó Bí thư Đảng ủy`: his unit's
                post.organisation = own
                post.implied = True
                continue
            if post.committee and (place := _committee_place(post.committee[0], ctx)):
                # `Bí thư Tỉnh ủy`, `Trưởng Ban Tổ chức Huyện ủy`: the committee of the province
                # or district the article is about
                post.organisation = territory_committee(post.committee[0], place)
                continue
            if defaults.get(post.role) == "ministry":
                post.organisation = ctx.ministry_at(post.start)
            elif defaults.get(post.role) == "province" and ctx.province:
                unit = province_unit(ctx.province)
                post.organisation = unit[0] if unit else None
            elif defaults.get(post.role) == "cluster" and build.clusters:
                post.organisation = list(build.clusters)[-1]
            elif defaults.get(post.role) not in (None, "-", "ministry", "province", "cluster"):
                post.organisation = defaults[post.role]
            post.implied = True
        standing_posts(person.posts)


def _own_unit(person: PersonMention, post: Post) -> str | None:
    """The police unit of another current post of `person`, for a party post of a unit."""
    for other in person.posts:
        unit = other.organisation
        if other is not post and unit and not other.former and unit_kind(unit) in _POLICE:
            return unit
    return None


_POLICE = frozenset({UnitKind.PROVINCIAL_POLICE, UnitKind.DISTRICT_POLICE, UnitKind.COMMUNE_POLICE})


def _told_before(build: Builder, name: str, role: str) -> str | None:
    """The one unit of a current post `role` the article has given `name` so far."""
    units = {
        p.organisation
        for fact in build.by_name.get(name, [])
        for p in fact.positions
        if p.role == role and p.organisation and not p.former
    }
    return units.pop() if len(units) == 1 else None


def _without_districts(build: Builder) -> bool:
    date = build.facts.document.date or ""
    return bool(date) and date >= reorganisation_date("district_police_dissolved")[: len(date)]


# `…: A, B`, `…, gồm: A; B`, `… gồm A và B`
# `Hai Phó Giám đốc Công an tỉnh (đương nhiệm) là A và B`
# (a note on the unit may come first: `các Phó Giám đốc Công an tỉnh A (mới), gồm: …`)
LIST_HEAD_END = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?"
    r"(?::|,?\s*(?:gồm|bao gồm)\s*:?|(?:\s+(?:đương nhiệm|hiện nay|hiện tại))?\s+là)"
    r"(?:\s+các)?\s*$"
)
APPOINTED_TO = re.compile(r"(?i:\b(?:bổ nhiệm|giữ)\s+(?:chức vụ|chức|cương vị)\s*)$")
FOR_LIST = re.compile(r"(?i:^\s*(?:đối với|cho)\s+(?:các\s+)?(?:(?:đồng chí|ông|bà)\s*:?\s*)?$)")
# `bổ nhiệm 8 đồng chí giữ chức vụ Phó Giám đốc … (sau hợp nhất), trong đó có A, …`
AMONG = re.compile(r"(?i:^\s*(?:\([^()]{1,30}\)\s*)?,?\s*trong (?:đó|số đó|số này)\s+có\s*:?\s*$)")


def _shared_posts(ann: Annotated) -> None:
    """`các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A - Trưởng Ban …; B - Giám đốc …`,
    `bổ nhiệm 3 đồng chí giữ chức vụ Phó Giám đốc …, gồm: A, …; B, …`: a post that heads a
    list of people (before a colon or `gồm`) is each one's."""
    taken = {post.start for p in ann.persons for post in p.posts}
    for k, m in enumerate(ann.mentions):
        if m.kind != "role" or m.start in taken:
            continue
        posts, stop = read_chain(ann.mentions, k, ann.text)
        if not posts or stop >= len(ann.mentions):
            continue
        gap = ann.text[posts[-1].end : ann.mentions[stop].start]
        # `bổ nhiệm chức vụ Thứ trưởng đối với Trung tướng A, …  và Thiếu tướng B, …`
        appointed = APPOINTED_TO.search(ann.text, max(0, posts[0].start - 30), posts[0].start)
        if not (
            LIST_HEAD_END.match(gap) or (appointed and (FOR_LIST.match(gap) or AMONG.match(gap)))
        ):
            continue
        complete_units(posts, ann.mentions, ann.text)
        for person in ann.persons:
            if person.mention.start > posts[-1].end:
                person.posts[:0] = [replace(post) for post in posts]
        return


_RANK_HEAD = re.compile(r"(?i:\bcác\s+)$")
_RANK_COLON = re.compile(r"^\s*:?\s*$")


def _shared_rank(ann: Annotated) -> None:
    """`gồm các thượng tá: A, B và C`, `gồm các đại tá A, B, C và thượng tá D`: a rank said
    once, in the plural, for the people listed after it (up to the next rank)."""
    for m in ann.mentions:
        if m.kind != "rank" or not _RANK_HEAD.search(ann.text, max(0, m.start - 8), m.start):
            continue
        after = [p for p in ann.persons if p.mention.start > m.end]
        if not after or not _RANK_COLON.match(ann.text[m.end : after[0].mention.start]):
            continue
        group = [after[0]]
        for nxt in after[1:]:
            if nxt.rank or not listed(ann, group[-1], nxt):
                break
            group.append(nxt)
        for p in group:
            p.rank = p.rank or m.value


_RESPECTIVELY = re.compile(r"(?i:\blần lượt(?:\s+là)?\b)")


def _respectively(ann: Annotated) -> None:
    """`Các Giám đốc Công an tỉnh A, B và C … lần lượt là các ông X, Y và Z`: the post of each
    unit listed before is held by the person in the same place after."""
    if len(ann.persons) < 2 or "lần lượt" not in ann.text:
        return
    said = _RESPECTIVELY.search(ann.text)
    if said is None:
        return
    before = [m for m in ann.mentions if m.end <= said.start()]
    k = len(before)
    units: list[Mention] = []
    while k and before[k - 1].kind == "org":
        units.insert(0, before[k - 1])
        k -= 1
    role = before[k - 1] if k else None
    persons = [p for p in ann.persons if p.mention.start > said.end() and not p.posts]
    if role is None or role.kind != "role" or len(units) < 2 or len(units) != len(persons):
        return
    for person, unit in zip(persons, units, strict=True):
        person.posts.append(Post(role.value, unit.value, role.start, unit.end, org_mention=unit))


_COMMITTEE_LEVELS = {
    "Huyện ủy": "huyện",
    "Quận ủy": "quận",
    "Thị ủy": "thị xã",
    "Đảng ủy xã": "xã",
    "Đảng ủy phường": "phường",
}


def _committee_place(word: str, ctx: Context) -> str | None:
    """The place of a committee said without one: `Tỉnh ủy` of the province in context (not
    a city), `Thành ủy` of the city, `Huyện ủy` of the district named last."""
    province = ctx.province
    if word == "Tỉnh ủy":
        return province if province and not _is_city(province) else None
    if word == "Thành ủy" and province and _is_city(province):
        return province
    level = _COMMITTEE_LEVELS.get(word)
    return ctx.district_places.get(level) if level else None


def _is_city(province: str) -> bool:
    found = gazetteer().province(province)
    return found is not None and found.type == "thành phố"


def _named_later(ann: Annotated, pending: list[tuple[int, Post]], build: Builder) -> None:
    """`Thứ trưởng Bộ Công an đến dự. … Thượng tướng A phát biểu`: a minister's post said
    without a name goes to the general named next, within two sentences, with no post of
    his own. Only ministers: their rank is a general's, so the match is safe."""
    index = ann.sentence.index
    pending[:] = [(i, post) for i, post in pending if index - i <= 2]
    named = {post.start for p in ann.persons for post in p.posts}
    for k, m in enumerate(ann.mentions):
        if m.kind != "role" or m.start in named or m.value not in _MINISTERS:
            continue
        # only the subject (`Thứ trưởng … đến dự`, `Dự có Thứ trưởng …`), never `Bằng khen
        # của Bộ trưởng`, `được Bộ trưởng tặng`
        if not _SUBJECT.search(ann.text, 0, m.start):
            continue
        got = read_post(ann.mentions, k, ann.text)
        if got is None:
            continue
        post = got[0]
        if post.organisation is None:
            ministries = [o.name for o in build.orgs.values() if o.kind == UnitKind.MINISTRY]
            post.organisation = ministries[-1] if ministries else None
        named_after = any(p.mention.start > m.start for p in ann.persons)
        if post.organisation is not None and not named_after:
            pending.append((index, post))
    for p in ann.persons:
        if pending and p.rank and p.rank.endswith("tướng") and not p.posts:
            p.posts.append(pending.pop(0)[1])


_MINISTERS = frozenset({"Bộ trưởng", "Thứ trưởng", "Thứ trưởng Thường trực"})
_SUBJECT = re.compile(r"(?:^|\bcó\s+|,\s*)(?i:(?:đồng chí|đ/c)\s+)?$")


def _units_and_people(
    build: Builder,
    ann: Annotated,
    ctx: Context,
    unnamed: tuple[list[tuple[int, Post]], list[tuple[int, Post]]],
    previous: str | None,
) -> None:
    s, text = ann.sentence, ann.text
    pending, newly = unnamed
    for i, m in enumerate(ann.mentions):
        if m.kind == "org":
            before = ann.mentions[i - 1] if i else None
            command = command_of(m.value)
            after_role = before and before.kind == "role" and not text[before.end : m.start].strip()
            if command and after_role:
                # `Chỉ huy trưởng BĐBP tỉnh X`: a post in a provincial force is its command's
                m.value = command
            above = m.parent
            if m.unit_kind == UnitKind.DISTRICT_TEAM and above is None:
                above = district_police_of(ann.mentions, ctx)
            if m.unit_kind == UnitKind.COMMUNE_POLICE and _without_districts(build):
                # after the district police were dissolved: under the province's police (that
                # of the district it is said to be in, `Công an xã X, huyện Y (Nghệ An)`)
                if above and unit_kind(above) == UnitKind.DISTRICT_POLICE:
                    above = unit_parent(above) or above
                elif where := commune_province(m.place or "", build.orgs) or ctx.province:
                    above = (province_unit(where) or (above,))[0]
            build.org(m.value, above, m.unit_kind, span(s, m.start, m.end))
            # `Văn phòng Bộ Công an` names the Bộ Công an too.
            if m.parent and m.value.endswith(" " + m.parent) and unit_kind(m.parent):
                build.org(
                    m.parent, unit_parent(m.parent), unit_kind(m.parent), span(s, m.start, m.end)
                )
    build.givers.extend(span(s, *at) for at in decision_authors(text, ann.mentions))
    read_clusters(build, ann)
    known = Officers(build.persons)
    ann.mentions = short_forms(ann.mentions, text, known, previous)
    ann.persons = read_persons(ann.mentions, text, s.index, build.excluded, known)
    on_roster(ann.persons, text)
    posts_left(ann.persons, known)
    if not (ctx.table_role and row_posts(text, ann.persons, ann.mentions, ctx.table_role)):
        ctx.table_role = header_role(ann.mentions, ann.persons)
        inline_rows(text, ann.persons, ann.mentions)
    _shared_posts(ann)
    _shared_rank(ann)
    posts_after_list(ann.persons, ann.text, ann.mentions)
    # A name with no rank, post or `đồng chí` is kept only where the sentence places it at an
    # event (`Dự có ông A`); elsewhere it may be anyone, or no person at all (`Hồ Gươm`). Names
    # in a list that shares a rank or a post said once have them by now.
    if any(not (p.rank or p.posts or p.honoured) for p in ann.persons) and not (
        has_attendance_cue(text) or kind_named(text)
    ):
        ann.persons = [p for p in ann.persons if p.rank or p.posts or p.honoured or p.name in known]
    _respectively(ann)
    posts_in_turn(ann.persons, ann.text, ann.mentions)
    _default_units(build, ann.persons, ctx, text)
    if ann.persons:  # the steering boards only give the posts of persons
        board_posts(ann.persons, steering_boards(list(build.orgs)), text)
    drop_delegation_heads(ann.persons)
    _named_later(ann, pending, build)
    new_holder_named_next(ann.mentions, ann.persons, text, s.index, newly, known)
    read_promotions(ann, ctx)
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
                kind = unit_kind(post.organisation) or UnitKind.PARTY_COMMITTEE
                above = unit_parent(post.organisation)
                build.org(post.organisation, above, kind, span(s, post.start, post.end))
        namesake = namesake_before(text, p.mention.start)
        build.person(p, span(s, p.mention.start, p.mention.end), namesake)
    parents_from_members(build)
