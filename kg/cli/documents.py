"""Commands that read sources: `kg ingest`, `kg extract` and `kg remove`."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import click
import typer

from ingest.model import Facts
from kg.cli.common import StoreOption, app, fail, reported, store_or_server
from kg.server_client import ServerClient
from kg.store import Store, StoreError


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
    simply be run again. Documents are written in batches, each in one transaction (a long run
    into a store on disk: in memory, committed in chunks). While `kg serve` holds
    the store, each document is written through it."""
    from ingest.sources import iter_source_files
    from kg.pipeline import INGEST_SUFFIXES

    missing = [path for path in paths if not path.exists()]
    if missing:
        raise fail(f"no such file or folder: {missing[0]}")
    files = list(iter_source_files(paths, INGEST_SUFFIXES))
    if not files:
        raise fail("no files to ingest")
    with store_or_server(store) as target:
        failed = ingest_into(target, files, jobs or os.cpu_count() or 1, force, log)
    if failed:
        raise typer.Exit(1)


def ingest_into(
    target: Store | ServerClient, files: list[Path], jobs: int, force: bool, log: Path | None
) -> int:
    """Ingest files with a progress bar, each failure on one line; the number that failed.

    Beside a running server, the stored versions are read on its checkpoint and each
    document's graph is sent to it; else they are read and written here."""
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
    return run.summary.failed


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
