"""Builds the reference data of the 2025 reorganisation (`kg/units/data/reference.nt`) from the
rules in `changes.csv`, the acts in `legal_acts.csv` and the administrative gazetteer.

Units get the IRIs that resolving an article naming them gives (the same `build_graph`), so the
reference graph and the document graphs speak of the same nodes. Run
`python -m kg.units.reference_build` after changing a table or the gazetteer; a test checks
that the file shipped is what this builds."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from core.ids import kind_of, local_id, mint
from core.kinds import UnitKind
from core.namespaces import CAND, RDF, SCHEMA, XSD
from core.reorganisation import Renaming, renamings, reorganisation_date
from ingest.extract.gazetteer import District, gazetteer
from ingest.extract.hierarchy import MINISTRY, province_unit
from ingest.extract.lexicon import table
from ingest.model import Document, Facts, OrganisationFact
from kg.resolve.units import resolve
from kg.triples import build_graph
from kg.units.changes import Change, basis_triples, change_triples, legal_act_triples
from kg.units.reference import REFERENCE_FILE, REFERENCE_GRAPH, REFERENCE_VERSION

DATA = Path(__file__).resolve().parent / "data"


def rows(name: str) -> Iterator[dict[str, str]]:
    """A CSV table of `kg/units/data/` with a header row; `#` lines are comments."""
    with (DATA / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(lines):
        yield {k: (v or "").strip() for k, v in row.items()}


@dataclass(frozen=True)
class Rule:
    scope: str
    province: str
    kind: str
    date: str
    acts: tuple[URIRef, ...]
    without: frozenset[str] = frozenset()  # districts with no police of their own


def rules() -> list[Rule]:
    return [
        Rule(
            r["scope"],
            r["province"],
            r["kind"],
            reorganisation_date(r["when"]) if r["when"] else "",
            tuple(map(act_iri, r["acts"].split("|"))),
            frozenset(filter(None, r["except"].split("|"))),
        )
        for r in rows("changes.csv")
    ]


def act_iri(key: str) -> URIRef:
    return mint("act", key)


def provincial_police(province: str) -> str:
    found = province_unit(province)
    if found is None:
        raise ValueError(f"{province!r} is not a province of the gazetteer")
    return found[0]


def district_police(district: District) -> str:
    return f"Công an {district.type} {district.name}"


@dataclass(frozen=True)
class ProvinceUnits:
    iris: dict[str, URIRef]  # by name
    triples: frozenset[tuple[URIRef, URIRef, URIRef | Literal]]


@cache
def _province_units(province: str) -> ProvinceUnits:
    """A provincial police and its district police, as an article placing them under that
    province resolves them: their IRIs by name and their triples."""
    police = provincial_police(province)
    organisations = [OrganisationFact(police, MINISTRY, UnitKind.PROVINCIAL_POLICE)]
    organisations += [
        OrganisationFact(district_police(d), police, UnitKind.DISTRICT_POLICE)
        for d in gazetteer().districts_in(province)
        if d.name not in _without_police(province)
    ]
    facts = Facts(Document(id="reference", text=""), organisations=organisations)
    units = frozenset(t for t in build_graph(facts).triples if kind_of(t[0]) == "unit")
    resolver, _ = resolve(facts)
    iris = {org.name: resolver.unit(org.name) for org in organisations}
    return ProvinceUnits({name: iri for name, iri in iris.items() if iri is not None}, units)


def _without_police(province: str) -> frozenset[str]:
    """Districts of `province` that had no police of their own (the `except` of its rules)."""
    return frozenset().union(
        *(r.without for r in rules() if r.scope == "district-police" and r.province == province)
    )


def _provinces() -> list[dict[str, str]]:
    return list(table("admin/provinces.csv"))


def province_mergers(rule: Rule) -> Iterator[Change]:
    groups: dict[str, list[str]] = {}
    for row in _provinces():
        if row["merged_2025"]:
            groups.setdefault(row["merged_2025"], [row["merged_2025"]]).append(row["name"])
    for keeper, members in sorted(groups.items()):
        result = _province_units(keeper).iris[provincial_police(keeper)]
        original = tuple(_province_units(p).iris[provincial_police(p)] for p in members)
        yield Change(
            mint("change", rule.date, rule.kind, local_id(result)),
            rule.kind,
            rule.date,
            original,
            (result,),
        )


@cache
def _renamed_unit(renaming: Renaming) -> ProvinceUnits:
    """The unit a renaming results in, as an article of its first day resolves it."""
    organisation = OrganisationFact(renaming.resulting, renaming.parent, renaming.kind)
    document = Document(id="reference", text="", date=renaming.date)
    facts = Facts(document, organisations=[organisation])
    units = frozenset(t for t in build_graph(facts).triples if kind_of(t[0]) == "unit")
    resolver, _ = resolve(facts)
    iri = resolver.unit(renaming.resulting)
    if iri is None:
        raise ValueError(f"renamings.csv: {renaming.resulting!r} is not a unit name")
    return ProvinceUnits({renaming.resulting: iri}, units)


@cache
def _unit_before(name: str) -> ProvinceUnits:
    """A unit as an undated article naming it resolves it (the name's older reading)."""
    facts = Facts(Document(id="reference", text=""), organisations=[OrganisationFact(name)])
    units = frozenset(t for t in build_graph(facts).triples if kind_of(t[0]) == "unit")
    iri = resolve(facts)[0].unit(name)
    if iri is None:
        raise ValueError(f"renamings.csv: {name!r} is not a unit name")
    return ProvinceUnits({name: iri}, units)


def unit_renamings(rule: Rule) -> Iterator[tuple[Change, tuple[URIRef, ...]]]:
    """Every renaming of `core/data/renamings.csv`, with its own day and acts."""
    for renaming in renamings():
        result = _renamed_unit(renaming).iris[renaming.resulting]
        change = Change(
            mint("change", renaming.date, rule.kind, local_id(result)),
            rule.kind,
            renaming.date,
            (_unit_before(renaming.original).iris[renaming.original],),
            (result,),
        )
        yield change, tuple(map(act_iri, renaming.acts))


def district_dissolutions(rule: Rule, provinces: list[str]) -> Iterator[Change]:
    for province in provinces:
        units = _province_units(province).iris
        for district in gazetteer().districts_in(province):
            if district.name in _without_police(province):
                continue
            unit = units[district_police(district)]
            yield Change(
                mint("change", rule.date, rule.kind, local_id(unit)), rule.kind, rule.date, (unit,)
            )


def changes() -> Iterator[tuple[Change, tuple[URIRef, ...]]]:
    """Every reference change with its legal acts; a rule for one province overrides the
    general rule of its scope there."""
    all_provinces = [row["name"] for row in _provinces()]
    for rule in rules():
        if rule.scope == "province-mergers":
            yield from ((c, rule.acts) for c in province_mergers(rule))
        elif rule.scope == "district-police":
            specific = {r.province for r in rules() if r.scope == rule.scope and r.province}
            provinces = (
                [rule.province]
                if rule.province
                else [p for p in all_provinces if p not in specific]
            )
            yield from ((c, rule.acts) for c in district_dissolutions(rule, provinces))
        elif rule.scope == "renamings":
            yield from unit_renamings(rule)
        else:
            raise ValueError(f"changes.csv: unknown scope {rule.scope!r}")


def reference_graph() -> Graph:
    graph = Graph()
    me = URIRef(REFERENCE_GRAPH)
    graph.add((me, RDF.type, CAND.ReferenceData))
    graph.add((me, SCHEMA.name, Literal("Sắp xếp tổ chức Công an nhân dân năm 2025", lang="vi")))
    graph.add((me, SCHEMA.version, Literal(REFERENCE_VERSION, datatype=XSD.integer)))
    for row in rows("legal_acts.csv"):
        reports = filter(None, row["reports"].split("|"))
        act = act_iri(row["key"])
        for triple in legal_act_triples(act, row["number"], row["date"], row["name"], reports):
            graph.add(triple)
    for change, acts in changes():
        for triple in [*change_triples(change), *basis_triples(change.iri, acts)]:
            graph.add(triple)
    for province in _provinces():
        for triple in _province_units(province["name"]).triples:
            graph.add(triple)
    for renaming in renamings():
        for triple in (*_unit_before(renaming.original).triples, *_renamed_unit(renaming).triples):
            graph.add(triple)
    return graph


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REFERENCE_FILE
    lines = reference_graph().serialize(format="nt").splitlines(keepends=True)
    out.write_text("".join(sorted(line for line in lines if line.strip())), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
