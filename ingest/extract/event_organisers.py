"""Which units hold an event a sentence tells of: those named before its cue, the unit of the
post of the one who chairs it, or the unit named `của` after each of several events of one kind."""

from __future__ import annotations

import re

from ingest.extract.annotate import Annotated
from ingest.extract.authors import named_as_author
from ingest.extract.events import at_remote_point, attends_only, cue_end

_HOLDS = re.compile(r"(?i:\b(?:chủ trì|tổ chức)\b)")
# `lễ trao Bằng khen của Thủ tướng Chính phủ cho …`: the government whose head gives the award
# (a ministry so named holds the event: `trao quyết định của Bộ trưởng Bộ Công an cho …`)
_GIVERS_HEAD = re.compile(r"(?i:\bcủa\s+(?:Phó\s+)?Thủ tướng\s+)$")


# `lãnh đạo Công an 6 tỉnh thuộc Cụm thi đua số 4 đã ký kết …`: the leaders of the cluster's
# units sign, between the cluster and the event word no other subject or clause
_MEMBERS_OF = re.compile(r"(?i:\b(?:thuộc|trong)\s+)$")
_SIGNERS_GAP = re.compile(r"[^,;.:]{0,40}$")


def signed_by_members(ann: Annotated, cue_at: int) -> list[str]:
    """The cluster whose units' leaders sign (`lãnh đạo Công an 6 tỉnh thuộc Cụm thi đua số 4
    đã ký kết giao ước`): the cluster holds the signing, not a host named before them."""
    for m in reversed(ann.mentions):
        if m.kind != "cluster" or m.end > cue_at:
            continue
        if _MEMBERS_OF.search(ann.text, max(0, m.start - 10), m.start) and _SIGNERS_GAP.match(
            ann.text, m.end, cue_at
        ):
            return [m.value]
        return []
    return []


def held_by(ann: Annotated, cue_at: int) -> list[str]:
    """`Đại tá A, Giám đốc Công an tỉnh X chủ trì lễ …`, `Đại úy B, Đội trưởng … tổ chức ra
    quân`: with no unit named as holding it, the event is held by the unit of the post of
    the person who chairs or holds it, named before the event."""
    held = [m.start() for m in _HOLDS.finditer(ann.text, 0, cue_at)]
    if not held:
        return []
    before = [p for p in ann.persons if p.mention.end <= held[-1]]
    if not before:
        return []
    for post in before[-1].posts:
        if post.former or post.start > held[-1]:
            continue
        if post.org_mention is not None:
            return [post.org_mention.value]
        if post.organisation:
            return [post.organisation]
    return []


def holding_units(ann: Annotated, cue_at: int) -> list[str]:
    """Units that hold the event: those named before its cue, outside people's posts and
    member lists; else the unit a delegation works with (`làm việc với X`), unless it is
    given something there (`trao Giấy khen cho X`)."""
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
        and not at_remote_point(ann.text, m.start)
        and not attends_only(ann.text, m.end, cue_at)
        and not named_as_author(ann.text, m.start)
    ]
    if before:
        return [before[0].value]
    if _ATTENDED.match(ann.text):
        return []  # `Tham dự hội nghị có lãnh đạo Cục A, …`: those after it attend
    after = [
        m
        for m in ann.mentions
        if m.kind in ("org", "cluster")
        and m.start >= cue_at
        and id(m) not in post_units
        and not at_remote_point(ann.text, m.start)
        and not _GIVERS_HEAD.search(ann.text, max(0, m.start - 30), m.start)
    ]
    if not after or _GIVEN_TO.search(ann.text, cue_at, after[0].start):
        return []
    # (`hội nghị tổng kết … của Cụm thi đua số 8, Bộ Công an`: the cluster, not the ministry
    # it belongs to, said after it)
    return [after[0].value]


def held_of(ann: Annotated, cues: list[tuple[int, str]]) -> list[list[str] | None]:
    """`dự hội nghị sơ kết của Công an tỉnh A vào buổi sáng và hội nghị của Công an tỉnh B
    vào buổi chiều`: where a sentence names several events of one kind (words apart, unlike
    `lễ công bố quyết định`), each is held by the unit named `của` after it, before the next
    event word. None where the sentence's organisers stand (the first such event, or any
    event of a kind named once)."""
    heads: list[int] = []  # each cue's first cue of the run of one kind it stands in
    for i, (at, kind) in enumerate(cues):
        joined = i > 0 and cues[i - 1][1] == kind
        joined = joined and not ann.text[cue_end(ann.text, cues[i - 1][0]) : at].strip()
        heads.append(heads[i - 1] if joined else i)
    out: list[list[str] | None] = [None] * len(cues)
    for kind in {k for _, k in cues}:
        events = [i for i in sorted(set(heads)) if cues[i][1] == kind]
        if len(events) < 2:
            continue
        for n, i in enumerate(events):
            out[i] = _of_unit(ann, cues, i) or (None if n == 0 else [])
    return [out[h] for h in heads]


def _of_unit(ann: Annotated, cues: list[tuple[int, str]], i: int) -> list[str]:
    at = cues[i][0]
    end = next((c for c, _ in cues[i + 1 :] if c > at), len(ann.text))
    post_units = {id(post.org_mention) for p in ann.persons for post in p.posts if post.org_mention}
    after = [
        m
        for m in ann.mentions
        if m.kind in ("org", "cluster") and at <= m.start < end and id(m) not in post_units
    ]
    if not after or not _OF.search(ann.text, at, after[0].start):
        return []
    return [after[0].value]


_OF = re.compile(r"(?i:\bcủa\b)")
_GIVEN_TO = re.compile(r"(?i:\b(?:cho|tặng)\b)")
_ATTENDED = re.compile(r"\W*(?i:(?:tham dự|tới dự|về dự|đến dự|dự)\s)")
