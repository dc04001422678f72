"""Shared by the reliability suite: generated articles (the benchmark's generator, so the
suite needs no corpus of its own) and quad-set helpers."""

from __future__ import annotations

import random
from pathlib import Path

from support.project import bench_module


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
