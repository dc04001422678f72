"""Commands over the whole store: backups, the summary graph, queries, export and counts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreOption, app, command_store, fail
from kg.store import EXPORT_FORMATS, QuerySyntaxError


@app.command()
def dump(
    file: Annotated[Path, typer.Argument(help="Backup file, e.g. backup.nq.gz (gzip if .gz).")],
    store: StoreOption = None,
) -> None:
    """Back up the whole store (every named graph) as N-Quads."""
    from kg.backup import dump as dump_store

    with command_store(store, with_reference=False) as kg_store:
        graphs = dump_store(kg_store, file)
    typer.echo(f"wrote {graphs} graphs to {file}", err=True)


@app.command()
def load(
    file: Annotated[Path, typer.Argument(help="A file written by `kg dump`.")],
    store: StoreOption = None,
) -> None:
    """Restore a backup: each graph in it replaces the stored graph of the same name."""
    from kg.backup import load as load_store

    with command_store(store, writes=True, with_reference=False) as kg_store:
        graphs = load_store(kg_store, file)
    typer.echo(f"loaded {graphs} graphs from {file}", err=True)


@app.command()
def summarize(store: StoreOption = None) -> None:
    """Recompute the summary graph (each person's tenures) from the document graphs.

    `kg ingest` and `kg remove` keep it in step; this is for stores written by other means,
    or a remote store where a write failed between a document and its summary."""
    from kg.summary import rebuild
    from kg.units.reference import ensure_reference

    # Opened as it is: a summary of an older format would otherwise be rebuilt twice.
    with command_store(store, writes=True, with_reference=False) as kg_store:
        triples = rebuild(kg_store)
        ensure_reference(kg_store)
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
    """Counts of documents, triples and entities in the store, its oldest and newest
    documents, and how many entities are known from one document only."""
    from kg.statistics import store_statistics

    with command_store(store) as kg_store:
        lines = store_statistics(kg_store).lines()
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        typer.echo(f"{label.ljust(width)}  {value}")
