"""Extraction: a read `Document` to the `Facts` a careful reader would record.

Each sentence is annotated with typed mentions (units, places, clusters, ranks, posts,
honorifics, then names in what is left); people, clusters, events and awards are read from
those mentions and merged over the document. Word lists, gazetteers and abbreviations are
data files under `ingest/data/`. `canonical_unit`, `unit_parent` and `unit_kind` give the
canonical name, implied parent and kind of a unit name on its own (for rosters and the graph).
"""

from __future__ import annotations

from ingest.extract.document import ExtractionError, extract
from ingest.extract.units import canonical_unit, unit_kind, unit_parent

__all__ = ["ExtractionError", "extract", "canonical_unit", "unit_kind", "unit_parent"]
