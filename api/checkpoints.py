"""Checkpoints of the embedded store for `kg` commands run beside the server.

A checkpoint hard-links the store's files, so it lives on the store's file system: in a folder
beside the store, named after it. Only the process holding the store's lock uses that folder, so
whatever a killed server or client left there goes when the next server starts."""

from __future__ import annotations

import secrets
import shutil
import threading
from pathlib import Path

from kg.store.base import StoreError
from kg.store.oxigraph import OxigraphStore


class Checkpoints:
    def __init__(self, store: OxigraphStore) -> None:
        if store.path is None:
            raise StoreError("an in-memory store has no checkpoints")
        self.store = store
        self.folder = store.path.parent / f".{store.path.name}.checkpoints"
        shutil.rmtree(self.folder, ignore_errors=True)
        self._lock = threading.Lock()

    def take(self) -> tuple[str, Path]:
        """A new checkpoint: (name, directory)."""
        name = secrets.token_hex(8)
        target = self.folder / name
        self.folder.mkdir(exist_ok=True)
        with self._lock:  # one at a time: each flushes the store's memtables
            try:
                self.store.checkpoint(target)
            except OSError as exc:
                shutil.rmtree(target, ignore_errors=True)
                raise StoreError(f"could not checkpoint the store: {exc}") from exc
        return name, target

    def drop(self, name: str) -> bool:
        target = self.folder / name
        if not name.isalnum() or not target.is_dir():
            return False
        shutil.rmtree(target, ignore_errors=True)
        return True

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
