"""Rosters printed as tables: a header (`STT  Địa phương  Giám đốc Công an tỉnh`) over rows
that each give a number, a province and an officer (`2 Lạng Sơn Đại tá Hoàng Văn A`). Each
row's officer holds the header's post in that province's police. A table flattened into one
sentence (`… GIÁM ĐỐC CÔNG AN TỈNH 1 Cao Bằng Đại tá A 2 Lạng Sơn Đại tá B …`) is read the same
way, row by row."""

from __future__ import annotations

import re

from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import province_unit
from ingest.extract.mentions import Mention
from ingest.extract.person_mention import PersonMention
from ingest.extract.posts import Post
from ingest.extract.roles import default_units

# what a row says before its officer's rank: its number and its province
_ROW_HEAD = re.compile(r"^\s*\d{1,3}[.)]?\s+(?P<place>[^\d,;:]{2,30}?)\s*$")
# the same at the end of what follows the header or the row before, in a flattened table
_ROW_TAIL = re.compile(r"(?<!\S)\d{1,3}[.)]?\s+(?P<place>[^\d,;:]{2,30}?)\s*$")


def header_role(mentions: list[Mention], persons: list[PersonMention]) -> str | None:
    """The post a table's header names, when the sentence names a post of a province's
    police and no one (`… Giám đốc Công an tỉnh`, `Danh sách Giám đốc … như sau:`)."""
    if persons:
        return None
    roles = [m.value for m in mentions if m.kind == "role"]
    return roles[0] if roles and default_units().get(roles[0]) == "province" else None


def row_posts(text: str, persons: list[PersonMention], mentions: list[Mention], role: str) -> bool:
    """Give the header's post to the officer of a row; whether the sentence is a row."""
    ranks = [m for m in mentions if m.kind == "rank"]
    if len(persons) != 1 or len(ranks) != 1 or persons[0].posts:
        return False
    head = _ROW_HEAD.match(text[: ranks[0].start])
    province = gazetteer().province(head.group("place")) if head else None
    unit = province_unit(province.name) if province else None
    if unit is None:
        return False
    person = persons[0]
    person.posts.append(Post(role, unit[0], person.mention.start, person.mention.end))
    return True


def inline_rows(text: str, persons: list[PersonMention], mentions: list[Mention]) -> None:
    """A header's post (the first post of a province's police the sentence names) for each
    officer written after `<number> <province> <rank>`, when two rows or more read so."""
    if len(persons) < 2:  # most sentences: no roster, and no list of the mentions to build
        return
    roles = [m for m in mentions if m.kind == "role"]
    if not roles or default_units().get(roles[0].value) != "province":
        return
    rows: list[tuple[PersonMention, str]] = []
    start = roles[0].end
    for person in persons:
        k = mentions.index(person.mention)
        rank = mentions[k - 1] if k and mentions[k - 1].kind == "rank" else None
        head = _ROW_TAIL.search(text, start, rank.start) if rank and rank.start > start else None
        province = gazetteer().province(head.group("place")) if head else None
        police = province_unit(province.name) if province else None
        if police is not None and not person.posts:
            rows.append((person, police[0]))
        start = person.mention.end
    if len(rows) < 2:
        return
    for person, name in rows:
        person.posts.append(Post(roles[0].value, name, person.mention.start, person.mention.end))
