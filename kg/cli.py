"""The `kg` command: thin commands over the library."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import click
import typer

from ingest.fetch.archive import is_archive, latest_records
from ingest.model import Facts
from kg.settings import Settings
from kg.store import EXPORT_FORMATS, QuerySyntaxError, Store, StoreError, open_store

app = typer.Typer(
    name="kg",
    help="cand-kg: a knowledge graph of Vietnam's public-security forces from news and rosters.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar="KG_STORE",
        help="Store directory (embedded Oxigraph), ':memory:', or a SPARQL endpoint URL.",
    ),
]


class CommandError(Exception):
    """An error to report on one line and exit non-zero."""


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def get_store(location: str | None) -> Store:
    try:
        return open_store(location, Settings.from_env())
    except (StoreError, ValueError) as exc:
        raise fail(str(exc)) from exc


@contextmanager
def command_store(location: str | None) -> Iterator[Store]:
    """The store for one command: its errors reported on one line, closed afterwards."""
    kg_store = get_store(location)
    try:
        yield kg_store
    except StoreError as exc:
        raise fail(str(exc)) from exc
    finally:
        kg_store.close()


def iter_files(paths: list[Path], suffixes: set[str] | None = None) -> Iterator[Path]:
    """Files named directly, and files below named folders (sorted, hidden ones skipped)."""
    for path in paths:
        if is_archive(path):
            yield from latest_records(path)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if (
                    child.is_file()
                    and not any(p.startswith(".") for p in child.parts[-1:])
                    and (suffixes is None or child.suffix.lower() in suffixes)
                ):
                    yield child
        elif path.exists():
            yield path
        else:
            raise fail(f"no such file or folder: {path}")


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files, folders or `kg fetch` archives to ingest.")
    ],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Extraction processes (0: one per core).")
    ] = 1,
    force: Annotated[
        bool, typer.Option("--force", help="Re-ingest documents even if stored unchanged.")
    ] = False,
    log: Annotated[
        Path | None,
        typer.Option("--log", help="Append one JSON line per document once it is stored."),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Ingest articles (.txt, .html), rosters (.csv), RDF files and the pages of a `kg fetch`
    archive (the newest version of each), one named graph each.

    Documents already stored with the same content are skipped, so an interrupted ingest can
    simply be run again. Each document is written in one transaction."""
    import os

    from kg.pipeline import SOURCE_SUFFIXES

    files = list(iter_files(paths, SOURCE_SUFFIXES))
    if not files:
        raise fail("no files to ingest")
    kg_store = get_store(store)
    try:
        failed = ingest_files(kg_store, files, jobs or os.cpu_count() or 1, force, log)
    finally:
        kg_store.close()
    if failed:
        raise typer.Exit(1)


def ingest_files(
    kg_store: Store, files: list[Path], jobs: int, force: bool, log: Path | None
) -> int:
    """Ingest files with a progress bar, each failure on one line; the number that failed."""
    import json

    from kg.pipeline import Ingest

    run = Ingest(kg_store, jobs=jobs, force=force)
    log_file = log.open("a", encoding="utf-8") if log else None
    try:
        with click.progressbar(
            run.run(files),
            length=len(files),
            label="ingesting",
            file=sys.stderr,
            hidden=len(files) < 2,
        ) as bar:
            for outcome in bar:
                if outcome.error:
                    typer.echo(f"\nfailed: {outcome.error}", err=True)
                if log_file is not None:
                    record = {
                        "status": outcome.status,
                        "document": outcome.document,
                        "path": outcome.path,
                        "triples": outcome.triples,
                        "error": outcome.error,
                    }
                    log_file.write(json.dumps(record, ensure_ascii=False) + "\n")
                    log_file.flush()
    except KeyboardInterrupt:
        typer.echo(f"\ninterrupted; stored so far: {run.summary.line()}", err=True)
        typer.echo("run the same command again to ingest the rest", err=True)
        raise typer.Exit(130) from None
    finally:
        if log_file is not None:
            log_file.close()
    typer.echo(run.summary.line(), err=True)
    return run.summary.failed


