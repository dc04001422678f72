"""Compare stores on one synthetic corpus: rdflib's in-memory Dataset (the baseline), the
embedded Oxigraph store, and Virtuoso when one is running.

    python bench/stores.py [--articles 10000] [--big] [--reps 20]

Each store runs in a process of its own, so peak memory is that store's. For each: load time,
triples, peak memory, and the median and 95th percentile latency of every named query in
kg/queries (each run with a different parameter drawn from the data), plus ratios to rdflib."""

from __future__ import annotations

import argparse
import json
import os
import queue
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import corpus_path  # noqa: E402
from store_table import print_table  # noqa: E402

STORES = ("rdflib", "oxigraph", "virtuoso")
DIALECTS = {"rdflib": "", "oxigraph": "oxigraph", "virtuoso": "virtuoso"}  # query variants
ANY = "urn:cand-kg:any"
# The lists the store sorts and pages.
PAGED = (
    "api_awards_listed",
    "api_clusters",
    "api_documents_listed",
    "api_events_listed",
    "api_events_of_kind",
    "api_persons",
    "api_persons_listed",
    "api_units",
)
PAGE = 50
RDFLIB_MAX_ARTICLES = 20_000  # above this rdflib needs more memory than the machine has
VIRTUOSO_STATE = Path(os.environ.get("KG_VIRTUOSO_STATE", "/tmp/cand-kg-virtuoso.state"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Parameters drawn from the data


# What each parameter takes its values from: (predicate, object) of a quad, the subject
# taken when the object is given, else the object.
CAND = "https://w3id.org/cand-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SOURCES = {
    "person": ("https://schema.org/attendee", None),
    "event": (RDF_TYPE, f"{CAND}Event"),
    "unit": (RDF_TYPE, f"{CAND}Unit"),
    "parent": ("http://www.w3.org/ns/org#subOrganizationOf", None),
    "cluster": (RDF_TYPE, f"{CAND}EmulationCluster"),
    "doc": (RDF_TYPE, f"{CAND}SourceDocument"),
    "recipient": (f"{CAND}recipient", None),
    "conferral": (RDF_TYPE, f"{CAND}AwardConferral"),
    "rank": (f"{CAND}rank", None),
}


def distinct_values(corpus: Path) -> dict[str, list[str]]:
    """The IRIs each parameter can take, in one pass over the corpus's lines (never the
    whole corpus in memory: at 100,000 articles it is 35 million quads)."""
    wanted: dict[bytes, list[tuple[str, bytes | None]]] = {}
    for name, (predicate, obj) in SOURCES.items():
        key = f"<{predicate}>".encode()
        wanted.setdefault(key, []).append((name, f"<{obj}>".encode() if obj else None))
    found: dict[str, dict[str, None]] = {name: {} for name in SOURCES}
    with corpus.open("rb") as lines:
        for line in lines:
            parts = line.split(b" ", 3)
            if len(parts) < 4 or parts[1] not in wanted or not parts[2].startswith(b"<"):
                continue
            for name, obj in wanted[parts[1]]:
                if obj is None:
                    found[name][parts[2][1:-1].decode()] = None
                elif parts[2] == obj and parts[0].startswith(b"<"):
                    found[name][parts[0][1:-1].decode()] = None
    return {name: list(values) for name, values in found.items()}


def pick_parameters(corpus: Path, reps: int) -> dict[str, list[dict[str, str]]]:
    """For every named query, `reps` parameter sets (N-Triples terms) taken from the corpus."""
    import random

    rng = random.Random(11)
    values = {}
    for name, found in distinct_values(corpus).items():
        if not found:
            raise SystemExit(f"the corpus has no value for ${name}")
        values[name] = [rng.choice(found) for _ in range(reps)]
    values["kind"] = [ANY] * reps
    iri = {name: [f"<{v}>" for v in vs] for name, vs in values.items()}
    days = [(rng.randint(2016, 2025), rng.randint(1, 12)) for _ in range(reps)]
    xsd = "http://www.w3.org/2001/XMLSchema#"
    iri["date"] = [f'"{y}-{m:02d}-15"' for y, m in days]
    iri["day"] = iri["date"]
    iri["periods"] = [
        f'"{y}-{m:02d}-15"^^<{xsd}date> "{y}-{m:02d}"^^<{xsd}gYearMonth> "{y}"^^<{xsd}gYear>'
        for y, m in days
    ]
    from kg.summary import span_keys

    iri["spanKeys"] = [" ".join(key.n3() for key in span_keys(f"{y}-{m:02d}-15")) for y, m in days]
    iri["year"] = [f'"{rng.randint(2016, 2025)}"' for _ in range(reps)]
    iri["from"] = iri["to"] = ['""'] * reps  # no bound: the paged lists run unfiltered
    # A page of a list, as the API reads its entries.
    iri["entities"] = [" ".join(rng.sample(iri["person"], min(PAGE, reps))) for _ in range(reps)]
    # A page of documents, as /documents reads their titles.
    iri["documents"] = [" ".join(rng.sample(iri["doc"], min(PAGE, reps))) for _ in range(reps)]
    # The units of one career's posts, as a person's view asks what became of them.
    iri["units"] = [" ".join(rng.sample(iri["unit"], min(10, reps))) for _ in range(reps)]
    # A page of conferrals, as /awards reads their facts.
    conferrals = iri["conferral"]
    iri["conferrals"] = [
        " ".join(rng.sample(conferrals, min(PAGE, len(conferrals)))) for _ in range(reps)
    ]
    # The REST lists are filtered by one thing at a time, as the API calls them; the paged
    # lists are measured unfiltered (filters only shorten them).
    overrides = {
        "api_persons": {"unit": [f"<{ANY}>"] * reps, "rank": [f"<{ANY}>"] * reps},
        "api_units": {"parent": [f"<{ANY}>"] * reps},
        "api_events": {"person": [f"<{ANY}>"] * reps},
        "api_awards_listed": {"recipient": [f"<{ANY}>"] * reps},
        "api_events_of_kind": {"kind": [f"<{CAND}ceremony>"] * reps},
        "api_event_kind_count": {"kind": [f"<{CAND}ceremony>"] * reps},
    }
    plan: dict[str, list[dict[str, str]]] = {}
    for name in plan_names():
        needed = sorted(set(_parameters(query_text(name))))
        unknown = [p for p in needed if p not in iri]
        if unknown:
            print(f"{name}: skipped, no values for ${', $'.join(unknown)}", file=sys.stderr)
            continue
        # A list's count takes the list's own parameters, as the API counts the list it pages.
        chosen = {p: overrides.get(name.removesuffix(" count"), {}).get(p, iri[p]) for p in needed}
        plan[name] = [{p: chosen[p][i] for p in needed} for i in range(reps)]
    return plan


def plan_names() -> list[str]:
    """The named queries, and for each list the API pages, its count as `<name> count`."""
    from kg import queries

    names = queries.names()
    return sorted(names + [f"{name} count" for name in PAGED if name in names])


def query_text(name: str, dialect: str = "") -> str:
    """The text of a plan name on a store of `dialect` (its variant of the named query, if
    any): a list's count, else the query (a list whole: `runner` pages it)."""
    from kg import queries

    if name.endswith(" count"):
        return queries.count(queries.text(name.removesuffix(" count"), dialect))
    return queries.text(name, dialect)


Select = Callable[[str], list[dict[str, str]]]


def runner(
    name: str, dialect: str, select: Select, param_sets: list[dict[str, str]]
) -> Callable[[dict[str, str]], int]:
    """What the API runs for a plan name, as a function of the parameters (one of
    `param_sets`) giving the number of rows read: a list's first page as the API pages it
    (`kg.queries.paged`: a list ending with `ORDER BY ?key ?tie` sorted on the key alone, the
    ties at the page's ends looked up; its total, which the API counts first and this
    benchmark times as the list's count, counted here before any run; a list of
    `kg.buckets.LISTS` by its buckets, counted by their sizes), else the query or count."""
    from kg import buckets, queries

    base = name.removesuffix(" count")
    listed = buckets.LISTS[base] if base in PAGED and buckets.serves(dialect, base) else None
    if listed is not None and name.endswith(" count"):
        # The API counts a list paged by buckets as the sum of its buckets' sizes, or, for one
        # that walks them, with its own count.
        counted = queries.text(listed.total or listed.sizes, dialect)
        return lambda params: len(select(_bind(counted, params)))
    if listed is not None:
        return lambda params: len(buckets.page(select, dialect, name, PAGE, 0, _terms(params))[1])
    if name == "api_unit_documents":  # a page, as the API reads it, its total counted first
        count = queries.text("api_unit_document_count", dialect)
        totals = {p["unit"]: int(select(_bind(count, p))[0]["total"]) for p in param_sets}
        return lambda params: len(
            buckets.walked_or_paged(
                select, dialect, name, totals[params["unit"]], PAGE, 0, _terms(params)
            )
        )
    text = query_text(name, dialect)
    if name not in PAGED:
        return lambda params: len(select(_bind(text, params)))
    totals = {
        bound: int(select(queries.count(bound))[0]["total"])
        for bound in {_bind(text, params) for params in param_sets}
    }
    return lambda params: len(
        queries.paged(
            select,
            _bind(text, params),
            PAGE,
            0,
            queries.mirror_total(dialect, totals[_bind(text, params)]),
        )
    )


def _parameters(text: str) -> list[str]:
    import re

    return re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text)


