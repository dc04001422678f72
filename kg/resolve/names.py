"""Names as blocks: which written names may be one person's.

A report may leave out a middle name (`Đại tá Lâm Vũ` for Lâm Hoàng Vũ), a filler middle
word (`Hà Ngọc Lan` for Hà Thị Ngọc Lan, `data/middle_fillers.csv`) or, in a name of four
words or more, the middle words before the given name's own (`Lưu Bảo Khánh` for Lưu Đình
Bảo Khánh: the words kept end the middle, as a compound given name is never cut). Every name
keeps its own blocking key (the folded name, in the mention records, the IRIs and the
judgements), and the names that may be one person's are resolved together as one **unit**:
- names share a stem, the family name and the given name (`lam vu`);
- two names are compatible when their middles are equal, or one has none, or one ends the
  other, or one is the other written with initials (`Trần H. Nghị`), or both are the same
  once their filler words are left out; names that are not
  compatible are two people;
- the names of one stem are one unit when the short name (the stem itself) is written by some
  mention, since it may be any of them; otherwise the names linked by a chain of names that
  differ only by filler words or whose middle ends another's are one unit, and every other
  name is a unit of its own, as before.
A family name of two words some outlets write as one (`Rơ Mah` / `Rơmah`,
`data/joined_family_names.csv`) is read joined in every comparison (`written`), so the two
spellings are one name; each keeps its own blocking key, and a lookup by key asks for every
spelling (`spellings`).
A unit is a function of the set of names its mentions are written with, so any order of
writes resolves it alike."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kg.resolve.rules import joined_family_names
from kg.resolve.rules import middle_fillers as fillers


@lru_cache(maxsize=1 << 14)
def written(name: str) -> str:
    """A folded name with its family names of two words joined (`ro mah plong` -> `romah
    plong`): the form every comparison of names reads."""
    words, joined = name.split(), joined_family_names()
    out: list[str] = []
    i = 0
    while i < len(words):
        one = joined.get((words[i], words[i + 1])) if i + 1 < len(words) else None
        out.append(one or words[i])
        i += 2 if one else 1
    return " ".join(out)


def spellings(name: str) -> set[str]:
    """Every folded name `name` may be written as, its family names of two words joined or
    spaced (`name` itself included)."""
    spaced = {one: f"{a} {b}" for (a, b), one in joined_family_names().items()}
    forms = [""]
    for word in written(name).split():
        options = (word, spaced[word]) if word in spaced else (word,)
        forms = [f"{form} {option}".strip() for form in forms for option in options]
    return set(forms)


def stem(name: str) -> str:
    """Family and given name of a folded name (a name of one or two words is its own stem)."""
    words = written(name).split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else " ".join(words)


def written_alike(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sets of folded names share a name, however its family name is spelled."""
    return bool({written(n) for n in a} & {written(n) for n in b})


def _middle(name: str) -> tuple[str, ...]:
    return tuple(written(name).split()[1:-1])


def _core(name: str) -> tuple[str, ...]:
    """The middle without its filler words."""
    return tuple(w for w in _middle(name) if w not in fillers())


def _ends(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether middle `a` is what is left of a longer middle `b` without its first words."""
    return 0 < len(a) < len(b) and b[len(b) - len(a) :] == a


def is_short(name: str) -> bool:
    """A family and given name only: it may stand for any name of its stem."""
    return len(written(name).split()) == 2


def given(name: str) -> str:
    """The given name of a folded name (its last word)."""
    return written(name).rsplit(" ", 1)[-1]


def is_given_alone(name: str) -> bool:
    """A given name written alone (`Đại tá Khiêm, Giám đốc …`): it may stand for any name
    ending with it, and is joined to one only where one person fits (`kg.resolve.alone`)."""
    return " " not in written(name)


@lru_cache(maxsize=1 << 14)
def compatible(a: str, b: str) -> bool:
    """Whether two folded names may be one person's."""
    if a == b or written(a) == written(b):
        return True
    if is_given_alone(a) or is_given_alone(b):
        return given(a) == given(b)
    if stem(a) != stem(b):
        return False
    return _linked(a, b) or not _middle(a) or not _middle(b)


def _linked(a: str, b: str) -> bool:
    """Two names of one stem, both with a middle, that may be one person's."""
    if written(a) == written(b):
        return True
    ma, mb = _middle(a), _middle(b)
    if _ends(ma, mb) or _ends(mb, ma) or _initialled(ma, mb) or _initialled(mb, ma):
        return True
    return bool(_core(a)) and _core(a) == _core(b)


def variants(name: str) -> set[str]:
    """The other names that differ from `name` only by a filler word before its middle, the
    names without its first middle words, and its short name: the names its unit may take in
    besides those of the short name's unit (its longer forms are found by their stem key);
    each in every spelling (`spellings`), and the other spellings of `name` itself."""
    full = written(name)
    words = full.split()
    out = {full}
    if len(words) > 2:
        out |= set(shorter_forms(full))
        if core := _core(full):
            out |= {" ".join((words[0], *middle, words[-1])) for middle in _fronted(core)}
    return {spelled for form in out for spelled in spellings(form)} - {name}


def shorter_forms(name: str) -> list[str]:
    """The names a report may write `name` with in fewer words or letters: its short name, the
    names without its first middle words (`luu bao khanh`, `luu khanh` for `luu dinh bao
    khanh`) and its middle words as initials (`tran h nghi` for `tran huu nghi`, written `Trần
    H. Nghị`), written as `written` writes them."""
    words = written(name).split()
    middle = _middle(name)
    if not middle:
        return []
    fewer = [" ".join((words[0], *middle[i:], words[-1])) for i in range(1, len(middle))]
    initials = tuple(w[0] for w in middle)
    if initials != middle:
        fewer.append(" ".join((words[0], *initials, words[-1])))
    return [*fewer, stem(name)]


def _initialled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether middle `a` is middle `b` with some words written as initials (a word of one
    letter: no Vietnamese word is one)."""
    return (
        a != b
        and len(a) == len(b)
        and all(x == y or (len(x) == 1 and y.startswith(x)) for x, y in zip(a, b, strict=True))
    )


def _fronted(core: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [core, *((word, *core) for word in sorted(fillers()))]


def fullest(names: Iterable[str]) -> str:
    """The name an entity written in several ways is named after: the longest (then one with
    no initial, then the first in order), so that a later short mention does not rename it."""
    return min(
        names, key=lambda n: (-len(written(n).split()), min(map(len, _middle(n)), default=2) < 2, n)
    )


def units(names: Iterable[str]) -> list[list[str]]:
    """The names written, grouped into the units resolved together, each sorted; a given name
    written alone takes in every unit holding a name that ends with it."""
    names = set(names)
    by_stem: dict[str, set[str]] = {}
    for name in names:
        by_stem.setdefault(stem(name), set()).add(name)
    out = []
    for key, group in by_stem.items():
        if key in {written(n) for n in group} or len(group) == 1:
            out.append(sorted(group))
            continue
        out += _components(sorted(group))
    alone = {given(n) for n in names if is_given_alone(n)}
    if not alone:
        return sorted(out)
    merged: dict[str, set[str]] = {}
    kept = []
    for unit in out:
        ends = {given(n) for n in unit} & alone
        if ends:
            merged.setdefault(min(ends), set()).update(unit)
        else:
            kept.append(unit)
    return sorted(kept + [sorted(unit) for unit in merged.values()])


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
