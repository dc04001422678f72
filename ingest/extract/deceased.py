"""Who has died: honoured or mourned after death (`truy tặng`, `lễ truy điệu`, `lễ tang cho`,
`liệt sĩ`) or the subject of a death (`đã từ trần`, `hy sinh`). Such a person keeps his posts
and attends no event of the article."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.extract.person_mention import PersonMention

_POSTHUMOUS = re.compile(r"[tT](?<!\w.)(?i:ruy tặng)\b")
_HONOURED = re.compile(r"^\s*(?:đã\s+)?được\s+$")
_MOURNED = re.compile(r"(?<!\w)(?i:truy điệu|lễ tang|viếng|tưởng niệm|tiễn đưa)\b")
_NAMES_ANOTHER = frozenset({"là", "có", "gồm"})
# `Trung tướng A, nguyên Thứ trưởng …, đã từ trần`, `A, B và C hy sinh khi …`: the one whose
# death the clause tells, named (with posts and an age note) right before the verb
_DIED = re.compile(r"(?<!\w)(?i:từ trần|qua đời|tạ thế|hy sinh|hi sinh)(?!\w)")
# between two of a list, with the rank of the second (`, Thượng úy `)
_DEATH_LIST = re.compile(r"^\s*(?:,|và)\s*(?:[^\W\d]+\s+){0,2}$")
_BEFORE_DEATH = re.compile(
    r"^\s*(?:\([^()]{0,60}\))?\s*,?\s*(?:(?:đã|vừa|bất ngờ|đột ngột|anh dũng)\s+)*$"
)
# `… cho Công an quận X và liệt sĩ A, nguyên Trưởng …`: one who fell, named after the word
_MARTYR = re.compile(r"[lL](?<!\w.)(?i:iệt sĩ)\s+(?:[^\W\d]+\s+){0,2}$")


def mark_deceased(persons: list[PersonMention], text: str) -> None:
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
    lower = text.lower()
    # (cheap guards: most sentences tell of no funeral and no death)
    mourned = any(w in lower for w in ("điệu", "tang", "viếng", "niệm", "tiễn"))
    for cue in _MOURNED.finditer(text) if mourned else ():
        for person in persons:
            # `lễ truy điệu Đại úy A`, `lễ tang cho Trung tá B`: the one mourned, named right
            # after (`Trưởng Ban tổ chức lễ tang là C`, `đến viếng có D` name someone else)
            between = text[cue.end() : person.mention.start]
            if (
                cue.end() <= person.mention.start
                and len(between.split()) <= 3
                and "," not in between
                and not _NAMES_ANOTHER.intersection(between.lower().split())
            ):
                person.absent = person.deceased = True
    died = any(w in lower for w in ("từ trần", "qua đời", "tạ thế", "y sinh", "i sinh"))
    for cue in _DIED.finditer(text) if died else ():
        dead = [
            p
            for p in persons
            if p.mention.end <= cue.start()
            and _BEFORE_DEATH.match(
                text[max([p.mention.end, *(q.end for q in p.posts)]) : cue.start()]
            )
        ]
        # `Thượng tá A, Thượng úy B, Hạ sĩ C hy sinh`: the list that ends right before the verb
        first = persons.index(dead[0]) if dead else 0
        while first > 0:
            before = persons[first - 1]
            end = max([before.mention.end, *(q.end for q in before.posts)])
            if not _DEATH_LIST.match(text[end : persons[first].mention.start]):
                break
            first -= 1
            dead.insert(0, before)
        for person in dead:
            person.absent = person.deceased = True
