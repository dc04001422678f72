"""Views of award conferrals."""

from __future__ import annotations

from api import models as m
from api.service.common import ANY, date_order, int_of, link, listing, parse_id, ref
from api.service.reads import Reads
from core.ids import local_id


class AwardViews(Reads):
    def awards(
        self, *, recipient: str | None, award: str | None, limit: int, offset: int
    ) -> m.Page[m.Award]:
        recipient_iri = ANY
        if recipient:
            kind = "person" if recipient.startswith("person:") else "unit"
            recipient_iri = parse_id(kind, recipient.split(":", 1)[-1])
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
            for r in self._rows("api_awards", recipient=recipient_iri)
        ]
        return listing(items, limit, offset, date_order, award, lambda a: a.award)
