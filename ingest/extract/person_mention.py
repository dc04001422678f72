"""A person read in a sentence: name, rank, posts, and what the sentence says of their presence."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.mentions import Mention
from ingest.extract.posts import Post


@dataclass
class PersonMention:
    name: str
    rank: str | None
    posts: list[Post]
    mention: Mention
    honoured: bool  # introduced by `đồng chí`
    sentence: int
    # named but not there: a predecessor (`thay Đại tá A`), a posthumous recipient
    absent: bool = False
    # honoured or mourned after death (`truy tặng`, `lễ truy điệu`): at no event of the article
    deceased: bool = False
    # `nhận nhiệm vụ từ người tiền nhiệm A` with no new post in the sentence: A held the post
    # the one named before him took, told earlier
    predecessor: bool = False
