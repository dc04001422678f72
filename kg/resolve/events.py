"""Evidence between groups of mentions of one event kind on one date: one event or several?

Many events of one kind happen on any day, so mentions join only on evidence: the same
organising unit, an attendee named in both (by name: who attends is told before people are
resolved), the same place. Two groups that name organisers, none shared, and no common
attendee are two events (two ceremonies of two district police on one day); so are two
mentions in one document."""

from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.mentions import EventMention, fold
from kg.resolve.rules import weight


@dataclass(frozen=True)
class EventProfile:
    docs: frozenset[str]
    organisers: frozenset[str]
    attendees: frozenset[str]
    locations: frozenset[str]

    @classmethod
    def of(cls, mention: EventMention) -> EventProfile:
        return cls(
            frozenset([mention.doc]),
            frozenset(mention.organisers),
            frozenset(mention.attendees),
            frozenset([fold(mention.location)] if mention.location else []),
        )

    def merged(self, other: EventProfile) -> EventProfile:
        return EventProfile(
            self.docs | other.docs,
            self.organisers | other.organisers,
            self.attendees | other.attendees,
            self.locations | other.locations,
        )

    def conflict(self, other: EventProfile) -> str | None:
        if self.docs & other.docs:
            return "one document tells both"
        if (
            self.organisers
            and other.organisers
            and not self.organisers & other.organisers
            and not self.attendees & other.attendees
        ):
            return "different organisers and no attendee in common"
        return None

    def score(self, other: EventProfile) -> tuple[float, list[str]]:
        total = 0.0
        reasons: list[str] = []
        for rule, shared in (
            ("same_organiser", self.organisers & other.organisers),
            ("same_attendee", self.attendees & other.attendees),
            ("same_location", self.locations & other.locations),
        ):
            if shared:
                total += weight(rule)
                reasons.append(f"{rule}: {', '.join(sorted(shared)[:3])}")
        return total, reasons
