"""Extraction: a read `Document` to the `Facts` a careful reader would record.

Each sentence is annotated with typed mentions (units, places, clusters, ranks, roles,
honorifics, then names in what is left); people, clusters, events and awards are read from
those mentions, and merged over the document. See `units.canonical_unit` for unit names."""

from __future__ import annotations

from ingest.extract.document import extract
from ingest.extract.units import canonical_unit, unit_kind, unit_parent

__all__ = ["extract", "canonical_unit", "unit_kind", "unit_parent"]
