"""Views of events: the list, one event, and who attended it with their rank and posts then."""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from api import models as m
from api.service.common import (
    ANY,
    NotFound,
    Row,
    date_order,
    href,
    link,
    listing,
    parse_id,
    post_entry,
    short_type,
    within_dates,
)
from api.service.ranks import UNDECIDED, RankSpan, rank_on, rank_on_spans, rank_ref
from api.service.reads import Reads, remembered
from core.ids import local_id
from core.namespaces import CAND, SCHEMA
from core.text import fold
from kg import buckets, queries
from kg.sparql import Value, bind


def event_summaries(rows: list[Row]) -> list[m.EventSummary]:
    """Events in date order."""
    items = [
        m.EventSummary(
            id=local_id(r["s"]),
            title=r.get("label"),
            date=r.get("date"),
            kind=short_type(r.get("kind")),
            href=href("event", local_id(r["s"])),
        )
        for r in rows
    ]
    return sorted(items, key=date_order)


def attendee_order(attendee: m.Attendee) -> tuple[bool, int, str]:
    """Chairs first, then by rank, the most senior first, then by name."""
    rank = attendee.rank.order if attendee.rank and attendee.rank.order else 99
    return not attendee.chair, rank, fold(attendee.person.name or "")


def held_on(post: m.PostEntry, day: str | None) -> bool:
    """A post from the event's source counts; an interval counts if it covers `day`."""
    if day is None or post.start is None:
        return True
    return post.start[: len(day)] <= day and (not post.end or post.end >= day)


