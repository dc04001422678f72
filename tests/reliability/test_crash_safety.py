"""`kg ingest` killed with SIGKILL at several points, then restarted: nothing it reported done is
lost or duplicated, no document graph is half-written, and a rerun finishes the rest."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.processes import live_children
from support.project import run_kg
from support.reliability import (
    ROOT,
    ingest_command,
    kill_after_done,
    records,
    start_ingest,
    write_articles,
)

from core.ids import document_iri
from core.namespaces import CAND
from kg.pipeline import prepare
from kg.summary import SUMMARY_GRAPH

ARTICLES = 300
# Kill after this many more documents are reported done, run after run.
KILL_AFTER = (1, 60, 150)


DOCUMENTS = str(document_iri(""))


def stored_documents(store_path: Path) -> dict[str, dict]:
    """Per named graph: its content hashes, source-document descriptions and triple count."""
    from kg.store import OxigraphStore

    store = OxigraphStore(store_path)
    try:
        found: dict[str, dict] = {
            g: {"hashes": [], "sources": 0, "triples": 0}
            for g in store.graphs()
            if g.startswith(DOCUMENTS)  # not the summary, resolution or reference graphs
        }
        for g, h in store.query(
            f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{CAND.contentHash}> ?h }} }}"
        ).rows:
            found[str(g)]["hashes"].append(str(h))
        for g, n in store.query(
            f"SELECT ?g (COUNT(?d) AS ?n) WHERE {{ GRAPH ?g {{ ?d a <{CAND.SourceDocument}> }} }} "
            "GROUP BY ?g"
        ).rows:
            found[str(g)]["sources"] = int(n)
        for g, n in store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        ).rows:
            if str(g) in found:
                found[str(g)]["triples"] = int(n)
        return found
    finally:
        store.close()


_EXTREMES = {CAND.firstSeen: min, CAND.lastSeen: max, CAND.endedOn: max, CAND.sampleSource: min}


def summary_answers(store_path: Path) -> set[tuple[str, str, str]]:
    """The summary graph as queries read it: a kill between a document's load and the pruning
    of the first and last dates it superseded leaves extra values that MIN and MAX ignore."""
    from kg.store import OxigraphStore

    store = OxigraphStore(store_path)
    try:
        rows = store.query(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}"
        ).rows
    finally:
        store.close()
    plain = {(str(s), str(p), str(o)) for s, p, o in rows if p not in _EXTREMES}
    values: dict[tuple[str, object], list[str]] = {}
    for s, p, o in rows:
        if p in _EXTREMES:
            values.setdefault((str(s), p), []).append(str(o))
    extremes = {(s, str(p), _EXTREMES[p](found)) for (s, p), found in values.items()}
    return plain | extremes


def check_summary(store_path: Path) -> None:
    """The summary the crashed and resumed ingests left answers as a full rebuild does."""
    left = summary_answers(store_path)
    rebuilt = subprocess.run(
        [sys.executable, "-m", "kg", "summarize", "--store", str(store_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert left and left == summary_answers(store_path)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_whole(stored: dict[str, dict], paths: dict[str, Path], reported: dict[str, int]) -> None:
    """Every stored graph is a whole document: one description, the file's hash, all triples."""
    for graph, facts in stored.items():
        assert graph in paths, f"unexpected graph {graph}"
        assert facts["sources"] == 1, (graph, facts)
        assert facts["hashes"] == [sha256(paths[graph])], (graph, facts["hashes"])
        expected = reported.get(graph)
        if expected is None:  # stored, but the kill came before the log line: rebuild it here
            expected = prepare(paths[graph]).triples
        assert facts["triples"] == expected, (graph, facts["triples"], expected)


