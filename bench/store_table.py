"""The Markdown tables `bench/stores.py` prints: load figures, then every named query's latency
per store and its speed-up over rdflib. `python bench/store_table.py A.json B.json …` prints
the runs that `stores.py --json` wrote side by side (1,000, 10,000, 100,000 articles), so
growth is visible."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
from pathlib import Path


def print_table(reports: list[dict], articles: int, cap: float) -> None:
    base = next((r for r in reports if r["store"] == "rdflib"), None)
    print(f"\n{articles:,} articles; machine: {machine()}\n")
    print("| store | load s | triples | peak MB | disk MB | load vs rdflib |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in reports:
        ratio = f"{base['load_s'] / r['load_s']:.1f}×" if base else "-"
        print(
            f"| {r['store']} | {r['load_s']:.1f} | {r['triples']:,} | {_peak(r)} "
            f"| {_disk(r)} | {ratio} |"
        )
    others = [r for r in reports if base and r is not base]
    header = " | ".join(f"{r['store']} median / p95 ms (CPU ms a run)" for r in reports)
    ratios = "".join(f" {r['store']} vs rdflib |" for r in others)
    print(f"\n| query | {header} |{ratios}")
    print("| --- |" + " ---: |" * (len(reports) + len(others)))
    speedups: dict[str, list[float]] = {r["store"]: [] for r in others}
    for name in reports[0]["queries"]:
        cells = [_latency(r["queries"][name], cap) for r in reports]
        for other in others:
            mine, theirs = other["queries"][name], base["queries"][name]  # type: ignore[index]
            if mine.get("timeout") or mine.get("error") or theirs.get("error"):
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


def print_growth(runs: list[dict], cap: float) -> None:
    """Runs of several corpus sizes side by side: loading, then each query per store and
    size, with the largest size's median over the one before it."""
    runs = sorted(runs, key=lambda run: run["articles"])
    sizes = [f"{run['articles']:,}" for run in runs]
    print(
        "| store | articles | quads | load s | load CPU s (loader + server) | "
        "peak MB, loader (+ server) | disk MB |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    stores = list(dict.fromkeys(r["store"] for run in runs for r in run["reports"]))
    for store in stores:
        for size, run in zip(sizes, runs, strict=True):
            r = _report(run, store)
            if r is not None:
                print(
                    f"| {store} | {size} | {r['triples']:,} | {r['load_s']:.0f} | "
                    f"{_cpu(r)} | {_peak(r, loading=True)} | {_disk(r)} |"
                )
    columns = [
        (store, size, run) for store in stores for size, run in zip(sizes, runs, strict=True)
    ]
    growth = len(runs) > 1
    header = " | ".join(f"{store} {size}" for store, size, _ in columns)
    last = "".join(f" | {s} {sizes[-1]} / {sizes[-2]}" for s in stores) if growth else ""
    print(f"\nmedian / p95 ms\n\n| query | {header}{last} |")
    print("| --- |" + " ---: |" * (len(columns) + (len(stores) if growth else 0)))
    names = list(dict.fromkeys(n for run in runs for r in run["reports"] for n in r["queries"]))
    for name in names:
        cells = [_cell(run, store, name, cap) for store, _, run in columns]
        if growth:
            for store in stores:
                before, after = (_query(runs[-2], store, name), _query(runs[-1], store, name))
                ok = before and after and "median_ms" in before and "median_ms" in after
                ratio = after["median_ms"] / before["median_ms"] if ok else None  # type: ignore[index]
                cells.append(f"{ratio:.1f}×" if ratio else "-")
        print(f"| {name} | " + " | ".join(cells) + " |")


def _cell(run: dict, store: str, name: str, cap: float) -> str:
    figures = _query(run, store, name)
    return _latency(figures, cap) if figures else "-"


def _report(run: dict, store: str) -> dict | None:
    return next((r for r in run["reports"] if r["store"] == store), None)


def _query(run: dict, store: str, name: str) -> dict | None:
    report = _report(run, store)
    return report["queries"].get(name) if report else None


def _peak(r: dict, loading: bool = False) -> str:
    peak = f"{r.get('load_peak_mb', r['peak_mb']) if loading else r['peak_mb']:.0f}"
    if r.get("server_peak_mb"):
        peak += f" (+ {r['server_peak_mb']:.0f})"
    return peak


def _cpu(r: dict) -> str:
    return f"{r['load_cpu_s']:.0f}" if r.get("load_cpu_s") is not None else "-"


def _disk(r: dict) -> str:
    return f"{r['disk_mb']:,.0f}" if r.get("disk_mb") else "-"


def _latency(figures: dict, cap: float) -> str:
    if figures.get("timeout"):
        return f"stopped at {cap:g} s"
    if figures.get("error"):
        return "refused"
    cpu = f" ({figures['cpu_ms']:.1f})" if "cpu_ms" in figures else ""
    return f"{figures['median_ms']:.1f} / {figures['p95_ms']:.1f}{cpu}"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path, help="files of `stores.py --json`")
    parser.add_argument("--cap", type=float, default=20.0, help="the runs' --cap")
    args = parser.parse_args()
    print_growth([json.loads(path.read_text()) for path in args.runs], args.cap)


if __name__ == "__main__":
    main()
