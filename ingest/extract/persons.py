"""People: names with their rank and posts, and who is left out.

A name is 2–4 capitalised syllables that no other mention covers, starting with a family name
from `surnames.txt` or introduced by a rank, an honorific or a post. A person is kept when the
text gives a rank, a post, the honorific `đồng chí`, or places them at an event; a name right
after a suspect/victim/witness word (`exclusion_cues.txt`) or followed by a birth year or a home
address (`exclusion_after.txt`) is a private person and is left out."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from functools import cache

from ingest.extract.announced import announced_post, received
from ingest.extract.gazetteer import gazetteer
from ingest.extract.lexicon import alternation, leading, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import LOWER, UPPER
from ingest.extract.places import surnames
from ingest.extract.post_chains import after_assembly, read_chain
from ingest.extract.post_units import complete_units
from ingest.extract.posts import Post

_MARKED = re.compile(rf"[{UPPER}]['’][{UPPER}]")  # `K'Văn`: a family mark stands for a surname
_LIST_GAP = re.compile(r"^\s*(?:,|và|;)\s*$")
# `ông A (54 tuổi), Cục trưởng …`, `đại tá A (45 tuổi, quê Thái Bình), Cục phó …`: an age or
# birth year, with where the person comes from, said between a name and its post
AGE_NOTE = r"\(\s*(?:\d{1,3}\s+tuổi|(?:sinh năm|SN)\s+\d{4})(?:\s*[,;]\s*[^()]{1,60}?)?\s*\)"
_AGE_AFTER = re.compile(rf"\s*{AGE_NOTE}")
# `đại tá A, 44 tuổi, quê Hà Nội, Phó Cục trưởng …`, `đồng chí B, sinh năm 1985, Đội trưởng
# …`: age or birth year and home town said before the post
_HOME = re.compile(r"(?i:\bquê\s+)$")
_BIO_NOTE = r"(?:,\s*(?:\d{1,3}\s+tuổi|(?:sinh năm|SN)\s+\d{4}))?(?:,\s*quê(?:\s+[^\W\d_]+){1,4})?"
_APPOSITION = re.compile(rf"^\s*(?:{AGE_NOTE}\s*)?{_BIO_NOTE}\s*(?:,|-|–|\(|:)\s*$")
# `Đại tá A là Phó Chính ủy …`, `A, quê Hà Tây, từng là Trưởng phòng …`, `A có 4 năm là …`:
# a post said with the copula
_COPULA = re.compile(
    rf"^\s*(?:{AGE_NOTE}\s*)?(?:,?\s*\d{{1,3}}\s+tuổi)?(?:,?\s*quê(?:\s+[^\W\d_]+){{1,4}})?"
    r"\s*,?\s*(?:(?:hiện|đang|từng|nguyên|vốn|cũng|có\s+(?:\d+|nhiều|vài)\s+năm)\s+)?là\s*$"
)
# `Giám đốc Công an tỉnh X, Đại tá A`, `Phó Giám đốc - Thượng tá B`
_BEFORE_CHAIN = re.compile(r"^\s*(?:tiền nhiệm\s*)?[,–-]?\s*$")
_OF = re.compile(r"(?i:\b(?:của|ủy quyền|thừa lệnh|thay mặt)\s*)$")


@cache
def _cue_before(list_name: str) -> re.Pattern[str]:
    """A cue word from `list_name` right before a name (the text ends with it)."""
    # (opening with the cues' first letters, `lexicon.leading`, not a look-behind: the engine
    # then tries only where one of them is)
    cues = leading(words(list_name))
    honorifics = alternation(words("honorifics.txt"))
    # `đối tượng truy nã Nguyễn Văn A`, `nhóm đối tượng cướp tài sản gồm A`: up to four lower-case
    # words between cue and name.
    return re.compile(rf"{cues}(?:\s+[{LOWER}]+){{0,4}}\s*(?:(?i:{honorifics})\s+)?[:(]?\s*$")


@cache
def _exclusion_after() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?i:{alternation(words('exclusion_after.txt'))})")


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


def _claimable(posts: list[Post], claimed: set[int]) -> bool:
    return all(p.start not in claimed for p in posts)


def read_persons(
    mentions: list[Mention],
    text: str,
    sentence: int,
    excluded: set[str] | None = None,
    officers: Container[str] = frozenset(),
) -> list[PersonMention]:
    """Persons in one sentence's mentions (text order). `excluded` collects the names of
    private persons over a document: named again later, they are still left out. `officers`
    are those told before as officers: `sinh năm` after their name is a career note."""
    out: list[PersonMention] = []
    claimed: set[int] = set()
    excluded = set() if excluded is None else excluded
    last_excluded = -1  # end of the last name left out: a list after it is left out too
    ranked_list = -1  # where the last one kept in a list a rank opened ends, with his posts
    for k, m in enumerate(mentions):
        if m.kind != "name":
            continue
        if last_excluded >= 0 and _LIST_GAP.match(text[last_excluded : m.start]):
            excluded.add(m.value)
            last_excluded = m.end
            continue
        rank: str | None = None
        honoured = introduced = False
        j = k - 1
        while (
            j >= 0
            and mentions[j].kind in ("rank", "honorific")
            # `Đại tá, TS Nguyễn Văn A`: a title may follow the rank after a comma.
            and text[mentions[j].end : mentions[j + 1].start].strip() in ("", ",")
        ):
            if mentions[j].kind == "rank":
                rank = rank or mentions[j].value
            elif mentions[j].value in ("đồng chí", "đ/c", "các đồng chí"):
                honoured = True
            introduced = True
            j -= 1
        # `tại Hà Nội, Bộ trưởng …`: a place read as a name claims no post
        if rank is None and gazetteer().is_place(m.value):
            continue
        posts: list[Post] = []
        if j >= 0 and mentions[j].kind in ("org", "role", "committee", "cluster"):
            head_gap = text[mentions[j].end : mentions[j + 1].start]
            if _BEFORE_CHAIN.match(head_gap) and (not head_gap.strip() or introduced):
                for s in range(max(0, j - 12), j + 1):
                    if mentions[s].kind != "role":
                        continue
                    chain, end = read_chain(mentions, s, text)
                    # `Thừa ủy quyền của Bộ trưởng …, Trung tướng B`: the post is someone else's.
                    owner = _OF.search(text, max(0, mentions[s].start - 12), mentions[s].start)
                    # `thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A`: A's posts start later
                    if owner and (head_gap.strip() or len(chain) > 1):
                        continue
                    if end == j + 1 and chain and _claimable(chain, claimed):
                        posts = chain
                        break
        # `Chủ tịch UBND tỉnh A, Phó Chủ tịch HĐND tỉnh B`: posts said before the names
        posts_before = bool(posts) and not text[mentions[j].end : m.start].strip()
        if posts:
            introduced = True
        # the words before the name, or before the rank or title that introduces it
        first = mentions[j + 1].start
        before = text[max(mentions[j].end if j >= 0 else 0, first - 40) : first]
        # `đồng chí A` names an officer or an official, also after `bắt giữ`
        if rank is None and not honoured and _cue_before("exclusion_cues.txt").search(before):
            excluded.add(m.value)
            last_excluded = m.end
            continue
        after_posts: list[Post] = []
        # a home town's place mention is part of the note before the post
        nxt = k + 1
        note = _AGE_AFTER.match(text, m.end)
        while (
            nxt < len(mentions)
            and mentions[nxt].kind in ("place", "name")
            and (
                _HOME.search(text, max(0, mentions[nxt].start - 6), mentions[nxt].start)
                or (note is not None and mentions[nxt].end <= note.end())
            )
        ):
            nxt += 1
        if (deputy := after_assembly(mentions, nxt, m.end, text)) is not None:
            after_posts, stop = read_chain(mentions, deputy, text)
            claimed.update(p.start for p in after_posts)
        elif (
            nxt < len(mentions)
            and mentions[nxt].kind == "role"
            and (
                _APPOSITION.match(text[m.end : mentions[nxt].start])
                or _COPULA.match(text[m.end : mentions[nxt].start])
                # `Thượng tướng A nguyên là Chánh Văn phòng …`: a former post, no comma needed
                or (
                    "former" in mentions[nxt].extra
                    and not text[m.end : mentions[nxt].start].strip()
                )
            )
        ):
            after_posts, stop = read_chain(mentions, nxt, text)
            # in a list whose posts come before the names, a post right before the next name
            # is that person's
            if posts_before and _names_next(mentions, stop, text):
                after_posts = []
            claimed.update(p.start for p in after_posts)
        posts = posts + after_posts
        complete_units(posts, mentions, text)
        private = _cue_before("private_cues.txt").search(before)
        described = _exclusion_after().match(text[m.end : m.end + 20])
        if described and m.value in officers:
            described = None
        if (private or described) and not (rank or posts):
            excluded.add(m.value)
            last_excluded = m.end
            continue
        if m.value in excluded and not (rank or posts):
            continue
        listed_on = ranked_list >= 0 and bool(_LIST_GAP.match(text[ranked_list : m.start]))
        surname = m.value.split(" ")[0]
        # `các đại tá A, Văn Thị B và C`: a full name listed on after ranked officers needs no
        # known family name (`Văn`, a rare one, is a middle word of most names)
        known = introduced or surname in surnames() or _MARKED.match(surname)
        if not known and not (listed_on and m.value.count(" ") >= 2):
            continue
        end = max([m.end, *(p.end for p in posts)])
        ranked_list = end if rank or honoured or listed_on else -1
        out.append(PersonMention(m.value, rank, posts, m, honoured, sentence))
    _new_posts(out, mentions, text)
    if _EARLIER.match(text):
        # `Trước đó, Đại tá A là Phó Giám đốc …`, `Trước khi được bổ nhiệm, A giữ chức …`
        for person in out:
            for post in person.posts:
                said = text[person.mention.end : post.start]
                post.former = post.former or bool(_SAID_AS.fullmatch(said))
    _predecessors(out, mentions, text)
    _posthumous(out, text)
    _mandating(out, mentions, text)
    return out


_EARLIER = re.compile(r"\W*(?i:trước (?:đó|khi\b[^,.;]{0,60}))\s*,")
_SAID_AS = re.compile(r"\s*,?\s*(?:từng\s+|đã\s+)?(?:là|giữ chức(?: vụ)?|làm)\s*:?\s*")


def _names_next(mentions: list[Mention], stop: int, text: str) -> bool:
    """Whether the mention at `stop` is a name right after the chain that ends before it."""
    return (
        0 < stop < len(mentions)
        and mentions[stop].kind == "name"
        and not text[mentions[stop - 1].end : mentions[stop].start].strip()
    )


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


_POSTHUMOUS = re.compile(r"[tT](?<!\w.)(?i:ruy tặng)\b")
_HONOURED = re.compile(r"^\s*(?:đã\s+)?được\s+$")
_MOURNED = re.compile(r"[tT](?<!\w.)(?i:ruy điệu)\b")
# `… cho Công an quận X và liệt sĩ A, nguyên Trưởng …`: one who fell, named after the word
_MARTYR = re.compile(r"[lL](?<!\w.)(?i:iệt sĩ)\s+(?:[^\W\d]+\s+){0,2}$")


def _posthumous(persons: list[PersonMention], text: str) -> None:
    """`truy tặng Huân chương … cho Đại tá A và Thượng tá B`, `lễ truy điệu Đại úy C`, `liệt sĩ
    D`: honoured or mourned after their death."""
    if not persons:
        return
    for person in persons:
        start = person.mention.start
        if _MARTYR.search(text, max(0, start - 24), start):
            person.absent = person.deceased = True
    for cue in _POSTHUMOUS.finditer(text):
        end = text.find(";", cue.end())
        end = len(text) if end < 0 else end
        for person in persons:
            # `Thượng sĩ A được truy tặng …`: the one honoured may be named before
            after = cue.end() <= person.mention.start < end
            if after or _HONOURED.match(text[person.mention.end : cue.start()]):
                person.absent = person.deceased = True
    for cue in _MOURNED.finditer(text):
        for person in persons:
            # `lễ truy điệu Đại úy A`: the one mourned, named right after
            between = text[cue.end() : person.mention.start]
            if (
                cue.end() <= person.mention.start
                and len(between.split()) <= 3
                and "," not in between
            ):
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


def _new_posts(persons: list[PersonMention], mentions: list[Mention], text: str) -> None:
    """`bổ nhiệm Đại tá A, Phó Giám đốc X giữ chức Giám đốc Y`: the post after `giữ chức`
    is the last named person's too."""
    taken = {p.start for person in persons for p in person.posts}
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
        # `Đại úy A và Đại úy B giữ chức Phó Trưởng Công an xã`, `Thượng tá A, Trưởng Công an
        # TP X và Thượng tá B, Trưởng Công an huyện Y được điều động giữ chức …`: both hold it
        for one, other in zip(owner[-2::-1], owner[:0:-1], strict=False):
            current = [p for p in one.posts if not p.former]
            between = _between(one, other, mentions, text)
            if current and one.posts[-1].end <= other.mention.start:
                between = _between_after(one, other, mentions, text)
                if not _AND.match(between):
                    break
            elif current or not _BOTH.match(between):
                break
            one.posts.extend(replace(p) for p in posts)
