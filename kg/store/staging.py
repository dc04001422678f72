"""A copy of an on-disk store that takes the store's place when it is complete: how a bulk
load stays all-or-nothing. The copy sits beside the store, so that Oxigraph's checkpoint of
the store is hard links, not a copy of its files.

The swap is two renames (store -> replaced, copy -> store) and a removal; `recover` finishes
or undoes a swap that a killed process left, before the store is opened."""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_dir(store: Path) -> Path:
    return store.with_name(f".{store.name}.staging")


def replaced_dir(store: Path) -> Path:
    return store.with_name(f".{store.name}.replaced")


def recover(store: Path) -> None:
    """Bring the store's directory back to one whole store after a kill during a swap. A copy
    left beside a present store was never put in place: `discard` removes it once the store
    is open (its lock held)."""
    copy, replaced = copy_dir(store), replaced_dir(store)
    if replaced.exists():
        # The copy was complete when the store was moved aside: finish putting it in place.
        if not store.exists() and copy.exists():
            copy.rename(store)
        if store.exists():
            shutil.rmtree(replaced, ignore_errors=True)


def discard(store: Path) -> None:
    """Remove a copy that never took the store's place; call with the store open."""
    shutil.rmtree(copy_dir(store), ignore_errors=True)


def swap(store: Path) -> None:
    """Put the complete copy in the store's place (the store closed)."""
    copy, replaced = copy_dir(store), replaced_dir(store)
    shutil.rmtree(replaced, ignore_errors=True)
    store.rename(replaced)
    copy.rename(store)
    shutil.rmtree(replaced, ignore_errors=True)
