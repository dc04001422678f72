"""Running the API under uvicorn, as `kg serve` does."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import uvicorn

from core.settings import Settings
from kg.served import ServedBy, announce, withdraw
from kg.store import MEMORY


def addresses(host: str, port: int) -> list[str]:
    """Where a user finds the API's documentation and the graph page, a line each."""
    return [f"API docs:   http://{host}:{port}/docs", f"Graph page: http://{host}:{port}/viz"]


def serve(
    host: str,
    port: int,
    store: str | None = None,
    access_log: bool = True,
    forwarded_allow_ips: str | None = None,
) -> None:
    """Serve the application until interrupted; `store` (else KG_STORE) names what it opens.

    Forwarded headers are read only from the proxies in `forwarded_allow_ips` (addresses or
    networks, comma-separated, or "*"); without it the client is the connection's peer, so no
    client can choose the address its per-client limits count against."""
    if store:
        os.environ["KG_STORE"] = store  # what the application factory opens
    # The token `kg` commands beside the server write with (kg/served.py), new at each start.
    os.environ["KG_LOCAL_TOKEN"] = secrets.token_urlsafe(32)
    location = Settings.from_env().store
    embedded = None if location == MEMORY or "://" in location else Path(location)
    if embedded is not None:
        address = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        url = f"http://[{address}]:{port}" if ":" in address else f"http://{address}:{port}"
        announce(embedded, ServedBy(url, os.getpid(), os.environ["KG_LOCAL_TOKEN"]))
    try:
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host=host,
            port=port,
            log_level="info",
            access_log=access_log,
            proxy_headers=forwarded_allow_ips is not None,
            forwarded_allow_ips=forwarded_allow_ips,
        )
    finally:
        if embedded is not None:
            withdraw(embedded, os.getpid())
