"""What the rest of a sentence says of the persons read in it: posts said as held before
(`Trước đó, …`), a predecessor replaced (`thay Đại tá A`), a mandate (`ủy quyền`), an honour
given after death, new posts handed to persons named before them."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.announced import announced_post, received
from ingest.extract.deceased import mark_deceased
from ingest.extract.mentions import Mention
from ingest.extract.person_mention import PersonMention
from ingest.extract.post_chains import read_chain

_EARLIER = re.compile(r"\W*(?i:trước (?:đó|khi\b[^,.;]{0,60}))\s*,")
_SAID_AS = re.compile(r"\s*,?\s*(?:từng\s+|đã\s+)?(?:là|giữ chức(?: vụ)?|làm)\s*:?\s*")

# `thay Đại tá A`, `thay cho A`, `người tiền nhiệm A`, `Người tiền nhiệm, Đại tá A, …`: the one
# who held the post before
_REPLACED = re.compile(
    r"(?i:\b(?:thay(?:\s+cho|\s+thế)?|(?:người\s+)?tiền nhiệm(?:\s+là|\s*,)?)\s*)$"
)


_MOVED_ON = re.compile(
    r"[\s,]*(?:(?:đã|cũng)\s+)?được\s+(?:điều động|luân chuyển|bổ nhiệm)\s+"
    r"(?:về\s+|đến\s+)?(?:làm|giữ)\b"
)


def _introduced_at(person: PersonMention, mentions: list[Mention], text: str) -> int:
    """The index of the first mention of a person's name with its rank or title."""
    k = mentions.index(person.mention)
    while (
        k > 0
        and mentions[k - 1].kind in ("rank", "honorific")
        and not text[mentions[k - 1].end : mentions[k].start].strip()
    ):
        k -= 1
    return k


def _replaced(person: PersonMention, mentions: list[Mention], text: str) -> bool:
    return _replaced_at(mentions[_introduced_at(person, mentions, text)].start, text)


def _replaced_at(start: int, text: str) -> bool:
    return bool(_REPLACED.search(text, max(0, start - 24), start))


def _predecessors(persons: list[PersonMention], mentions: list[Mention], text: str) -> None:
    """`bổ nhiệm A giữ chức Giám đốc Công an tỉnh X, thay Đại tá B nghỉ hưu`: B held that
    post until now (a former post) and is not at the ceremony."""
    if "hay" not in text and "iền nhiệm" not in text:  # `thay`, `Thay`, `(Người) tiền nhiệm`
        return
    for person in persons:
        k = _introduced_at(person, mentions, text)
        if not _replaced_at(mentions[k].start, text):
            continue
        # `Trưởng Công an huyện X tiền nhiệm, Thượng tá A, được điều động làm …`: the subject,
        # moved on at the same ceremony, one of those it was held for (not `B nhận nhiệm vụ
        # thay cho A, được điều động …`: A is moved elsewhere)
        if person is persons[0] and _MOVED_ON.match(text, person.mention.end):
            continue
        person.absent = True
        new = [
            post
            for other in persons
            if other is not person
            for post in other.posts
            if post.end <= mentions[k].start
            and _NEW_POST.search(text, max(0, post.start - 20), post.start)
        ]
        cue = _REPLACED.search(text, max(0, mentions[k].start - 24), mentions[k].start)
        # `Đại tá A, Giám đốc Công an tỉnh X thay thế Thiếu tướng B`: the post said of A
        new = new or [
            post
            for other in persons
            if other is not person
            for post in other.posts
            if cue and not post.former and not text[post.end : cue.start()].strip(" ,")
        ]
        if not new:
            person.predecessor = True
            continue
        post = max(new, key=lambda p: p.start)
        if all((p.role, p.organisation) != (post.role, post.organisation) for p in person.posts):
            person.posts.append(replace(post, former=True))


