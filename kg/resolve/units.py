"""Units and emulation clusters of one document: one IRI per real unit, however a source writes it.

Units resolve through the extractor's canonicaliser and gazetteer (`canonical_unit`,
`unit_parent`, `unit_kind`), so `CATP Hà Nội` and `Công an TP. Hà Nội` are one unit and a
district police sits under its province even when the text does not say so.

Rule for units. A unit's key is its canonical name, plus the key of its parent when the name
alone does not identify one unit:
1. functional sub-units (`Phòng Tham mưu`, `Đội Cảnh sát hình sự`, `Khoa Luật`, `Trại tạm
   giam`, commune police, the kinds in `SUB_UNIT_KINDS`) exist in every province or district:
   `Phòng Tham mưu` of Nghệ An is `phong-tham-muu--cong-an-tinh-nghe-an`, and a team of a
   district carries the district's own key after it;
2. district-level names the gazetteer finds in several provinces (`Công an huyện Châu Thành`)
   carry their provincial police (`cong-an-huyen-chau-thanh--cong-an-tinh-tien-giang`); a
   people's committee or party committee of such a district carries the name of the
   document's province (`uy-ban-nhan-dan-huyen-chau-thanh--tien-giang`), as it has no parent;
3. every other unit (Bộ Công an, Cục …, Công an tỉnh X, Công an quận Cầu Giấy) is its name.
A renamed unit (`core/data/renamings.csv`) is read as of the document's date: from the renaming
on, its old name means it, and the units inside it keep the key they had before (their names go
on); before it, a district police that had its new name (the police of the provincial city of
Huế) carries its provincial police, as the name is now the renamed one's.
The parent is the one the document states (a sub-unit written with its police, `Phòng Tham mưu
Công an tỉnh Nghệ An`, is `Phòng Tham mưu` under that police), else the gazetteer's; a
provincial department or an ambiguous district the document does not place belongs to the
document's province when every unit it places lies in that one province (a provincial roster
lists `Phòng Tham mưu` bare).
When neither the text nor the gazetteer tells the parent, the key stays the bare name: such
mentions of every province share one node, as they did before this rule. Within one document a
name is one unit. The displayed name stays the canonical name as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rdflib import URIRef

from core.ids import mint
from core.kinds import UnitKind
from core.reorganisation import Renaming, renamings
from core.text import collapse_spaces, fold, nfc
from ingest.extract import canonical_unit, unit_kind, unit_parent
from ingest.extract.gazetteer import gazetteer
from ingest.extract.hierarchy import province_unit
from ingest.extract.places import DISTRICT_LEVELS
from ingest.model import ClusterFact, Facts
from kg.resolve.lifespans import first_day

# Units whose name, written after a sub-unit's, places it: `Phòng Tham mưu Công an tỉnh X`.
_PLACING_KINDS = frozenset(
    {UnitKind.PROVINCIAL_POLICE, UnitKind.DISTRICT_POLICE, UnitKind.COMMUNE_POLICE}
)
# Kinds whose names repeat under every province, district or school.
SUB_UNIT_KINDS = frozenset(
    {
        UnitKind.PROVINCIAL_DEPARTMENT,
        UnitKind.DISTRICT_TEAM,
        UnitKind.FACULTY,
        UnitKind.COMMUNE_POLICE,
    }
)
_MAX_DEPTH = 8


@dataclass(frozen=True)
class UnitCatalogue:
    """How unit names are canonicalised and placed in the hierarchy."""

    canonical: Callable[[str], str]
    parent: Callable[[str], str | None]
    kind: Callable[[str], str | None]
    # For a district-level name: (province, its provincial police) for every province that has
    # a district of that name; empty for any other name.
    district_provinces: Callable[[str], tuple[tuple[str, str], ...]] = lambda name: ()


@cache
def default_catalogue() -> UnitCatalogue:
    """The extractor's gazetteer."""
    return UnitCatalogue(canonical_unit, unit_parent, unit_kind, _gazetteer_district_provinces)


