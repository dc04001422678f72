"""The Markdown tables `bench/stores.py` prints: load figures, then every named query's latency
per store and its speed-up over rdflib."""

from __future__ import annotations

import os
import platform
import statistics
from pathlib import Path


def print_table(reports: list[dict], articles: int, cap: float) -> None:
    base = next((r for r in reports if r["store"] == "rdflib"), None)
    print(f"\n{articles:,} articles; machine: {machine()}\n")
    print("| store | load s | triples | peak MB | load vs rdflib |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for r in reports:
        ratio = f"{base['load_s'] / r['load_s']:.1f}×" if base else "-"
        peak = f"{r['peak_mb']:.0f}"
        if r.get("server_peak_mb"):
            peak += f" (+ server {r['server_peak_mb']:.0f})"
        print(f"| {r['store']} | {r['load_s']:.1f} | {r['triples']:,} | {peak} | {ratio} |")
    others = [r for r in reports if base and r is not base]
    header = " | ".join(f"{r['store']} median / p95 ms" for r in reports)
    print(f"\n| query | {header} | " + " | ".join(f"{r['store']} vs rdflib" for r in others) + " |")
    print("| --- |" + " ---: |" * (len(reports) + len(others)))
    speedups: dict[str, list[float]] = {r["store"]: [] for r in others}
    for name in reports[0]["queries"]:
        cells = [_latency(r["queries"][name], cap) for r in reports]
        for other in others:
            mine, theirs = other["queries"][name], base["queries"][name]  # type: ignore[index]
            if mine.get("timeout"):
                cells.append("-")
                continue
            slow = cap * 1000 if theirs.get("timeout") else theirs["median_ms"]
            speedup = slow / mine["median_ms"]
            speedups[other["store"]].append(speedup)
            figure = f"{speedup:.0f}" if speedup >= 10 else f"{speedup:.1f}"
            cells.append(f"{'≥ ' if theirs.get('timeout') else ''}{figure}×")
        print(f"| {name} | " + " | ".join(cells) + " |")
    for store, values in speedups.items():
        if values:
            print(
                f"\n{store} vs rdflib on the named queries: median speed-up "
                f"{statistics.median(values):.0f}×, geometric mean "
                f"{statistics.geometric_mean(values):.0f}×, smallest {min(values):.1f}× "
                f"(a query rdflib did not finish counts as {cap:g} s)"
            )


def _latency(figures: dict, cap: float) -> str:
    if figures.get("timeout"):
        return f"stopped at {cap:g} s"
    return f"{figures['median_ms']:.1f} / {figures['p95_ms']:.1f}"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores, {cpu}, {memory:.0f} GiB RAM, Python {platform.python_version()}"
    )
