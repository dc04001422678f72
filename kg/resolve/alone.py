"""A given name written alone (`Đại tá Khiêm, Giám đốc Công an tỉnh`, in an article that never
gives the full name) joins the one person it fits, or no one.

The people of the full names of its unit are clustered first without it; it then fits a
person when nothing conflicts (ranks, posts at one time, one document) and the evidence between
them reaches `given_alone_evidence` (a post or unit in common: a province alone does not, the
name being written otherwise). One fitting person takes it; none, or two, leave it apart from
every person of a full name, as the namesakes of a province share given names. Given names
alone that fit no one are clustered among themselves as any name is."""

from __future__ import annotations

from collections.abc import Sequence

from kg.resolve.clustering import cluster
from kg.resolve.mentions import PersonMention
from kg.resolve.names import is_given_alone
from kg.resolve.persons import PersonProfile
from kg.resolve.rules import weight

Pairs = Sequence[tuple[str, str]]


def given_alone_pairs(
    ordered: Sequence[PersonMention],
    profiles: Sequence[PersonProfile],
    same: Pairs = (),
    different: Pairs = (),
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The pairs of mention keys to join (a given name alone and the first mention of the one
    person it fits) and to keep apart (it and each person of a full name), for `ordered`
    mentions sorted as clustering takes them."""
    lone = [i for i, m in enumerate(ordered) if is_given_alone(m.block)]
    full = [i for i, m in enumerate(ordered) if not is_given_alone(m.block)]
    if not lone or not full:
        return [], []
    keys = [ordered[i].key for i in full]
    inside = set(keys)
    persons = cluster(
        keys,
        [profiles[i] for i in full],
        weight("person_threshold"),
        [p for p in same if set(p) <= inside],
        [p for p in different if set(p) <= inside],
    )
    judged = {k for pair in same for k in pair}
    needed = weight("given_alone_evidence")
    joined: list[tuple[str, str]] = []
    apart: list[tuple[str, str]] = []
    for i in lone:
        key = ordered[i].key
        if key in judged:
            continue  # a curator's verdict decides
        anchors = [keys[group[0]] for group in persons.groups]
        fits = [
            anchor
            for anchor, person in zip(anchors, persons.profiles, strict=True)
            if profiles[i].conflict(person) is None and profiles[i].score(person)[0] >= needed
        ]
        if len(fits) == 1:
            joined.append((key, fits[0]))
        else:
            apart += [(key, anchor) for anchor in anchors]
    return joined, apart