@app.command()
def fetch(
    sources: Annotated[
        list[str],
        typer.Argument(help="Article URLs, RSS/Atom feeds, sitemaps, or files listing URLs."),
    ],
    since: Annotated[
        str | None, typer.Option(help="Only pages published on or after this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only pages published on or before this date.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Fetch at most this many new pages.")
    ] = None,
    archive: Annotated[
        Path | None,
        typer.Option(help="Archive folder (KG_ARCHIVE; ./data/archive).", show_default=False),
    ] = None,
    then_ingest: Annotated[
        bool, typer.Option("--ingest", help="Ingest the archive's new pages into the store.")
    ] = False,
    refresh: Annotated[
        bool, typer.Option(help="Ask again for archived pages; a changed one is a new version.")
    ] = False,
    delay: Annotated[
        float | None,
        typer.Option(min=0, help="Seconds between requests to one host (KG_FETCH_DELAY, 1).",
                     show_default=False),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Fetch news pages politely into an archive, which `kg ingest ARCHIVE` reads offline.

    robots.txt is obeyed and each host gets one request at a time, `--delay` apart. Pages the
    archive holds are not fetched again, so an interrupted run is resumed by running it again.
    Each page that failed or was skipped is reported on one line."""
    from ingest.fetch.archive import Archive, ArchiveError
    from ingest.fetch.client import FetchOptions
    from ingest.fetch.run import DateWindow, FetchRun, Outcome

    settings = Settings.from_env()
    window = DateWindow(_iso_date_option("--since", since), _iso_date_option("--until", until))
    try:
        kept = Archive.open(archive or Path(settings.archive))
    except ArchiveError as exc:
        raise fail(str(exc)) from exc
    options = FetchOptions(
        contact=settings.fetch_contact,
        delay=settings.fetch_delay if delay is None else delay,
    )
    progress = sys.stderr.isatty()

    def show(outcome: Outcome) -> None:
        if progress:
            r = run.report
            typer.echo(f"\rfetched {r.fetched}, skipped {r.skipped}, failed {r.failed}",
                       err=True, nl=False)

    run = FetchRun(kept, options, window=window, limit=limit, refresh=refresh, on_outcome=show)
    try:
        report = run.run(sources)
    except KeyboardInterrupt:
        typer.echo(f"\ninterrupted; archived so far: {run.report.line()}", err=True)
        typer.echo("run the same command again to fetch the rest", err=True)
        raise typer.Exit(130) from None
    if progress:
        typer.echo("", err=True)
    for problem in report.problems:
        typer.echo(problem, err=True)
    typer.echo(report.line(), err=True)
    failed = report.failed
    if then_ingest:
        files = latest_records(kept.root)
        if files:
            kg_store = get_store(store)
            try:
                failed += ingest_files(kg_store, files, 1, False, None)
            finally:
                kg_store.close()
    if failed:
        raise typer.Exit(1)


def _iso_date_option(name: str, value: str | None) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise fail(f"{name} takes a date as YYYY-MM-DD, not {value!r}", 2) from None


@app.command()
def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Articles (.txt, .html), rosters (.csv) or folders.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON Lines, one object per document (eval gold shape).")
    ] = False,
    full: Annotated[
        bool, typer.Option("--full", help="JSON Lines with everything: evidence, dates, warnings.")
    ] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse source files larger than this.", min=1)
    ] = 5_000_000,
) -> None:
    """Print the facts found in articles and rosters, without storing them.

    A file that cannot be read is reported on stderr and the others go on; the exit status is
    non-zero only when no file could be read."""
    import json

    from ingest.read import ReadError
    from ingest.sources import facts_from_path, iter_source_files

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    read = failed = 0
    for path in iter_source_files(paths):
        try:
            facts = facts_from_path(path, max_bytes)
        except ReadError as exc:
            failed += 1
            typer.echo(f"error: {exc}", err=True)
            continue
        except Exception as exc:  # an extractor fault on one file must not stop the batch
            failed += 1
            typer.echo(f"error: {path}: extraction failed: {type(exc).__name__}: {exc}", err=True)
            continue
        read += 1
        for warning in [*facts.document.warnings, *facts.warnings]:
            typer.echo(f"warning: {path}: {warning}", err=True)
        if full:
            typer.echo(json.dumps(facts.to_dict(), ensure_ascii=False))
        elif as_json:
            typer.echo(json.dumps(facts.to_gold(), ensure_ascii=False))
        else:
            typer.echo("\n".join(describe_facts(facts)) + "\n")
    if not read:
        raise fail("no file could be read" if failed else "no article or roster files found")


def describe_facts(facts: Facts) -> list[str]:
    """A readable summary of one document's facts."""
    doc = facts.document
    lines = [
        f"{doc.id} ({doc.kind}, {doc.date or 'undated'}): {len(facts.persons)} persons, "
        f"{len(facts.organisations)} units, {len(facts.clusters)} clusters, "
        f"{len(facts.events)} events, {len(facts.awards)} awards"
    ]
    for p in facts.persons:
        posts = "; ".join(
            f"{pos.role}, {pos.organisation or '?'}"
            + (f" [{pos.start or '…'} – {pos.end or '…'}]" if pos.start or pos.end else "")
            for pos in p.positions
        )
        lines.append(f"  person   {' '.join(filter(None, [p.rank, p.name]))}: {posts or '-'}")
    for o in facts.organisations:
        lines.append(f"  unit     {o.name}" + (f" (under {o.parent})" if o.parent else ""))
    for c in facts.clusters:
        lines.append(f"  cluster  {c.name}: {', '.join(c.members) or '-'}")
    for e in facts.events:
        by, who = ", ".join(e.organisers) or "?", ", ".join(e.attendees) or "-"
        lines.append(f"  event    {e.kind} {e.date or 'undated'} by {by}: {who}")
    for a in facts.awards:
        given = ((a.collectives, "tập thể"), (a.individuals, "cá nhân"))
        counts = ", ".join(f"{n} {label}" for n, label in given if n)
        lines.append(
            f"  award    {a.award} to {a.recipient or '?'} from {a.grantor or '?'}"
            + (f" ({counts})" if counts else "")
        )
    return lines


@app.command()
def remove(
    documents: Annotated[
        list[str], typer.Argument(help="Document ids (file names without extension).")
    ],
    store: StoreOption = None,
) -> None:
    """Drop documents and every fact they brought; nothing else changes."""
    from kg.pipeline import remove as remove_document

    kg_store = get_store(store)
    missing = []
    try:
        for doc in documents:
            try:
                if remove_document(kg_store, doc):
                    typer.echo(f"removed {doc}", err=True)
                else:
                    missing.append(doc)
            except (StoreError, ValueError) as exc:
                raise fail(str(exc)) from exc
    finally:
        kg_store.close()
    if missing:
        raise fail(f"no such document: {', '.join(missing)}")


@app.command()
def dump(
    file: Annotated[Path, typer.Argument(help="Backup file, e.g. backup.nq.gz (gzip if .gz).")],
    store: StoreOption = None,
) -> None:
    """Back up the whole store (every named graph) as N-Quads."""
    from kg.backup import dump as dump_store

    with command_store(store) as kg_store:
        graphs = dump_store(kg_store, file)
    typer.echo(f"wrote {graphs} graphs to {file}", err=True)


@app.command()
def load(
    file: Annotated[Path, typer.Argument(help="A file written by `kg dump`.")],
    store: StoreOption = None,
) -> None:
    """Restore a backup: each graph in it replaces the stored graph of the same name."""
    from kg.backup import load as load_store

    with command_store(store) as kg_store:
        graphs = load_store(kg_store, file)
    typer.echo(f"loaded {graphs} graphs from {file}", err=True)


@app.command()
def summarize(store: StoreOption = None) -> None:
    """Recompute the summary graph (each person's tenures) from the document graphs.

    `kg ingest` and `kg remove` keep it in step; this is for stores written by other means,
    or a remote store where a write failed between a document and its summary."""
    from kg.summary import rebuild

    with command_store(store) as kg_store:
        triples = rebuild(kg_store)
    typer.echo(f"summary graph rebuilt: {triples} triples", err=True)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="table, json, xml, csv, tsv; turtle, nt or jsonld for CONSTRUCT/DESCRIBE.",
        ),
    ] = "table",
    store: StoreOption = None,
) -> None:
    """Run a SPARQL query over the union of all documents' graphs."""
    from kg.results import format_table, serialize_result

    if sparql.startswith("@"):
        sparql = Path(sparql[1:]).read_text(encoding="utf-8")
    with command_store(store) as kg_store:
        try:
            result = kg_store.query(sparql)
        except QuerySyntaxError as exc:
            raise fail(f"bad SPARQL: {exc}", 2) from exc
    if fmt == "table":
        typer.echo(format_table(result))
        return
    try:
        sys.stdout.buffer.write(serialize_result(result, fmt))
    except ValueError as exc:
        raise fail(str(exc), 2) from exc
    sys.stdout.flush()


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=f"One of {', '.join(EXPORT_FORMATS)}. Triple formats "
            "merge all graphs; nq and trig keep them.",
        ),
    ] = "nq",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default stdout).")
    ] = None,
    store: StoreOption = None,
) -> None:
    """Write the whole store in an RDF format."""
    if fmt not in EXPORT_FORMATS:
        raise fail(f"unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}", 2)
    with command_store(store) as kg_store:
        if out is None:
            kg_store.export(sys.stdout.buffer, fmt)
            sys.stdout.flush()
        else:
            with out.open("wb") as handle:
                kg_store.export(handle, fmt)
            typer.echo(f"wrote {out}", err=True)


