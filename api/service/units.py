"""Views of units and emulation clusters: lists, one unit (parent, sub-units, clusters,
leaders), one cluster (its members by year)."""

from __future__ import annotations

from collections import defaultdict

from api import models as m
from api.service.common import (
    ANY,
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
from core.namespaces import CAND, ONTOLOGY_IRI

CLUSTER_TYPES = (str(CAND.EmulationCluster), str(CAND.EmulationBloc))


class UnitViews(Reads):
    def units(
        self, *, name: str | None, parent: str | None, limit: int, offset: int
    ) -> m.Page[m.UnitSummary]:
        listed, total = self._listing(
            "api_units",
            limit,
            offset,
            (self._named(name, "unit"),),
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
            )
            for r in self._rows("api_unit_clusters", unit=iri)
        ]
        leaders = [
            m.Leader(
                person=link(r["person"], r.get("name")),
                role=role_name(r["role"], r.get("roleLabel")),
                role_id=local_id(r["role"]),
                date=r.get("date"),
                start=r.get("start"),
                end=r.get("end"),
                source=link(r["doc"]),
            )
            for r in self._rows("api_unit_leaders", unit=iri)
        ]
        leaders.sort(key=lambda lead: (date_key(lead.start or lead.date), lead.role))
        return m.Unit(
            id=identifier,
            name=names[0] if names else None,
            names=names,
            type=types[0] if types else None,
            parent=link(parents[0]["o"], parents[0].get("label")) if parents else None,
            subunits=[subunits[k] for k in sorted(subunits)],
            clusters=sorted(clusters, key=lambda c: (c.cluster.id, c.year or "")),
            leaders=leaders,
            sources=[link(r["o"]) for r in sorted(by["source"], key=lambda r: r["o"])],
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
    def cluster(self, identifier: str) -> m.Cluster:
        rows = self._rows("api_cluster", cluster=parse_id("cluster", identifier))
        by: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            by[r["rel"]].append(r)
        types = [r["o"] for r in by["type"] if r["o"] in CLUSTER_TYPES]
        if not types:
            raise NotFound(f"no cluster with id {identifier!r}")
        names = sorted({r["o"] for r in by["name"]})
        parents = sorted(by["parent"], key=lambda r: r["o"])
        members = {
            (r["o"], r.get("year")): m.ClusterMember(
                unit=link(r["o"], r.get("label")),
                year=r.get("year"),
            )
            for r in by["member"]
        }
        return m.Cluster(
            id=identifier,
            name=names[0] if names else None,
            type=short_type(sorted(types, key=str)[-1]),
            parent=link(parents[0]["o"], parents[0].get("label")) if parents else None,
            members=[members[k] for k in sorted(members, key=lambda k: (k[0], k[1] or ""))],
        )