def _terms(params: dict[str, str]) -> dict:
    """Parameters written as N-Triples terms, as rdflib terms (`kg.sparql.bind` writes them)."""
    from rdflib.util import from_n3

    return {name: from_n3(value) for name, value in params.items()}


def _bind(text: str, params: dict[str, str]) -> str:
    import re

    return re.sub(r"\$([A-Za-z_][A-Za-z0-9_]*)", lambda m: params[m.group(1)], text)


# One store, in its own process. The worker prints one JSON line per finished step, so the
# parent can stop a query that runs past the cap (pyoxigraph cannot be interrupted from
# inside), note it, and start the worker again on the already loaded data.


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def run_store(
    kind: str, corpus: Path, plan_file: Path, work: Path, skip: set[str], options: dict
) -> None:

    plan = json.loads(plan_file.read_text())
    started, cpu = time.perf_counter(), _cpu_s(kind)
    select, triples, close = _open_and_load(kind, corpus, work, options)
    figures = {
        "load_s": time.perf_counter() - started,
        "load_cpu_s": _cpu_s(kind) - cpu,
        "triples": triples,
    }
    emit({"loaded": {**figures, "disk_mb": _disk_mb(kind, work), "load_peak_mb": peak_mb()}})
    for name, param_sets in plan.items():
        if name in skip:
            continue
        try:
            run = runner(name, DIALECTS[kind], select, param_sets)
            run(param_sets[0])  # warm-up, not counted
            times: list[float] = []
            rows = 0
            spent, cpu_start = time.perf_counter(), _query_cpu_s(kind)
            for params in param_sets:
                t0 = time.perf_counter()
                rows += run(params)
                times.append(time.perf_counter() - t0)
                if time.perf_counter() - spent > options["budget"] and len(times) >= 3:
                    break
            cpu_used = _query_cpu_s(kind) - cpu_start
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
                "server_peak_mb": _virtuoso_peak_mb() if kind == "virtuoso" else None,
            }
        }
    )


