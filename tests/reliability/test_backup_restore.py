"""`kg dump FILE.nq.gz` then `kg load FILE.nq.gz` into an empty store gives back every named graph,
quad for quad: on the examples and on a generated store of 100,000 triples."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from support.reliability import ROOT, quad_set
from support.stores import examples_store

from core.namespaces import CAND, SUMMARY_GRAPH
from kg.store import OxigraphStore
from kg.summary_format import FORMAT

XSD = "http://www.w3.org/2001/XMLSchema#"
# Literals a backup must carry unchanged: Vietnamese, quotes, escapes, newlines, right-to-left
# and zero-width marks, astral characters.
TEXTS = (
    "Đại tá Nguyễn Văn Ánh",
    'trích "nguyên văn" \\ gạch chéo',
    "dòng một\ndòng hai\r\n\ttab",
    "\u202eđảo chiều\u202c và\u200bkhông\u200drộng",
    "🔑 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
)


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, timeout=280
    )


def round_trip(source: Path, tmp_path: Path) -> tuple[set[str], set[str]]:
    backup = tmp_path / "backup.nq.gz"
    dumped = kg("dump", str(backup), "--store", str(source))
    assert dumped.returncode == 0, dumped.stderr
    with gzip.open(backup, "rb") as data:  # really gzip, really N-Quads
        assert data.readline().startswith(b"<")
    restored = tmp_path / "restored"
    loaded = kg("load", str(backup), "--store", str(restored))
    assert loaded.returncode == 0, loaded.stderr
    return quad_set(source), quad_set(restored)


def graphs_of(quads: set[str]) -> set[str]:
    return {q.rsplit(" ", 1)[-1] for q in quads}


def test_examples_round_trip_through_a_gzip_dump(tmp_path):
    source = examples_store(tmp_path / "examples")
    before, after = round_trip(source, tmp_path)
    assert len(graphs_of(before)) >= 10
    assert after == before


def generated_store(path: Path, triples: int, graphs: int) -> None:
    """`triples` quads over `graphs` named graphs, written directly (no pipeline), and the
    summary format marker every store cand-kg writes carries (`kg load` rebuilds the summary,
    which says its format: a store without one would not round-trip to itself)."""
    store = OxigraphStore(path)
    try:
        summary = ox.NamedNode(SUMMARY_GRAPH)
        quads = [
            ox.Quad(
                summary,
                ox.NamedNode(str(CAND.summaryFormat)),
                ox.Literal(str(FORMAT), datatype=ox.NamedNode(XSD + "integer")),
                summary,
            )
        ]
        for i in range(triples):
            graph = ox.NamedNode(f"https://w3id.org/cand-kg/id/doc/sinh-{i % graphs:04d}")
            subject = ox.NamedNode(f"https://w3id.org/cand-kg/id/person/nguoi-{i // 7}")
            kind = i % 4
            if kind == 0:
                obj: ox.NamedNode | ox.Literal = ox.NamedNode(
                    f"https://w3id.org/cand-kg/id/unit/don-vi-{i % 97}"
                )
            elif kind == 1:
                obj = ox.Literal(f"{TEXTS[i % len(TEXTS)]} #{i}", language="vi")
            elif kind == 2:
                obj = ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer"))
            else:
                obj = ox.Literal(
                    f"20{i % 25:02d}-0{1 + i % 9}-1{i % 10}", datatype=ox.NamedNode(XSD + "date")
                )
            predicate = ox.NamedNode(f"https://schema.org/p{i % 13}")
            quads.append(ox.Quad(subject, predicate, obj, graph))
        store.native.bulk_extend(quads)
    finally:
        store.close()


def dumped_generated_store(tmp_path: Path, triples: int, graphs: int) -> tuple[Path, Path]:
    """A generated store and its `kg dump` backup, both under `tmp_path`."""
    source = tmp_path / "generated"
    generated_store(source, triples, graphs)
    backup = tmp_path / "backup.nq.gz"
    assert kg("dump", str(backup), "--store", str(source)).returncode == 0
    return source, backup


@pytest.mark.timeout(600)
def test_a_generated_store_of_100000_triples_round_trips(tmp_path):
    source = tmp_path / "generated"
    generated_store(source, 100_000, 250)
    before, after = round_trip(source, tmp_path)
    assert len(before) == 100_000 + 1  # and the summary format marker
    assert len(graphs_of(before)) == 250 + 1
    assert after == before


def test_loading_a_dump_replaces_its_graphs_and_keeps_the_others(tmp_path):
    source, backup = dumped_generated_store(tmp_path, 1_000, 10)
    target = tmp_path / "target"
    store = OxigraphStore(target)
    doc = ox.NamedNode("https://w3id.org/cand-kg/id/doc/sinh-0003")
    other = ox.NamedNode("https://w3id.org/cand-kg/id/doc/khac")
    stale = ox.Quad(doc, doc, ox.Literal("cũ"), doc)
    kept = ox.Quad(other, other, ox.Literal("giữ lại"), other)
    store.native.extend([stale, kept])
    store.close()
    assert kg("load", str(backup), "--store", str(target)).returncode == 0
    after = quad_set(target)
    assert str(stale) not in after
    assert str(kept) in after
    assert after - {str(kept)} == quad_set(source)


def test_a_truncated_or_foreign_dump_is_refused_with_the_store_unchanged(tmp_path):
    source, backup = dumped_generated_store(tmp_path, 2_000, 5)
    cut = tmp_path / "cut.nq.gz"
    cut.write_bytes(backup.read_bytes()[: len(backup.read_bytes()) // 2])
    foreign = tmp_path / "foreign.nq.gz"
    foreign.write_bytes(gzip.compress(b"this is not N-Quads\n"))
    target = tmp_path / "target"
    generated_store(target, 500, 3)
    before = quad_set(target)
    for bad in (cut, foreign, tmp_path / "missing.nq.gz"):
        result = kg("load", str(bad), "--store", str(target))
        assert result.returncode != 0
        assert "Traceback" not in result.stderr, result.stderr
        assert quad_set(target) == before, bad.name


@pytest.mark.timeout(600)
def test_a_restore_killed_midway_leaves_the_old_store_or_the_new_one(tmp_path):
    import os
    import signal
    import time

    source, backup = dumped_generated_store(tmp_path, 100_000, 250)
    target = tmp_path / "target"
    generated_store(target, 30_000, 250)  # an older state of the same graphs, to be replaced
    old, new = quad_set(target), quad_set(source)
    for delay in (0.5, 1.5, 3.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", "load", str(backup), "--store", str(target)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)  # only where the kill lands; nothing below depends on it
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        assert quad_set(target) in (old, new), delay  # never a mixture
    finished = kg("load", str(backup), "--store", str(target))
    assert finished.returncode == 0, finished.stderr
    assert quad_set(target) == new
    assert sorted(p.name for p in tmp_path.iterdir() if "target" in p.name) == ["target"]
