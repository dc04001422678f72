"""Views of persons: the list, one person's ranks and posts, the events they attended."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

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
    ref,
    role_name,
    unit_ending,
)
from api.service.events import event_summaries
from api.service.ranks import rank_ref
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
        """Names, current rank, and each rank and post once (the tenures of the summary graph),
        so that the record of a person named in thousands of documents stays a few rows; what
        each document says is paged apart (`person_ranks`, `person_posts`)."""
        iri, names = self._names(identifier)
        rows = self._rows("api_person_tenures", person=iri)
        titles = self._titles(r["source"] for r in rows)
        ranks = [
            m.RankTenure(
                rank=rank_ref(r["rank"]),
                first=r.get("first"),
                last=r.get("last"),
                sources=int(r["sources"]),
                source=link(r["source"], titles.get(r["source"])),
            )
            for r in rows
            if "rank" in r
        ]
        ranks.sort(key=lambda e: (date_key(e.first), e.rank.order or 0))
        held = [r for r in rows if "role" in r and "rank" not in r]
        fates = unit_fates(self.store, (r["unit"] for r in held if "unit" in r))
        posts = [
            m.PostTenure(
                role=role_name(r["role"], r.get("roleName")),
                role_id=local_id(r["role"]),
                unit=ref(r.get("unit"), r.get("unitName")),
                unit_ended=unit_ending(fates.get(r.get("unit", ""))),
                first=r.get("first"),
                last=r.get("last"),
                ended=r.get("ended"),
                sources=int(r["sources"]),
                source=link(r["source"], titles.get(r["source"])),
            )
            for r in held
        ]
        posts.sort(key=lambda p: (date_key(p.first), p.role, p.unit.id if p.unit else ""))
        # The latest rank seen, as `rank_on` picks it from the observations: a rank's last
        # date is its latest observation's.
        latest = max(ranks, key=lambda e: (date_key(e.last), e.rank.order or 0), default=None)
        return m.Person(
            id=identifier,
            name=names[0],
            names=names,
            current_rank=latest.rank if latest else None,
            ranks=ranks,
            posts=posts,
            ranks_href=f"{href('person', identifier)}/ranks",
            posts_href=f"{href('person', identifier)}/posts",
        )

    def person_ranks(self, identifier: str, limit: int, offset: int) -> m.Page[m.RankEntry]:
        """The rank each document shows the person with, on its date, oldest first."""
        iri, _ = self._names(identifier)
        ranks = [
            m.RankEntry(
                rank=rank_ref(r["rank"]),
                date=r.get("date"),
                source=link(r["doc"], r.get("docTitle")),
            )
            for r in self._rows("api_person_ranks", person=iri)
        ]
        ranks.sort(key=lambda e: (date_key(e.date), e.rank.order or 0, e.source.id))
        return paginate(ranks, limit, offset)

    def person_posts(self, identifier: str, limit: int, offset: int) -> m.Page[m.PostEntry]:
        """The post each document shows the person in, oldest first."""
        iri, _ = self._names(identifier)
        rows = self._rows("api_person_posts", person=iri)
        rows.sort(key=lambda r: (date_key(r.get("start") or r.get("date")), r["role"], r["doc"]))
        page = paginate(rows, limit, offset)
        fates = unit_fates(self.store, (r["unit"] for r in page.items if "unit" in r))
        items = [post_entry(r, fates.get(r.get("unit", ""))) for r in page.items]
        return m.Page[m.PostEntry](items=items, total=page.total, limit=limit, offset=offset)

    def _names(self, identifier: str) -> tuple[URIRef, list[str]]:
        """The person's IRI and names; NotFound when there is no such person."""
        iri = parse_id("person", identifier)
        names = sorted(r["name"] for r in self._rows("api_person_names", person=iri))
        if not names:
            raise NotFound(f"no person with id {identifier!r}")
        return iri, names

    def _titles(self, docs: Iterable[str]) -> dict[str, str]:
        """The title of each of `docs` that has one."""
        chosen = tuple(URIRef(d) for d in sorted(set(docs)))
        rows = self._rows("api_document_titles", docs=chosen) if chosen else []
        return {r["doc"]: r["title"] for r in rows if "title" in r}

    def person_events(self, identifier: str, limit: int, offset: int) -> m.Page[m.EventSummary]:
        self._names(identifier)
        rows = self._rows("api_person_events", person=parse_id("person", identifier))
        return paginate(event_summaries(rows), limit, offset)
