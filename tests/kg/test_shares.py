"""Shares merged in Python leave the summary graph that their union and the SPARQL prune leave."""

from __future__ import annotations

import pyoxigraph as ox

from core.namespaces import CAND, SUMMARY_GRAPH
from kg import summary
from kg.shares import merge

T = "https://w3id.org/cand-kg/id/tenure/a--rank-dai-ta"
E = "https://w3id.org/cand-kg/id/event/hoi-nghi"
U = "https://w3id.org/cand-kg/id/unit/cong-an-tinh-a"
DOC = "https://w3id.org/cand-kg/id/doc/"
XSD = "http://www.w3.org/2001/XMLSchema#"

STORED = f"""
<{T}> <{CAND.firstSeen}> "2020-03-01"^^<{XSD}date> .
<{T}> <{CAND.lastSeen}> "2021-01-01"^^<{XSD}date> .
<{T}> <{CAND.sampleSource}> <{DOC}b> .
<{T}> <{CAND.tenureOf}> <https://w3id.org/cand-kg/id/person/a> .
<{E}> <{CAND.eventOrder}> "" .
<{U}> <{CAND.unitOrder}> "cong an tinh a" .
<{U}> <{CAND.leastSource}> <{DOC}b> .
<{U}> <{CAND.greatestSource}> <{DOC}b> .
<{U}> <{CAND.singleSourceAs}> <{CAND.Unit}> .
<{U}> <{CAND.catalogueName}> "Công an tỉnh A"@vi .
"""

# Earlier and later dates, a tie in text under another datatype, a dated order key for an
# undated one, a second source for an entity known from one, names already stored.
ADDED = f"""
<{T}> <{CAND.firstSeen}> "2019-05-01"^^<{XSD}date> .
<{T}> <{CAND.firstSeen}> "2019-05-01" .
<{T}> <{CAND.lastSeen}> "2020-12-01"^^<{XSD}date> .
<{T}> <{CAND.sampleSource}> <{DOC}c> .
<{T}> <{CAND.seenIn}> <{DOC}c> .
<{T}> <{CAND.tenureOf}> <https://w3id.org/cand-kg/id/person/a> .
<{E}> <{CAND.eventOrder}> "2021-04" .
<{U}> <{CAND.unitOrder}> "cong an tinh a" .
<{U}> <{CAND.leastSource}> <{DOC}c> .
<{U}> <{CAND.greatestSource}> <{DOC}c> .
<{U}> <{CAND.singleSourceAs}> <{CAND.Unit}> .
<{U}> <{CAND.catalogueName}> "Công an tỉnh A"@vi .
""".lstrip()

PRUNED = [T, E, U]


def in_summary(ntriples: str) -> str:
    return f"<{SUMMARY_GRAPH}> {{\n{ntriples}\n}}\n"


def summary_of(store: ox.Store) -> set[str]:
    return {str(q) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY_GRAPH))}


def stored() -> ox.Store:
    store = ox.Store()
    store.load(in_summary(STORED).encode(), ox.RdfFormat.TRIG)
    return store


def test_merged_shares_leave_the_summary_the_union_and_the_prune_leave():
    pruned_by_sparql = stored()
    pruned_by_sparql.load(in_summary(ADDED).encode(), ox.RdfFormat.TRIG)
    pruned_by_sparql.update(summary.prune_update(PRUNED))
    merged = stored()
    joined = merge(merged, ADDED.encode(), PRUNED)
    merged.load(in_summary(joined.insert.decode()).encode(), ox.RdfFormat.TRIG)
    merged.update(joined.deletion(marked=False))
    assert summary_of(merged) == summary_of(pruned_by_sparql)
    # Only what is new and kept is written; only superseded stored values are deleted.
    assert b"catalogueName" not in joined.insert
    assert b"2020-12-01" not in joined.insert
    assert joined.superseded == {T, E, U}


def test_cleared_tenures_and_entries_are_written_again():
    merged = stored()
    joined = merge(merged, ADDED.encode(), PRUNED, people=["https://w3id.org/cand-kg/id/person/a"])
    # The tenure is cleared before the insert: its values are all written, none deleted.
    assert b"2020-12-01" in joined.insert and b"tenureOf" in joined.insert
    assert T not in joined.superseded
    joined = merge(stored(), ADDED.encode(), PRUNED, entities=[U])
    assert b"catalogueName" in joined.insert
