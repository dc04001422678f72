"""One fetch run: read the sources (feeds, sitemaps, URL lists, pages), choose the pages that
are new, fetch them host by host and keep each in the archive as soon as it is read.

Pages already archived are not fetched again (unless `refresh`, which asks the server whether
they changed); a page with the same content as an archived one is not kept twice. A page is
counted fetched only once its files are in the archive, so an interrupted run loses nothing it
reported, and the next run takes up the rest."""

from __future__ import annotations

import asyncio
import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ingest.fetch.archive import Archive, PageRecord
from ingest.fetch.client import Disallowed, FetchError, FetchOptions, PoliteClient, Response
from ingest.fetch.listings import Kind, Listed, Listing, ListingError, kind_of, read_listing
from ingest.fetch.pages import read_page
from ingest.fetch.urls import BadUrl, document_id, host_of, normalise
from ingest.read import ReadError

HTML_TYPES = {"text/html", "application/xhtml+xml"}
UNTYPED = {"", "text/plain", "application/octet-stream"}
MAX_SITEMAPS = 1000
HEADERS_NOT_KEPT = {"set-cookie"}


@dataclass(frozen=True)
class Outcome:
    url: str
    status: str  # fetched | skipped | failed
    reason: str = ""  # one line, for skipped and failed
    record: Path | None = None  # the archived page's record, when fetched


@dataclass(frozen=True)
class DateWindow:
    since: str | None = None  # ISO date, inclusive
    until: str | None = None

    def contains(self, date: str | None) -> bool:
        """Undated pages are in; a year-month is in when any of its days is."""
        if date is None:
            return True
        if self.since and date < self.since[: len(date)]:
            return False
        return not (self.until and date[: len(self.until)] > self.until)


@dataclass
class Report:
    fetched: int = 0
    skipped: int = 0
    failed: int = 0
    archived_before: int = 0  # pages skipped because the archive holds them
    requests: int = 0
    problems: list[str] = field(default_factory=list)  # one line per failure or notable skip

    def line(self) -> str:
        return (
            f"{self.fetched} fetched, {self.skipped} skipped ({self.archived_before} already "
            f"archived), {self.failed} failed; {self.requests} requests"
        )


