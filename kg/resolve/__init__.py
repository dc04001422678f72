"""Resolution: which mentions, in any number of documents, are one real unit, person or event.

- `units`: units and emulation clusters of one document (canonical names, the hierarchy);
- `document`: the people of one document, each a mention with its evidence;
- `persons`, `events`: the evidence between mentions of one name, or one event kind and month;
- `clustering`: scored clustering under conflicts and curator judgements;
- `blocks`: one block of mentions -> entities with canonical IRIs;
- `store`: the writer's side: the blocks a document touches, re-resolved from the store, and
  the renames that follow;
- `records`: the mention records document graphs hold, read from graphs and the store;
- `kin`: the names resolved together with a name (its short name, its fillers), from the store;
- `explain`: an entity's mentions and the evidence that joined or separated them;
- `lifespans`: when units existed (the reference data of `kg/units/`), to read a unit's name
  as of a document's date.
Evidence weights and word lists are data (`data/*.csv`)."""

from kg.resolve.blocks import person_iri
from kg.resolve.mentions import person_block, person_name
from kg.resolve.units import (
    UnitCatalogue,
    cluster_iri,
    default_catalogue,
    resolve,
    unit_iri,
)

__all__ = [
    "UnitCatalogue",
    "cluster_iri",
    "default_catalogue",
    "person_block",
    "person_iri",
    "person_name",
    "resolve",
    "unit_iri",
]
