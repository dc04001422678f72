"""robots.txt rules per host, read once a run, as RFC 9309 says: a missing file (4xx) allows
everything, an unreachable one (5xx, no answer) forbids everything until the next run."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

from ingest.fetch.urls import host_of

# Fetches a URL without robots rules: the status and the body, or None when there is no answer.
RobotsLoader = Callable[[str], Awaitable[tuple[int, bytes] | None]]
MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB


@dataclass(frozen=True)
class HostRules:
    parser: RobotFileParser | None  # None: every path allowed
    allow_nothing: bool = False

    def allows(self, agent: str, url: str) -> bool:
        if self.allow_nothing:
            return False
        return self.parser is None or self.parser.can_fetch(agent, url)

    def crawl_delay(self, agent: str) -> float | None:
        delay = self.parser.crawl_delay(agent) if self.parser is not None else None
        return float(delay) if delay is not None else None


class Robots:
    """The rules of every host met in a run, each host's file fetched once."""

    def __init__(self, agent: str, load: RobotsLoader) -> None:
        self.agent = agent
        self._load = load
        self._rules: dict[str, HostRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allows(self, url: str) -> bool:
        return (await self.rules(host_of(url))).allows(self.agent, url)

    def crawl_delay(self, host: str) -> float | None:
        rules = self._rules.get(host)
        return rules.crawl_delay(self.agent) if rules is not None else None

    async def rules(self, host: str) -> HostRules:
        lock = self._locks.setdefault(host, asyncio.Lock())
        async with lock:
            if host not in self._rules:
                self._rules[host] = await self._fetch(host)
            return self._rules[host]

    async def _fetch(self, host: str) -> HostRules:
        answer = await self._load(f"{host}/robots.txt")
        if answer is None:
            return HostRules(None, allow_nothing=True)
        status, body = answer
        if 400 <= status < 500:
            return HostRules(None)
        if status >= 500 or status < 200 or status >= 300:
            return HostRules(None, allow_nothing=True)
        parser = RobotFileParser()
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        return HostRules(parser)
