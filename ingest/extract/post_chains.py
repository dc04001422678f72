"""Posts in a row (`Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh X`):
joined by commas or `kiêm`, a former post and the one held now, a career after `từng giữ
chức`, and heads shared between them (`Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh X`)."""

from __future__ import annotations

import re

from ingest.extract.hierarchy import territory_committee
from ingest.extract.mentions import Mention
from ingest.extract.posts import STEERING, Post, adjacent, office_of_post, read_post
from ingest.extract.unit_names import AGENCIES

_JOIN = re.compile(r"^\s*(?:,|kiêm|,\s*kiêm|[–-])?\s*$")
_THEN = re.compile(r"^\s*[,;]?\s*(?:rồi|sau đó|tiếp đó)(?:\s+(?:là|làm|giữ chức))?\s*$")
_AND = re.compile(r"^\s*(?:,\s*)?và\s*$")
_DEPUTY = re.compile(r"\s*,\s*(?i:đại biểu)\s+")
_TERM = re.compile(r"\s*\(?(?:khóa|khoá|nhiệm kỳ)\s+(?:[IVXLC]+|\d{4}\s*[-–]\s*\d{4})\)?")
_NOW = re.compile(r"^\s*[,(]?\s*(?:(?P<nay>nay)|hiện nay|hiện)(?:\s+là)?\s*$")
# `Giám đốc Công an tỉnh A (nguyên Giám đốc Công an tỉnh B)`: a former post in brackets
_OPEN = re.compile(r"^\s*[,(]\s*$")
# `nguyên Giám đốc Công an tỉnh A (cũ), nay là …`: a note on when the unit existed, no break
_WHEN = re.compile(
    r"^\s*\((?:cũ|mới|(?:trước|sau)(?: khi)? (?:sáp nhập|hợp nhất|sắp xếp))\)", re.IGNORECASE
)


def read_chain(mentions: list[Mention], i: int, text: str) -> tuple[list[Post], int]:
    """Posts separated by commas or `kiêm`, starting at mentions[i]; shared heads resolved."""
    posts: list[Post] = []
    j = i
    while j < len(mentions):
        # a post may end past its last mention (`Ủy viên Ban Chấp hành Đảng bộ tỉnh`)
        gap = text[max(mentions[j - 1].end, posts[-1].end if posts else 0) : mentions[j].start]
        if posts and _DEPUTY.fullmatch(gap) and (past := _past_assembly(mentions, j, text)):
            # `Ủy viên Trung ương Đảng, Đại biểu Quốc hội, Giám đốc …`: a member of the
            # assembly, no post of a unit; the posts go on after it (and its province)
            j = past
            continue
        if posts and (term := _TERM.match(gap)):
            gap = gap[term.end() :]  # `Đại biểu Quốc hội khóa XV, Chủ tịch …`
        if posts and (when := _WHEN.match(gap)):
            gap = gap[when.end() :]
        # `Phó Giám đốc Công an tỉnh A (nguyên Phó Giám đốc Công an tỉnh B)`
        bracketed = bool(posts and _OPEN.match(gap) and "former" in mentions[j].extra)
        # `nguyên Phó Giám đốc X và Giám đốc Y`: posts once held, listed with `và`
        held = bool(posts and posts[-1].former and _AND.match(gap))
        # `nguyên Phó Trưởng phòng X, nay là Trưởng Công an huyện Y`, `Phó Giám đốc X (nay là
        # Giám đốc Y)`: the post held now, and those before it held no longer
        now = bool(posts and (now_is := _NOW.match(gap)) and (posts[-1].former or now_is["nay"]))
        if now and not posts[-1].former:
            for earlier in posts:
                earlier.former = True
        # `từng đảm nhiệm các chức vụ: Trưởng phòng X; Phó Giám đốc Y`: a career by semicolons
        # `từng là Phó Trưởng phòng X, rồi Trưởng phòng X`: one after another
        career = bool(posts and posts[-1].held and (gap.strip() == ";" or _THEN.match(gap)))
        if posts and not (_JOIN.match(gap) or held or now or career or bracketed):
            break
        got = read_post(mentions, j, text)
        if got is None:
            break
        post, j = got
        # `từng giữ chức Trưởng phòng X, Trưởng Công an huyện Y`: each one held before
        post.held = post.held or bool(posts and posts[-1].held and (_JOIN.match(gap) or career))
        post.former = post.former or held or post.held
        posts.append(post)
    resolve_shared(posts)
    return posts, j


