"""Evidence between groups of mentions of one event kind and month: one event or several?

Many events of one kind happen on any day, so mentions join only on evidence: the same
organising unit, a person attending both, the same place. Attendees are compared as resolved
people (the person IRI each attendee's mention resolves to, so two namesakes at two provinces'
conferences are no link); without that identity, by folded name. Organisers the reports name
(or imply by the chair's post) that are disjoint, none within the other, weigh against: two
units' ceremonies of one day are two events unless several people attend both, and so do titles
that say the events are for different things (a training conference and a review conference of
one day, `data/event_genres.csv`). The same award handed to the same recipient at both tells
one ceremony, whoever each report says held it, and reports placing them in different parts
of the day (`Sáng 20/12`, `Chiều 20/12`) weigh against one event; one numbered decision
announced (`Quyết định số 2468/QĐ-BCA`) weighs for it. Mentions whose
dates cannot be one day are two (a report dated only by month fits any day of that month), and
so are two mentions in one document."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kg.resolve.mentions import EventMention, attendee_block, fold
from kg.resolve.parties import shared_organisers
from kg.resolve.persons import MINISTRY
from kg.resolve.rules import Period, central_bodies, near_kinds, period, weight


@dataclass(frozen=True)
class EventProfile:
    docs: frozenset[str]
    organisers: frozenset[str]
    related: frozenset[str]  # the organisers and every unit above them
    above: frozenset[str]  # the units above the organisers
    attendees: frozenset[str]
    locations: frozenset[str]
    when: Period | None  # the days every mention's date allows
    # the same, a report dating an appointment by its own date line allowed the day before
    near: Period | None
    kind: str = ""
    # an appointment's attendees with a provincial police post (as resolved people) and province
    placed: frozenset[tuple[str, str]] = frozenset()
    genres: frozenset[str] = frozenset()  # what the titles say it is for, every report's
    awards: frozenset[str] = frozenset()  # award and recipient (a resolved person or a unit)
    parts: frozenset[str] = frozenset()  # the parts of the day the reports place it in
    decisions: frozenset[str] = frozenset()  # the numbered decisions it announces

    @classmethod
    def of(cls, mention: EventMention, identity: Mapping[str, str] | None = None) -> EventProfile:
        known = identity or {}
        return cls(
            frozenset([mention.doc]),
            frozenset(mention.organisers),
            frozenset(mention.organisers) | frozenset(mention.above),
            frozenset(mention.above),
            frozenset(known.get(a) or attendee_block(a) for a in mention.attendees),
            frozenset([fold(mention.location)] if mention.location else []),
            period(mention.date),
            _near(mention),
            mention.kind,
            frozenset((known.get(a) or attendee_block(a), p) for a, p in mention.placed),
            frozenset(mention.genres),
            frozenset(_award(a, known) for a in mention.awards),
            frozenset([mention.part] if mention.part else []),
            frozenset(mention.decisions),
        )

    def merged(self, other: EventProfile) -> EventProfile:
        return EventProfile(
            self.docs | other.docs,
            self.organisers | other.organisers,
            self.related | other.related,
            self.above | other.above,
            self.attendees | other.attendees,
            self.locations | other.locations,
            _overlap(self.when, other.when) or _overlap(self.near, other.near),
            _overlap(self.near, other.near),
            self.kind,
            self.placed | other.placed,
            self.genres | other.genres,
            self.awards | other.awards,
            self.parts | other.parts,
            self.decisions | other.decisions,
        )

    def conflict(self, other: EventProfile) -> str | None:
        if self.docs & other.docs:
            return "one document tells both"
        if _apart(self.when, other.when) and _apart(self.near, other.near):
            return "dates that cannot be one day"
        if (
            self.placed
            and other.placed
            and not self.organisers == other.organisers == {MINISTRY}
            and _apart_placed(self.placed, other.placed)
        ):
            return "appointments of other people to posts in other provinces"
        return None

    def specific(self) -> frozenset[str]:
        """The organisers no other organiser of the group is under: a report naming the
        provincial police and another naming its traffic department tell the department's
        event, which is not thereby the event of another unit of that province."""
        return self.organisers - self.above

    def score(self, other: EventProfile) -> tuple[float, list[str]]:
        total = 0.0
        reasons: list[str] = []
        shared = shared_organisers(self.organisers, other.organisers)
        if shared:
            total += weight("same_organiser")
            reasons.append(f"same_organiser: {', '.join(sorted(shared)[:3])}")
        elif (
            (mine := self.specific())
            and (theirs := other.specific())
            and not mine & other.related
            and not theirs & self.related
            and not self.organisers <= central_bodies()
            and not other.organisers <= central_bodies()
        ):
            total += weight("different_organiser")
            pair = f"{min(mine)} / {min(theirs)}"
            reasons.append(f"different_organiser: {pair}")
        attending = self.attendees & other.attendees
        if attending:
            counted = min(len(attending), int(weight("attendees_counted")))
            total += weight("same_attendee") * counted
            reasons.append(f"same_attendee: {', '.join(sorted(attending)[:3])}")
        if _apart(self.when, other.when):
            total += weight("next_day")
            reasons.append("next_day: one report dates it by its own date line")
        if self.genres and other.genres and not self.genres & other.genres:
            total += weight("different_genre")
            pair = f"{min(self.genres)} / {min(other.genres)}"
            reasons.append(f"different_genre: {pair}")
        if self.parts and other.parts and not self.parts & other.parts:
            total += weight("other_part_of_day")
            reasons.append(f"other_part_of_day: {min(self.parts)} / {min(other.parts)}")
        if decided := self.decisions & other.decisions:
            total += weight("same_decision")
            reasons.append(f"same_decision: {', '.join(sorted(decided)[:2])}")
        handed = self.awards & other.awards
        if handed:
            total += weight("same_award")
            reasons.append(f"same_award: {', '.join(sorted(handed)[:2])}")
        places = self.locations & other.locations
        if places:
            total += weight("same_location")
            reasons.append(f"same_location: {', '.join(sorted(places)[:3])}")
        return total, reasons


def _award(handed: str, known: Mapping[str, str]) -> str:
    """An award and its recipient, a person recipient as the resolved person."""
    award, _, recipient = handed.partition(" ")
    return f"{award} {known.get(recipient) or attendee_block(recipient)}"


def _apart_placed(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Two appointments whose reports place no one person, and no province, in common: the
    ministry appoints directors of several provinces on one day, each province's police
    announcing its own with one minister at each. Not when the ministry itself holds both: its
    ceremony of a day hands over one decision on its cadres, which each province's outlet
    tells for its own director alone."""
    return not ({p for p, _ in a} & {p for p, _ in b}) and not (
        {v for _, v in a} & {v for _, v in b}
    )


def _overlap(a: Period | None, b: Period | None) -> Period | None:
    if a is None or b is None:
        return a or b
    first, last = max(a[0], b[0]), min(a[1], b[1])
    return (first, last) if first <= last else None


def _apart(a: Period | None, b: Period | None) -> bool:
    return a is not None and b is not None and (a[0] > b[1] or b[0] > a[1])


def _near(mention: EventMention) -> Period | None:
    """The days an appointment, or the ceremony announcing one, may mean when its report gives
    its own date line as the day (an outlet writing the day it publishes, the morning after):
    that day and the one before."""
    days = period(mention.date)
    dated_late = mention.kind in near_kinds() or mention.announces
    if days is None or not dated_late or mention.date != mention.doc_date:
        return days
    return days[0] - 1, days[1]
