"""Vietnam's provinces and districts (`ingest/data/admin/`): which province a district is in,
and whether a place is a province-level city."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from core.text import collapse_spaces
from ingest.extract.lexicon import DATA_DIR, table
from ingest.extract.normalise import modern_tones


# Place names repeat within and across articles: most lookups are for a name seen before.
@lru_cache(maxsize=1 << 12)
def key(name: str) -> str:
    """Lookup key: exact letters and tones (`Chử` is not `Chũ`), any case, spacing and
    hyphens (`Thừa Thiên- Huế`, `Bà Rịa-Vũng Tàu`)."""
    return collapse_spaces(_HYPHEN.sub(" ", modern_tones(name))).lower()


_HYPHEN = re.compile(r"\s*[-–]\s*")


@dataclass(frozen=True)
class Province:
    name: str
    type: str  # `thành phố` (centrally run city) or `tỉnh`


@dataclass(frozen=True)
class District:
    name: str
    type: str  # quận | huyện | thị xã | thành phố
    province: str


@dataclass(frozen=True)
class Gazetteer:
    provinces: dict[str, Province]  # key of a name or alias -> province
    districts: dict[str, tuple[District, ...]]  # key of a name -> every district of that name
    current: frozenset[District]  # districts of today's map, not former ones

    def province(self, name: str) -> Province | None:
        return self.provinces.get(key(name))

    def districts_named(self, name: str, level: str | None = None) -> tuple[District, ...]:
        found = self.districts.get(key(name), ())
        return tuple(d for d in found if level is None or d.type == level)

    def districts_in(self, province: str, level: str | None = None) -> tuple[District, ...]:
        """The current districts of a province (of one level if given), in gazetteer order."""
        wanted = self.province(province)
        return tuple(
            d
            for found in self.districts.values()
            for d in found
            if self.province(d.province) == wanted
            and (level is None or d.type == level)
            and d in self.current
        )

    def is_place(self, name: str) -> bool:
        k = key(name)
        return k in self.provinces or k in self.districts


@cache
def gazetteer() -> Gazetteer:
    provinces: dict[str, Province] = {}
    for row in table("admin/provinces.csv"):
        province = Province(row["name"], row["type"])
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            provinces[key(alias)] = province
    districts: dict[str, list[District]] = {}
    today = _district_lines("districts.txt")
    for district in today:
        districts.setdefault(key(district.name), []).append(district)
    current = {(k, d.type) for k, found in districts.items() for d in found}
    for district in _district_lines("former_districts.txt"):
        if (key(district.name), district.type) not in current:
            districts.setdefault(key(district.name), []).append(district)
    return Gazetteer(provinces, {k: tuple(v) for k, v in districts.items()}, frozenset(today))


def _district_lines(name: str) -> list[District]:
    """`province | type | name, name, ...` lines of a file under `admin/`."""
    out = []
    text = modern_tones((DATA_DIR / "admin" / name).read_text(encoding="utf-8"))
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        province, level, names = (part.strip() for part in line.split("|"))
        for district in filter(None, (n.strip() for n in names.split(","))):
            out.append(District(district, level, province))
    return out
