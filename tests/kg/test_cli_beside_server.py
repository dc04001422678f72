"""`kg` commands on a store that a running `kg serve` holds: reads answer from a checkpoint the
server takes, ingest and remove go through the server, and the server sees every write."""

from __future__ import annotations

import gzip
import json
import os
import stat
import subprocess
import sys

import httpx
import pytest
from support.api_server import ROOT, build_store, start_server
from support.project import run_kg

from kg.served import FILE_NAME, served_by

ARTICLE = """date 2025-03-04
Sáng 4/3, Công an tỉnh Hà Giang tổ chức hội nghị triển khai công tác năm 2025.
Đại tá Lò Văn Thắm, Giám đốc Công an tỉnh Hà Giang, chủ trì hội nghị.
"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("beside") / "kg")
    for server in start_server(store, KG_API_TOKEN=""):  # writes off for everyone else
        yield store, server


def test_the_server_announces_itself_in_a_private_file(served):
    store, server = served
    found = served_by(store)
    assert found is not None and found.url == server.url and found.pid == server.process.pid
    assert stat.S_IMODE((store / FILE_NAME).stat().st_mode) == 0o600


def test_read_commands_answer_from_the_held_store(served, tmp_path):
    store, server = served
    asked = run_kg("query", "ASK { ?s ?p ?o }", "--format", "json", store=store)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["boolean"] is True

    stats = run_kg("stats", store=store)
    assert stats.returncode == 0, stats.stderr
    figures = dict(line.rsplit(None, 1) for line in stats.stdout.splitlines())
    listed = httpx.get(
        f"{server.url}/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    assert int(figures["quads"]) == int(listed["results"]["bindings"][0]["n"]["value"])

    exported = run_kg("export", "--format", "nq", "--out", str(tmp_path / "all.nq"), store=store)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "all.nq").read_text().count("\n") == int(figures["quads"])

    dumped = run_kg("dump", str(tmp_path / "backup.nq.gz"), store=store)
    assert dumped.returncode == 0, dumped.stderr
    with gzip.open(tmp_path / "backup.nq.gz", "rt") as dump:
        assert sum(1 for _ in dump) == int(figures["quads"])

    page = run_kg(
        "viz",
        "--focus",
        "unit/cong-an-tinh-nghe-an",
        "--out",
        str(tmp_path / "f.html"),
        store=store,
    )
    assert page.returncode == 0, page.stderr
    assert "cong-an-tinh-nghe-an" in (tmp_path / "f.html").read_text()
    # Each read's checkpoint is gone once the command ends.
    checkpoints = store.parent / f".{store.name}.checkpoints"
    assert not checkpoints.exists() or not any(checkpoints.iterdir())


def test_ingest_and_remove_go_through_the_server_and_it_answers_at_once(served, tmp_path):
    store, server = served
    article = tmp_path / "2025-03-04-hoi-nghi-ha-giang.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    document = f"{server.url}/documents/2025-03-04-hoi-nghi-ha-giang"
    assert httpx.get(document).status_code == 404  # also fills the server's record cache

    ingested = run_kg("ingest", str(article), store=store)
    assert ingested.returncode == 0, ingested.stderr
    assert "1 documents ingested" in ingested.stderr
    shown = httpx.get(document)
    assert shown.status_code == 200
    assert "Lò Văn Thắm" in {p["name"] for p in shown.json()["facts"]["persons"]}
    found = httpx.get(f"{server.url}/search", params={"q": "lo van tham"}).json()
    assert found["total"] >= 1

    again = run_kg("ingest", str(article), store=store)
    assert "1 unchanged" in again.stderr, again.stderr

    removed = run_kg("remove", "2025-03-04-hoi-nghi-ha-giang", store=store)
    assert removed.returncode == 0, removed.stderr
    assert httpx.get(document).status_code == 404
    missing = run_kg("remove", "2025-03-04-hoi-nghi-ha-giang", store=store)
    assert missing.returncode == 1 and "no such document" in missing.stderr


def test_a_whole_store_rewrite_says_to_stop_the_server(served, tmp_path):
    store, server = served
    assert run_kg("dump", str(tmp_path / "b.nq.gz"), store=store).returncode == 0
    loaded = run_kg("load", str(tmp_path / "b.nq.gz"), store=store)
    assert loaded.returncode == 1
    assert "stop the server" in loaded.stderr and server.url in loaded.stderr


def test_writes_from_elsewhere_still_need_the_configured_token(served):
    _, server = served
    response = httpx.post(f"{server.url}/store/snapshots", headers={"Authorization": "Bearer x"})
    assert response.status_code == 403


def test_a_store_held_by_another_process_gets_a_plain_error(tmp_path):
    store = tmp_path / "kg"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
            "print('open', flush=True); sys.stdin.read()",
            str(store),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=os.environ,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"open"
        answer = run_kg("query", "ASK {}", store=store)
        assert answer.returncode == 1
        assert "in use by another process" in answer.stderr
        assert "stop that process or wait" in answer.stderr
    finally:
        holder.communicate(b"", timeout=30)
