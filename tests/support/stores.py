"""Stores the tests start from, built once a session through the real pipeline and copied for
each test that asks, so every test writes a store of its own."""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from support.project import EXAMPLES, ROOT


def session_folder(prefix: str) -> Path:
    """A temporary folder that lasts until the test session ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@cache
def _ingested_examples() -> Path:
    path = session_folder("kg-examples-") / "kg"
    ingested = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(EXAMPLES), "--store", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert ingested.returncode == 0, ingested.stderr
    return path


def examples_store(path: Path) -> Path:
    """A store at `path` holding examples/ as `kg ingest` stores it."""
    shutil.copytree(_ingested_examples(), path)
    return path
