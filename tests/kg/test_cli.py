from __future__ import annotations

import json

from support.project import run_kg

from kg.summary import SUMMARY_GRAPH
from kg.units.reference import REFERENCE_GRAPH, shipped

TURTLE = """@prefix ex: <http://example.org/> .
ex:a ex:name "Đào Thanh Hải"@vi .
ex:b ex:name "Công an quận Đống Đa"@vi .
"""


def document_quads(nquads: str) -> list[str]:
    """Exported quads but those of the reference data every store gets, and its catalogue
    entries in the summary graph."""
    given = (f"<{REFERENCE_GRAPH}> .", f"<{SUMMARY_GRAPH}> .")
    return [q for q in nquads.splitlines() if not q.endswith(given)]


def test_ingest_query_export_round_trip(tmp_path):
    source = tmp_path / "sample.ttl"
    source.write_text(TURTLE, encoding="utf-8")
    store = tmp_path / "kg"
    ingested = run_kg("ingest", str(source), store=store)
    assert ingested.returncode == 0, ingested.stderr

    answer = run_kg(
        "query",
        "SELECT ?n WHERE { ?s <http://example.org/name> ?n }",
        "--format",
        "json",
        store=store,
    )
    assert answer.returncode == 0, answer.stderr
    values = {b["n"]["value"] for b in json.loads(answer.stdout)["results"]["bindings"]}
    assert values == {"Đào Thanh Hải", "Công an quận Đống Đa"}

    exported = run_kg("export", "--format", "nq", store=store)
    assert exported.returncode == 0
    assert len(document_quads(exported.stdout)) == 2
    assert "<https://w3id.org/cand-kg/id/doc/sample>" in exported.stdout


def test_ingesting_twice_keeps_one_copy(tmp_path):
    source = tmp_path / "sample.ttl"
    source.write_text(TURTLE, encoding="utf-8")
    store = tmp_path / "kg"
    run_kg("ingest", str(source), store=store)
    run_kg("ingest", str(source), store=store)
    stats = run_kg("stats", store=store)
    figures = dict(line.rsplit(None, 1) for line in stats.stdout.splitlines())
    exported = run_kg("export", "--format", "nq", store=store)
    catalogue = [q for q in exported.stdout.splitlines() if q.endswith(f"<{SUMMARY_GRAPH}> .")]
    assert figures["quads"] == str(2 + len(shipped()) + len(catalogue))
    # the document's, the reference data's and the summary (the reference units' catalogue)
    assert figures["named graphs"] == "3"
    assert len(document_quads(exported.stdout)) == 2


def test_bad_sparql_exits_non_zero_with_one_line(tmp_path):
    result = run_kg("query", "SELECT WHERE {", store=tmp_path / "kg")
    assert result.returncode == 2
    assert result.stderr.startswith("error: bad SPARQL")
    assert "Traceback" not in result.stderr


def test_malformed_rdf_is_reported_and_store_unchanged(tmp_path):
    good = tmp_path / "good.ttl"
    good.write_text(TURTLE, encoding="utf-8")
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\nex:a ex:name "unterminated .\n')
    store = tmp_path / "kg"
    result = run_kg("ingest", str(good), str(bad), store=store)
    assert "failed" in result.stderr and "bad.ttl" in result.stderr
    exported = run_kg("export", "--format", "nq", store=store)
    assert len(document_quads(exported.stdout)) == 2


def test_missing_path_and_help(tmp_path):
    missing = run_kg("ingest", str(tmp_path / "nope"), store=tmp_path / "kg")
    assert missing.returncode != 0
    assert "no such file" in missing.stderr
    for command in ("ingest", "query", "export", "stats", "serve"):
        shown = run_kg(command, "--help")
        assert shown.returncode == 0 and "Usage" in shown.stdout


def test_export_to_file_in_turtle(tmp_path):
    source = tmp_path / "sample.ttl"
    source.write_text(TURTLE, encoding="utf-8")
    store = tmp_path / "kg"
    run_kg("ingest", str(source), store=store)
    out = tmp_path / "out.ttl"
    result = run_kg("export", "--format", "turtle", "--out", str(out), store=store)
    assert result.returncode == 0
    from rdflib import Graph

    quads = run_kg("export", "--format", "nq", store=store).stdout.splitlines()
    triples = {quad.rsplit(" ", 2)[0] for quad in quads}  # a triple may lie in two graphs
    assert len(Graph().parse(out, format="turtle")) == len(triples)
