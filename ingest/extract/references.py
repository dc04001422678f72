"""Officers referred to again by a short form: `ông Chương`, `bà Duyên`, `Đại tá Chiêm` (the
honorific or the rank and the last word of the full name), once the article has named them in
full."""

from __future__ import annotations

import re

from ingest.extract.mentions import Mention
from ingest.extract.person_mention import PersonMention
from ingest.extract.posts import Post, read_post
from ingest.model import PersonFact

# the word after the honorific; a capitalised one after it makes a full name instead
_GIVEN = re.compile(r"\s+([^\W\d_]+)")
_SHORT_FORMS = frozenset({"ông", "bà"})
# `đồng chí Toản`: only before a capitalised word (never the pronoun's `previous`)
_COMRADE = frozenset({"đồng chí"})


class Officers:
    """Those the article has told as officers so far (with a rank or a post), read from the
    document's persons only when asked: most sentences never ask."""

    def __init__(self, persons: list[PersonFact]) -> None:
        self.persons = persons

    def __contains__(self, name: object) -> bool:
        return any(p.name == name and (p.rank or p.positions) for p in self.persons)

    def latest(self, name: str) -> tuple[str, str] | None:
        """The current post told last of `name`, with its unit."""
        for person in reversed(self.persons):
            if person.name != name:
                continue
            current = [p for p in person.positions if not p.former and p.organisation]
            if current:
                return current[-1].role, current[-1].organisation or ""
        return None

    def holding(self, role: str, unit: str | None) -> set[str]:
        """Those told with `role` as a current post (of `unit`, when given)."""
        return {
            p.name
            for p in self.persons
            for post in p.positions
            if post.role == role and not post.former and unit in (None, post.organisation)
        }

    def ending_in(self, word: str) -> set[str]:
        return {
            p.name
            for p in self.persons
            if (p.rank or p.positions) and p.name.rsplit(" ", 1)[-1] == word
        }


# what may open a sentence before its subject: `Năm 2016, ông …`, `Sau đó, bà …`
_OPENING = re.compile(r"(?:[^,.;:]|(?<=\d)\.(?=\d)){0,40},\s*$")  # `Tháng 7.2018, ông …`


def short_forms(
    mentions: list[Mention], text: str, known: Officers, previous: str | None = None
) -> list[Mention]:
    """`ông Chương` after `Đại tá Khúc Thanh Chương`: a name mention of the full name, where
    exactly one officer named so far has that last word (two such officers leave it unread).
    `Ông từng …`, `Năm 2016, ông được …`: a subject that is only the pronoun is `previous`, the
    officer the sentence before opens with."""
    added: list[Mention] = []
    for k, m in enumerate(mentions):
        # `Đại tá Chiêm được bổ nhiệm …`: a rank before the last word of the name, as well
        if not (m.kind == "honorific" and m.value in _SHORT_FORMS | _COMRADE) and m.kind != "rank":
            continue
        given = _GIVEN.match(text, m.end)
        if given is None:
            continue
        if m.kind == "rank" and not given.group(1)[0].isupper():
            continue
        if not given.group(1)[0].isupper():
            if m.value in _COMRADE:
                continue
            if previous and previous in known and _subject(mentions, k, text):
                mentions[k] = Mention(m.start, m.end, "name", previous)
            continue
        nxt = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        if given.end(1) > nxt or text[given.end() :].lstrip()[:1].isupper():
            continue
        full = known.ending_in(given.group(1))
        if len(full) == 1:
            added.append(Mention(given.start(1), given.end(1), "name", full.pop()))
        elif not full and _posted(mentions, k, given.end(), text):
            # `Đại tá Khiêm, Giám đốc Công an tỉnh` with no full name in the article: the
            # given name alone is the name (resolution joins it to one person, if only one fits)
            added.append(Mention(given.start(1), given.end(1), "name", given.group(1)))
    _newly_appointed(mentions, text, known)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# `Tân Giám đốc sinh năm 1975, …`: the one just appointed, as the subject of a sentence
_NEW_HOLDER = re.compile(r"^\W*(?i:tân)\s+$")
# what a sentence about the new holder's life goes on with, or whom he replaces
_BIOGRAPHY = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*"
    r"(?i:sinh năm|\d{1,3}\s+tuổi|quê|từng|trưởng thành|có\s+\S+\s+năm|thay(?:\s+cho)?\s)"
)


