"""Curator commands: `kg same`, `kg different` and `kg explain`."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.common import StoreOption, app, command_store, fail, store_or_server
from kg.server_client import ServerClient
from kg.store import StoreError

IdArgument = Annotated[
    str,
    typer.Argument(help="person/ID, event/ID, mention/ID, a full IRI, or the id the API prints."),
]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why: kept with the judgement.")]


def _judge(same: bool, first: str, second: str, note: str | None, store: str | None) -> None:
    from kg.curation import Unjudgeable, UnknownEntity, judge, verdict_fields

    with store_or_server(store) as target:
        try:
            if isinstance(target, ServerClient):
                fields = target.judge(same, first, second, note)
            else:
                fields = verdict_fields(judge(target, same, first, second, note))
        except (UnknownEntity, Unjudgeable, StoreError) as exc:
            raise fail(str(exc)) from exc
    one, other = fields["first"], fields["second"]
    if same:
        typer.echo(f"recorded: {first} and {second} are one {one['kind']}: {_id(one)}")
    else:
        typer.echo(f"recorded: {first} and {second} are two: {_id(one)} and {_id(other)}")
    for old, new in sorted(fields["retired"].items()):
        typer.echo(f"retired {old} -> {new}", err=True)


def _id(ref: dict[str, str]) -> str:
    return f"{ref['kind']}/{ref['id']}"


@app.command()
def same(
    first: IdArgument, second: IdArgument, note: NoteOption = None, store: StoreOption = None
) -> None:
    """Record that two persons (or two events) are one, whatever the evidence says; applied
    now and by every later resolution. They must share a name (an event: kind and month)."""
    _judge(True, first, second, note, store)


@app.command()
def different(
    first: IdArgument, second: IdArgument, note: NoteOption = None, store: StoreOption = None
) -> None:
    """Record that two persons (or two events) are two, whatever the evidence says; applied
    now and by every later resolution."""
    _judge(False, first, second, note, store)


@app.command()
def explain(entity: IdArgument, store: StoreOption = None) -> None:
    """The mentions behind a person or an event, the evidence that joined them, what keeps
    its namesakes apart, and the curators' judgements about it."""
    from kg.cli.why_text import why_lines
    from kg.curation import Unjudgeable, UnknownEntity, entity_iri, why

    with command_store(store) as kg_store:
        try:
            found = why(kg_store, entity_iri(kg_store, entity))
        except (UnknownEntity, Unjudgeable) as exc:
            raise fail(str(exc)) from exc
    for line in why_lines(found):
        typer.echo(line)
