"""Views of units and emulation clusters: lists, one unit (parent, sub-units, clusters,
leaders), one cluster (its members by year)."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef

from api import models as m
from api.service.common import (
    ANY,
    InvalidParameter,
    NotFound,
    Row,
    date_key,
    href,
    link,
    parse_id,
    ref,
    role_name,
    short_type,
)
from api.service.reads import Reads, remembered
from core.ids import kind_of, local_id
from core.namespaces import CAND, ONTOLOGY_IRI, XSD
from kg import buckets
from kg.dates import date_literal

CLUSTER_TYPES = (str(CAND.EmulationCluster), str(CAND.EmulationBloc))
UNIT_SOURCES = 20  # the newest documents a unit's record lists; the rest are paged


class UnitViews(Reads):
    def units(
        self,
        *,
        name: str | None,
        parent: str | None,
        limit: int,
        offset: int,
        on: str | None = None,
    ) -> m.Page[m.UnitSummary]:
        existing = self._ids("units_on_date", date=day(on)) if on else None
        listed, total = self._listing(
            "api_units",
            limit,
            offset,
            (self._named(name, "unit"), existing),
            parent=parse_id("unit", parent) if parent else ANY,
        )
        items = [
            m.UnitSummary(
                id=local_id(e.iri),
                name=e.name,
                type=short_type(e.first(CAND.listedAs, lambda t: t != str(CAND.Unit))),
                parent=ref(e.first(CAND.listedUnder)),
                href=href("unit", local_id(e.iri)),
            )
            for e in listed
        ]
        return m.Page[m.UnitSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def unit(self, identifier: str) -> m.Unit:
        iri = parse_id("unit", identifier)
        rows = self._rows("api_unit", unit=iri)
        if not rows:
            raise NotFound(f"no unit with id {identifier!r}")
        by: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            by[r["rel"]].append(r)
        names = sorted({r["o"] for r in by["name"]})
        types = sorted(
            short_type(r["o"]) or ""
            for r in by["type"]
            if r["o"].startswith(ONTOLOGY_IRI) and r["o"] != str(CAND.Unit)
        )
        parents = sorted(by["parent"], key=lambda r: r["o"])
        subunits = {
            r["o"]: link(r["o"], r.get("label"))
            for r in by["child"]
            if kind_of(r["o"]) == "unit"  # a cluster the unit set up is not a sub-unit
        }
        clusters = [
            m.ClusterMembershipEntry(
                cluster=link(r["cluster"], r.get("label")),
                year=r.get("year"),
                start=r.get("start"),
                end=r.get("end"),
            )
            for r in self._rows("api_unit_clusters", unit=iri)
        ]
        leaders = [
            m.Leader(
                person=link(r["person"], r.get("name")),
                role=role_name(r["role"], r.get("roleLabel")),
                role_id=local_id(r["role"]),
                date=r.get("last"),
                start=r.get("first"),
                end=r.get("ended"),
                source=link(r["source"]),
            )
            for r in self._rows("api_unit_leaders", unit=iri)
        ]
        leaders.sort(key=lambda lead: (date_key(lead.start or lead.date), lead.role))
        lineage: dict[str, list[m.LineageEntry]] = {"predecessor": [], "successor": []}
        for r in self._rows("unit_lineage", unit=iri):
            lineage[r["rel"]].append(
                m.LineageEntry(unit=link(r["o"], r.get("label")), date=r["date"])
            )
        for entries in lineage.values():
            entries.sort(key=lambda e: (e.date, e.unit.id))
        sources = self.unit_documents(identifier, UNIT_SOURCES, 0)
        return m.Unit(
            id=identifier,
            name=names[0] if names else None,
            names=names,
            type=types[0] if types else None,
            parent=link(parents[0]["o"], parents[0].get("label")) if parents else None,
            subunits=[subunits[k] for k in sorted(subunits)],
            clusters=sorted(clusters, key=lambda c: (c.cluster.id, c.year or "", c.start or "")),
            leaders=leaders,
            sources=[m.Ref(id=d.id, kind="doc", name=d.title, href=d.href) for d in sources.items],
            source_count=sources.total,
            sources_href=f"{href('unit', identifier)}/documents",
            founded=min((r["o"] for r in by["founded"]), default=None),
            dissolved=min((r["o"] for r in by["dissolved"]), default=None),
            predecessors=lineage["predecessor"],
            successors=lineage["successor"],
        )

    @remembered
    def unit_documents(self, identifier: str, limit: int, offset: int) -> m.Page[m.UnitDocument]:
        """The documents naming a unit, newest first; NotFound for an unknown unit. Counted,
        sorted and paged in the store on each document's order key (for a unit named in
        many, its newest months' documents read by `kg.buckets`); only the page's titles and
        dates are read."""
        iri = parse_id("unit", identifier)
        total = int(self._rows("api_unit_document_count", unit=iri)[0]["total"])
        if not total and not self._rows("api_unit", unit=iri):
            raise NotFound(f"no unit with id {identifier!r}")
        page = buckets.walked_or_paged(
            self._select, self.store.dialect, "api_unit_documents", total, limit, offset,
            {"unit": iri},
        )  # fmt: skip
        docs = tuple(URIRef(r["doc"]) for r in page)
        found = {r["doc"]: r for r in self._rows("api_document_titles", docs=docs)} if docs else {}
        items = [
            m.UnitDocument(
                id=local_id(r["doc"]),
                title=found.get(r["doc"], {}).get("title"),
                date=found.get(r["doc"], {}).get("published"),
                href=href("doc", local_id(r["doc"])),
            )
            for r in page
        ]
        return m.Page[m.UnitDocument](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def unit_history(self, identifier: str) -> m.UnitHistory:
        """The unit's dates of existence and the changes it went through, oldest first."""
        unit = self.unit(identifier)
        changes: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for r in self._rows("unit_history", unit=parse_id("unit", identifier)):
            changes[r["change"]][r["rel"]].append(r)
        return m.UnitHistory(
            id=identifier,
            name=unit.name,
            founded=unit.founded,
            dissolved=unit.dissolved,
            changes=sorted(
                (unit_change(rows) for rows in changes.values()), key=lambda c: (c.date, c.kind)
            ),
        )

    def clusters(self, *, name: str | None, limit: int, offset: int) -> m.Page[m.ClusterSummary]:
        named = self._named(name, "cluster")
        listed, total = self._listing("api_clusters", limit, offset, (named,))
        items = [
            m.ClusterSummary(
                id=local_id(e.iri),
                name=e.name,
                type=short_type(e.first(CAND.listedAs, lambda t: t in CLUSTER_TYPES, last=True)),
                href=href("cluster", local_id(e.iri)),
            )
            for e in listed
        ]
        return m.Page[m.ClusterSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def cluster(self, identifier: str, on: str | None = None) -> m.Cluster:
        """A cluster and its members: every membership sources give, or (`on`, a day) the
        units that were members that day (`cluster_members_on_date`)."""
        iri = parse_id("cluster", identifier)
        rows = self._rows("api_cluster", cluster=iri)
        by: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            by[r["rel"]].append(r)
        types = [r["o"] for r in by["type"] if r["o"] in CLUSTER_TYPES]
        if not types:
            raise NotFound(f"no cluster with id {identifier!r}")
        names = sorted({r["o"] for r in by["name"]})
        parents = sorted(by["parent"], key=lambda r: r["o"])
        members = {
            (r["o"], r.get("year"), r.get("start")): m.ClusterMember(
                unit=link(r["o"], r.get("label")),
                year=r.get("year"),
                start=r.get("start"),
                end=r.get("end"),
            )
            for r in by["member"]
        }
        if on is not None:
            members = {
                (r["unit"], None, r["since"]): m.ClusterMember(
                    unit=link(r["unit"], r.get("label")), start=r["since"]
                )
                for r in self._rows("cluster_members_on_date", cluster=iri, date=day(on))
            }
        return m.Cluster(
            id=identifier,
            name=names[0] if names else None,
            type=short_type(sorted(types, key=str)[-1]),
            parent=link(parents[0]["o"], parents[0].get("label")) if parents else None,
            on=on,
            members=[
                members[k] for k in sorted(members, key=lambda k: (k[0], k[1] or "", k[2] or ""))
            ],
        )


def day(value: str) -> Literal:
    """An ISO day as an xsd:date, or InvalidParameter."""
    parsed = date_literal(value)
    if parsed is None or parsed.datatype != XSD.date:
        raise InvalidParameter(f"not a day (YYYY-MM-DD): {value!r}")
    return parsed


def unit_change(rows: dict[str, list[Row]]) -> m.UnitChange:
    """One change from its rows of `unit_history`, grouped by relation."""
    first = next(r for group in rows.values() for r in group)

    def units(rel: str) -> list[m.Ref]:
        found = {r["o"]: link(r["o"], r.get("label")) for r in rows.get(rel, [])}
        return [found[k] for k in sorted(found)]

    sources = [
        m.ChangeSource(
            id=local_id(r["o"]),
            kind="act" if rel == "act" else "doc",
            name=r.get("label"),
            number=r.get("number"),
            date=r.get("issued"),
            href=link(r["o"]).href,
            reports=sorted({str(q["report"]) for q in rows.get("report", []) if q["o"] == r["o"]}),
        )
        for rel in ("act", "document")
        for r in sorted(rows.get(rel, []), key=lambda r: r["o"])
    ]
    return m.UnitChange(
        kind=first["kind"],  # type: ignore[arg-type]  # the notations of cand:ChangeKind
        date=first["date"],
        original=units("original"),
        resulting=units("resulting"),
        sources=list({(s.kind, s.id): s for s in sources}.values()),
    )