@pytest.mark.timeout(600)
def test_ingest_killed_at_several_points_loses_nothing_reported_and_resumes(tmp_path):
    folder = tmp_path / "articles"
    paths = {str(document_iri(p.stem)): p for p in write_articles(folder, ARTICLES)}
    store = tmp_path / "kg"
    reported: dict[str, int] = {}  # graph -> triples, over every run

    for run, count in enumerate(KILL_AFTER):
        log = tmp_path / f"run-{run}.jsonl"
        process = start_ingest(folder, store, log)
        kill_after_done(process, log, count)
        done = [r for r in records(log) if r["status"] == "done"]
        assert len(done) >= count
        again = {r["document"] for r in done} & reported.keys()
        assert not again, f"stored documents were ingested again: {sorted(again)[:3]}"
        unchanged = {r["document"] for r in records(log) if r["status"] == "unchanged"}
        assert unchanged <= set(paths)
        reported.update({r["document"]: r["triples"] for r in done})

        stored = stored_documents(store)
        missing = reported.keys() - stored.keys()
        assert not missing, f"run {run}: reported done but not stored: {sorted(missing)[:3]}"
        check_whole(stored, paths, reported)
        assert len(stored) < ARTICLES, "the kill came too late to test anything"

    log = tmp_path / "final.jsonl"
    final = subprocess.run(
        ingest_command(folder, store, log),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert final.returncode == 0, final.stderr[-2000:]
    outcomes = records(log)
    assert len(outcomes) == ARTICLES
    by_status: dict[str, set[str]] = {"done": set(), "unchanged": set()}
    for r in outcomes:
        by_status[r["status"]].add(r["document"])
    assert reported.keys() <= by_status["unchanged"], "a rerun re-ingested stored documents"
    assert by_status["done"] | by_status["unchanged"] == set(paths)
    reported.update({r["document"]: r["triples"] for r in outcomes if r["status"] == "done"})

    stored = stored_documents(store)
    assert set(stored) == set(paths)
    check_whole(stored, paths, reported)
    check_summary(store)


UPLOADS = 60
KILL_AFTER_UPLOADS = 15


@pytest.mark.timeout(400)
def test_server_killed_during_uploads_keeps_every_acknowledged_document_whole(tmp_path):
    import threading

    import httpx
    from support.api_server import TOKEN, start_server

    folder = tmp_path / "articles"
    paths = {str(document_iri(p.stem)): p for p in write_articles(folder, UPLOADS, seed=29)}
    store = tmp_path / "kg"
    acknowledged: dict[str, int] = {}
    server_run = start_server(store)
    server = next(server_run)

    def upload_all() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for graph, path in paths.items():
                try:
                    response = client.post(
                        "/documents",
                        params={"id": path.stem},
                        content=path.read_bytes(),
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
                    )
                except httpx.TransportError:
                    return  # the server is gone
                assert response.status_code == 201, response.text
                acknowledged[graph] = response.json()["document"]["triples"]

    uploader = threading.Thread(target=upload_all)
    uploader.start()
    deadline = time.monotonic() + 240
    while len(acknowledged) < KILL_AFTER_UPLOADS:
        assert uploader.is_alive() and time.monotonic() < deadline, "uploads stopped early"
        time.sleep(0.01)
    workers = server.worker_pids()
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(30)
    uploader.join(60)
    next(server_run, None)
    # The query workers notice their server is gone and exit: nothing is left running.
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in workers):
        assert time.monotonic() < deadline, "query workers outlived their server"
        time.sleep(0.1)

    stored = stored_documents(store)
    assert acknowledged.keys() <= stored.keys(), "an acknowledged upload was lost"
    assert len(stored) < UPLOADS, "the kill came too late to test anything"
    check_whole(stored, paths, acknowledged)
    # A kill between an upload's load and its pruning leaves marks; the next server prunes them.
    restarted = start_server(store)
    next(restarted)
    next(restarted, None)
    check_summary(store)


def extraction_workers(parent: int) -> list[int]:
    """The ingest's extraction processes (multiprocessing spawn children)."""
    return sorted(live_children(parent, b"spawn_main"))


@pytest.mark.timeout(400)
def test_an_extraction_process_killed_midway_does_not_hang_or_lose_the_ingest(tmp_path):
    folder = tmp_path / "articles"
    paths = {str(document_iri(p.stem)): p for p in write_articles(folder, 200, seed=31)}
    store, log = tmp_path / "kg", tmp_path / "run.jsonl"
    process = start_ingest(folder, store, log)
    deadline = time.monotonic() + 120
    while sum(r["status"] == "done" for r in records(log)) < 20:
        assert process.poll() is None and time.monotonic() < deadline, "no progress"
        time.sleep(0.05)
    workers = extraction_workers(process.pid)
    assert workers, "no extraction process found"
    os.kill(workers[0], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    try:
        process.wait(150)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("kg ingest hung after losing an extraction process")
    outcomes = records(log)
    assert {r["path"] for r in outcomes} == {str(p) for p in paths.values()}
    failed = [r for r in outcomes if r["status"] == "failed"]
    assert len(failed) <= 1, failed  # at most the document the dead process held
    reported = {r["document"]: r["triples"] for r in outcomes if r["status"] == "done"}
    check_whole(stored_documents(store), paths, reported)
    rerun = run_kg("ingest", str(folder), store=store)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert set(stored_documents(store)) == set(paths)
