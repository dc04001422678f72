"""Compare stores on one synthetic corpus: rdflib's in-memory Dataset (the baseline), the
embedded Oxigraph store, and Virtuoso when one is running.

    python bench/stores.py [--articles 10000] [--big] [--reps 20]

Each store runs in a process of its own (bench/store_worker.py), so peak memory is that
store's. For each: load time, triples, peak memory, and the median and 95th percentile latency
of every named query in kg/queries (each run with a different parameter drawn from the data,
bench/plan.py; run as the API runs it, bench/runner.py), plus ratios to rdflib. A Virtuoso
loaded by its bulk loader is restarted before the queries (bench/virtuoso_server.py)."""

from __future__ import annotations

import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import corpus_path  # noqa: E402
from plan import pick_parameters  # noqa: E402
from store_table import print_table  # noqa: E402
from store_worker import run_store  # noqa: E402

STORES = ("rdflib", "oxigraph", "virtuoso")
RDFLIB_MAX_ARTICLES = 20_000  # above this rdflib needs more memory than the machine has


def measure(store: str, corpus: Path, plan: Path, work: Path, args, options: dict) -> dict:
    """Run the worker for one store, restarting it past any query that exceeds the cap."""
    names = list(json.loads(plan.read_text()))
    report: dict = {"store": store, "queries": {}, "peak_mb": 0.0, "server_peak_mb": None}
    skip: set[str] = set()
    env = {**os.environ, "KG_STORE_USER": args.user, "KG_STORE_PASSWORD": args.password}
    while True:
        command = [
            sys.executable, __file__, "--worker", store, "--corpus", str(corpus),
            "--plan", str(plan), "--work", str(work), "--skip", ",".join(sorted(skip)),
            "--options", json.dumps({**options, "budget": args.budget, "cap": args.cap}),
        ]  # fmt: skip
        worker = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_pump, args=(worker, lines), daemon=True).start()
        finished = False
        while True:
            waiting = [n for n in names if n not in skip]
            # No limit while loading or cleaning up; a query gets its warm-up and one run.
            untimed = not waiting or "load_s" not in report or report.get("_restarted")
            try:
                line = lines.get(timeout=None if untimed else 2 * args.cap + 10)
            except queue.Empty:
                worker.kill()
                worker.wait()
                report["queries"][waiting[0]] = {"timeout": True}
                skip.add(waiting[0])
                print(f"  {store}: {waiting[0]} ran past {args.cap:g} s; stopped", file=sys.stderr)
                report["_restarted"] = True
                break
            if line is None:
                if worker.wait() != 0:
                    raise SystemExit(f"{store} worker failed (exit {worker.returncode})")
                finished = True
                break
            record = json.loads(line)
            print(f"  {store}: {line.strip()}", file=sys.stderr, flush=True)  # a long run's trace
            if "loaded" in record:
                if "load_s" not in report:
                    report.update(record["loaded"])
                    if "not_restarted" in record["loaded"]:
                        print(
                            f"  {store}: not restarted after the load "
                            f"({record['loaded']['not_restarted']}): its plans use samples of "
                            "the store before the load",
                            file=sys.stderr,
                        )
                report.pop("_restarted", None)
            elif "query" in record:
                name = record.pop("query")
                report["queries"][name] = record
                skip.add(name)
            elif "done" in record:
                done = record["done"]
                report["peak_mb"] = max(report["peak_mb"], done["peak_mb"])
                # The server's peak while loading, if it was restarted since, or after.
                peaks = (report["server_peak_mb"], done["server_peak_mb"])
                report["server_peak_mb"] = max((p for p in peaks if p), default=None)
        if finished:
            break
    report["queries"] = {n: report["queries"][n] for n in names}
    report.pop("_restarted", None)
    return report


def _pump(worker: subprocess.Popen, lines: queue.Queue) -> None:
    assert worker.stdout is not None
    for line in worker.stdout:
        if line.startswith("{"):
            lines.put(line)
    lines.put(None)


# The comparison


def virtuoso_options(args: argparse.Namespace) -> dict | None:
    from kg.store import StoreError
    from kg.store.remote import RemoteStore

    options = {"url": args.virtuoso, "isql": args.virtuoso_isql}
    probe = RemoteStore(args.virtuoso, user=args.user, password=args.password, retries=1)
    try:
        probe.query("ASK {}")
    except StoreError as exc:
        print(f"virtuoso: skipped, {exc}", file=sys.stderr)
        return None
    finally:
        probe.close()
    return options


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--big", action="store_true", help="100,000 articles")
    parser.add_argument("--reps", type=int, default=20, help="runs per named query")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds per query and store")
    parser.add_argument("--stores", default=",".join(STORES))
    parser.add_argument(
        "--virtuoso",
        default=os.environ.get("KG_TEST_VIRTUOSO", "http://127.0.0.1:8890/sparql-auth"),
    )
    parser.add_argument(
        "--virtuoso-isql",
        metavar="HOST:PORT",
        help="load Virtuoso with its bulk loader through isql-vt (password in "
        "KG_VIRTUOSO_DBA_PASSWORD, default dba); its DirsAllowed must hold bench/out",
    )
    parser.add_argument("--user", default=os.environ.get("KG_STORE_USER", "kgtest"))
    parser.add_argument(
        "--password", default=os.environ.get("KG_STORE_PASSWORD", "kgtest-password")
    )
    parser.add_argument(
        "--cap", type=float, default=120.0, help="seconds before a query is stopped"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--worker", choices=STORES, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--skip", default="", help=argparse.SUPPRESS)
    parser.add_argument("--options", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        skip = {name for name in args.skip.split(",") if name}
        run_store(args.worker, args.corpus, args.plan, args.work, skip, json.loads(args.options))
        return

    articles = 100_000 if args.big else args.articles
    stores = [s for s in args.stores.split(",") if s]
    if "rdflib" in stores and articles > RDFLIB_MAX_ARTICLES:
        print(f"rdflib: skipped above {RDFLIB_MAX_ARTICLES:,} articles (memory)", file=sys.stderr)
        stores.remove("rdflib")
    options: dict = {}
    if "virtuoso" in stores:
        found = virtuoso_options(args)
        if found is None:
            stores.remove("virtuoso")
        else:
            options = found
    corpus = corpus_path(articles)
    with tempfile.TemporaryDirectory(prefix="bench-stores-") as tmp:
        plan = Path(tmp) / "plan.json"
        plan.write_text(json.dumps(pick_parameters(corpus, args.reps)))
        reports = []
        for store in stores:
            print(f"{store}: loading {corpus.name} and querying…", file=sys.stderr)
            work = Path(tmp) / store
            work.mkdir()
            reports.append(measure(store, corpus, plan, work, args, options))
            if args.json:  # after each store, so that a store that fails loses no other
                args.json.write_text(
                    json.dumps({"articles": articles, "reports": reports}, indent=2)
                )
    print_table(reports, articles, args.cap)


if __name__ == "__main__":
    main()
