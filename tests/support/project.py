"""The project's folders, and the `kg` command run as a user runs it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"


@cache
def bench_module(name: str) -> ModuleType:
    """A generator of bench/ (`extract`, `corpus`), which is not a package."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


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
