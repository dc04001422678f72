"""Names as blocks: which written names may be one person's.

A report may leave out a middle name (`Đại tá Lâm Vũ` for Lâm Hoàng Vũ) or a filler middle
word (`Hà Ngọc Lan` for Hà Thị Ngọc Lan, `data/middle_fillers.csv`). Every name keeps its own
blocking key (the folded name, in the mention records, the IRIs and the judgements), and the
names that may be one person's are resolved together as one **unit**:
- names share a stem, the family name and the given name (`lam vu`);
- two names are compatible when their middles are equal, or one has none, or both are the same
  once their filler words are left out; names that are not compatible are two people;
- the names of one stem are one unit when the short name (the stem itself) is written by some
  mention, since it may be any of them; otherwise those that differ only by filler words are
  one unit, and every other name is a unit of its own, as before.
A unit is a function of the set of names its mentions are written with, so any order of
writes resolves it alike."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kg.resolve.rules import middle_fillers as fillers


def stem(name: str) -> str:
    """Family and given name of a folded name (a name of one or two words is its own stem)."""
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else name


def _middle(name: str) -> tuple[str, ...]:
    return tuple(name.split()[1:-1])


def _core(name: str) -> tuple[str, ...]:
    """The middle without its filler words."""
    return tuple(w for w in _middle(name) if w not in fillers())


def is_short(name: str) -> bool:
    """A family and given name only: it may stand for any name of its stem."""
    return len(name.split()) == 2


@lru_cache(maxsize=1 << 14)
def compatible(a: str, b: str) -> bool:
    """Whether two folded names may be one person's."""
    if a == b:
        return True
    if stem(a) != stem(b):
        return False
    if not _middle(a) or not _middle(b):
        return True
    return bool(_core(a)) and _core(a) == _core(b)


def variants(name: str) -> set[str]:
    """The other names that differ from `name` only by a filler word before its middle, and its
    short name: the names its unit may take in besides those of the short name's unit."""
    words = name.split()
    if len(words) <= 2:
        return set()
    out = {stem(name)}
    core = _core(name)
    if core:
        out |= {" ".join((words[0], *middle, words[-1])) for middle in _fronted(core)}
    return out - {name}


def _fronted(core: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [core, *((word, *core) for word in sorted(fillers()))]


def fullest(names: Iterable[str]) -> str:
    """The name an entity written in several ways is named after: the longest (then the first
    in order), so that a later short mention does not rename it."""
    return min(names, key=lambda n: (-len(n.split()), n))


def units(names: Iterable[str]) -> list[list[str]]:
    """The names written, grouped into the units resolved together, each sorted."""
    by_stem: dict[str, set[str]] = {}
    for name in names:
        by_stem.setdefault(stem(name), set()).add(name)
    out = []
    for key, group in by_stem.items():
        if key in group or len(group) == 1:
            out.append(sorted(group))
            continue
        by_core: dict[tuple[str, ...], set[str]] = {}
        for name in group:
            core = _core(name)
            by_core.setdefault(core if core else (name,), set()).add(name)
        out += [sorted(g) for g in by_core.values()]
    return sorted(out)
