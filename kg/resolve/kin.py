"""The units of names (`kg.resolve.names`) a write or an explanation must resolve, read from
the store: a name's short name and filler variants are looked up by key; the names of a stem
whose short name is written are found by their prefix and suffix, a scan of the person
mention keys that only a write touching a short name (or a name whose short name is written)
pays."""

from __future__ import annotations

from collections.abc import Iterable

from kg.resolve.names import is_short, stem, units, variants
from kg.sparql import term_n3
from kg.store.base import Store

_PREFIX = "PREFIX cand: <https://w3id.org/cand-kg/ontology#>\n"


def _outside(graphs: Iterable[str]) -> str:
    listed = ", ".join(f"<{g}>" for g in sorted(graphs))
    return f"FILTER(?g NOT IN ({listed}))" if listed else ""


def _written(store: Store, names: Iterable[str], excluded: Iterable[str]) -> set[str]:
    """Those of `names` some person mention outside the graphs `excluded` is written with."""
    keys = sorted(set(names))
    if not keys:
        return set()
    rows = store.text_rows(
        _PREFIX
        + "SELECT DISTINCT ?key WHERE { VALUES ?key { "
        + " ".join(term_n3(k) for k in keys)
        + " } GRAPH ?g { ?m cand:blockKey ?key ; a cand:PersonMention } "
        + _outside(excluded)
        + " }"
    )
    return {str(key) for (key,) in rows}


def _of_stems(store: Store, stems: Iterable[str], excluded: Iterable[str]) -> set[str]:
    """Every name of these stems some person mention outside `excluded` is written with."""
    tests = [
        f"(STRSTARTS(?key, {term_n3(s.split()[0] + ' ')}) && "
        f"STRENDS(?key, {term_n3(' ' + s.split()[-1])}))"
        for s in sorted(set(stems))
    ]
    if not tests:
        return set()
    rows = store.text_rows(
        _PREFIX + "SELECT DISTINCT ?key WHERE { GRAPH ?g { ?m a cand:PersonMention ; "
        "cand:blockKey ?key } " + _outside(excluded) + f" FILTER({' || '.join(tests)}) }}"
    )
    return {str(key) for (key,) in rows if stem(str(key)) in stems}


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
    looked = {v for n in names for v in variants(n)}
    present = _written(store, names | looked, excluded) | arriving
    stems = {n for n in names if is_short(n)} | {stem(n) for n in names if stem(n) in present}
    present |= _of_stems(store, stems, excluded) | {n for n in arriving if stem(n) in stems}
    grouped = units(present)
    held = {n for g in grouped for n in g}
    return sorted(grouped + [[n] for n in sorted(names - held)])
