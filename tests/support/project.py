"""The project's folders, and the `kg` command run as a user runs it."""

from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

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


def start_kg(*args: str, env: dict[str, str] | None = None, **popen: Any) -> subprocess.Popen[Any]:
    """Start the `kg` command as a terminal's foreground job, for a test that interrupts it.

    A shell's background jobs inherit SIGINT ignored, and Python then leaves it ignored, so a
    test run from one would send a Ctrl-C the command never sees; the child gets the default."""
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        **popen,
    )
