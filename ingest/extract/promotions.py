"""Ranks given by a promotion: `thăng cấp bậc hàm từ Đại tá lên Thiếu tướng đối với đồng chí
A`, `Đại tá A được thăng hàm Thiếu tướng`, and those listed after a promotion told for people
the sentence does not name."""

from __future__ import annotations

import re

from ingest.extract.annotate import Annotated
from ingest.extract.hierarchy import Context
from ingest.extract.lexicon import lowered
from ingest.extract.person_lists import listed
from ingest.extract.person_mention import PersonMention

# `thăng cấp bậc hàm`, `thăng quân hàm`, `được phong (hàm) Thiếu tướng`, `Hai sĩ quan lên
# Trung tướng gồm …`
_PROMOTION = re.compile(
    r"(?i:\bthăng (?:quân |cấp )?(?:bậc )?hàm\b|\b(?:được )?phong (?:quân )?hàm\b|\bđược phong\b)"
    r"|\blên(?=\s+(?:Thiếu|Trung|Thượng|Đại) tướng\b)|(?i:\bthăng lên)(?=\s+\w+\s+(?:tá|úy)\b)"
    r"|(?i:\bthăng cấp\b)(?=\s*(?:gồm\b|là\b|:))"
)
# `Các đồng chí được thăng cấp gồm: Đại tá A, …`: those the promotion told before names, listed
# with the rank they held
_LISTED_AFTER = re.compile(r"\s*(?:(?i:gồm|là)\b|:)")
_PROMOTED = re.compile(r"(?i:\b(?:đối với|với|cho|gồm)\b[^,;.]*$)")
_FOR_OTHERS = re.compile(r"\s*(?i:đối với|với|cho)\b")


def read_promotions(ann: Annotated, ctx: Context) -> None:
    """`thăng cấp bậc hàm từ Đại tá lên Thiếu tướng đối với đồng chí A`, `Đại tá A được thăng
    hàm Thiếu tướng`: A's rank is the new one. A promotion told for people the sentence does
    not name (`… lên Thiếu tướng cho 4 Giám đốc`) gives its rank to those the next sentence
    names as promoted (`… được thăng hàm lần lượt là các ông A, B, …`)."""
    if not ann.persons and "thăng" not in ann.text:
        return  # a promotion for people not named here is said with `thăng`
    lower = lowered(ann.text)
    if "thăng" not in lower and "phong" not in lower and "lên" not in ann.text:
        return  # none of the pattern's words: cheaper than its search
    clauses: set[int] = set()
    for found in _PROMOTION.finditer(ann.text):
        start = ann.text.rfind(";", 0, found.start()) + 1
        end = ann.text.find(";", found.end()) % (len(ann.text) + 1)
        if not clauses:
            _promote(ann, ctx, found, ann.persons)
        elif start not in clauses:
            # `A được thăng hàm Đại tá; B được thăng lên Thượng tá`: a clause of its own
            _promote(ann, ctx, found, [p for p in ann.persons if start <= p.mention.start < end])
        clauses.add(start)


def _promote(
    ann: Annotated, ctx: Context, found: re.Match[str], persons: list[PersonMention]
) -> None:
    index = ann.sentence.index
    told = ctx.promotion and ctx.promotion[0] == index - 1
    if told and ctx.promotion and _LISTED_AFTER.match(ann.text, found.end()):
        for p in persons:
            if p.mention.start > found.end():
                p.rank = ctx.promotion[1]
        return
    ranks = [m for m in ann.mentions if m.kind == "rank" and m.start > found.end()]
    ranks = [m for m in ranks if m.start - found.end() < 40]
    if not ranks:
        if ctx.promotion and ctx.promotion[0] == index - 1:
            for p in persons:
                if p.mention.start > found.end():
                    p.rank = ctx.promotion[1]
        return
    # `từ Thượng tá lên Đại tá cho Thượng tá A`: the rank after `lên`, not the old one after it
    up = ann.text.find("lên", found.end(), ranks[-1].start)
    new = next((r for r in ranks if r.start > up), ranks[0]) if up >= 0 else ranks[0]
    after = [p for p in persons if p.mention.start > new.end]
    # (`thăng quân hàm cho Trung tướng A`: the new rank said as his, after `cho`)
    promoted = next(
        (p for p in after if _PROMOTED.search(ann.text, found.end(), p.mention.start)), None
    )
    if promoted is None and _FOR_OTHERS.match(ann.text, new.end):
        # `trao quyết định thăng cấp bậc hàm Thượng tá cho 12 đồng chí`: not the giver
        ctx.promotion = (index, new.value)
        return
    if promoted is None:
        before = [p for p in persons if p.mention.end <= found.start()]
        promoted = before[-1] if before else (after[0] if after else None)
    if promoted is None:
        return
    # `đối với đồng chí A, Giám đốc …, và đồng chí B, …`, `Đại tá A và Đại tá B được thăng
    # hàm`: everyone listed with the promoted one
    people = sorted(persons, key=lambda p: p.mention.start)
    k = people.index(promoted)
    step = 1 if promoted.mention.start > found.end() else -1
    group = [promoted]
    while 0 <= k + step < len(people) and listed(ann, group[-1], people[k + step]):
        k += step
        group.append(people[k])
    for p in group:
        p.rank = new.value
