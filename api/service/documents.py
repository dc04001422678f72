"""The view of one source document: its metadata and the records it gave."""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from api import models as m
from api.service.common import NotFound, date_order, href, int_of, link, parse_id
from api.service.reads import Reads, remembered
from core.namespaces import CAND, DCTERMS, PROV, SCHEMA
from kg import buckets, queries
from kg.sizes import bound_key
from kg.sparql import Value, bind
from kg.statistics import StoredDocument, documents_of, store_statistics


def document_summary(doc: StoredDocument) -> m.DocumentSummary:
    return m.DocumentSummary(
        id=doc.id,
        title=doc.title,
        date=doc.date,
        url=doc.url,
        facts=doc.triples,
        href=href("doc", doc.id),
    )


class DocumentViews(Reads):
    def documents(
        self, *, date_from: str | None, date_to: str | None, limit: int, offset: int
    ) -> m.Page[m.DocumentSummary]:
        """The documents of some dates, sorted, counted and paged in the store on their order
        keys (kg/sizes.py): one page's titles are read, not every document's; without dates,
        only the page's buckets' keys (`kg.buckets`)."""
        if not date_from and not date_to:
            total, page = buckets.page(
                self._select, self.store.dialect, "api_documents_listed", limit, offset
            )
        else:
            dates: dict[str, Value] = {"from": bound_key(date_from), "to": bound_key(date_to)}
            sparql = bind(queries.for_store(self.store, "api_documents_listed"), **dates)
            total = int(self._select(queries.count(sparql))[0]["total"])
            mirror = queries.mirror_total(self.store.dialect, total)
            page = queries.keyed_page(self._select, sparql, limit, offset, mirror)
        docs = documents_of(self.store, (r["s"] for r in page))
        items = sorted((document_summary(d) for d in docs), key=date_order)
        return m.Page[m.DocumentSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def statistics(self) -> m.StoreStatistics:
        figures = store_statistics(self.store)
        return m.StoreStatistics(
            counts=figures.counts,
            single_source=figures.single_source,
            oldest=document_summary(figures.oldest) if figures.oldest else None,
            newest=document_summary(figures.newest) if figures.newest else None,
            undated=figures.undated,
            unit_disagreements=[
                m.UnitDisagreement(
                    document=link(d.document),
                    unit=link(d.unit),
                    kind=d.kind,
                    said=d.said,
                    known=d.known,
                )
                for d in figures.disagreements
            ],
        )

    @remembered
    def document(self, identifier: str) -> m.Document:
        iri = parse_id("doc", identifier)
        size = self._rows("api_document_size", doc=iri)
        triples = int_of(size[0].get("n")) if size else 0
        if not triples:
            raise NotFound(f"no document with id {identifier!r}")
        own: dict[str, list[str]] = defaultdict(list)
        for r in self._rows("api_document", doc=iri):
            own[r["p"]].append(r["o"])

        def one(*props: URIRef) -> str | None:
            for prop in props:
                if own.get(str(prop)):
                    return sorted(own[str(prop)])[0]
            return None

        facts = m.DocumentFacts()
        groups = {
            "person": facts.persons,
            "unit": facts.units,
            "cluster": facts.clusters,
            "event": facts.events,
            "conferral": facts.awards,
        }
        for r in self._rows("api_document_facts", doc=iri):
            item = link(r["s"], r.get("label"))
            if item is not None and item.kind in groups:
                groups[item.kind].append(item)
        for group in groups.values():
            group.sort(key=lambda x: x.id)
        return m.Document(
            id=identifier,
            title=one(SCHEMA.name, SCHEMA.headline, DCTERMS.title),
            date=one(SCHEMA.datePublished, DCTERMS.date, SCHEMA.dateCreated),
            url=one(SCHEMA.url, PROV.hadPrimarySource),
            file_name=one(CAND.fileName),
            kind=one(CAND.documentKind),
            content_hash=one(CAND.contentHash),
            triples=triples or 0,
            facts=facts,
        )
