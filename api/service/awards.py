"""Views of award conferrals."""

from __future__ import annotations

from rdflib import URIRef

from api import models as m
from api.search import search_key
from api.service.common import ANY, Row, date_order, int_of, link, parse_id, ref
from api.service.reads import Reads
from core.ids import local_id
from kg import buckets, queries
from kg.sparql import bind


def award_items(rows: list[Row]) -> list[m.Award]:
    """Conferrals in date order, as their documents give them."""
    items = [
        m.Award(
            id=local_id(str(r["c"])),
            award=r.get("awardLabel"),
            award_id=local_id(str(r["award"])) if "award" in r else None,
            recipient=ref(r.get("recipient"), r.get("recipientLabel")),
            grantor=ref(r.get("grantor"), r.get("grantorLabel")),
            grantor_name=r.get("grantorName"),
            collectives=int_of(r.get("collectives")),
            individuals=int_of(r.get("individuals")),
            date=r.get("date"),
            source=link(r["doc"]),
        )
        for r in rows
    ]
    return sorted(items, key=date_order)


class AwardViews(Reads):
    def awards(
        self, *, recipient: str | None, award: str | None, limit: int, offset: int
    ) -> m.Page[m.Award]:
        recipient_iri = ANY
        if recipient:
            kind = "person" if recipient.startswith("person:") else "unit"
            recipient_iri = parse_id(kind, recipient.split(":", 1)[-1])
        # Sorted, counted and paged in the store on the conferrals' order keys: only one
        # page's facts are read (of any recipient, only the page's buckets: kg.buckets). With an
        # award name, the few awards of that name are found first, then only their conferrals
        # are listed.
        sparql = None
        if award:
            awards = self._awards_named(award)
            if not awards:
                return m.Page[m.Award](items=[], total=0, limit=limit, offset=offset)
            named = queries.for_store(self.store, "api_awards_of")
            sparql = bind(named, awards=awards, recipient=recipient_iri)
        elif recipient_iri == ANY:
            total, page = buckets.page(
                self._select, self.store.dialect, "api_awards_listed", limit, offset
            )
        else:
            listed = queries.for_store(self.store, "api_awards_listed")
            sparql = bind(listed, recipient=recipient_iri)
        if sparql is not None:
            total = int(self._select(queries.count(sparql))[0]["total"])
            page = queries.keyed_page(self._select, sparql, limit, offset)
        ids = tuple(URIRef(r["c"]) for r in page)
        rows = self._rows("api_award_facts", conferrals=ids) if ids else []
        return m.Page[m.Award](items=award_items(rows), total=total, limit=limit, offset=offset)

    def _awards_named(self, name: str) -> tuple[URIRef, ...]:
        """The awards one of whose names contains `name`, case and accents aside (as `listing`
        filters a list by name)."""
        wanted = search_key(name)
        found = {
            r["award"] for r in self._rows("api_award_names") if wanted in search_key(r["name"])
        }
        return tuple(URIRef(a) for a in sorted(found))
