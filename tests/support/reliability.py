"""Shared by the reliability and pipeline tests: generated articles (the benchmark's generator,
so the suite needs no corpus of its own), `kg ingest` runs killed midway, quad-set helpers."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from support.project import ROOT, bench_module


def write_articles(folder: Path, count: int, seed: int = 11) -> list[Path]:
    """`count` invented articles in the house style, `bai-NNNNNN.txt`."""
    article = bench_module("extract").article
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"bai-{i:06d}.txt"
        path.write_text(article(rng), encoding="utf-8")
        paths.append(path)
    return paths


def quad_set(store_path: Path) -> set[str]:
    """Every quad of an on-disk store as an N-Quads line (the stores hold no blank nodes)."""
    from kg.store import OxigraphStore

    store = OxigraphStore(store_path)
    try:
        return {str(quad) for quad in store.native.quads_for_pattern(None, None, None, None)}
    finally:
        store.close()


def ingest_command(folder: Path, store: Path, log: Path) -> list[str]:
    command = ["ingest", str(folder), "--store", str(store), "--log", str(log), "--jobs", "2"]
    return [sys.executable, "-m", "kg", *command]


def start_ingest(folder: Path, store: Path, log: Path) -> subprocess.Popen[bytes]:
    """`kg ingest` in a session of its own, so a kill reaches its extraction workers too."""
    return subprocess.Popen(
        ingest_command(folder, store, log),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def records(log: Path) -> list[dict]:
    """The complete lines of the JSON log (a kill may cut the last one short)."""
    if not log.exists():
        return []
    text = log.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n")[:-1] if line]


def kill_after_done(process: subprocess.Popen[bytes], log: Path, count: int) -> None:
    """SIGKILL the ingest once the log reports `count` documents done; the extraction workers
    go down with it, as in a power cut."""
    deadline = time.monotonic() + 240
    while sum(r["status"] == "done" for r in records(log)) < count:
        assert process.poll() is None, f"ingest ended early: {process.stderr.read().decode()}"
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)
