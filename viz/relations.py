"""The graph-page edges and how each is read from the RDF model.

Each relation is a SPARQL pattern from `?a` to `?b`, optionally binding `?role` (a role IRI),
`?date` and `?g` (the named graph, i.e. the source document, that states it). n-ary nodes of the
model (post holdings, cluster memberships) become one labelled edge here."""

from __future__ import annotations

from core.namespaces import ID_BASE

_ENTITY_KINDS = ("person", "unit", "cluster", "event", "conferral")
_IS_ENTITY = " || ".join(f'STRSTARTS(STR(?a), "{ID_BASE}{kind}/")' for kind in _ENTITY_KINDS)

PATTERNS: dict[str, str] = {
    "chaired": "GRAPH ?g { ?b cand:chair ?a }",
    "attended": "GRAPH ?g { ?b schema:attendee ?a }",
    "organised": "GRAPH ?g { ?b schema:organizer ?a }",
    # the n-ary patterns name the bound end first and keep OPTIONALs outside the GRAPH block:
    # written otherwise, Oxigraph scans every membership before joining the bound nodes
    "holds_post": (
        "GRAPH ?g { ?m org:organization ?b . ?m org:member ?a . ?m org:role ?role }"
        " OPTIONAL { GRAPH ?g { ?m cand:observedOn|schema:startDate ?date } }"
    ),
    "member_of": (
        "{ GRAPH ?g { ?m org:organization ?b . ?m org:member ?a . ?m a cand:ClusterMembership }"
        " OPTIONAL { GRAPH ?g { ?m cand:year ?date } } }"
        " UNION { GRAPH ?g { ?a org:memberOf ?b } }"
    ),
    "part_of": "GRAPH ?g { ?a org:subOrganizationOf ?b }",
    "awarded": "GRAPH ?g { ?b cand:recipient ?a }",
    "granted": "GRAPH ?g { ?b cand:grantor ?a }",
    "source": (
        f'GRAPH ?b {{ ?a a ?anyType }} FILTER(STRSTARTS(STR(?b), "{ID_BASE}doc/"))'
        f" FILTER({_IS_ENTITY})"
    ),
}

PREFIXES = """PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""


def edges_query(values: str) -> str:
    """Every relation touching the nodes in `values` (IRIs in N-Triples form), either end."""
    branches = []
    for relation, pattern in PATTERNS.items():
        for end in ("a", "b"):
            branches.append(
                f'{{ VALUES ?{end} {{ {values} }} {pattern} BIND("{relation}" AS ?rel) }}'
            )
    body = "\n  UNION ".join(branches)
    return f"{PREFIXES}SELECT DISTINCT ?a ?rel ?b ?role ?date ?g WHERE {{\n  {body}\n}}"
