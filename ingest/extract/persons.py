"""People: names with their rank and posts, and who is left out.

A name is 2–4 capitalised syllables that no other mention covers, starting with a family name
from `surnames.txt` or introduced by a rank, an honorific or a post. A person is kept when the
text gives a rank, a post, the honorific `đồng chí`, or places them at an event; a name right
after a suspect/victim/witness word (`exclusion_cues.txt`) or followed by a birth year or a home
address (`exclusion_after.txt`) is a private person and is left out."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from ingest.extract.gazetteer import gazetteer
from ingest.extract.lexicon import alternation, leading, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import LOWER, UPPER
from ingest.extract.person_context import read_context
from ingest.extract.person_mention import PersonMention
from ingest.extract.places import surnames
from ingest.extract.post_chains import after_assembly, read_chain
from ingest.extract.post_units import complete_units
from ingest.extract.posts import Post

_MARKED = re.compile(rf"[{UPPER}]['’][{UPPER}]")  # `K'Văn`: a family mark stands for a surname
_LIST_GAP = re.compile(r"^\s*(?:,|và|;)\s*$")
_FORMER_GAP = re.compile(r"^\s*(?:,|và|;)\s*(?:nguyên\s*)?$")
# `ông A (54 tuổi), Cục trưởng …`, `đại tá A (45 tuổi, quê Thái Bình), Cục phó …`: an age or
# birth year, with where the person comes from, said between a name and its post
_BORN = r"(?:\d{1,3}\s+tuổi|(?:sinh năm|SN)\s+\d{4})"  # age or birth year
AGE_NOTE = rf"\(\s*{_BORN}(?:\s*[,;]\s*[^()]{{1,60}}?)?\s*\)"
_AGE_AFTER = re.compile(rf"\s*{AGE_NOTE}")
# `đại tá A, 44 tuổi, quê Hà Nội, Phó Cục trưởng …`, `đồng chí B, sinh năm 1985, Đội trưởng
# …`: age or birth year and home town said before the post
_HOME = re.compile(r"(?i:\bquê\s+)$")
_BIO_NOTE = rf"(?:,\s*{_BORN})?(?:,\s*quê(?:\s+[^\W\d_]+){{1,4}})?"
_APPOSITION = re.compile(rf"^\s*(?:{AGE_NOTE}\s*)?{_BIO_NOTE}\s*(?:,|-|–|\(|:)\s*$")
# `Đại tá A là Phó Chính ủy …`, `A, quê Hà Tây, từng là Trưởng phòng …`, `A có 4 năm là …`,
# `A sinh năm 1970, quê xã X, tỉnh Y, từng là …`: a post said with the copula
_COPULA = re.compile(
    rf"^\s*(?:{AGE_NOTE}\s*)?(?:,?\s*{_BORN})?"
    r"(?:,?\s*quê(?:\s+[^\W\d_]+,?){1,7})?"
    r"\s*,?\s*(?:(?:hiện|đang|từng|nguyên|vốn|cũng|có\s+(?:\d+|nhiều|vài)\s+năm)\s+)?là\s*$"
)
# `Giám đốc Công an tỉnh X, Đại tá A`, `Phó Giám đốc - Thượng tá B`
# the words that give the post after them to the person named before (`giữ chức vụ`)
_GIVEN = re.compile(r"(?i:\bgiữ\s+(?:chức vụ|chức danh|chức))\s*:?\s*$")
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
def _suspect_post() -> re.Pattern[str]:
    """A suspect word right before the (former) post said before a name, maybe with the list
    opening after it (`bị can, trong đó có nguyên`, `bị can là`)."""
    cues = leading(words("exclusion_cues.txt"))
    return re.compile(
        rf"{cues}\s*(?:,?\s*(?:trong đó(?:\s+có)?|gồm(?:\s+có)?|là))?\s*(?:nguyên\s*)?:?\s*$"
    )


@cache
def _exclusion_after() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?i:{alternation(words('exclusion_after.txt'))})")


def _names_next(mentions: list[Mention], stop: int, text: str) -> bool:
    """Whether the mention at `stop` is a name right after the chain that ends before it."""
    return (
        0 < stop < len(mentions)
        and mentions[stop].kind == "name"
        and not text[mentions[stop - 1].end : mentions[stop].start].strip()
    )


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
                    # `bổ nhiệm A giữ chức vụ X, B giữ chức vụ Y`: X is the post A is given
                    if head_gap.strip() and _GIVEN.search(
                        text, max(0, mentions[s].start - 16), mentions[s].start
                    ):
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
        # `khởi tố 18 bị can, trong đó có nguyên Cục trưởng A`: a suspect named by his post
        suspect = (
            posts_before
            and (
                _suspect_post().search(text, max(0, posts[0].start - 40), posts[0].start)
                # `…, trong đó có nguyên Cục trưởng A và nguyên Tổng giám đốc B`: the list goes on
                or (last_excluded >= 0 and _FORMER_GAP.match(text[last_excluded : posts[0].start]))
            )
        )
        if (
            rank is None
            and not honoured
            and (suspect or _cue_before("exclusion_cues.txt").search(before))
        ):
            excluded.add(m.value)
            last_excluded = m.end
            continue
        after_posts: list[Post] = []
        # a home town's place mention is part of the note before the post
        nxt = k + 1
        note = _AGE_AFTER.match(text, m.end)
        home = False
        while (
            nxt < len(mentions)
            and mentions[nxt].kind in ("place", "name")
            and (
                _HOME.search(text, max(0, mentions[nxt].start - 6), mentions[nxt].start)
                or (note is not None and mentions[nxt].end <= note.end())
                # `quê xã X, tỉnh Y`: the home town's province after a comma
                or (home and text[mentions[nxt - 1].end : mentions[nxt].start].strip() == ",")
            )
        ):
            home = mentions[nxt].kind == "place"
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
    read_context(out, mentions, text)
    return out
