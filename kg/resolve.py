"""Canonical keys to IRIs: one IRI per real person, unit, cluster, however a source writes it.

Units resolve through the extractor's canonicaliser and gazetteer (`canonical_unit`,
`unit_parent`, `unit_kind`), so `CATP Hà Nội` and `Công an TP. Hà Nội` are one unit and a
district police sits under its province even when the text does not say so.

Rule for people. A person's key is their accent-folded name plus the province they serve in:
1. the province of the units of their own posts in the document (the provincial police that
   the unit is, or sits under); if their posts span several provinces, the first in sort order;
2. else, when every unit the document names lies in one single province, that province (an
   article about one province names its officers without repeating their posts);
3. else no province: ministry-level officials, and people in national or multi-province
   articles, share the bare folded name.
So two `Nguyễn Văn An` serving in Hà Nội and in Đà Nẵng are two people, while the same
officer written with or without rank, title or accents' case is one. The key depends on the
document alone, never on what was ingested before, so resolution is independent of order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rdflib import URIRef

from ingest.model import ClusterFact, Facts
from kg.ids import mint
from kg.text import collapse_spaces, nfc
from kg.text import fold as _fold

fold = lru_cache(maxsize=1 << 16)(_fold)

PROVINCIAL = "provincial_police"
_MAX_DEPTH = 8
_PERSON_PUNCT = re.compile(r"[.,;:()\"“”]+")


@dataclass(frozen=True)
class UnitCatalogue:
    """How unit names are canonicalised and placed in the hierarchy."""

    canonical: Callable[[str], str]
    parent: Callable[[str], str | None]
    kind: Callable[[str], str | None]


def _plain_canonical(name: str) -> str:
    return collapse_spaces(nfc(name))


def _no_answer(name: str) -> None:
    return None


@cache
def default_catalogue() -> UnitCatalogue:
    """The extractor's gazetteer; plain normalisation where the extractor is not installed."""
    try:
        from ingest.extract import canonical_unit, unit_kind, unit_parent
    except ImportError:
        return UnitCatalogue(_plain_canonical, _no_answer, _no_answer)
    return UnitCatalogue(canonical_unit, unit_parent, unit_kind)


def person_name(name: str) -> str:
    """A person's name as it will be stored: NFC, single spaces, stray punctuation removed."""
    return collapse_spaces(_PERSON_PUNCT.sub(" ", nfc(name)))


@lru_cache(maxsize=1 << 16)
def person_iri(name: str, province: URIRef | None) -> URIRef:
    province_key = str(province).rsplit("/", 1)[-1] if province is not None else ""
    return mint("person", fold(person_name(name)), province_key)


@lru_cache(maxsize=1 << 16)
def unit_iri(canonical_name: str) -> URIRef:
    return mint("unit", canonical_name)


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
class PersonInfo:
    iri: URIRef
    name: str


@dataclass
class ClusterInfo:
    iri: URIRef
    name: str
    parent: URIRef | None


@dataclass
class Resolution:
    """Every entity a document mentions, keyed by its IRI, with lookups by written name."""

    units: dict[URIRef, UnitInfo] = field(default_factory=dict)
    persons: dict[URIRef, PersonInfo] = field(default_factory=dict)
    clusters: dict[URIRef, ClusterInfo] = field(default_factory=dict)
    person_by_name: dict[str, URIRef] = field(default_factory=dict)
    cluster_by_name: dict[str, URIRef] = field(default_factory=dict)

    def person(self, name: str) -> URIRef | None:
        return self.person_by_name.get(fold(person_name(name)))

    def cluster(self, name: str) -> URIRef | None:
        return self.cluster_by_name.get(fold(name))


