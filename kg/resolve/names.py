"""Names as blocks: which written names may be one person's.

A report may leave out a middle name (`Đại tá Lâm Vũ` for Lâm Hoàng Vũ), a filler middle
word (`Hà Ngọc Lan` for Hà Thị Ngọc Lan, `data/middle_fillers.csv`) or, in a name of four
words or more, the middle words before the given name's own (`Lưu Bảo Khánh` for Lưu Đình
Bảo Khánh: the words kept end the middle, as a compound given name is never cut). Every name
keeps its own blocking key (the folded name, in the mention records, the IRIs and the
judgements), and the names that may be one person's are resolved together as one **unit**:
- names share a stem, the family name and the given name (`lam vu`);
- two names are compatible when their middles are equal, or one has none, or one ends the
  other, or both are the same once their filler words are left out; names that are not
  compatible are two people;
- the names of one stem are one unit when the short name (the stem itself) is written by some
  mention, since it may be any of them; otherwise the names linked by a chain of names that
  differ only by filler words or whose middle ends another's are one unit, and every other
  name is a unit of its own, as before.
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


def _ends(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether middle `a` is what is left of a longer middle `b` without its first words."""
    return 0 < len(a) < len(b) and b[len(b) - len(a) :] == a


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
    return _linked(a, b) or not _middle(a) or not _middle(b)


def _linked(a: str, b: str) -> bool:
    """Two names of one stem, both with a middle, that may be one person's."""
    ma, mb = _middle(a), _middle(b)
    if _ends(ma, mb) or _ends(mb, ma):
        return True
    return bool(_core(a)) and _core(a) == _core(b)


def variants(name: str) -> set[str]:
    """The other names that differ from `name` only by a filler word before its middle, the
    names without its first middle words, and its short name: the names its unit may take in
    besides those of the short name's unit (its longer forms are found by their stem key)."""
    words = name.split()
    if len(words) <= 2:
        return set()
    out = set(shorter_forms(name))
    core = _core(name)
    if core:
        out |= {" ".join((words[0], *middle, words[-1])) for middle in _fronted(core)}
    return out - {name}


def shorter_forms(name: str) -> list[str]:
    """The names a report may write `name` with in fewer words: its short name and the names
    without its first middle words (`luu bao khanh`, `luu khanh` for `luu dinh bao khanh`)."""
    words = name.split()
    middle = _middle(name)
    if not middle:
        return []
    return [" ".join((words[0], *middle[i:], words[-1])) for i in range(1, len(middle))] + [
        stem(name)
    ]


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
        out += _components(sorted(group))
    return sorted(out)


def _components(names: list[str]) -> list[list[str]]:
    """The names of one stem (its short name not written) grouped by chains of `_linked`."""
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if _linked(a, b):
                parent[find(b)] = find(a)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(find(n), []).append(n)
    return list(groups.values())
