"""Award statements of a document: award, grantor, recipients and counts, clause by clause."""

from __future__ import annotations

import re

from ingest.extract.annotate import Annotated, span
from ingest.extract.awards import counts, find_awards
from ingest.extract.builder import Builder
from ingest.extract.mentions import Mention
from ingest.extract.posts import read_chain
from ingest.model import AwardFact


def read_awards(build: Builder, annotated: list[Annotated]) -> None:
    for ann in annotated:
        found = find_awards(ann.text)
        if not found:
            continue
        for k, award in enumerate(found):
            grantor, grantor_span = _grantor(ann, award.start, award.end, award.verb)
            limit = found[k + 1].start if k + 1 < len(found) else len(ann.text)
            # one award statement per clause: `…tặng Bằng khen; Công an tỉnh X được …`
            opening = found[k - 1].end if k else 0
            opening = max(opening, ann.text.rfind(";", 0, award.start) + 1)
            closing = ann.text.find(";", award.end, limit)
            closing = limit if closing < 0 else closing
            collectives, individuals = counts(ann.text[opening:closing])
            recipients = _recipients(ann, (opening, award.start), award.end, grantor_span, closing)
            candidates: list[str | None] = list(recipients) or [None]
            for recipient in candidates:
                same = next(
                    (
                        a
                        for a in build.facts.awards
                        if (a.award, a.recipient) == (award.award, recipient)
                    ),
                    None,
                )
                if same is not None:
                    same.grantor = same.grantor or grantor
                    same.collectives = same.collectives or collectives
                    same.individuals = same.individuals or individuals
                    continue
                build.facts.awards.append(
                    AwardFact(
                        award.award,
                        recipient,
                        grantor,
                        collectives,
                        individuals,
                        None,
                        span(ann.sentence, award.start, award.end),
                    )
                )


def _grantor(
    ann: Annotated, start: int, end: int, verb: bool
) -> tuple[str | None, tuple[int, int]]:
    """`được Giám đốc CATP khen thưởng`, `được Chủ tịch nước tặng Huân chương …` or `Bằng
    khen của Bộ trưởng Bộ Công an`."""
    mentions = ann.mentions
    passive = _PASSIVE_GIVE.search(ann.text, max(0, start - 80), start)
    window: list[int] = []
    if verb or passive:
        at = ann.text.rfind("được", 0, start)
        window = [k for k, m in enumerate(mentions) if 0 <= at < m.start and m.end <= start]
    # `được tặng Cờ thi đua của Bộ Công an`: no giver before, the owner after
    if not window and ann.text[end : end + 6].strip().startswith("của"):
        window = [k for k, m in enumerate(mentions) if m.start >= end][:3]
    if not window:
        return None, (0, 0)
    k = window[0]
    if mentions[k].kind == "role":
        posts, stop = read_chain(mentions, k, ann.text)
        if posts:
            post = posts[-1]
            value = f"{post.role} {post.organisation}" if post.organisation else post.role
            return value, (mentions[k].start, mentions[stop - 1].end)
    if mentions[k].kind in ("org", "cluster"):
        return mentions[k].value, (mentions[k].start, mentions[k].end)
    return None, (0, 0)


_PASSIVE_GIVE = re.compile(r"(?i:\bđược\b[^,;.]*\b(?:tặng|trao|tặng thưởng|trao tặng)\s*)$")
_MEMBERS_OF = re.compile(r"(?i:(?:tập thể|cá nhân)\s+(?:thuộc|của|trong)\s*)$")
_GIVE = re.compile(r"(?i:\b(?:trao|tặng|trao tặng|gắn|thừa ủy quyền)\b)")


def _without_titles(ann: Annotated, start: int, end: int) -> str:
    """The text between two offsets with ranks and honorifics blanked out."""
    chars = list(ann.text[start:end])
    for m in ann.mentions:
        if m.kind in ("rank", "honorific") and start <= m.start and m.end <= end:
            chars[m.start - start : m.end - start] = " " * (m.end - m.start)
    return "".join(chars)


_JOINED = re.compile(r"^\s*(?:,|và)\s*$")
_TO = re.compile(r"(?i:\s(?:cho|tặng)\s)")
# `cho tập thể Công an xã X`, `tặng đơn vị Y`: the recipient, introduced by what it is
_RECIPIENT_LEAD = re.compile(r"(?i:\s*(?:(?:các\s+)?(?:tập thể|cá nhân|đơn vị)\s*)?:?\s*)$")


def _recipients(
    ann: Annotated, clause: tuple[int, int], end: int, grantor: tuple[int, int], limit: int
) -> list[str]:
    """`… cho Công an quận X` or `… tặng Thiếu tá A` after the award (before the next one);
    else, unless someone gives it (`trao`, `tặng`), the subject before it (`Cụm thi đua số 6
    … được khen thưởng`). Units joined by `và` or commas (`X và Y nhận Cờ thi đua`) each
    receive it."""
    candidates = ("org", "cluster", "name")
    persons = {p.mention.start: p.name for p in ann.persons}

    def value(m: Mention) -> str:
        return persons.get(m.start, m.value) if m.kind == "name" else m.value

    def usable(m: Mention) -> bool:
        if m.kind == "name" and m.start not in persons:
            return False
        return m.kind in candidates and not (grantor[0] <= m.start < grantor[1])

    def joined(found: list[Mention]) -> list[str]:
        out = [found[0]]
        for m in found[1:]:
            if not _JOINED.match(_without_titles(ann, out[-1].end, m.start)):
                break
            out.append(m)
        return [value(m) for m in out]

    to = _TO.search(ann.text, end, limit)
    if to is not None:
        at = to.end()
        after = [m for m in ann.mentions if at <= m.start < limit and usable(m)]
        if after and _RECIPIENT_LEAD.match(_without_titles(ann, at, after[0].start)):
            return joined(after)
        # `cho 31 tập thể và 118 cá nhân thuộc Công an tỉnh X`: the unit they belong to;
        # counts alone name no recipient.
        if after and _MEMBERS_OF.search(ann.text[at : after[0].start]):
            return joined(after)
        return []
    opening, start = clause
    gives = list(_GIVE.finditer(ann.text, opening, start))
    give = gives[-1] if gives else None
    # `… được Bộ trưởng tặng Bằng khen`: passive, the subject before `được` receives it.
    if give is not None and "được" not in ann.text[max(0, give.start() - 60) : give.start()]:
        return []
    before = [m for m in ann.mentions if opening <= m.start and m.end <= start and usable(m)]
    return joined(before) if before else []