def _past_assembly(mentions: list[Mention], j: int, text: str) -> int | None:
    """The index after `Quốc hội` at mentions[j] (and the province written after it)."""
    if mentions[j].value != "Quốc hội":
        return None
    return j + 2 if adjacent(mentions, j + 1, text, ("place",)) else j + 1


def after_assembly(mentions: list[Mention], j: int, start: int, text: str) -> int | None:
    """`A, Đại biểu Quốc hội (khóa XV) (tỉnh X), Giám đốc …`: where a chain that opens with the
    assembly, which is no post, goes on (the role after it), from the name ending at `start`."""
    if j >= len(mentions) or not _DEPUTY.fullmatch(text[start : mentions[j].start]):
        return None
    past = _past_assembly(mentions, j, text)
    if past is None or past >= len(mentions) or mentions[past].kind != "role":
        return None
    gap = text[mentions[past - 1].end : mentions[past].start]
    if term := _TERM.match(gap):
        gap = gap[term.end() :]
    return past if gap.strip() == "," else None


def resolve_shared(posts: list[Post]) -> None:
    """`Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh X`: a post without a unit takes the unit
    of the next post that has one (a territorial committee takes its place)."""
    for k, post in enumerate(posts):
        if post.organisation is not None:
            continue
        if _standing_of_next(posts, k):
            continue
        nxt = next((p for p in posts[k + 1 :] if p.org_mention is not None), None)
        if nxt is None or nxt.org_mention is None or (nxt.former and not post.former):
            # `Phó Giám đốc, nguyên Phó Giám đốc Công an tỉnh B`: the post held now is not
            # in the unit of one held before
            continue
        if nxt.org_mention.value.startswith(STEERING):
            # `Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138`: a board's post is held beside
            # one's own, whose unit it does not name
            continue
        org = nxt.org_mention
        if post.committee and post.committee[1] == "territory":
            if org.place:
                post.organisation = territory_committee(post.committee[0], org.place)
        elif org.parent and any(
            org.value == f"{a} {org.parent}" for a in AGENCIES if a != "Đoàn Thanh niên"
        ):
            # `Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh X`: a post of
            # the unit whose agency is named, not of the agency
            post.organisation = org.parent
        else:
            post.organisation = office_of_post(post.role, org.value)
    standing_posts(posts)


def standing_posts(posts: list[Post]) -> None:
    """`Ủy viên Ban Thường vụ` said before a post of a territory's party committee is a post
    of that committee's standing board (once the committee is known, also from the article)."""
    for k, post in enumerate(posts):
        party = posts[k + 1] if _standing_of_next(posts, k) else None
        if party and party.organisation:
            # `Ủy viên Ban Thường vụ, Phó Bí thư Thường trực Tỉnh ủy`, `Ủy viên Ban Thường vụ,
            # Trưởng Ban Tổ chức Tỉnh ủy`: the standing committee of the party committee the
            # next post names
            word = party.committee[0] if party.committee else _committee_word(party.organisation)
            post.role = f"{post.role} {word}"
            post.organisation = party.organisation


def _standing_of_next(posts: list[Post], k: int) -> bool:
    """posts[k] is a standing committee's post with no unit and the next post's unit is a
    territory's party committee."""
    post, party = posts[k], posts[k + 1] if k + 1 < len(posts) else None
    return bool(
        post.organisation is None
        and post.committee
        and post.committee[0] == "Ban Thường vụ"
        and party
        and (
            (party.committee and party.committee[1] == "territory")
            or (party.committee is None and _committee_word(party.organisation))
        )
    )


_TERRITORY_COMMITTEE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy(?= )")


def _committee_word(unit: str | None) -> str:
    """`Tỉnh ủy` of `Tỉnh ủy Thái Bình`; empty for a unit that is no territory's committee."""
    found = _TERRITORY_COMMITTEE.match(unit or "")
    return found.group(0) if found else ""
