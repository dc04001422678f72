"""The file by which `kg serve` tells other `kg` commands that it holds an embedded store.

Oxigraph lets one process open a store directory for writing. While `kg serve` holds it, it
keeps `kg-serve.json` in that directory: its address, its process id and its write token, readable
by its owner only (whoever can read the store's files could change them anyway). A command that
finds the store locked reads this file and goes through the server instead."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

FILE_NAME = "kg-serve.json"


@dataclass(frozen=True)
class ServedBy:
    """A running `kg serve`: where it listens and the token its writes take."""

    url: str
    pid: int
    token: str


def _path(store: Path) -> Path:
    return store / FILE_NAME


def announce(store: Path, server: ServedBy) -> None:
    """Write the file for `server`, created private to its owner before anything is in it."""
    store.mkdir(parents=True, exist_ok=True)
    partial = _path(store).with_suffix(".partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump(asdict(server), out)
    partial.replace(_path(store))


def withdraw(store: Path, pid: int) -> None:
    """Remove the file if it still names process `pid` (a newer server may have replaced it)."""
    found = served_by(store)
    if found is not None and found.pid == pid:
        _path(store).unlink(missing_ok=True)


def served_by(store: Path) -> ServedBy | None:
    """The server named by the store's file, if the file is there and its process is alive."""
    try:
        data = json.loads(_path(store).read_text(encoding="utf-8"))
        server = ServedBy(url=str(data["url"]), pid=int(data["pid"]), token=str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        os.kill(server.pid, 0)
    except ProcessLookupError:
        return None  # left by a server that was killed
    except PermissionError:
        pass  # alive, another user's
    return server
