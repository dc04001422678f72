from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def memory_store():
    from kg.store import OxigraphStore

    return OxigraphStore(None)


@pytest.fixture(params=["oxigraph"])
def any_store(request, tmp_path):
    """Every store kind the suite can reach; tests that must hold on all of them use this."""
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "kg")
    yield store
    store.close()


@pytest.fixture
def disk_store(tmp_path):
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "kg")
    yield store
    store.close()


def run_kg(
    *args: str,
    store: Path | str | None = None,
    input: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the `kg` command in a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    if store is not None:
        full_env["KG_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=300,
        cwd=ROOT,
    )
