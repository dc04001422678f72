"""Views of persons: the list, one person's ranks and posts, the events they attended."""

from __future__ import annotations

from api import models as m
from api.service.common import (
    NotFound,
    date_key,
    href,
    link,
    listing,
    name_order,
    paginate,
    parse_id,
    post_entry,
)
from api.service.events import event_summaries
from api.service.ranks import rank_on, rank_ref
from api.service.reads import Reads, remembered
from core.ids import local_id


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
        wanted = [
            self._ids("api_persons_with_rank", rank=parse_id("rank", rank)) if rank else None,
            self._ids("api_persons_in_unit", unit=parse_id("unit", unit)) if unit else None,
            self._ids("api_persons_on_date", date=date) if date else None,
        ]
        rows = self._rows("api_persons")
        for ids in wanted:
            if ids is not None:
                rows = [r for r in rows if r["s"] in ids]
        items = [
            m.PersonSummary(
                id=local_id(r["s"]), name=r.get("label"), href=href("person", local_id(r["s"]))
            )
            for r in rows
        ]
        return listing(items, limit, offset, name_order, name, lambda p: p.name)

    @remembered
    def person(self, identifier: str) -> m.Person:
        iri = parse_id("person", identifier)
        names = sorted(r["name"] for r in self._rows("api_person_names", person=iri))
        if not names:
            raise NotFound(f"no person with id {identifier!r}")
        ranks = [
            m.RankEntry(rank=rank_ref(r["rank"]), date=r.get("date"), source=link(r["doc"]))
            for r in self._rows("api_person_ranks", person=iri)
        ]
        ranks.sort(key=lambda e: (date_key(e.date), e.rank.order or 0))
        posts = [post_entry(r) for r in self._rows("api_person_posts", person=iri)]
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