class FetchRun:
    def __init__(
        self,
        archive: Archive,
        options: FetchOptions,
        *,
        window: DateWindow | None = None,
        limit: int | None = None,
        refresh: bool = False,
        on_outcome: Callable[[Outcome], None] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.archive = archive
        self.options = options
        self.window = window or DateWindow()
        self.limit = limit
        self.refresh = refresh
        self.report = Report()
        self._on_outcome = on_outcome
        self._transport = transport
        self._listed: dict[str, Listed] = {}
        self._sitemaps_seen: set[str] = set()

    def run(self, sources: Sequence[str]) -> Report:
        """Fetch what the sources name; KeyboardInterrupt leaves `report` as far as it got."""
        asyncio.run(self._run(sources))
        return self.report

    async def _run(self, sources: Sequence[str]) -> None:
        client = PoliteClient(self.options, self._transport)
        try:
            await asyncio.gather(*(self._source(client, source) for source in sources))
            by_host: dict[str, list[Listed]] = defaultdict(list)
            for listed in self._chosen():
                by_host[host_of(listed.url)].append(listed)
            hosts = asyncio.Semaphore(max(1, self.options.concurrency))
            await asyncio.gather(*(self._host(client, hosts, pages) for pages in by_host.values()))
        finally:
            self.report.requests = client.requests
            await client.close()

    def _chosen(self) -> list[Listed]:
        chosen = []
        for listed in self._listed.values():
            if not self.window.contains(listed.date):
                self._tell(
                    Outcome(
                        listed.url,
                        "skipped",
                        f"listed as of {listed.date}, outside --since/--until",
                    ),
                    quiet=True,
                )
            elif self.archive.latest(listed.url) is not None and not self.refresh:
                self.report.archived_before += 1
                self._tell(Outcome(listed.url, "skipped", "already archived"), quiet=True)
            else:
                chosen.append(listed)
        return chosen[: self.limit] if self.limit is not None else chosen

    async def _host(
        self, client: PoliteClient, hosts: asyncio.Semaphore, pages: list[Listed]
    ) -> None:
        async with hosts:
            for listed in pages:
                self._tell(await self._page(client, listed))

    async def _source(self, client: PoliteClient, source: str) -> None:
        """Gather the pages a source names; a page named directly is kept on the way."""
        path = Path(source)
        if path.is_file():
            self._local_listing(path)
            return
        try:
            url = normalise(source)
        except BadUrl as exc:
            self._tell(Outcome(source, "failed", f"{exc}; give a URL or a file of URLs"))
            return
        if self.archive.latest(url) is not None:  # an archived page named directly
            self._listed.setdefault(url, Listed(url))
            return
        try:
            response = await client.get(url, limit=self.options.max_listing_bytes)
            listing = read_listing(
                response.body,
                response.content_type,
                response.final_url,
                self.options.max_listing_bytes,
            )
        except FetchError as exc:
            self._tell(Outcome(url, "failed", str(exc)))
            return
        except ListingError as exc:
            self._tell(Outcome(url, "failed", f"{url}: {exc}"))
            return
        if listing is None:
            self._tell(await self._keep(Listed(url), response))
            return
        self._add_listing(url, listing)
        self._sitemaps_seen.add(url)
        room = MAX_SITEMAPS - len(self._sitemaps_seen)
        nested = [s for s in listing.sitemaps if s not in self._sitemaps_seen][: max(0, room)]
        self._sitemaps_seen.update(nested)
        for sitemap in nested:
            await self._source(client, sitemap)

    def _local_listing(self, path: Path) -> None:
        """A feed, sitemap or list of URLs saved in a file."""
        try:
            listing = read_listing(path.read_bytes(), "", str(path), self.options.max_listing_bytes)
        except (OSError, ListingError) as exc:
            self._tell(Outcome(str(path), "failed", f"{path}: cannot be read ({exc})"))
            return
        if listing is None:
            reason = f"{path}: an HTML page, not a list of URLs (kg ingest reads saved pages)"
            self._tell(Outcome(str(path), "failed", reason))
            return
        self._add_listing(str(path), listing)

    def _add_listing(self, name: str, listing: Listing) -> None:
        for entry in listing.rejected:
            self._tell(Outcome(name, "failed", f"{name}: {entry}"))
        for listed in listing.pages:
            self._listed.setdefault(listed.url, listed)

    async def _page(self, client: PoliteClient, listed: Listed) -> Outcome:
        previous = self.archive.latest(listed.url)
        headers = _conditional(previous) if previous is not None else None
        try:
            response = await client.get(listed.url, headers)
        except Disallowed as exc:
            return Outcome(listed.url, "skipped", str(exc))
        except FetchError as exc:
            return Outcome(listed.url, "failed", str(exc))
        if response.status == 304:
            return Outcome(listed.url, "skipped", f"{listed.url}: unchanged (HTTP 304)")
        return await self._keep(listed, response)

    async def _keep(self, listed: Listed, response: Response) -> Outcome:
        """Check that a fetched page is a new article, then archive it."""
        url, body = listed.url, response.body
        if len(body) > self.options.max_bytes:  # a page named as a source, read as a listing
            limit = self.options.max_bytes
            return Outcome(url, "failed", f"{url}: larger than the {limit} bytes allowed")
        kind = response.content_type
        if kind not in HTML_TYPES and not (kind in UNTYPED and kind_of(body, "") is Kind.PAGE):
            return Outcome(url, "failed", f"{url}: not an HTML page ({kind or 'no type'})")
        sha256 = hashlib.sha256(body).hexdigest()
        same = self.archive.with_hash(sha256)
        if same is not None:
            what = "unchanged" if same.url == url else f"the same page as {same.url}"
            return Outcome(url, "skipped", f"{url}: {what}")
        try:
            final_url = normalise(response.final_url)
        except BadUrl:
            final_url = url
        record = PageRecord(
            url=url,
            final_url=final_url,
            document=document_id(final_url),
            fetched_at=response.fetched_at,
            status=response.status,
            sha256=sha256,
            headers={k: v for k, v in response.headers.items() if k not in HEADERS_NOT_KEPT},
            listed_date=listed.date,
            listed_title=listed.title,
            listing=listed.listing,
        )
        try:
            document = await asyncio.to_thread(read_page, record, body)
        except ReadError as exc:
            return Outcome(url, "failed", str(exc))
        if not self.window.contains(document.date):
            return Outcome(url, "skipped", f"{url}: published {document.date}, outside the dates")
        return Outcome(url, "fetched", record=self.archive.add(record, body))

    def _tell(self, outcome: Outcome, quiet: bool = False) -> None:
        report = self.report
        if outcome.status == "fetched":
            report.fetched += 1
        elif outcome.status == "skipped":
            report.skipped += 1
        else:
            report.failed += 1
        if outcome.status != "fetched" and not quiet:
            report.problems.append(f"{outcome.status}: {outcome.reason}")
        if self._on_outcome is not None:
            self._on_outcome(outcome)


def _conditional(previous: PageRecord) -> dict[str, str]:
    """Headers that let a server answer 304 when the page has not changed."""
    headers = {}
    if etag := previous.headers.get("etag"):
        headers["If-None-Match"] = etag
    if modified := previous.headers.get("last-modified"):
        headers["If-Modified-Since"] = modified
    return headers