class QueryRefused(RuntimeError):
    """The store answered a query with an error (Virtuoso refuses a query whose estimated
    cost is over its limit)."""


def _stop_query(signum: int, frame: object) -> None:
    raise TimeoutError("the query ran past the cap")


def _open_and_load(kind: str, corpus: Path, work: Path, options: dict):
    """Open the store, loading the corpus unless an earlier run of this worker did."""
    loaded = work / "loaded"
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

        return rdflib_query, triples, lambda: None
    if kind == "oxigraph":
        from kg.store import OxigraphStore

        store = OxigraphStore(work / "oxigraph")
        if not loaded.exists():
            with corpus.open("rb") as handle:
                store.bulk_load(handle, "nq")
            loaded.touch()
        return lambda text: _strings(store.query(text)), store.count(), store.close
    from kg.store import QueryTimeout, StoreError
    from kg.store.remote import RemoteStore

    # Credentials come through the environment, never the command line.
    store = RemoteStore(
        options["url"],
        user=os.environ.get("KG_STORE_USER"),
        password=os.environ.get("KG_STORE_PASSWORD"),
        timeout=options["cap"],
    )
    if not loaded.exists():
        empty(store, options.get("isql"))
        if options.get("isql"):
            virtuoso_bulk_load(corpus, options["isql"])
        else:
            with corpus.open("rb") as handle:
                store.bulk_load(handle, "nq")
        loaded.touch()

    def remote_query(text: str) -> list[dict[str, str]]:
        try:
            return _strings(store.query(text))
        except QueryTimeout as exc:
            raise TimeoutError(str(exc)) from exc
        except StoreError as exc:
            raise QueryRefused(str(exc)) from exc

    def close() -> None:  # all queries ran: leave the server empty
        empty(store, options.get("isql"))
        store.close()

    # Counting millions of quads takes Virtuoso longer than a query's cap.
    store.timeout = max(options["cap"], 600.0)
    triples = store.count()
    store.timeout = options["cap"]
    return remote_query, triples, close


