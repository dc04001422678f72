"""What every command shares: the Typer application, the --store option, one-line errors, and
how a command reaches its store: opened here, or through the `kg serve` that holds it.

An embedded store is open for writing in one process only. Beside a running server, reading
commands read a checkpoint the server takes for them, and `kg ingest` and `kg remove` write
through the server (kg/server_client.py); commands that rewrite the whole store stop with what
to do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from core.settings import Settings
from kg.served import served_by
from kg.server_client import ServerClient
from kg.store import Store, StoreError, StoreInUse, open_store
from kg.upkeep import prepare

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


def opened_store(location: str | None, *, with_reference: bool = True) -> Store:
    """The store named by `--store`/KG_STORE, with the reference data of units loaded into it
    if it lacks them and its summary graph rebuilt, saying so, if an older version wrote it
    (`kg.upkeep`; unless not `with_reference`: a backup or a restore keeps the store's quads
    as they are)."""
    kg_store = open_store(location, Settings.from_env())
    if not with_reference:
        return kg_store
    try:
        rebuilt = prepare(kg_store)
    except StoreError:
        kg_store.close()
        raise
    if rebuilt is not None:
        typer.echo(f"note: {rebuilt}", err=True)
    return kg_store


def get_store(location: str | None) -> Store:
    try:
        return opened_store(location)
    except (StoreError, ValueError) as exc:
        raise fail(str(exc)) from exc


def store_path(location: str | None) -> Path:
    return Path(location or Settings.from_env().store)


@contextmanager
def reported() -> Iterator[None]:
    """Store errors inside as one line and a non-zero exit."""
    try:
        yield
    except StoreError as exc:
        raise fail(str(exc)) from exc


@contextmanager
def store_or_server(
    location: str | None, *, with_reference: bool = True
) -> Iterator[Store | ServerClient]:
    """The store, opened here and closed afterwards; or, when `kg serve` holds the embedded
    store, a client of that server (see kg/server_client.py)."""
    try:
        kg_store = opened_store(location, with_reference=with_reference)
    except StoreInUse as locked:
        server = served_by(store_path(location))
        if server is None:
            raise fail(f"{locked}; stop that process or wait for it to finish") from locked
        client = ServerClient(server)
        try:
            yield client
        finally:
            client.close()
        return
    except (StoreError, ValueError) as exc:
        raise fail(str(exc)) from exc
    try:
        yield kg_store
    finally:
        kg_store.close()


@contextmanager
def command_store(
    location: str | None, *, writes: bool = False, with_reference: bool = True
) -> Iterator[Store]:
    """The store for one command, its errors reported on one line. Beside a running
    `kg serve`, a reading command reads a checkpoint the server takes for it; a command that
    `writes` the store as a whole stops with what to do."""
    with store_or_server(location, with_reference=with_reference) as target, reported():
        if not isinstance(target, ServerClient):
            yield target
            return
        if writes:
            raise StoreError(
                f"`kg serve` (process {target.server.pid}, {target.server.url}) holds the "
                "store and this command rewrites it as a whole: stop the server, run the "
                "command, then start the server again"
            )
        with target.snapshot() as snapshot:
            yield snapshot
