"""The `kg` command, the one composition root: the only module that may import every layer.

Each command imports the library it calls when it runs, so `kg --help` and the light commands
do not load the extractor, the API or the graph pages (seconds each on a busy machine)."""

from __future__ import annotations

import sys

import click
import typer

from kg.cli import curation, documents, fetching, serving, store  # noqa: F401 (each module adds its commands)
from kg.cli.common import app


def main() -> None:
    try:
        app()
    except click.exceptions.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