@lru_cache(maxsize=1 << 12)
def _gazetteer_district_provinces(name: str) -> tuple[tuple[str, str], ...]:
    level, place = _district_place(name, DISTRICT_LEVELS)
    if not place:
        return ()
    gaz = gazetteer()
    if level in ("", *_PROVINCE_LEVEL_WORDS) and gaz.province(place):
        return ()
    found = gaz.districts_named(place, level or None) or gaz.districts_named(place)
    out = set()
    for district in found:
        police = province_unit(district.province)
        if police:
            out.add((district.province, police[0]))
    return tuple(sorted(out))


_PROVINCE_LEVEL_WORDS = ("thành phố",)
_RENAMED_TO = frozenset(r.resulting for r in renamings())
_COMMITTEE = re.compile(r"^(\w+) ủy (.+)$", re.IGNORECASE)


def _district_place(name: str, levels: Iterable[str]) -> tuple[str, str]:
    """(`huyện`, `Châu Thành`) from `Công an huyện Châu Thành`, `Ủy ban nhân dân huyện Châu
    Thành` or `Huyện ủy Châu Thành` (the committee's first word names its level)."""
    if committee := _COMMITTEE.match(name):
        first = committee.group(1).lower()
        level = next((lv for lv in levels if lv.split()[0] == first), None)
        return (level, committee.group(2)) if level else ("", "")
    lower = name.lower()
    found = [(at + len(lv) + 2, lv) for lv in levels if (at := lower.rfind(f" {lv} ")) >= 0]
    if not found:
        return "", ""
    end, level = max(found)  # the last level word: `Công an huyện X` -> X
    return level, name[end:]


@lru_cache(maxsize=1 << 16)
def unit_iri(canonical_name: str, *within: str) -> URIRef:
    """A unit's IRI: its canonical name, then the key parts of what it lies within (its
    parent's key, or a province name) when the name alone is not unique."""
    return mint("unit", canonical_name, *within)


def cluster_iri(name: str, parent: URIRef | None) -> URIRef:
    """Clusters are numbered per province (every province has a `Cụm thi đua số 1`), so the
    key includes the parent body when known."""
    parent_key = str(parent).rsplit("/", 1)[-1] if parent is not None else ""
    return mint("cluster", name, parent_key)


@dataclass
class UnitInfo:
    iri: URIRef
    name: str
    kind: str | None
    parent: URIRef | None


@dataclass
class ClusterInfo:
    iri: URIRef
    name: str
    parent: URIRef | None


@dataclass
class Resolution:
    """Every unit and cluster a document mentions, keyed by its IRI, with lookups by name."""

    units: dict[URIRef, UnitInfo] = field(default_factory=dict)
    clusters: dict[URIRef, ClusterInfo] = field(default_factory=dict)
    cluster_by_name: dict[str, URIRef] = field(default_factory=dict)

    def cluster(self, name: str) -> URIRef | None:
        return self.cluster_by_name.get(fold(name))


