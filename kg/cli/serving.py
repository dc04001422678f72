"""Commands over the API and the graph pages: `kg serve` and `kg viz`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreOption, app, command_store, fail, get_store


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    store: StoreOption = None,
    access_log: Annotated[
        bool, typer.Option(help="Log every request (off for benchmarks: it costs CPU).")
    ] = True,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            help="Reverse proxies (addresses or networks, comma-separated) whose "
            "X-Forwarded-For names the client; without it, forwarded headers are ignored."
        ),
    ] = None,
) -> None:
    """Serve the REST API, the SPARQL endpoint and the graph pages with uvicorn.

    On an embedded store it leaves kg-serve.json in the store's folder (readable by you only),
    so that other `kg` commands on the same store read and write through it."""
    from api.server import addresses
    from api.server import serve as serve_api

    get_store(store).close()  # fail early, with a clear message, if the store cannot be opened
    for line in addresses(host, port):
        typer.echo(line, err=True)
    serve_api(host, port, store, access_log, forwarded_allow_ips)


@app.command()
def viz(
    focus: Annotated[
        str | None,
        typer.Option(help="Entity to centre on, e.g. person/tran-van-duc (default: the overview)."),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path(
        "graph.html"
    ),
    depth: Annotated[int, typer.Option(help="Edges to follow from it.")] = 1,
    limit: Annotated[int, typer.Option(help="Most nodes to show.")] = 500,
    store: StoreOption = None,
) -> None:
    """Write an interactive graph page around one entity, or without --focus the overview (the
    emulation clusters with their member units, the people named most in the last year); it
    works offline, searching what it holds. `kg serve` offers the same page at /viz, expanding
    on click through the API."""
    from viz.page import write_page

    with command_store(store) as kg_store:
        try:
            page = write_page(kg_store, out, focus, depth, limit)
        except ValueError as exc:
            raise fail(str(exc), 2) from exc
        except LookupError as exc:
            raise fail(str(exc.args[0] if exc.args else exc)) from exc
    typer.echo(f"wrote {out}: {page}", err=True)