@app.command()
def stats(store: StoreOption = None) -> None:
    """Counts of documents, triples and entities in the store."""
    from kg.statistics import store_statistics

    with command_store(store) as kg_store:
        figures = store_statistics(kg_store)
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        typer.echo(f"{key.ljust(width)}  {value}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    store: StoreOption = None,
    access_log: Annotated[
        bool, typer.Option(help="Log every request (off for benchmarks: it costs CPU).")
    ] = True,
) -> None:
    """Serve the REST API, the SPARQL endpoint and the graph pages with uvicorn."""
    import os

    import uvicorn

    if store:
        os.environ["KG_STORE"] = store
    get_store(store).close()  # fail early, with a clear message, if the store cannot be opened
    typer.echo(f"API docs:   http://{host}:{port}/docs", err=True)
    typer.echo(f"Graph page: http://{host}:{port}/viz", err=True)
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        log_level="info",
        access_log=access_log,
    )


@app.command()
def viz(
    focus: Annotated[str, typer.Option(help="Entity to centre on, e.g. person/tran-van-duc.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")],
    depth: Annotated[int, typer.Option(min=0, max=4, help="Edges to follow from it.")] = 1,
    limit: Annotated[int, typer.Option(min=1, max=3000, help="Most nodes to show.")] = 500,
    store: StoreOption = None,
) -> None:
    """Write an interactive graph page around one entity; it works offline, searching what it
    holds. `kg serve` offers the same page at /viz, expanding on click through the API."""
    from viz.page import render_page
    from viz.subgraph import neighbourhood, parse_focus

    try:
        iri = parse_focus(focus)
    except ValueError as exc:
        raise fail(str(exc), 2) from exc
    kg_store = get_store(store)
    try:
        subgraph = neighbourhood(kg_store, iri, depth, limit)
    except (LookupError, StoreError) as exc:
        raise fail(str(exc.args[0] if exc.args else exc)) from exc
    finally:
        kg_store.close()
    out.write_text(render_page(subgraph, api_base=None, depth=depth), "utf-8")
    shown = subgraph.graph.number_of_nodes()
    note = f" (of {subgraph.total} in reach)" if subgraph.truncated else ""
    edges = subgraph.graph.number_of_edges()
    typer.echo(f"wrote {out}: {shown} nodes{note}, {edges} edges", err=True)


def main() -> None:
    try:
        app()
    except click.exceptions.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
