"""Typed spans found in a sentence: the small vocabulary the extraction steps share."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int  # offsets into the document text
    end: int
    kind: str  # org | place | committee | role | rank | honorific | name | cluster
    value: str  # canonical form
    parent: str | None = None
    unit_kind: str | None = None  # for orgs: a core.kinds.UnitKind
    place: str | None = None  # for orgs and places: the place name inside
    extra: dict[str, str] = field(default_factory=dict)


def span_free(found: list[Mention], start: int, end: int) -> bool:
    """Whether no mention of `found` overlaps the text from `start` to `end`."""
    return not any(o.start < end and start < o.end for o in found)


def drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (earliest on ties), in text order."""
    if len(mentions) < 2:
        return list(mentions)
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        for s, e in taken:  # a loop, not all(): this runs three times on every sentence
            if m.start < e and s < m.end:
                break
        else:
            kept.append(m)
            taken.append((m.start, m.end))
    return sorted(kept, key=lambda m: m.start)
