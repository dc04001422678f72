"""`kg ingest`, `kg remove`, `kg dump`, `kg load` run as a user would, on real files."""

from __future__ import annotations

import gzip
import signal
import subprocess
import time
from pathlib import Path

import pytest
from support.graph_facts import conference_2020
from support.project import EXAMPLES, run_kg, start_kg
from support.reliability import kill_after_done, records, start_ingest, write_articles
from support.stores import examples_store as copy_of_examples

from core.ids import document_iri
from kg.pipeline import Ingest
from kg.resolve.digests import DIGEST_GRAPH
from kg.store import OxigraphStore
from kg.summary import SUMMARY_GRAPH

ARTICLES = EXAMPLES / "articles"

SUMMARY = SUMMARY_GRAPH.encode()
# Graphs derived from every document (the summary, resolution's digests): not the documents'.
DERIVED = (b"<" + SUMMARY + b"> .", f"<{DIGEST_GRAPH}> .".encode())


def dump_lines(store_dir: Path) -> list[bytes]:
    store = OxigraphStore(store_dir)
    try:
        return sorted(store.dump_bytes("nq").splitlines())
    finally:
        store.close()


@pytest.fixture
def examples_store(tmp_path):
    return copy_of_examples(tmp_path / "kg")


def test_ingest_examples_stores_one_graph_per_document_and_prints_a_summary(tmp_path):
    store = tmp_path / "kg"
    done = run_kg("ingest", str(EXAMPLES), "--log", str(tmp_path / "log.jsonl"), store=store)
    assert done.returncode == 0, done.stderr
    sources = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in {".txt", ".html", ".csv"})
    assert f"{len(sources)} documents ingested" in done.stderr
    for word in ("triples", "people", "units", "events", "warnings", "failed"):
        assert word in done.stderr
    logged = records(tmp_path / "log.jsonl")
    assert sorted(r["document"] for r in logged) == sorted(
        str(document_iri(p.stem)) for p in sources
    )
    assert {r["status"] for r in logged} == {"done"}
    stats = run_kg("stats", store=store)
    figures = dict(line.rsplit(None, 1) for line in stats.stdout.splitlines())
    assert int(figures["documents"]) == len(sources)
    assert int(figures["persons"]) > 10
    assert int(figures["units"]) > 10


def test_reingesting_unchanged_documents_leaves_the_store_identical(examples_store, tmp_path):
    before = dump_lines(examples_store)
    again = run_kg("ingest", str(EXAMPLES), store=examples_store)
    assert again.returncode == 0, again.stderr
    assert "0 documents ingested" in again.stderr
    forced = run_kg("ingest", str(EXAMPLES), "--force", store=examples_store)
    assert forced.returncode == 0, forced.stderr
    assert "0 unchanged" in forced.stderr
    assert dump_lines(examples_store) == before


def test_changed_document_replaces_its_graph(examples_store, tmp_path):
    article = tmp_path / "su-kien.txt"
    article.write_text(
        " date 2022-05-04 \nSáng 4/5, Công an tỉnh Nghệ An tổ chức hội nghị sơ kết. "
        "Đại tá Hoàng Văn Khiêm, Phó Giám đốc Công an tỉnh Nghệ An chủ trì hội nghị.\n",
        encoding="utf-8",
    )
    assert run_kg("ingest", str(article), store=examples_store).returncode == 0
    article.write_text(
        " date 2022-05-04 \nSáng 4/5, Công an tỉnh Nghệ An tổ chức hội nghị sơ kết. "
        "Đại tá Hoàng Văn Khiêm, Giám đốc Công an tỉnh Nghệ An chủ trì hội nghị.\n",
        encoding="utf-8",
    )
    changed = run_kg("ingest", str(article), store=examples_store)
    assert changed.returncode == 0, changed.stderr
    assert "1 documents ingested" in changed.stderr
    graph = str(document_iri("su-kien"))
    roles = run_kg(
        "query",
        f"SELECT ?l WHERE {{ GRAPH <{graph}> {{ ?p <http://www.w3.org/ns/org#role> ?r . "
        "?r <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } }",
        "--format",
        "csv",
        store=examples_store,
    )
    labels = set(roles.stdout.split()[1:])
    assert "Phó" not in roles.stdout
    assert labels, roles.stdout


def test_remove_drops_one_document_and_nothing_else(examples_store):
    before = dump_lines(examples_store)
    victim = str(document_iri("2021-04-09-cum-thi-dua-3-nghe-an")).encode()
    removed = run_kg("remove", "2021-04-09-cum-thi-dua-3-nghe-an", store=examples_store)
    assert removed.returncode == 0, removed.stderr
    after = dump_lines(examples_store)

    def documents(lines: list[bytes]) -> list[bytes]:
        return [line for line in lines if not line.endswith(DERIVED)]

    assert documents(after) == [
        line for line in documents(before) if not line.endswith(b"<" + victim + b"> .")
    ]
    assert len(after) < len(before)
    # The summary lost what only the victim said, and is what a full recomputation gives.
    assert not any(victim in line for line in after)
    assert run_kg("summarize", store=examples_store).returncode == 0
    assert dump_lines(examples_store) == after
    # Ingesting the victim again gives back the store as it was, summary included.
    source = EXAMPLES / "articles" / "2021-04-09-cum-thi-dua-3-nghe-an.txt"
    assert run_kg("ingest", str(source), store=examples_store).returncode == 0
    assert dump_lines(examples_store) == before
    missing = run_kg("remove", "no-such-document", store=examples_store)
    assert missing.returncode != 0
    assert "no such document" in missing.stderr