class EventViews(Reads):
    def events(
        self,
        *,
        kind: str | None,
        date_from: str | None,
        date_to: str | None,
        unit: str | None,
        attendee: str | None,
        title: str | None,
        limit: int,
        offset: int,
    ) -> m.Page[m.EventSummary]:
        if unit is None and attendee is None and not title:
            return self._events_paged(kind, date_from, date_to, limit, offset)
        rows = self._rows(
            "api_events",
            kind=CAND[kind] if kind else ANY,
            unit=parse_id("unit", unit) if unit else ANY,
            person=parse_id("person", attendee) if attendee else ANY,
        )
        items = within_dates(event_summaries(rows), date_from, date_to)
        return listing(items, limit, offset, date_order, title, lambda e: e.title)

    def _events_paged(
        self, kind: str | None, date_from: str | None, date_to: str | None, limit: int, offset: int
    ) -> m.Page[m.EventSummary]:
        """The events of a kind and dates, sorted, counted and paged in the store: one page's
        titles are read, not every event's; without dates, only the page's buckets' events
        (`kg.buckets`)."""
        name = "api_events_of_kind" if kind else "api_events_listed"
        chosen: dict[str, Value] = {"kind": CAND[kind]} if kind else {}
        if not date_from and not date_to and buckets.serves(self.store.dialect, name):
            unbounded: dict[str, Value] = {**chosen, "from": "", "to": ""}
            total, page = buckets.page(
                self._select, self.store.dialect, name, limit, offset, unbounded
            )
        else:
            dates: dict[str, Value] = {"from": date_from or "", "to": date_to or ""}
            sparql = bind(queries.for_store(self.store, name), **chosen, **dates)
            total = int(self._select(queries.count(sparql))[0]["total"])
            page = queries.keyed_page(self._select, sparql, limit, offset)
        ids = tuple(URIRef(r["s"]) for r in page)
        rows = self._rows("api_event_summaries", entities=ids) if ids else []
        return m.Page[m.EventSummary](
            items=event_summaries(rows), total=total, limit=limit, offset=offset
        )

    @remembered
    def event(self, identifier: str) -> m.Event:
        rows = self._rows("api_event", event=parse_id("event", identifier))
        if not rows:
            raise NotFound(f"no event with id {identifier!r}")
        values: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            values[r["p"]].append(r)

        def first(prop: URIRef) -> str | None:
            found = sorted(r["o"] for r in values.get(str(prop), []))
            return found[0] if found else None

        def refs(*props: URIRef) -> list[m.Ref]:
            out = {r["o"]: link(r["o"], r.get("label")) for p in props for r in values[str(p)]}
            return [out[k] for k in sorted(out)]

        people = {r["o"] for p in (SCHEMA.attendee, CAND.chair) for r in values[str(p)]}
        return m.Event(
            id=identifier,
            title=first(SCHEMA.name),
            date=first(SCHEMA.startDate),
            kind=short_type(first(CAND.eventKind)),
            location=sorted({r["o"] for r in values[str(SCHEMA.location)]}),
            organisers=refs(SCHEMA.organizer),
            chairs=refs(CAND.chair),
            attendees=len(people),
            sources=[link(d) for d in sorted({r["doc"] for r in rows})],
        )

    @remembered
    def event_attendees(self, identifier: str, limit: int, offset: int) -> m.Page[m.Attendee]:
        """Attendees with the rank and posts the event's own source gives them, completed by
        roster intervals covering the date and, for a rank the source omits, the latest one
        seen before. Reading whole careers only where needed keeps this view cheap."""
        event = self.event(identifier)
        iri = parse_id("event", identifier)
        day = event.date[:10] if event.date else None
        ranks: dict[str, list[tuple[m.RankRef, str | None]]] = defaultdict(list)
        for r in self._rows("api_event_attendee_ranks", event=iri):
            ranks[r["person"]].append((rank_ref(r["rank"]), r.get("date")))
        attendees = self._rows("api_event_attendees", event=iri)
        missing = {r["person"] for r in attendees} - set(ranks)
        held = self._ranks_held(iri, missing, day) if missing else {}
        posts: dict[str, dict[tuple[str, ...], m.PostEntry]] = defaultdict(dict)
        rows = self._rows("api_event_attendee_posts", event=iri)
        for r in self._rows("api_event_attendee_intervals", event=iri, day=day or "9999"):
            start, _, end = r.pop("span").partition("/")
            rows.append(r | {"start": start} | ({"end": end} if end != ".." else {}))
        for r in rows:
            post = post_entry(r)
            if held_on(post, day):
                same = (post.role_id, post.unit.id if post.unit else "", post.source.id)
                posts[r["person"]].setdefault(same, post)
        people: dict[str, m.Attendee] = {}
        for r in attendees:
            key = r["person"]
            chair = r.get("chair") == "true"
            if key in people:
                people[key].chair = people[key].chair or chair
                continue
            people[key] = m.Attendee(
                person=link(r["person"], r.get("name")),
                chair=chair,
                rank=held[key] if key in held else rank_on(ranks.get(key, []), day),
                posts=sorted(posts.get(key, {}).values(), key=lambda p: p.role),
            )
        return listing(list(people.values()), limit, offset, attendee_order)

    def _ranks_held(
        self, event: URIRef, people: set[str], day: str | None
    ) -> dict[str, m.RankRef | None]:
        """The rank each of `people` (attendees of `event`) held on `day`, as `rank_on` gives it
        from all their observations: decided from their rank tenures' first and last dates,
        and from the observations only where those cannot tell (overlapping ranks, ties)."""
        spans: dict[str, list[RankSpan]] = defaultdict(list)
        for r in self._rows("api_event_attendee_rank_tenures", event=event):
            if r["person"] in people:
                span = RankSpan(rank_ref(r["rank"]), r.get("first"), r.get("last"))
                spans[r["person"]].append(span)
        held: dict[str, m.RankRef | None] = {}
        for person in sorted(people):
            decided = rank_on_spans(spans[person], day)
            if decided is UNDECIDED:
                seen = self._rows("api_person_ranks", person=URIRef(person))
                decided = rank_on([(rank_ref(r["rank"]), r.get("date")) for r in seen], day)
            held[person] = decided
        return held
