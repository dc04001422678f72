"""What `bench/stores.py` runs each named query with: parameters drawn from the corpus (a
different person, unit, event… each run), and the text of a plan name on a store's dialect."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ANY = "urn:cand-kg:any"
# The lists the store sorts and pages.
PAGED = (
    "api_awards_listed",
    "api_clusters",
    "api_documents_listed",
    "api_events_listed",
    "api_events_of_kind",
    "api_persons",
    "api_persons_listed",
    "api_units",
)
PAGE = 50

# What each parameter takes its values from: (predicate, object) of a quad, the subject
# taken when the object is given, else the object.
CAND = "https://w3id.org/cand-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SOURCES = {
    "person": ("https://schema.org/attendee", None),
    "event": (RDF_TYPE, f"{CAND}Event"),
    "unit": (RDF_TYPE, f"{CAND}Unit"),
    "parent": ("http://www.w3.org/ns/org#subOrganizationOf", None),
    "cluster": (RDF_TYPE, f"{CAND}EmulationCluster"),
    "doc": (RDF_TYPE, f"{CAND}SourceDocument"),
    "recipient": (f"{CAND}recipient", None),
    "conferral": (RDF_TYPE, f"{CAND}AwardConferral"),
    "rank": (f"{CAND}rank", None),
}


def distinct_values(corpus: Path) -> dict[str, list[str]]:
    """The IRIs each parameter can take, in one pass over the corpus's lines (never the
    whole corpus in memory: at 100,000 articles it is 35 million quads)."""
    wanted: dict[bytes, list[tuple[str, bytes | None]]] = {}
    for name, (predicate, obj) in SOURCES.items():
        key = f"<{predicate}>".encode()
        wanted.setdefault(key, []).append((name, f"<{obj}>".encode() if obj else None))
    found: dict[str, dict[str, None]] = {name: {} for name in SOURCES}
    with corpus.open("rb") as lines:
        for line in lines:
            parts = line.split(b" ", 3)
            if len(parts) < 4 or parts[1] not in wanted or not parts[2].startswith(b"<"):
                continue
            for name, obj in wanted[parts[1]]:
                if obj is None:
                    found[name][parts[2][1:-1].decode()] = None
                elif parts[2] == obj and parts[0].startswith(b"<"):
                    found[name][parts[0][1:-1].decode()] = None
    return {name: list(values) for name, values in found.items()}


def pick_parameters(corpus: Path, reps: int) -> dict[str, list[dict[str, str]]]:
    """For every named query, `reps` parameter sets (N-Triples terms) taken from the corpus."""
    rng = random.Random(11)
    values = {}
    for name, found in distinct_values(corpus).items():
        if not found:
            raise SystemExit(f"the corpus has no value for ${name}")
        values[name] = [rng.choice(found) for _ in range(reps)]
    values["kind"] = [ANY] * reps
    iri = {name: [f"<{v}>" for v in vs] for name, vs in values.items()}
    days = [(rng.randint(2016, 2025), rng.randint(1, 12)) for _ in range(reps)]
    xsd = "http://www.w3.org/2001/XMLSchema#"
    iri["date"] = [f'"{y}-{m:02d}-15"' for y, m in days]
    iri["day"] = iri["date"]
    iri["periods"] = [
        f'"{y}-{m:02d}-15"^^<{xsd}date> "{y}-{m:02d}"^^<{xsd}gYearMonth> "{y}"^^<{xsd}gYear>'
        for y, m in days
    ]
    from kg.summary import span_keys

    iri["spanKeys"] = [" ".join(key.n3() for key in span_keys(f"{y}-{m:02d}-15")) for y, m in days]
    iri["year"] = [f'"{rng.randint(2016, 2025)}"' for _ in range(reps)]
    iri["from"] = iri["to"] = ['""'] * reps  # no bound: the paged lists run unfiltered
    # A page of a list, as the API reads its entries.
    iri["entities"] = [" ".join(rng.sample(iri["person"], min(PAGE, reps))) for _ in range(reps)]
    # A page of documents, as /documents reads their titles.
    iri["documents"] = [" ".join(rng.sample(iri["doc"], min(PAGE, reps))) for _ in range(reps)]
    # The units of one career's posts, as a person's view asks what became of them.
    iri["units"] = [" ".join(rng.sample(iri["unit"], min(10, reps))) for _ in range(reps)]
    # A page of conferrals, as /awards reads their facts.
    conferrals = iri["conferral"]
    iri["conferrals"] = [
        " ".join(rng.sample(conferrals, min(PAGE, len(conferrals)))) for _ in range(reps)
    ]
    # The REST lists are filtered by one thing at a time, as the API calls them; the paged
    # lists are measured unfiltered (filters only shorten them).
    overrides = {
        "api_persons": {"unit": [f"<{ANY}>"] * reps, "rank": [f"<{ANY}>"] * reps},
        "api_units": {"parent": [f"<{ANY}>"] * reps},
        "api_events": {"person": [f"<{ANY}>"] * reps},
        "api_awards_listed": {"recipient": [f"<{ANY}>"] * reps},
        "api_events_of_kind": {"kind": [f"<{CAND}ceremony>"] * reps},
        "api_event_kind_count": {"kind": [f"<{CAND}ceremony>"] * reps},
    }
    plan: dict[str, list[dict[str, str]]] = {}
    for name in plan_names():
        needed = sorted(set(parameters(query_text(name))))
        unknown = [p for p in needed if p not in iri]
        if unknown:
            print(f"{name}: skipped, no values for ${', $'.join(unknown)}", file=sys.stderr)
            continue
        # A list's count takes the list's own parameters, as the API counts the list it pages.
        chosen = {p: overrides.get(name.removesuffix(" count"), {}).get(p, iri[p]) for p in needed}
        plan[name] = [{p: chosen[p][i] for p in needed} for i in range(reps)]
    return plan


def plan_names() -> list[str]:
    """The named queries, and for each list the API pages, its count as `<name> count`."""
    from kg import queries

    names = queries.names()
    return sorted(names + [f"{name} count" for name in PAGED if name in names])


def query_text(name: str, dialect: str = "") -> str:
    """The text of a plan name on a store of `dialect` (its variant of the named query, if
    any): a list's count, else the query (a list whole: `runner` pages it)."""
    from kg import queries

    if name.endswith(" count"):
        return queries.count(queries.text(name.removesuffix(" count"), dialect))
    return queries.text(name, dialect)


def parameters(text: str) -> list[str]:
    """The `$names` of a query's parameters."""
    return re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text)


def terms(params: dict[str, str]) -> dict:
    """Parameters written as N-Triples terms, as rdflib terms (`kg.sparql.bind` writes them)."""
    from rdflib.util import from_n3

    return {name: from_n3(value) for name, value in params.items()}


def bind_params(text: str, params: dict[str, str]) -> str:
    """A query's text with its parameters written in (as N-Triples terms)."""
    return re.sub(r"\$([A-Za-z_][A-Za-z0-9_]*)", lambda m: params[m.group(1)], text)
