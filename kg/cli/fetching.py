"""`kg fetch`: news pages into an archive, and on into the store with `--ingest`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from core.settings import Settings
from kg.cli.common import StoreOption, app, fail, store_or_server
from kg.cli.documents import ingest_into


@app.command()
def fetch(
    sources: Annotated[
        list[str],
        typer.Argument(help="Article URLs, feeds, sitemaps; files listing URLs, saved feeds."),
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
        bool, typer.Option("--ingest", help="Then ingest the archive's pages the store lacks.")
    ] = False,
    refresh: Annotated[
        bool,
        typer.Option("--refresh", help="Ask again for archived pages; a change is a new version."),
    ] = False,
    delay: Annotated[
        float | None,
        typer.Option(
            min=0,
            help="Seconds between requests to one host (KG_FETCH_DELAY, 1).",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Fetch news pages politely into an archive, which `kg ingest ARCHIVE` reads offline.

    robots.txt is obeyed and each host gets one request at a time, `--delay` apart. Pages the
    archive holds are not fetched again, so an interrupted run is resumed by running it again.
    Each page that failed or was skipped is reported on one line."""
    from ingest.fetch.archive import Archive, ArchiveError, latest_records
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
            typer.echo(
                f"\rfetched {r.fetched}, skipped {r.skipped}, failed {r.failed}", err=True, nl=False
            )

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
            with store_or_server(store) as target:
                failed += ingest_into(target, files, 1, False, None)
    if failed:
        raise typer.Exit(1)


def _iso_date_option(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise fail(f"{name} takes a date as YYYY-MM-DD, not {value!r}", 2) from None
