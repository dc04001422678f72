"""The units of names (`kg.resolve.names`) a write or an explanation must resolve, read from
the store: a name's short name, filler variants and shorter forms are looked up by key; the
names of a stem whose short name is written, and the longer forms of a name with a middle
(`Lưu Đình Bảo Khánh` for `Lưu Bảo Khánh`), by the stem key each person mention record
carries (`cand:stemKey`)."""

from __future__ import annotations

from collections.abc import Iterable

from kg.resolve.names import (
    given,
    is_given_alone,
    is_short,
    shorter_forms,
    stem,
    units,
    variants,
    written,
)
from kg.sparql import term_n3
from kg.store.base import Store

_PREFIX = "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"


def _outside(graphs: Iterable[str]) -> str:
    listed = ", ".join(f"<{g}>" for g in sorted(graphs))
    return f"FILTER(?g NOT IN ({listed}))" if listed else ""


def _keys(
    store: Store, var: str, values: Iterable[str], pattern: str, excluded: Iterable[str]
) -> set[str]:
    """The person mention keys (`?key`) outside the graphs `excluded` that the triple pattern
    gives for any of `values` (bound to `?var`)."""
    listed = sorted(set(values))
    if not listed:
        return set()
    rows = store.text_rows(
        _PREFIX
        + f"SELECT DISTINCT ?key WHERE {{ VALUES ?{var} {{ "
        + " ".join(term_n3(v) for v in listed)
        + f" }} GRAPH ?g {{ {pattern} }} "
        + _outside(excluded)
        + " }"
    )
    return {str(key) for (key,) in rows}


def _written(store: Store, names: Iterable[str], excluded: Iterable[str]) -> set[str]:
    """Those of `names` some person mention outside the graphs `excluded` is written with."""
    return _keys(store, "key", names, "?m cand:blockKey ?key ; a cand:PersonMention", excluded)


def _of_stems(store: Store, stems: Iterable[str], excluded: Iterable[str]) -> set[str]:
    """Every name of these stems some person mention outside `excluded` is written with."""
    return _keys(store, "stem", stems, "?m cand:stemKey ?stem ; cand:blockKey ?key", excluded)


def _ending_with(store: Store, givens: Iterable[str], excluded: Iterable[str]) -> set[str]:
    """Every name some person mention outside `excluded` is written with that ends with one of
    `givens` (a scan of the stem keys: asked only where a given name is written alone)."""
    listed = sorted(set(givens))
    if not listed:
        return set()
    ends = " || ".join(f"STRENDS(?stem, {term_n3(' ' + g)})" for g in listed)
    rows = store.text_rows(
        _PREFIX
        + "SELECT DISTINCT ?key WHERE { GRAPH ?g { ?m cand:stemKey ?stem ; cand:blockKey ?key }"
        + f" FILTER({ends}) "
        + _outside(excluded)
        + " }"
    )
    return {str(key) for (key,) in rows}


def _alone(store: Store, names: set[str], arriving: set[str], excluded: Iterable[str]) -> set[str]:
    """The given names written alone (by a stored or an arriving mention) that one of `names`
    ends with, or is, and every name ending with them."""
    ends = {given(n) for n in names}
    alone = {n for n in names | arriving if is_given_alone(n) and n in ends}
    alone |= _written(store, ends - alone, excluded)
    if not alone:
        return set()
    givens = {given(n) for n in alone}
    return (
        alone | _ending_with(store, givens, excluded) | {n for n in arriving if given(n) in givens}
    )


def _lengthens(name: str, shorter: set[str]) -> bool:
    forms = {written(n) for n in shorter}
    return any(form in forms for form in shorter_forms(name))


def _has_middle(name: str) -> bool:
    return len(written(name).split()) > 2


def _longer(store: Store, names: set[str], excluded: Iterable[str]) -> set[str]:
    """The names some mention outside `excluded` is written with that one of `names` (a name
    with a middle) may stand for, being one of their shorter forms."""
    stems = {stem(n) for n in names if _has_middle(n)}
    return {n for n in _of_stems(store, stems, excluded) if _lengthens(n, names)}


def person_units(
    store: Store,
    names: Iterable[str],
    arriving: Iterable[str] = (),
    excluded: Iterable[str] = (),
) -> list[list[str]]:
    """The units of names to resolve for a write touching `names`: the names written after it
    (by the stored mentions outside the graphs `excluded`, which it replaces or removes, and
    by the `arriving` mentions) grouped as `kg.resolve.names.units` says, each name of
    `names` no mention is written with any more a unit of its own (resolving it clears it)."""
    names, arriving, excluded = set(names), set(arriving), set(excluded)
    present = set(arriving)
    asked: set[str] = set()
    wanted = set(names)
    # a name found (a shorter or longer form) may link other names of its stem: look again
    # until nothing new is found
    while wanted - asked:
        ask = wanted - asked
        asked |= ask
        looked = {v for n in ask for v in variants(n)}
        present |= _written(store, ask | looked, excluded)
        present |= _longer(store, ask, excluded) | {n for n in arriving if _lengthens(n, ask)}
        wanted = {n for n in present if _has_middle(n)} | names
    seen = {written(n) for n in present}
    stems = {stem(n) for n in names if is_short(n) or stem(n) in seen}
    present |= _of_stems(store, stems, excluded) | {n for n in arriving if stem(n) in stems}
    present |= _alone(store, names, arriving, excluded)
    grouped = units(present)
    held = {n for g in grouped for n in g}
    return sorted(grouped + [[n] for n in sorted(names - held)])