def _newly_appointed(mentions: list[Mention], text: str, known: Officers) -> None:
    """`Tân Giám đốc (Công an tỉnh X) sinh năm …, từng giữ chức …`: a sentence whose subject
    is the new holder of a post names the one officer told with that post."""
    if (
        not mentions
        or mentions[0].kind != "role"
        or not _NEW_HOLDER.match(text, 0, mentions[0].start)
    ):
        return
    role = mentions[0]
    end, unit = role.end, None
    if (
        len(mentions) > 1
        and mentions[1].kind == "org"
        and not text[role.end : mentions[1].start].strip()
    ):
        end, unit = mentions[1].end, mentions[1].value
    if not _BIOGRAPHY.match(text, end):
        return  # `Tân Giám đốc, Đại tá A, …`, `Tân Giám đốc nhận nhiệm vụ …`: not a life
    holders = known.holding(role.value, unit)
    if len(holders) != 1:
        return
    mentions[:] = [Mention(role.start, end, "name", holders.pop())] + [
        m for m in mentions if m.start >= end
    ]


# `Đại tá Khiêm, Giám đốc …`, `đồng chí Khiêm - Giám đốc …`: a post right after the name
_POST_NEXT = re.compile(r"\s*[,–-]?\s*$")


def _posted(mentions: list[Mention], k: int, end: int, text: str) -> bool:
    """Whether the given name after mentions[k] (a rank or an honorific) is followed at once
    by a post: what makes a given name alone an officer's name."""
    nxt = next((m for m in mentions[k + 1 :] if m.start >= end), None)
    return nxt is not None and nxt.kind == "role" and bool(_POST_NEXT.match(text[end : nxt.start]))


def _subject(mentions: list[Mention], k: int, text: str) -> bool:
    """Whether the pronoun at mentions[k] opens the sentence, or follows only an opening
    phrase in which no one is named."""
    opening = text[: mentions[k].start]
    if not opening.strip():
        return True
    named = any(m.kind in ("name", "rank", "role", "honorific") for m in mentions[:k])
    return not named and _OPENING.fullmatch(opening) is not None


def posts_left(persons: list[PersonMention], told: Officers) -> None:
    """`Ông Đạt nhận nhiệm vụ từ người tiền nhiệm A`: where the sentence gives no new post, A
    held the current post told last of the one named before him (a former post of A's)."""
    for k, person in enumerate(persons):
        if not person.predecessor or k == 0:
            continue
        successor = told.latest(persons[k - 1].name)
        if successor is None:
            continue
        role, unit = successor
        if any((p.role, p.organisation) == (role, unit) for p in person.posts):
            continue
        start, end = person.mention.start, person.mention.end
        person.posts.append(Post(role, unit, start, end, implied=True, former=True))


# `Bộ Công an hiện có 4 thứ trưởng gồm: A, B …`: those who hold a post now, at no event
_ROSTER = re.compile(r"(?i:\bhiện (?:có|gồm)\b[^.;:]{0,60}?(?:\bgồm\b\s*:?|:))")


def on_roster(persons: list[PersonMention], text: str) -> None:
    """Those listed after `hiện có … gồm:` hold a post now and are at no event."""
    if "hiện " not in text:
        return
    for cue in _ROSTER.finditer(text):
        for person in persons:
            if person.mention.start >= cue.end():
                person.absent = True


# `Ông là Thiếu tướng A`, `Đó là Đại tá A`, `Đồng chí A sinh năm …`: the officer a sentence
# introduces as its subject, right after the post it named for no one
_INTRODUCED = re.compile(r"^\W*(?:(?i:ông|bà|đó)\s+là\s+|(?i:đồng chí|đ/c)\s+)?$")


def new_holder_named_next(
    mentions: list[Mention],
    persons: list[PersonMention],
    text: str,
    index: int,
    pending: list[tuple[int, Post]],
    known: Officers,
) -> None:
    """`Tân Thứ trưởng Bộ Công an 55 tuổi, quê … . Ông là Thiếu tướng A, …`: a new holder's
    post said with no name goes to the officer the next sentence opens with (`Ông là A`, or
    `Đồng chí A sinh năm …` when A holds no post now), if no one was told with that post."""
    pending[:] = [(i, post) for i, post in pending if index - i <= 1]
    if pending and persons:
        first = persons[0]
        if (
            (intro := _INTRODUCED.match(text, 0, _opening_of(first, mentions)))
            # `Ông là A` says who the new holder is; otherwise A must hold no post now
            and (
                " là " in intro.group()
                or (
                    _BIOGRAPHY.match(text, first.mention.end)
                    and all(p.former or p.held for p in first.posts)
                )
            )
        ):
            first.posts.insert(0, pending.pop()[1])
        return
    if persons or not mentions or mentions[0].kind != "role":
        return
    if not _NEW_HOLDER.match(text, 0, mentions[0].start):
        return
    got = read_post(mentions, 0, text)
    if got is None or got[0].organisation is None:
        return
    post = got[0]
    if not known.holding(post.role, post.organisation):
        pending.append((index, post))


def _opening_of(person: PersonMention, mentions: list[Mention]) -> int:
    """Where the person's name starts, with the rank or honorific written before it."""
    start = person.mention.start
    for m in reversed(mentions):
        if m.end <= start and m.kind in ("rank", "honorific"):
            return m.start
        if m.end <= start:
            break
    return start
