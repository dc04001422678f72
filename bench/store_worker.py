"""One store of `bench/stores.py`, in a process of its own: open it (loading the corpus the
first time), run every query of the plan, and print one JSON line per finished step, so that
the parent can stop a query that runs past the cap (pyoxigraph cannot be interrupted from
inside), note it, and start the worker again on the already loaded data."""

from __future__ import annotations

import json
import os
import resource
import signal
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import virtuoso_server
from runner import runner

DIALECTS = {"rdflib": "", "oxigraph": "oxigraph", "virtuoso": "virtuoso"}  # query variants


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def run_store(
    kind: str, corpus: Path, plan_file: Path, work: Path, skip: set[str], options: dict
) -> None:
    """Open (and load) the store, then time every query of the plan not in `skip`."""
    plan = json.loads(plan_file.read_text())
    started, cpu = time.perf_counter(), _cpu_s(kind)
    select, triples, close, ready = _open_and_load(kind, corpus, work, options)
    figures = {
        "load_s": time.perf_counter() - started,
        "load_cpu_s": _cpu_s(kind) - cpu,
        "triples": triples,
        "disk_mb": _disk_mb(kind, work),
        "load_peak_mb": peak_mb(),
        "server_peak_mb": virtuoso_server.peak_mb() if kind == "virtuoso" else None,
    }
    # Before the first query is timed, and before the parent starts timing this worker.
    emit({"loaded": {**figures, **ready()}})
    for name, param_sets in plan.items():
        if name in skip:
            continue
        try:
            run = runner(name, DIALECTS[kind], select, param_sets)
            run(param_sets[0])  # warm-up, not counted
            times: list[float] = []
            rows = 0
            spent, cpu_start = time.perf_counter(), query_cpu_s(kind)
            for params in param_sets:
                t0 = time.perf_counter()
                rows += run(params)
                times.append(time.perf_counter() - t0)
                if time.perf_counter() - spent > options["budget"] and len(times) >= 3:
                    break
            cpu_used = query_cpu_s(kind) - cpu_start
        except TimeoutError:
            emit({"query": name, "timeout": True})
            continue
        except QueryRefused as exc:
            emit({"query": name, "error": str(exc)[:300]})
            continue
        times.sort()
        emit(
            {
                "query": name,
                "median_ms": statistics.median(times) * 1000,
                "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))] * 1000,
                "runs": len(times),
                # On a shared machine the wall clock also counts the other jobs.
                "cpu_ms": cpu_used / len(times) * 1000,
                "rows": rows,
            }
        )
    close()
    emit(
        {
            "done": {
                "peak_mb": peak_mb(),
                "server_peak_mb": virtuoso_server.peak_mb() if kind == "virtuoso" else None,
            }
        }
    )


class QueryRefused(RuntimeError):
    """The store answered a query with an error (Virtuoso refuses a query whose estimated
    cost is over its limit)."""


def _stop_query(signum: int, frame: object) -> None:
    raise TimeoutError("the query ran past the cap")