def test_dump_and_load_round_trip_every_graph(examples_store, tmp_path):
    backup = tmp_path / "backup.nq.gz"
    dumped = run_kg("dump", str(backup), store=examples_store)
    assert dumped.returncode == 0, dumped.stderr
    with gzip.open(backup, "rb") as handle:
        assert handle.read(1)
    restored = tmp_path / "restored"
    loaded = run_kg("load", str(backup), store=restored)
    assert loaded.returncode == 0, loaded.stderr
    assert dump_lines(restored) == dump_lines(examples_store)
    # Loading again over the same store replaces graphs instead of doubling anything.
    assert run_kg("load", str(backup), store=restored).returncode == 0
    assert dump_lines(restored) == dump_lines(examples_store)


def test_load_refuses_a_file_that_is_not_a_dump(tmp_path):
    bogus = tmp_path / "bogus.nq.gz"
    bogus.write_bytes(b"not gzip at all")
    loaded = run_kg("load", str(bogus), store=tmp_path / "kg")
    assert loaded.returncode != 0
    assert "error:" in loaded.stderr


def test_document_failing_the_shapes_is_reported_and_not_written(tmp_path):
    facts = conference_2020()
    facts.awards[0].collectives = -4  # a count below zero breaks the conferral shape
    source = tmp_path / "hoi-nghi-cum-3-2020.txt"
    source.write_text("x", encoding="utf-8")
    store = OxigraphStore(None)
    outcomes = list(Ingest(store, reader=lambda path: facts).run([source]))
    assert [o.status for o in outcomes] == ["failed"]
    assert "AwardConferralShape" in (outcomes[0].error or "")
    assert "collectiveCount" in (outcomes[0].error or "")
    assert store.graphs() == []


def test_parallel_ingest_gives_the_same_store_as_one_process(tmp_path):
    articles = write_articles(tmp_path / "articles", 30, seed=5)
    one = run_kg("ingest", str(articles[0].parent), "--jobs", "1", store=tmp_path / "one")
    two = run_kg("ingest", str(articles[0].parent), "--jobs", "2", store=tmp_path / "two")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert dump_lines(tmp_path / "one") == dump_lines(tmp_path / "two")


def test_sigkill_mid_ingest_then_rerun_loses_nothing_and_stores_each_document_once(tmp_path):
    folder = tmp_path / "articles"
    articles = write_articles(folder, 120, seed=5)
    store, log = tmp_path / "kg", tmp_path / "log.jsonl"
    for done in (20, 60):  # documents reported done in the shared log, run after run
        kill_after_done(start_ingest(folder, store, log), log, done)
        reported = {r["document"] for r in records(log) if r["status"] == "done"}
        stored = dump_lines(store)
        graphs = {line.rsplit(b" ", 2)[-2].strip(b"<>").decode() for line in stored}
        assert reported <= graphs, "a document reported done is missing after the kill"

    before_final = len(records(log))
    final = start_ingest(folder, store, log)
    _, errors = final.communicate(timeout=600)
    assert final.returncode == 0, errors.decode()
    logged = records(log)
    done = [r["document"] for r in logged if r["status"] == "done"]
    assert len(done) == len(set(done)), "a document was reported done twice"
    # The last run accounts for every document: stored now, or found stored unchanged (a
    # document killed after its commit but before its report is not written twice).
    last_run = logged[before_final:]
    assert {r["status"] for r in last_run} <= {"done", "unchanged"}
    assert len({r["document"] for r in last_run}) == len(articles)
    assert len(set(done)) > len(articles) - 5

    # No graph is half-written: the store equals a clean, uninterrupted ingest.
    clean = tmp_path / "clean"
    assert run_kg("ingest", str(folder), "--jobs", "2", store=clean).returncode == 0
    assert dump_lines(store) == dump_lines(clean)


def test_ctrl_c_stops_cleanly_and_keeps_every_document_reported_done(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 80, seed=5)
    store, log = tmp_path / "kg", tmp_path / "log.jsonl"
    process = start_kg(
        "ingest",
        str(folder),
        "--jobs",
        "2",
        "--log",
        str(log),
        env={"KG_STORE": str(store)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    start = time.monotonic()
    while len(records(log)) < 10 and process.poll() is None:
        assert time.monotonic() - start < 240
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the ingest finished before the interrupt arrived")
    assert process.returncode == 130
    assert "interrupted" in errors.decode()
    reported = {r["document"] for r in records(log) if r["status"] == "done"}
    graphs = {line.rsplit(b" ", 2)[-2].strip(b"<>").decode() for line in dump_lines(store)}
    assert reported <= graphs