def _strings(result) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    """A store's answer as the API reads it: rows of lexical values (one row for ASK)."""
    if result.kind != "select":
        return [{}]
    return [{k: str(v) for k, v in row.items()} for row in result.dicts()]


def empty(store, isql: str | None) -> None:  # type: ignore[no-untyped-def]
    """Remove the corpus's graphs: one SQL delete through `isql` (without the transaction
    log), else one SPARQL update per graph."""
    if isql:
        _isql(
            isql,
            "log_enable(3, 1);\nDELETE FROM DB.DBA.RDF_QUAD WHERE "
            "__ro2sq(id_to_iri(G)) LIKE 'https://w3id.org/cand-kg/%';\ncheckpoint;\n",
        )
        return
    for graph in store.graphs():
        store.drop_graph(graph)


def _isql(isql: str, script: str) -> str:
    password = os.environ.get("KG_VIRTUOSO_DBA_PASSWORD", "dba")
    done = subprocess.run(
        ["isql-vt", isql, "dba", password], input=script, capture_output=True, text=True
    )
    if done.returncode != 0 or "*** Error" in done.stdout:
        raise SystemExit(f"isql-vt failed: {done.stdout[-2000:]}{done.stderr[-500:]}")
    return done.stdout


def virtuoso_bulk_load(corpus: Path, isql: str) -> None:
    """Virtuoso's own bulk loader (`ld_dir`, `rdf_loader_run`) reading the corpus file from
    disk: the server must list the corpus's directory in `DirsAllowed`."""
    script = (
        f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE '%{corpus.name}';\n"
        f"ld_dir('{corpus.parent}', '{corpus.name}', 'urn:x-cand-kg:bulk');\n"
        "rdf_loader_run();\ncheckpoint;\n"
        "SELECT 'LOAD-ERROR', ll_file, ll_error FROM DB.DBA.load_list "
        "WHERE ll_error IS NOT NULL;\n"
    )
    out = _isql(isql, script)
    if "LOAD-ERROR " in out:
        raise SystemExit(f"virtuoso bulk load failed: {out[-2000:]}")


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
                report.pop("_restarted", None)
            elif "query" in record:
                name = record.pop("query")
                report["queries"][name] = record
                skip.add(name)
            elif "done" in record:
                done = record["done"]
                report["peak_mb"] = max(report["peak_mb"], done["peak_mb"])
                report["server_peak_mb"] = done["server_peak_mb"]
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


def _virtuoso_state() -> dict[str, str]:
    try:
        return dict(line.split("=", 1) for line in VIRTUOSO_STATE.read_text().split())
    except (OSError, ValueError):
        return {}


def _disk_mb(kind: str, work: Path) -> float | None:
    """The store's files on disk: the Oxigraph directory, or the Virtuoso server's database
    (when its state file names its directory; after a checkpoint, so the log is folded in)."""
    if kind == "oxigraph":
        folder = work / "oxigraph"
    elif kind == "virtuoso" and "dir" in _virtuoso_state():
        folder = Path(_virtuoso_state()["dir"])
    else:
        return None
    files = [f for f in folder.rglob("*") if f.is_file() and f.suffix not in (".log", ".ini")]
    return sum(f.stat().st_size for f in files) / 2**20


def _cpu_s(kind: str) -> float:
    """CPU seconds of this process, and of the Virtuoso server when it is the store: on a
    shared machine the wall clock says little about the work a load costs."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    mine = usage.ru_utime + usage.ru_stime
    if kind != "virtuoso":
        return mine
    try:
        fields = Path(f"/proc/{_virtuoso_state()['pid']}/stat").read_text().rsplit(")", 1)[1]
    except (OSError, KeyError):
        return mine
    ticks = os.sysconf("SC_CLK_TCK")
    return mine + (int(fields.split()[11]) + int(fields.split()[12])) / ticks


def _query_cpu_s(kind: str) -> float:
    """CPU seconds of the thread running the queries (an embedded store evaluates them in it,
    while RocksDB compacts a fresh load in threads of its own), with the Virtuoso server's
    (counted in clock ticks) when it is the store."""
    server = _cpu_s(kind) - _cpu_s("") if kind == "virtuoso" else 0.0
    return time.thread_time() + server


def _virtuoso_peak_mb() -> float | None:
    try:
        status = Path(f"/proc/{_virtuoso_state()['pid']}/status").read_text()
    except (OSError, KeyError):
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


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
