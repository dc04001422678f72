"""Credentials for a SPARQL server: sent to the server only, never shown in a URL, repr,
log or error message."""

from __future__ import annotations

import contextlib
from collections.abc import Generator
from urllib.parse import urlsplit, urlunsplit

import httpx


class ServerAuth(httpx.Auth):
    """HTTP Basic or Digest, whichever the server's challenge asks for (Virtuoso's protected
    endpoints take Digest only; Fuseki and GraphDB usually Basic)."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None

    def __repr__(self) -> str:
        return "ServerAuth(***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("www-authenticate", "").strip().lower()
        if challenge.startswith("basic"):
            self._scheme = "basic"
            yield from self._basic.auth_flow(request)
            return
        self._scheme = "digest"
        flow = self._digest.auth_flow(request)
        next(flow)
        retry = flow.send(response)
        answer = yield retry
        with contextlib.suppress(StopIteration):
            flow.send(answer)


def public_url(url: str) -> str:
    """A URL without any user:password part, safe to print."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def credentials_in(url: str) -> tuple[str | None, str | None]:
    """The user and password written into a URL, if any."""
    parts = urlsplit(url)
    return parts.username, parts.password
