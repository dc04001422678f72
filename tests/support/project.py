"""The project's folders, and the `kg` command run as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"


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
