"""Posts named in a decision announced or handed over (`A dự lễ công bố quyết định bổ nhiệm
Phó Giám đốc … đối với B`): the appointee's, not the speaker's or a guest's."""

from __future__ import annotations

import re

from ingest.extract.mentions import Mention
from ingest.extract.post_chains import read_chain
from ingest.extract.posts import Post

# a decision handed over or read out: the post is the appointee's, not the speaker's or guest's
_ANNOUNCED = re.compile(
    r"(?i:(?<!được )\b(?:công bố|trao|đọc)\s+(?:các\s+)?quyết định\s+(?:\w+(?:\s+\w+)?\s*,\s*)?"
    r"bổ nhiệm\s*)$"
)
_TO = re.compile(r"(?i:\s*(?:đối với|cho)\s+)")


def announced_post(mentions: list[Mention], k: int, text: str) -> tuple[list[Post], int] | None:
    """`A dự lễ công bố quyết định bổ nhiệm Phó Giám đốc … đối với B`: for a post named after
    a decision announced or handed over, the posts and where the name of the one who takes
    them starts (-1 when no name follows after `đối với` or `cho`); None for other posts."""
    at = mentions[k].start
    if not _ANNOUNCED.search(text, max(0, at - 60), at):
        return None
    posts, stop = read_chain(mentions, k, text)
    name = stop
    while name < len(mentions) and mentions[name].kind in ("rank", "honorific"):
        name += 1
    if (
        posts
        and name < len(mentions)
        and mentions[name].kind == "name"
        and _TO.match(text, posts[-1].end, mentions[stop].start)
    ):
        return posts, mentions[name].start
    return posts, -1


_RECEIVES = re.compile(r"(?i:\bnhận\s+(?:các\s+)?quyết định\b)")


def received(text: str, start: int, end: int) -> bool:
    """`A nhận quyết định tại lễ công bố quyết định bổ nhiệm …`: whether the words between A
    (ending at `start`) and the post (at `end`) say A receives the decision, so it is A's."""
    return _RECEIVES.search(text, start, end) is not None


_DECISION_TO = re.compile(r"(?i:\btrao\s+(?:các\s+)?quyết định\s+cho\s+(?:các\s+|\d+\s+)?)")


def handed_to_holders(text: str, mentions: list[Mention]) -> int | None:
    """Where a decision handed to the holders of a post is said (`trao quyết định cho các Phó
    Giám đốc …: A, B`), else None."""
    found = _DECISION_TO.search(text) if "quyết định cho" in text else None
    if found and any(m.kind == "role" and m.start == found.end() for m in mentions):
        return found.start()
    return None
