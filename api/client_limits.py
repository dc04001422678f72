"""Per-client limits at the door: requests per second, and SPARQL queries running at once.

The client is the peer address of the connection, or the address a trusted proxy forwarded
(`kg serve --forwarded-allow-ips`; uvicorn puts it in the scope before this runs). A refusal is
429 with Retry-After, before the request reaches a route."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from api.limits import send_refusal

# Buckets of this many clients at most are kept; the least recently seen go first (a client
# forgotten this way starts again with a full bucket, which only errs towards serving it).
MAX_CLIENTS = 10_000
QUERY_PATHS = ("/sparql",)


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RequestRate:
    """A token bucket per client: `rate` requests per second on average, `burst` at once."""

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def wait(self, client: str) -> float:
        """Take one request from `client`'s bucket: 0 if it may go now, else the seconds until
        it may."""
        now = self._clock()
        bucket = self._buckets.pop(client, None) or _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        self._buckets[client] = bucket
        if len(self._buckets) > MAX_CLIENTS:
            self._buckets.popitem(last=False)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0.0
        return (1 - bucket.tokens) / self.rate


class ClientLimitMiddleware:
    def __init__(self, app: ASGIApp, *, rate: float, burst: int, queries: int) -> None:
        self.app = app
        self.rate = RequestRate(rate, burst) if rate > 0 else None
        self.queries = queries
        self._running: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else "unknown"
        if self.rate is not None and (wait := self.rate.wait(client)):
            await _refuse(
                send,
                wait,
                f"more than {self.rate.rate:g} requests per second from {client} "
                "(KG_CLIENT_RATE, KG_CLIENT_BURST)",
            )
            return
        if self.queries <= 0 or scope["path"] not in QUERY_PATHS:
            await self.app(scope, receive, send)
            return
        if self._running.get(client, 0) >= self.queries:
            await _refuse(
                send,
                1.0,
                f"{self.queries} SPARQL queries from {client} are running already "
                "(KG_CLIENT_QUERIES); wait for one to finish",
            )
            return
        self._running[client] = self._running.get(client, 0) + 1
        try:
            await self.app(scope, receive, send)
        finally:
            self._running[client] -= 1
            if not self._running[client]:
                del self._running[client]


async def _refuse(send: Send, wait: float, why: str) -> None:
    await send_refusal(
        send,
        429,
        f"too many requests: {why}",
        (b"retry-after", str(max(1, math.ceil(wait))).encode()),
    )
