"""The unit of a post the text gives without one: the police unit named before it in the
sentence, or for the head of a ministry department or command the department named before."""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import BEFORE_MERGER
from ingest.extract.lexicon import alternation, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import UPPER
from ingest.extract.posts import Post
from ingest.extract.roles import default_units
from ingest.extract.unit_names import command_of

# the head word of the unit a post heads, where the post names no unit of its own
_HEADS = {"Cục trưởng": "Cục ", "Tổng cục trưởng": "Tổng cục ", "Tư lệnh": "Bộ Tư lệnh "}


# `Chủ tịch HĐND tỉnh`, `Phó Chủ tịch UBND thành phố`: a province's council or committee, bare
_BARE_LOCAL = re.compile(
    r"\s+(?P<body>HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)\s+(?P<level>tỉnh|thành phố)"
    rf"(?!\s*[{UPPER}\d])"
)
_BODIES = {"HĐND": "Hội đồng nhân dân", "UBND": "Ủy ban nhân dân"}


def province_local_body(post: Post, text: str, province: str | None) -> str | None:
    """`ông A, Chủ tịch HĐND tỉnh dẫn đầu … Công an tỉnh X`: the council or people's committee
    of the province the sentence goes on to name (read when the sentence is done)."""
    bare = _BARE_LOCAL.match(text, post.end)
    found = gazetteer().province(province) if bare and province else None
    if (
        bare is None
        or found is None
        or (bare["level"] == "thành phố") != (found.type == "thành phố")
    ):
        return None
    body = _BODIES.get(bare["body"], bare["body"])
    return f"{body} {found.type} {found.name}"


# `Bí thư Đảng ủy xã A, Chủ tịch HĐND xã`: a commune's or a district's body, bare
_BARE_LOWER = re.compile(
    r"\s+(?P<body>HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân)"
    rf"\s+(?P<level>xã|phường|thị trấn|huyện|quận|thị xã)(?!\s*[{UPPER}\d])"
)
_COMMITTEE_OF = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}


def local_body_of_chain(post: Post, posts: list[Post], text: str) -> str | None:
    """`Bí thư Đảng ủy xã Đức Trọng, Chủ tịch HĐND xã`, `Bí thư Huyện ủy Anh Sơn, Chủ tịch
    UBND huyện`: the body of the commune or district another post of the person names."""
    bare = _BARE_LOWER.match(text, post.end)
    if bare is None:
        return None
    level = bare["level"]
    for other in posts:
        unit = other.organisation or ""
        word = " ".join(unit.split(" ")[:2])
        if unit.startswith(f"Đảng ủy {level} "):
            place = unit[len(f"Đảng ủy {level} ") :]
        elif _COMMITTEE_OF.get(word) == level:
            place = unit[len(word) + 1 :]
        else:
            continue
        return f"{_BODIES.get(bare['body'], bare['body'])} {level} {place}"
    return None


def unit_unread(post: Post, text: str) -> bool:
    """Whether a unit follows the post that no rule read (`Giám đốc Trung tâm Y tế Hà Nội`):
    such a post is left without a unit rather than given a wrong one."""
    return bool(_unread_unit_re().match(text, post.end))


@cache
def _unread_unit_re() -> re.Pattern[str]:
    # a listed word, or an abbreviation in capitals (`UBMTTQ`, `VKSND` are read; `BQL` is not)
    return re.compile(rf" (?:{alternation(words('unit_heads.txt'))}|[{UPPER}]{{2,}})\b")


def complete_units(posts: list[Post], mentions: list[Mention], text: str) -> None:
    """`…, Giám đốc Công an TP.HCM; Đại tá B, Phó Giám đốc`: a post given without a unit is
    in the police unit named last before it in the sentence; the head of a Cục or a command
    (`Phó Cục trưởng`) in the last unit of that kind."""
    for post in posts:
        if post.organisation is None and (head := _HEADS.get(post.role.removeprefix("Phó "))):
            # `Đoàn công tác của Cục X do Thiếu tướng A, Phó Cục trưởng dẫn đầu`: of that Cục
            named = [m for m in mentions if m.kind == "org" and m.end <= post.start]
            named = [m for m in named if m.value.startswith(head)]
            post.organisation = named[-1].value if named else None
            continue
        if post.organisation is not None or default_units().get(post.role) in ("cluster", "-"):
            continue
        if post.role.removeprefix("Phó ") in _DEPARTMENT_HEADS and (
            department := _department_before(post, mentions)
        ):
            # `Phòng X và Đại tá A, Trưởng phòng`: of the department just named
            post.organisation = department
            continue
        if post.committee and post.committee[1] == "territory":
            continue  # `Bí thư Tỉnh ủy`: the province's committee, not its police
        if unit_unread(post, text):
            continue
        if post.role.removeprefix("Phó ") in _COMMAND_ROLES and (
            command := _force_before(post, mentions)
        ):
            # `Về phía Bộ đội Biên phòng tỉnh có Đại tá A, Chỉ huy trưởng`: of its command
            post.organisation = command
            continue
        before = [
            m
            for k, m in enumerate(mentions)
            if m.kind == "org"
            and m.end <= post.start
            and m.unit_kind
            and m.unit_kind.endswith("police")
            and (post.former or not _left(mentions, k, text))
        ]
        if before:
            post.organisation = before[-1].value


_DEPARTMENT_HEADS = frozenset({"Trưởng phòng"})


def _department_before(post: Post, mentions: list[Mention]) -> str | None:
    """The department (`Phòng …`) named last before `post`, with no other unit after it."""
    units = [m for m in mentions if m.kind == "org" and m.end <= post.start]
    # (`Phòng X Công an TP.HCM và Đại tá A, Trưởng phòng`: its police said after it)
    while len(units) > 1 and units[-2].parent == units[-1].value:
        units.pop()
    last = units[-1] if units else None
    return last.value if last is not None and last.value.startswith("Phòng ") else None


# the posts of a force's command (`Chỉ huy trưởng`, `Chính ủy`), held in the command of the
# force named last before them
_COMMAND_ROLES = frozenset({"Chỉ huy trưởng", "Chính ủy", "Tham mưu trưởng"})


def _force_before(post: Post, mentions: list[Mention]) -> str | None:
    """The command of the force (`Bộ đội Biên phòng tỉnh X`) named last before `post`, when no
    police unit was named after it."""
    units = [m for m in mentions if m.kind == "org" and m.end <= post.start]
    last = units[-1] if units else None
    return command_of(last.value) if last is not None else None


def _left(mentions: list[Mention], k: int, text: str) -> bool:
    """mentions[k] is a unit someone served in before (`nguyên Giám đốc Công an tỉnh A`,
    `Công an tỉnh A (cũ)`): a post held now is not in it."""
    return bool(
        (k and "former" in mentions[k - 1].extra) or BEFORE_MERGER.match(text, mentions[k].end)
    )
