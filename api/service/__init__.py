"""The REST API's read logic: named queries in, response models out, one module per resource.

Route functions only call `KgService` methods. Every user value reaches SPARQL through
`kg.queries.run` (that is, `kg.sparql.bind`); ids are checked by `core.ids.from_local_id`."""

from __future__ import annotations

from api import models as m
from api.service.awards import AwardViews
from api.service.common import HREFS, href
from api.service.documents import DocumentViews
from api.service.events import EventViews
from api.service.identity import IdentityViews
from api.service.persons import PersonViews
from api.service.units import UnitViews
from core.ids import local_id


class KgService(PersonViews, EventViews, UnitViews, AwardViews, DocumentViews, IdentityViews):
    """Every read view over one store, and `changed()`, the hook to call after each write."""

    def search(
        self, q: str, kinds: list[str] | None, limit: int, offset: int
    ) -> m.Page[m.SearchHit]:
        found = [hit for hit in self.search_index.search(q) if not kinds or hit[1] in kinds]
        # Models for the page only: a short query can match thousands of names.
        hits = [
            m.SearchHit(
                id=local_id(iri),
                kind=kind,
                name=label,
                score=round(score, 3),
                href=href(kind, local_id(iri)) if kind in HREFS else None,
            )
            for iri, kind, label, score in found[offset : offset + limit]
        ]
        return m.Page[m.SearchHit](items=hits, total=len(found), limit=limit, offset=offset)
