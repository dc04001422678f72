"""CORS on /sparql only: pages of the allowed origins may read the endpoint (GET and POST
queries, no credentials); every other route, the writes above all, stays same-origin."""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

PATH = "/sparql"


class SparqlCors:
    def __init__(self, app: ASGIApp, origins: tuple[str, ...]) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=list(origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Accept", "Content-Type"],
            allow_credentials=False,
            expose_headers=["X-KG-Truncated", "X-KG-Row-Limit"],
            max_age=3600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH:
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)
