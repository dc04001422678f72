"""The live child processes of a process, read from /proc (Linux)."""

from __future__ import annotations

from pathlib import Path


def live_children(parent: int, marker: bytes) -> set[int]:
    """Pids of the children of `parent` whose command line contains `marker`, zombies left out."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if stat[0] != "Z" and int(stat[1]) == parent and marker in cmdline:
            found.add(int(entry.name))
    return found
