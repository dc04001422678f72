"""Running the API under uvicorn, as `kg serve` does."""

from __future__ import annotations

import os

import uvicorn


def serve(host: str, port: int, store: str | None = None, access_log: bool = True) -> None:
    """Serve the application until interrupted; `store` (else KG_STORE) names what it opens."""
    if store:
        os.environ["KG_STORE"] = store  # what the application factory opens
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host,
        port=port,
        log_level="info",
        access_log=access_log,
    )
