"""What every command shares: the Typer application, the --store option and one-line errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from core.settings import Settings
from kg.store import Store, StoreError, open_store

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