class Resolver:
    """Resolves the entities of one document's facts. Pure: same facts, same IRIs."""

    def __init__(self, facts: Facts, catalogue: UnitCatalogue | None = None) -> None:
        self.facts = facts
        self.catalogue = catalogue or default_catalogue()
        self.result = Resolution()
        # What the document itself says about its units wins over the gazetteer.
        self._stated: dict[str, tuple[str | None, str | None]] = {}
        for org in facts.organisations:
            key = self._canonical(org.name)
            if key:
                parent = self._canonical(org.parent) if org.parent else None
                self._stated[key] = (parent or None, org.kind)

    def _canonical(self, name: str) -> str:
        return collapse_spaces(nfc(self.catalogue.canonical(nfc(name)) or ""))

    def unit(self, name: str) -> URIRef | None:
        """The IRI of a unit named anyhow, adding it and its parents to the resolution."""
        canonical = self._canonical(name)
        if not canonical:
            return None
        return self._add_unit(canonical, 0)

    def _add_unit(self, canonical: str, depth: int) -> URIRef:
        iri = unit_iri(canonical)
        if iri in self.result.units:
            return iri
        stated_parent, stated_kind = self._stated.get(canonical, (None, None))
        kind = stated_kind or self.catalogue.kind(canonical)
        parent_name = stated_parent or self.catalogue.parent(canonical)
        info = UnitInfo(iri, canonical, kind, None)
        self.result.units[iri] = info
        if parent_name and depth < _MAX_DEPTH:
            parent_canonical = self._canonical(parent_name)
            if parent_canonical and parent_canonical != canonical:
                info.parent = self._add_unit(parent_canonical, depth + 1)
        return iri

    def province_of(self, unit: URIRef) -> URIRef | None:
        """The provincial police a unit is or sits under."""
        seen: set[URIRef] = set()
        current: URIRef | None = unit
        while current is not None and current not in seen:
            seen.add(current)
            info = self.result.units.get(current)
            if info is None:
                return None
            if info.kind == PROVINCIAL:
                return current
            current = info.parent
        return None

    def _provinces(self, units: Iterable[URIRef]) -> list[URIRef]:
        return sorted({p for u in units if (p := self.province_of(u)) is not None})

    def resolve(self) -> Resolution:
        facts = self.facts
        for org in facts.organisations:
            self.unit(org.name)
        for cluster in facts.clusters:
            for member in cluster.members:
                self.unit(member)
        person_units: dict[str, list[URIRef]] = {}
        for person in facts.persons:
            units = person_units.setdefault(fold(person_name(person.name)), [])
            for position in person.positions:
                if position.organisation and (iri := self.unit(position.organisation)):
                    units.append(iri)
        for event in facts.events:
            for organiser in event.organisers:
                if not self._is_cluster_name(organiser):
                    self.unit(organiser)
        document_provinces = self._provinces(self.result.units)
        document_province = document_provinces[0] if len(document_provinces) == 1 else None

        for cluster in facts.clusters:
            parent = self.unit(cluster.parent) if cluster.parent else self._common_parent(cluster)
            iri = cluster_iri(nfc(cluster.name), parent)
            self.result.clusters.setdefault(
                iri, ClusterInfo(iri, collapse_spaces(nfc(cluster.name)), parent)
            )
            self.result.cluster_by_name.setdefault(fold(cluster.name), iri)

        names = [p.name for p in facts.persons]
        for event in facts.events:
            names.extend(event.chair)
            names.extend(event.attendees)
        for award in facts.awards:
            if award.recipient and self._is_person_name(award.recipient):
                names.append(award.recipient)
        for name in names:
            written = person_name(name)
            key = fold(written)
            if not key or key in self.result.person_by_name:
                continue
            provinces = self._provinces(person_units.get(key, []))
            province = provinces[0] if provinces else document_province
            iri = person_iri(written, province)
            self.result.person_by_name[key] = iri
            self.result.persons.setdefault(iri, PersonInfo(iri, written))
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

    def _is_person_name(self, name: str) -> bool:
        key = fold(person_name(name))
        return any(fold(person_name(p.name)) == key for p in self.facts.persons)


def resolve(facts: Facts, catalogue: UnitCatalogue | None = None) -> tuple[Resolver, Resolution]:
    """Resolve a document's entities; the resolver also resolves further unit names."""
    resolver = Resolver(facts, catalogue)
    return resolver, resolver.resolve()