class Resolver:
    """Resolves the units and clusters of one document's facts. Pure: same facts, same IRIs."""

    def __init__(self, facts: Facts, catalogue: UnitCatalogue | None = None) -> None:
        self.facts = facts
        self.catalogue = catalogue or default_catalogue()
        self.result = Resolution()
        # Renamings in effect on the document's day: the old name means the renamed unit.
        day = first_day(facts.document.date) if facts.document.date else None
        renamed = [r for r in renamings() if day is not None and day >= r.date]
        self._renamed = {r.original: r.resulting for r in renamed}
        self._renamed_units: dict[str, Renaming] = {r.resulting: r for r in renamed}
        self._original_name = {r.resulting: r.original for r in renamed}
        # What the document itself says about its units wins over the gazetteer.
        self._stated: dict[str, tuple[str | None, str | None]] = {}
        for org in facts.organisations:
            key = self._canonical(org.name)
            if key:
                parent = self._canonical(org.parent) if org.parent else None
                self._stated[key] = (parent or None, org.kind)
        self._unit_by_name: dict[str, URIRef] = {}
        self._unit_key: dict[URIRef, tuple[str, ...]] = {}
        self._in_progress: set[str] = set()
        self._splits: dict[str, tuple[str, str] | None] = {}
        self._province_cache: tuple[str | None] | None = None

    def _canonical(self, name: str) -> str:
        canonical = collapse_spaces(nfc(self.catalogue.canonical(nfc(name)) or ""))
        return self._renamed.get(canonical, canonical)

    def unit(self, name: str) -> URIRef | None:
        """The IRI of a unit named anyhow, adding it and its parents to the resolution."""
        canonical = self._canonical(name)
        if not canonical:
            return None
        return self._add_unit(canonical, 0)

    def _split(self, canonical: str) -> tuple[str, str] | None:
        """(`Phòng Tham mưu`, `Công an tỉnh Nghệ An`) from a sub-unit written with the police
        it belongs to, so that it is the same unit as when the document says so elsewhere."""
        if canonical not in self._splits:
            self._splits[canonical] = self._find_split(canonical)
        return self._splits[canonical]

    def _find_split(self, canonical: str) -> tuple[str, str] | None:
        words = canonical.split(" ")
        for at in range(1, len(words)):
            head = self._canonical(" ".join(words[:at]))
            if self.catalogue.kind(head) not in SUB_UNIT_KINDS:
                continue
            tail = self._canonical(" ".join(words[at:]))
            if self.catalogue.kind(tail) in _PLACING_KINDS:
                return head, tail
        return None

    def _placement(self, canonical: str) -> tuple[str | None, str | None]:
        """(parent's canonical name, kind) as the document states, else as the gazetteer says."""
        if split := self._split(canonical):
            return split[1], self.catalogue.kind(split[0])
        if renamed := self._renamed_units.get(canonical):
            return renamed.parent, renamed.kind
        stated_parent, stated_kind = self._stated.get(canonical, (None, None))
        parent = stated_parent or self.catalogue.parent(canonical)
        parent = self._canonical(parent) if parent else None
        kind = stated_kind or self.catalogue.kind(canonical)
        return (parent if parent != canonical else None), kind

    def _add_unit(self, canonical: str, depth: int) -> URIRef:
        if (known := self._unit_by_name.get(canonical)) is not None:
            return known
        parent_name, kind = self._placement(canonical)
        parent_name = parent_name or self._implied_parent(canonical, kind)
        parent = None
        if parent_name and depth < _MAX_DEPTH and parent_name not in self._in_progress:
            self._in_progress.add(canonical)
            parent = self._add_unit(parent_name, depth + 1)
            self._in_progress.discard(canonical)
        name = split[0] if (split := self._split(canonical)) else canonical
        key = (name, *self._within(name, kind, parent))
        iri = unit_iri(*key)
        self._unit_by_name[canonical] = iri
        self._unit_key[iri] = key
        self.result.units.setdefault(iri, UnitInfo(iri, name, kind, parent))
        return iri

    def _within(self, canonical: str, kind: str | None, parent: URIRef | None) -> tuple[str, ...]:
        """What a unit's key adds to its name so that it names one unit (see the module rule)."""
        if kind in SUB_UNIT_KINDS:
            return self._key_within(parent)
        if kind == UnitKind.DISTRICT_POLICE and canonical in _RENAMED_TO:
            # the district police an older article means by a name a renamed unit took since
            return self._key_within(parent)
        candidates = self.catalogue.district_provinces(canonical)
        if len(candidates) < 2:
            return ()
        if kind == UnitKind.DISTRICT_POLICE:
            return self._key_within(parent)
        province = self._document_province()
        return tuple(place for place, police in candidates if police == province)

    def _key_within(self, parent: URIRef | None) -> tuple[str, ...]:
        """The key a unit inside `parent` carries: the parent's own, but a renamed parent's
        from before the renaming, so that its departments and districts, whose names go on,
        keep their IRIs through it (the identity rule)."""
        if parent is None:
            return ()
        first, *rest = self._unit_key[parent]
        return (self._original_name.get(first, first), *rest)

    def _implied_parent(self, canonical: str, kind: str | None) -> str | None:
        """The document's one province, for a provincial department or an ambiguous district
        police the document does not place."""
        province = self._document_province()
        if province is None or province == canonical:
            return None
        if kind == UnitKind.PROVINCIAL_DEPARTMENT:
            return province
        if kind == UnitKind.DISTRICT_POLICE and any(
            police == province for _, police in self.catalogue.district_provinces(canonical)
        ):
            return province
        return None

    def _document_province(self) -> str | None:
        """The provincial police every unit the document places lies in, if there is one."""
        if self._province_cache is None:
            provinces = {p for n in self._unit_names() if (p := self._province_name(n))}
            self._province_cache = (provinces.pop() if len(provinces) == 1 else None,)
        return self._province_cache[0]

    def _province_name(self, canonical: str) -> str | None:
        seen: set[str] = set()
        current: str | None = canonical
        while current and current not in seen:
            seen.add(current)
            parent, kind = self._placement(current)
            if kind == UnitKind.PROVINCIAL_POLICE:
                return current
            current = parent
        return None

    def _unit_names(self) -> Iterable[str]:
        facts = self.facts
        names = [org.name for org in facts.organisations]
        names += [m for cluster in facts.clusters for m in cluster.members]
        names += [
            pos.organisation for p in facts.persons for pos in p.positions if pos.organisation
        ]
        names += [o for e in facts.events for o in e.organisers if not self._is_cluster_name(o)]
        return filter(None, (self._canonical(n) for n in names))

    def province_of(self, unit: URIRef) -> URIRef | None:
        """The provincial police a unit is or sits under."""
        seen: set[URIRef] = set()
        current: URIRef | None = unit
        while current is not None and current not in seen:
            seen.add(current)
            info = self.result.units.get(current)
            if info is None:
                return None
            if info.kind == UnitKind.PROVINCIAL_POLICE:
                return current
            current = info.parent
        return None

    def chain(self, unit: URIRef) -> tuple[URIRef, ...]:
        """The unit and every unit above it, nearest first."""
        out: list[URIRef] = []
        current: URIRef | None = unit
        while current is not None and current not in out:
            out.append(current)
            info = self.result.units.get(current)
            current = info.parent if info is not None else None
        return tuple(out)

    def resolve(self) -> Resolution:
        facts = self.facts
        for org in facts.organisations:
            self.unit(org.name)
        for cluster in facts.clusters:
            for member in cluster.members:
                self.unit(member)
        for person in facts.persons:
            for position in person.positions:
                if position.organisation:
                    self.unit(position.organisation)
        for event in facts.events:
            for organiser in event.organisers:
                if not self._is_cluster_name(organiser):
                    self.unit(organiser)
        for cluster in facts.clusters:
            parent = self.unit(cluster.parent) if cluster.parent else self._common_parent(cluster)
            iri = cluster_iri(nfc(cluster.name), parent)
            self.result.clusters.setdefault(
                iri, ClusterInfo(iri, collapse_spaces(nfc(cluster.name)), parent)
            )
            self.result.cluster_by_name.setdefault(fold(cluster.name), iri)

        return self.result

    def _common_parent(self, cluster: ClusterFact) -> URIRef | None:
        """A cluster the source does not place belongs to the body above all its members
        (district police of one province: that province; provincial police: the ministry)."""
        parents = set()
        for member in cluster.members:
            unit = self.unit(member)
            parents.add(self.result.units[unit].parent if unit is not None else None)
        return parents.pop() if len(parents) == 1 else None

    def _is_cluster_name(self, name: str) -> bool:
        return any(fold(c.name) == fold(name) for c in self.facts.clusters)


def resolve(facts: Facts, catalogue: UnitCatalogue | None = None) -> tuple[Resolver, Resolution]:
    """Resolve a document's entities; the resolver also resolves further unit names."""
    resolver = Resolver(facts, catalogue)
    return resolver, resolver.resolve()
