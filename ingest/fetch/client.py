"""A polite HTTP client: robots.txt obeyed, one request at a time per host with a delay between
them, retries with backoff on 429 and 5xx (Retry-After honoured), a time limit per request, a
size limit per body, and redirects followed by hand so that each hop is checked in turn."""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from ingest.fetch.robots import Robots
from ingest.fetch.urls import host_of

AGENT_TOKEN = "cand-kg"
DEFAULT_CONTACT = "https://w3id.org/cand-kg"
REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class FetchOptions:
    contact: str | None = None  # an address for site owners, in the user agent
    delay: float = 1.0  # seconds between two requests to one host (robots.txt may ask more)
    concurrency: int = 4  # hosts fetched at the same time
    timeout: float = 20.0  # seconds for one request, connection to last byte
    max_bytes: int = 5_000_000  # largest page
    max_listing_bytes: int = 50_000_000  # largest feed or sitemap (the sitemap protocol's limit)
    max_redirects: int = 5
    retries: int = 3  # further tries after a 429, a 5xx or no answer
    backoff: float = 2.0  # first wait before a retry, doubled each time
    max_wait: float = 120.0  # longest Retry-After obeyed; a longer one fails the page

    @property
    def user_agent(self) -> str:
        contact = self.contact or DEFAULT_CONTACT
        return f"{AGENT_TOKEN}/0.1 (news archive for a knowledge graph; +{contact})"


class FetchError(Exception):
    """A page or listing that could not be fetched; the message is one line naming the URL."""


class Disallowed(FetchError):
    """robots.txt forbids the URL."""


@dataclass(frozen=True)
class Response:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str  # ISO UTC time the body was received

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class _Host:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    not_before: float = 0.0  # monotonic time of the next request allowed


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None) -> None:
        super().__init__(reason)
        self.wait = wait


class PoliteClient:
    def __init__(self, options: FetchOptions, transport: httpx.AsyncBaseTransport | None = None):
        self.options = options
        self._http = httpx.AsyncClient(
            headers={"User-Agent": options.user_agent},
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._hosts: dict[str, _Host] = {}
        self.robots = Robots(AGENT_TOKEN, self._robots_file)
        self.requests = 0

    async def close(self) -> None:
        await self._http.aclose()

    async def get(
        self, url: str, headers: dict[str, str] | None = None, limit: int | None = None
    ) -> Response:
        """The page at `url` after redirects; FetchError (Disallowed) when there is none.
        A body longer than `limit` bytes (default: the page limit) is refused."""
        limit = limit or self.options.max_bytes
        current = url
        for _ in range(self.options.max_redirects + 1):
            if not await self.robots.allows(current):
                raise Disallowed(f"{current}: disallowed by robots.txt")
            response = await self._with_retries(current, headers, limit)
            location = response.headers.get("location")
            if response.status in REDIRECTS and location:
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise FetchError(f"{url}: HTTP {response.status}")
            return Response(
                url, current, response.status, response.headers, response.body, response.fetched_at
            )
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")

    async def _robots_file(self, url: str) -> tuple[int, bytes] | None:
        current = url
        try:
            for _ in range(self.options.max_redirects + 1):
                response = await self._with_retries(current, None, self.options.max_bytes)
                location = response.headers.get("location")
                if response.status not in REDIRECTS or not location:
                    return response.status, response.body
                current = urljoin(current, location)
        except FetchError:
            return None
        return None

    async def _with_retries(self, url: str, headers: dict[str, str] | None, limit: int) -> Response:
        options = self.options
        for attempt in range(options.retries + 1):
            try:
                return await self._once(url, headers, limit)
            except _Retry as retry:
                wait = retry.wait if retry.wait is not None else options.backoff * 2**attempt
                if attempt == options.retries:
                    raise FetchError(f"{url}: {retry} ({attempt + 1} tries)") from None
                if wait > options.max_wait:
                    raise FetchError(f"{url}: {retry}, and asked to wait {wait:.0f} s") from None
                slot = self._host(host_of(url))
                slot.not_before = max(slot.not_before, time.monotonic() + wait)
        raise AssertionError("unreachable")

    async def _once(self, url: str, headers: dict[str, str] | None, limit: int) -> Response:
        try:
            async with self._turn(host_of(url)), asyncio.timeout(self.options.timeout):
                self.requests += 1
                async with self._http.stream("GET", url, headers=headers) as answer:
                    body = await _body(url, answer, limit)
        except (TimeoutError, httpx.TimeoutException):
            raise _Retry(f"no answer within {self.options.timeout:g} s", None) from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retry(f"connection failed ({type(exc).__name__}: {exc})", None) from None
        status = answer.status_code
        if status == 429 or status >= 500:
            raise _Retry(f"HTTP {status}", retry_after(answer.headers.get("retry-after")))
        fetched_at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        return Response(url, url, status, dict(answer.headers), body, fetched_at)

    def _host(self, host: str) -> _Host:
        return self._hosts.setdefault(host, _Host())

    @asynccontextmanager
    async def _turn(self, host: str) -> AsyncIterator[None]:
        """One request at a time per host, `delay` (or robots.txt's Crawl-delay) apart."""
        slot = self._host(host)
        async with slot.lock:
            wait = slot.not_before - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                delay = max(self.options.delay, self.robots.crawl_delay(host) or 0.0)
                slot.not_before = max(slot.not_before, time.monotonic() + delay)


async def _body(url: str, answer: httpx.Response, limit: int) -> bytes:
    """The body, read no further than `limit` bytes (decompressed, so a gzip bomb stops)."""
    declared = answer.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url}: {declared} bytes, larger than the {limit} bytes allowed")
    chunks, size = [], 0
    async for chunk in answer.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: larger than the {limit} bytes allowed")
        chunks.append(chunk)
    return b"".join(chunks)


def retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (a number, or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
