"""Posts of a steering board (`Ban Chỉ đạo 138 tỉnh`, `Ban Chỉ đạo phòng, chống tội phạm`)
said without the board: `…, Giám đốc Công an tỉnh, Phó Trưởng ban Thường trực` in an article
about one board is a post of that board, not of the police unit named before it. The head of a
working delegation (`đoàn công tác … do ông A làm trưởng đoàn`) holds no post by it."""

from __future__ import annotations

import re

from ingest.extract.person_mention import PersonMention
from ingest.extract.posts import STEERING

# a board's head or deputy, with the role as the press writes it before the board's name
_HEAD = re.compile(r"(?i:(?:phó )?trưởng ban(?: chỉ đạo)?(?: thường trực)?)")
# `Trưởng ban chuyên án`, `Trưởng ban tổ chức`: a board of another kind
_OTHER_BOARD = re.compile(r"\s+(?i:chuyên án|tổ chức|chỉ huy|quản lý|điều hành|biên tập|liên lạc)")


_SAID = re.compile(r"\s+(?i:chỉ đạo)(?!\w)")


def board_posts(persons: list[PersonMention], boards: list[str], text: str) -> None:
    """Give the board's posts said without it the steering board the article names (the first
    one, when it names more)."""
    if not boards:
        return
    for person in persons:
        for post in person.posts:
            written = post.org_mention is not None and post.org_mention.value == post.organisation
            if written or not _HEAD.fullmatch(post.role) or _OTHER_BOARD.match(text, post.end):
                continue
            if said := _SAID.match(text, post.end):
                # `…, Trưởng Ban Chỉ đạo;`: the board named by its kind only
                post.role, post.end = f"{post.role} Chỉ đạo", said.end()
            post.organisation = boards[0]


def steering_boards(orgs: list[str]) -> list[str]:
    return [name for name in orgs if name.startswith(STEERING)]


_DELEGATION_HEADS = ("trưởng đoàn", "phó trưởng đoàn")


def drop_delegation_heads(persons: list[PersonMention]) -> None:
    """`do Thứ trưởng A làm trưởng đoàn`: a head of a delegation that is no unit (a visit, an
    inspection) holds no post; the head of a province's deputies (`Trưởng đoàn đại biểu Quốc
    hội tỉnh X`) has the delegation as a unit and keeps it."""
    for person in persons:
        person.posts = [
            post
            for post in person.posts
            if post.organisation is not None or post.role.lower() not in _DELEGATION_HEADS
        ]
