"""People named in a list: whether two names are items of one list, and a post said once after
the last name of a group (`gồm: Đại tá A, Đại tá B, Thượng tá C – Phó Giám đốc`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.extract.mentions import Mention
from ingest.extract.person_mention import PersonMention
from ingest.extract.persons import AGE_NOTE
from ingest.extract.posts import Post, read_post

if TYPE_CHECKING:
    from ingest.extract.annotate import Annotated

_LIST_GAP = re.compile(rf"^[\s,;|]*(?:{AGE_NOTE})?[\s,;|]*(?:và)?[\s,;|]*$")


def _masked(text: str, start: int, end: int, mentions: list[Mention]) -> str:
    chars = list(text[start:end])
    for m in mentions:
        if start <= m.start and m.end <= end:
            chars[m.start - start : m.end - start] = "|" * (m.end - m.start)
    return "".join(chars)


def listed(ann: Annotated, a: PersonMention, b: PersonMention) -> bool:
    """Whether two people are items of one list: nothing but their posts, titles, commas
    and `và` between them."""
    first, second = sorted((a, b), key=lambda p: p.mention.start)
    return bool(
        _LIST_GAP.match(_masked(ann.text, first.mention.end, second.mention.start, ann.mentions))
    )


# a group's items: only ranks and titles, commas and `và` between two names
_GROUP_GAP = re.compile(r"^[\s|]*(?:,|\bvà\b)[\s|]*$")
# the post said once, after a dash, for the whole group
_DASHED = re.compile(r"^\s*[–-]\s*$")
# the list opens with a colon or `gồm`, or goes on after another group (`…; `)
_OPENS = re.compile(r"(?::|\bgồm\b|;)[^:;]*$")


def posts_after_list(persons: list[PersonMention], text: str, mentions: list[Mention]) -> None:
    """`Ban Giám đốc gồm: Đại tá A – Giám đốc; Đại tá B, Đại tá C, Thượng tá D – Phó Giám
    đốc`: in a listed roster, the post written after the last name of a group, behind a dash,
    is every one's of that group who has none."""
    people = sorted(persons, key=lambda p: p.mention.start)
    for k, owner in enumerate(people):
        if not owner.posts or k == 0:
            continue
        first = min(owner.posts, key=lambda p: p.start)
        if first.start < owner.mention.end or not _DASHED.match(
            text[owner.mention.end : first.start]
        ):
            continue
        group: list[PersonMention] = []
        j = k
        while j > 0:
            prev = people[j - 1]
            gap = _masked(text, prev.mention.end, people[j].mention.start, mentions)
            if prev.posts or not _GROUP_GAP.match(gap):
                break
            group.append(prev)
            j -= 1
        if group and _OPENS.search(text, 0, group[-1].mention.start):
            for person in group:
                person.posts.extend(replace(post) for post in owner.posts)


_IN_TURN = re.compile(r"(?i:\blần lượt\b)")
_POST_GAP = re.compile(r"^\s*(?:,|;|\bvà\b)\s*$")


def posts_in_turn(persons: list[PersonMention], text: str, mentions: list[Mention]) -> None:
    """`Thượng tá A và Thượng tá B lần lượt giữ chức Trưởng Công an huyện X và Trưởng Công an
    huyện Y`: the posts listed after `lần lượt` go to the people listed before it, in order."""
    said = _IN_TURN.search(text) if "lần lượt" in text else None
    if said is None:
        return
    people = sorted(
        (p for p in persons if p.mention.end <= said.start()), key=lambda p: p.mention.start
    )
    group = people[-1:]
    for prev in reversed(people[:-1]):
        if not listed_plainly(prev, group[0], text, mentions):
            break
        group.insert(0, prev)
    if len(group) < 2:
        return
    posts: list[Post] = []
    k = next((i for i, m in enumerate(mentions) if m.start >= said.end()), len(mentions))
    while k < len(mentions) and len(posts) < len(group):
        if posts and not _POST_GAP.match(text[posts[-1].end : mentions[k].start]):
            break
        got = read_post(mentions, k, text)
        if got is None:
            break
        posts.append(got[0])
        k = got[1]
    if len(posts) != len(group):
        return
    for person, post in zip(group, posts, strict=True):
        person.posts = [p for p in person.posts if p.start < said.end()] + [post]


def listed_plainly(a: PersonMention, b: PersonMention, text: str, mentions: list[Mention]) -> bool:
    """Two names with nothing but ranks, titles, a comma or `và` between them."""
    return bool(_GROUP_GAP.match(_masked(text, a.mention.end, b.mention.start, mentions)))
