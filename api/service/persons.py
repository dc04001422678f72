"""Views of persons: the list, one person's ranks and posts, the events they attended."""

from __future__ import annotations

from api import models as m
from api.service.common import (
    ANY,
    NotFound,
    date_key,
    href,
    link,
    paginate,
    parse_id,
    periods,
    post_entry,
)
from api.service.events import event_summaries
from api.service.ranks import rank_on, rank_ref
from api.service.reads import Reads, remembered
from core.ids import local_id
from kg.summary import span_keys
from kg.units.fates import unit_fates


class PersonViews(Reads):
    def persons(
        self,
        *,
        name: str | None,
        rank: str | None,
        unit: str | None,
        date: str | None,
        limit: int,
        offset: int,
    ) -> m.Page[m.PersonSummary]:
        unfiltered = not (name or rank or unit or date)
        listed, total = self._listing(
            "api_persons_listed" if unfiltered else "api_persons",
            limit,
            offset,
            (
                self._named(name, "person"),
                self._ids(
                    "api_persons_on_date",
                    date=date,
                    periods=periods(date),
                    spanKeys=span_keys(date),
                )
                if date
                else None,
            ),
            rank=parse_id("rank", rank) if rank else ANY,
            unit=parse_id("unit", unit) if unit else ANY,
        )
        items = [
            m.PersonSummary(id=local_id(e.iri), name=e.name, href=href("person", local_id(e.iri)))
            for e in listed
        ]
        return m.Page[m.PersonSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def person(self, identifier: str) -> m.Person:
        iri = parse_id("person", identifier)
        names = sorted(r["name"] for r in self._rows("api_person_names", person=iri))
        if not names:
            raise NotFound(f"no person with id {identifier!r}")
        ranks = [
            m.RankEntry(
                rank=rank_ref(r["rank"]),
                date=r.get("date"),
                source=link(r["doc"], r.get("docTitle")),
            )
            for r in self._rows("api_person_ranks", person=iri)
        ]
        ranks.sort(key=lambda e: (date_key(e.date), e.rank.order or 0))
        rows = self._rows("api_person_posts", person=iri)
        fates = unit_fates(self.store, (r["unit"] for r in rows if "unit" in r))
        posts = [post_entry(r, fates.get(r.get("unit", ""))) for r in rows]
        posts.sort(key=lambda p: (date_key(p.start or p.date), p.role))
        return m.Person(
            id=identifier,
            name=names[0],
            names=names,
            current_rank=rank_on([(e.rank, e.date) for e in ranks], None),
            ranks=ranks,
            posts=posts,
        )

    def person_events(self, identifier: str, limit: int, offset: int) -> m.Page[m.EventSummary]:
        self.person(identifier)
        rows = self._rows("api_person_events", person=parse_id("person", identifier))
        return paginate(event_summaries(rows), limit, offset)