# `thừa ủy quyền của Chủ tịch nước A, Đại tướng B trao …`, `thay mặt Bộ trưởng A, …`;
# `chuyển lời chúc mừng của ông A, Bí thư Tỉnh ủy`: greetings passed on by one who is there
_MANDATE = re.compile(
    r"(?i:\b(?:thừa ủy quyền|thừa lệnh|thay mặt"
    r"|lời\s+(?:chúc mừng|thăm hỏi|chào|động viên|biểu dương|khen ngợi)(?:\s+[^\W\d]+){0,4}?\s+của)"
    r"(?:\s+của)?\s*)$"
)
# `dâng hương tưởng niệm cố Bộ trưởng A`: one who has died
_LATE = re.compile(r"(?<!\w)cố\s+$")


def _mandating(persons: list[PersonMention], mentions: list[Mention], text: str) -> None:
    """The one named right after a mandate gave it and is not there: the one mandated acts;
    so is one whose greetings are passed on, and one who has died (`cố Bộ trưởng A`)."""
    for person in persons:
        k = mentions.index(person.mention)
        while (
            k > 0
            and mentions[k - 1].kind in ("rank", "honorific", "role", "org")
            and not text[mentions[k - 1].end : mentions[k].start].strip()
        ):
            k -= 1
        if _MANDATE.search(text, max(0, mentions[k].start - 60), mentions[k].start):
            person.absent = True
        if _LATE.search(text, max(0, mentions[k].start - 4), mentions[k].start):
            person.absent = person.deceased = True


_LIST_AFTER = re.compile(r"^\s*(?::|,?\s*(?:gồm|bao gồm)\s*:?)\s*$")
_BOTH = re.compile(r"^\s*(?:,|và)\s*$")


def _between(one: PersonMention, other: PersonMention, mentions: list[Mention], text: str) -> str:
    """The words between two persons' names, without the rank that introduces the second nor
    the former posts said after the first (`A, nguyên Giám đốc X và B`)."""
    start, end = one.mention.end, other.mention.start
    start = max([start, *(p.end for p in one.posts if p.former and start <= p.start < end)])
    ranks = [m for m in mentions if m.kind in ("rank", "honorific") and start <= m.start < end]
    return text[start : ranks[0].start] if ranks else text[start:end]


_AND = re.compile(r"^\s*,?\s*và\s*$")


def _between_after(
    one: PersonMention, other: PersonMention, mentions: list[Mention], text: str
) -> str:
    """The words between the last post said of `one` and the name of `other`, without the
    rank that introduces it."""
    start, end = max(p.end for p in one.posts), other.mention.start
    ranks = [m for m in mentions if m.kind in ("rank", "honorific") and start <= m.start < end]
    return text[start : ranks[0].start] if ranks else text[start:end]


_UNNAMED = re.compile(r"(?i:\bcho\s+(?:các|những|\d+)\s+(?:đồng chí|cán bộ|sĩ quan|người)\b)")
_NEW_POST = re.compile(
    r"(?i:\b(?:(?:giữ|trải qua|kinh qua|đảm nhiệm) (?:nguyên |các )?(?:chức vụ|chức danh)"
    # (`A được bổ nhiệm chức vụ X`; said actively, `bổ nhiệm chức vụ X đối với A, B` names
    # those who hold it after the post)
    r"|giữ chức|làm|bổ nhiệm|được bổ nhiệm (?:chức vụ|chức danh|chức)|giữ cương vị"
    r"|nhận chức(?: vụ)?)\s*:?\s*)$"
)


# `được Bộ trưởng Bộ Công an A`, `được Thượng tướng B, Thứ trưởng …`: the one who acts in a
# passive clause, named after `được` with his rank or posts
_BY = re.compile(r"(?<!\w)được\s+(?:(?:ông|bà|đồng chí|[A-ZĐ][^\W\d]*\s+[a-zđ][^\W\d]*)\s+)?$")


def _passive_agent(person: PersonMention, text: str) -> bool:
    start = min([person.mention.start, *(p.start for p in person.posts)])
    return _BY.search(text, max(0, start - 30), start) is not None


