"""The `kg` command: thin commands over the library."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import click
import typer

from ingest.model import Facts
from kg.cli_store import command_store, fail, get_store, reported, store_or_server
from kg.served import ServedBy, announce, withdraw
from kg.server_client import ServerClient
from kg.store import EXPORT_FORMATS, OxigraphStore, QuerySyntaxError, Store, StoreError

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


def iter_files(paths: list[Path], suffixes: set[str] | None = None) -> Iterator[Path]:
    """Files named directly, and files below named folders (sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
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
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.")],
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
    """Ingest articles (.txt, .html), rosters (.csv) and RDF files, one named graph each.

    Documents already stored with the same content are skipped, so an interrupted ingest can
    simply be run again. Each document is written in one transaction. While `kg serve` holds
    the store, each document is written through it."""
    import os

    from kg.pipeline import SOURCE_SUFFIXES

    files = list(iter_files(paths, SOURCE_SUFFIXES))
    if not files:
        raise fail("no files to ingest")
    with store_or_server(store) as target:
        _ingest_into(target, files, jobs or os.cpu_count() or 1, force, log)


def _ingest_into(
    target: Store | ServerClient, files: list[Path], jobs: int, force: bool, log: Path | None
) -> None:
    """Beside a running server, the stored versions are read on its checkpoint and each
    document's graph is sent to it; else they are read and written here."""
    import json

    from kg.pipeline import Ingest

    if isinstance(target, ServerClient):
        with reported(), target.snapshot() as snapshot:
            run = Ingest(snapshot, jobs=jobs, force=force, writer=target.write_document)
    else:
        run = Ingest(target, jobs=jobs, force=force)
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
    if run.summary.failed:
        raise typer.Exit(1)


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
    """Drop documents and every fact they brought; nothing else changes. While `kg serve`
    holds the store, through it."""
    from kg.pipeline import remove as remove_document

    missing = []
    with store_or_server(store) as target:
        for doc in documents:
            try:
                if isinstance(target, ServerClient):
                    found = target.remove(doc)
                else:
                    found = remove_document(target, doc)
            except (StoreError, ValueError) as exc:
                raise fail(str(exc)) from exc
            if found:
                typer.echo(f"removed {doc}", err=True)
            else:
                missing.append(doc)
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

    with command_store(store, writes=True) as kg_store:
        graphs = load_store(kg_store, file)
    typer.echo(f"loaded {graphs} graphs from {file}", err=True)


@app.command()
def summarize(store: StoreOption = None) -> None:
    """Recompute the summary graph (each person's tenures) from the document graphs.

    `kg ingest` and `kg remove` keep it in step; this is for stores written by other means,
    or a remote store where a write failed between a document and its summary."""
    from kg.summary import rebuild

    with command_store(store, writes=True) as kg_store:
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
    """Serve the REST API, the SPARQL endpoint and the graph pages with uvicorn.

    On an embedded store it leaves kg-serve.json in the store's folder (readable by you only),
    so that other `kg` commands on the same store read and write through it."""
    import os
    import secrets

    import uvicorn

    if store:
        os.environ["KG_STORE"] = store
    opened = get_store(store)  # fail early, with a clear message, if it cannot be opened
    embedded = opened.path if isinstance(opened, OxigraphStore) else None
    opened.close()
    os.environ["KG_LOCAL_TOKEN"] = secrets.token_urlsafe(32)
    if embedded is not None:
        address = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        url = f"http://{address}:{port}" if ":" not in address else f"http://[{address}]:{port}"
        announce(embedded, ServedBy(url, os.getpid(), os.environ["KG_LOCAL_TOKEN"]))
    typer.echo(f"API docs:   http://{host}:{port}/docs", err=True)
    typer.echo(f"Graph page: http://{host}:{port}/viz", err=True)
    try:
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host=host,
            port=port,
            log_level="info",
            access_log=access_log,
        )
    finally:
        if embedded is not None:
            withdraw(embedded, os.getpid())


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
    with command_store(store) as kg_store:
        try:
            subgraph = neighbourhood(kg_store, iri, depth, limit)
        except LookupError as exc:
            raise fail(str(exc.args[0] if exc.args else exc)) from exc
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