def _open_and_load(kind: str, corpus: Path, work: Path, options: dict):
    """Open the store, loading the corpus unless an earlier run of this worker did: its
    `select`, its number of quads, `close`, and what makes it ready to be timed (giving the
    figures to note of it)."""
    loaded = work / "loaded"
    nothing_to_do: Callable[[], dict] = dict
    if kind == "rdflib":
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        dataset.parse(str(corpus), format="nquads")
        triples = sum(1 for _ in dataset.quads((None, None, None, None)))

        def rdflib_query(text: str) -> list[dict[str, str]]:
            # rdflib is pure Python, so an alarm can stop it without restarting the worker.
            signal.setitimer(signal.ITIMER_REAL, options["cap"])
            try:
                result = dataset.query(text)
                if result.type == "ASK":
                    return [{}]
                return [{k: str(v) for k, v in row.asdict().items()} for row in result]
            except TimeoutError:
                raise
            except Exception as exc:  # rdflib's own failures: no LATERAL, MIN over unbound values
                raise QueryRefused(f"rdflib failed: {type(exc).__name__}: {exc}") from exc
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)

        signal.signal(signal.SIGALRM, _stop_query)

        return rdflib_query, triples, lambda: None, nothing_to_do
    if kind == "oxigraph":
        from kg.store import OxigraphStore

        store = OxigraphStore(work / "oxigraph")
        if not loaded.exists():
            with corpus.open("rb") as handle:
                store.bulk_load(handle, "nq")
            loaded.touch()
        return lambda text: strings(store.query(text)), store.count(), store.close, nothing_to_do
    from kg.store import QueryTimeout, StoreError
    from kg.store.remote import RemoteStore

    # Credentials come through the environment, never the command line.
    store = RemoteStore(
        options["url"],
        user=os.environ.get("KG_STORE_USER"),
        password=os.environ.get("KG_STORE_PASSWORD"),
        timeout=options["cap"],
    )
    fresh = not loaded.exists()
    if fresh:
        virtuoso_server.empty(store, options.get("isql"))
        if options.get("isql"):
            virtuoso_server.bulk_load(corpus, options["isql"])
        else:
            with corpus.open("rb") as handle:
                store.bulk_load(handle, "nq")
        loaded.touch()

    def ready() -> dict:
        """Restart the server after loading it, so that it plans with samples of this store."""
        if not fresh:
            return {}
        if not options.get("isql"):
            return {"not_restarted": "no --virtuoso-isql to stop the server with"}
        why = virtuoso_server.restart(options["isql"])
        return {"not_restarted": why} if why else {"restarted": True}

    def remote_query(text: str) -> list[dict[str, str]]:
        try:
            return strings(store.query(text))
        except QueryTimeout as exc:
            raise TimeoutError(str(exc)) from exc
        except StoreError as exc:
            raise QueryRefused(str(exc)) from exc

    def close() -> None:  # all queries ran: leave the server empty
        virtuoso_server.empty(store, options.get("isql"))
        store.close()

    # Counting millions of quads takes Virtuoso longer than a query's cap.
    store.timeout = max(options["cap"], 600.0)
    triples = store.count()
    store.timeout = options["cap"]
    return remote_query, triples, close, ready


def strings(result) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """A store's answer as the API reads it: rows of lexical values (one row for ASK)."""
    if result.kind != "select":
        return [{}]
    return [{k: str(v) for k, v in row.items()} for row in result.dicts()]


def _disk_mb(kind: str, work: Path) -> float | None:
    """The store's files on disk: the Oxigraph directory, or the Virtuoso server's database
    (when its state file names its directory; after a checkpoint, so the log is folded in)."""
    if kind == "oxigraph":
        folder = work / "oxigraph"
    elif kind == "virtuoso" and virtuoso_server.folder() is not None:
        folder = virtuoso_server.folder()
    else:
        return None
    files = [f for f in folder.rglob("*") if f.is_file() and f.suffix not in (".log", ".ini")]
    return sum(f.stat().st_size for f in files) / 2**20


def _cpu_s(kind: str) -> float:
    """CPU seconds of this process, and of the Virtuoso server when it is the store: on a
    shared machine the wall clock says little about the work a load costs."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    mine = usage.ru_utime + usage.ru_stime
    server = virtuoso_server.cpu_s() if kind == "virtuoso" else None
    return mine + (server or 0.0)


def query_cpu_s(kind: str) -> float:
    """CPU seconds of the thread running the queries (an embedded store evaluates them in it,
    while RocksDB compacts a fresh load in threads of its own), with the Virtuoso server's
    (counted in clock ticks) when it is the store."""
    server = virtuoso_server.cpu_s() if kind == "virtuoso" else None
    return time.thread_time() + (server or 0.0)