def _new_posts(persons: list[PersonMention], mentions: list[Mention], text: str) -> None:
    """`bổ nhiệm Đại tá A, Phó Giám đốc X giữ chức Giám đốc Y`: the post after `giữ chức`
    is the last named person's too."""
    taken = {p.start for person in persons for p in person.posts}
    given: set[int] = set()  # posts given here (`A giữ chức vụ X và B giữ chức vụ Y`)
    for k, m in enumerate(mentions):
        if m.kind != "role" or m.start in taken or k == 0:
            continue
        # `giữ quyền Trưởng Công an quận X`: an acting post taken
        acting = m.value.startswith("Quyền ") and text[: m.start].rstrip().endswith("giữ")
        if not (acting or _NEW_POST.search(text, max(0, m.start - 30), m.start)):
            continue
        owner = [p for p in persons if p.mention.end <= m.start]
        if (announced := announced_post(mentions, k, text)) is not None:
            posts, to = announced  # `A dự lễ công bố quyết định bổ nhiệm …`: not A's post
            if to < 0 and owner and received(text, owner[-1].mention.end, m.start):
                to = owner[-1].mention.start
            for person in (p for p in persons if p.mention.start == to):
                person.posts.extend(posts)
                taken.update(p.start for p in posts)
            continue
        # `A được Bộ trưởng B bổ nhiệm giữ chức …`: the post is A's, not the minister's
        if owner and _passive_agent(owner[-1], text):
            owner = owner[:-1]
        if owner and _UNNAMED.search(text, owner[-1].mention.end, m.start):
            continue  # `A trao quyết định cho các đồng chí được … giữ chức …`: theirs, unnamed
        # `A được bổ nhiệm … thay đại tá B nghỉ hưu; đến tháng 10 được điều động về làm …`:
        # the clause after the predecessor goes on about A
        if owner and ";" in text[owner[-1].mention.end : m.start]:
            owner = [p for p in owner if not _replaced(p, mentions, text)]
        if not owner:
            continue
        posts, stop = read_chain(mentions, k, text)
        # `giữ chức vụ Phó Giám đốc, gồm: A, B`: the people listed after it hold it
        listed_after = stop < len(mentions) and posts
        if listed_after and _LIST_AFTER.match(text[posts[-1].end : mentions[stop].start]):
            continue
        owner[-1].posts.extend(posts)
        taken.update(p.start for p in posts)
        given.update(p.start for p in posts)
        # `Đại úy A và Đại úy B giữ chức Phó Trưởng Công an xã`, `Thượng tá A, Trưởng Công an
        # TP X và Thượng tá B, Trưởng Công an huyện Y được điều động giữ chức …`: both hold it
        for one, other in zip(owner[-2::-1], owner[:0:-1], strict=False):
            if any(p.start in given for p in one.posts):
                break  # `A giữ chức vụ X và B giữ chức vụ Y`: A was given his own
            current = [p for p in one.posts if not p.former]
            between = _between(one, other, mentions, text)
            if current and one.posts[-1].end <= other.mention.start:
                between = _between_after(one, other, mentions, text)
                if not _AND.match(between):
                    break
            elif current or not _BOTH.match(between):
                break
            one.posts.extend(replace(p) for p in posts)


def read_context(out: list[PersonMention], mentions: list[Mention], text: str) -> None:
    """Marks the persons of a sentence with what the rest of it says of them."""
    _new_posts(out, mentions, text)
    if _EARLIER.match(text):
        # `Trước đó, Đại tá A là Phó Giám đốc …`, `Trước khi được bổ nhiệm, A giữ chức …`
        for person in out:
            for post in person.posts:
                said = text[person.mention.end : post.start]
                post.former = post.former or bool(_SAID_AS.fullmatch(said))
    _predecessors(out, mentions, text)
    mark_deceased(out, text)
    _mandating(out, mentions, text)
