"""One settings object, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a number, got {raw!r}") from exc


def _int(name: str, default: int) -> int:
    return int(_float(name, default))


def _urls(name: str) -> tuple[str, ...]:
    """A list of URLs separated by spaces or commas."""
    return tuple(url for url in os.environ.get(name, "").replace(",", " ").split() if url)


def _origins(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """Web origins (`https://example.org`) or `*`, as `_urls`; set but empty means none."""
    return default if os.environ.get(name) is None else _urls(name)


@dataclass(frozen=True)
class Settings:
    """Runtime configuration. Every field has an environment variable of the same name, KG_*."""

    store: str = "./data/kg"
    store_update_url: str | None = None
    store_graph_url: str | None = None
    store_user: str | None = field(default=None, repr=False)
    store_password: str | None = field(default=None, repr=False)
    api_token: str | None = field(default=None, repr=False)
    # Set by `kg serve` for the `kg` commands it lets write beside it (kg/served.py).
    local_token: str | None = field(default=None, repr=False)
    query_timeout: float = 10.0
    query_row_limit: int = 10_000
    max_body_bytes: int = 20 * 1024 * 1024
    query_memory_mb: int = 2048
    query_max_bytes: int = 100_000
    # The project's own queries nest 8 deep; chains of 20 blank nodes already run past the
    # time limit on Virtuoso.
    query_max_depth: int = 16
    # Federated queries: exact endpoint URLs SERVICE may call (none by default), with the time
    # and answer size allowed to each call.
    sparql_services: tuple[str, ...] = ()
    sparql_service_timeout: float = 5.0
    sparql_service_max_bytes: int = 10 * 1024 * 1024
    # Per client address: SPARQL queries running at once, and requests per second (0: no limit).
    client_queries: int = 4
    client_rate: float = 0.0
    client_burst: int = 50
    # Web origins whose pages may read /sparql (CORS); "*" for any, empty for none.
    cors_origins: tuple[str, ...] = ("*",)
    archive: str = "./data/archive"  # where `kg fetch` keeps the pages it fetches
    fetch_contact: str | None = None  # an e-mail or URL for site owners, in the user agent
    fetch_delay: float = 1.0  # seconds between two requests to the same host

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "store": env.get("KG_STORE") or cls.store,
            "store_update_url": env.get("KG_STORE_UPDATE_URL") or None,
            "store_graph_url": env.get("KG_STORE_GRAPH_URL") or None,
            "store_user": env.get("KG_STORE_USER") or None,
            "store_password": env.get("KG_STORE_PASSWORD") or None,
            "api_token": env.get("KG_API_TOKEN") or None,
            "local_token": env.get("KG_LOCAL_TOKEN") or None,
            "query_timeout": _float("KG_QUERY_TIMEOUT", cls.query_timeout),
            "query_row_limit": _int("KG_QUERY_ROW_LIMIT", cls.query_row_limit),
            "max_body_bytes": _int("KG_MAX_BODY_BYTES", cls.max_body_bytes),
            "query_memory_mb": _int("KG_QUERY_MEMORY_MB", cls.query_memory_mb),
            "query_max_bytes": _int("KG_QUERY_MAX_BYTES", cls.query_max_bytes),
            "query_max_depth": _int("KG_QUERY_MAX_DEPTH", cls.query_max_depth),
            "sparql_services": _urls("KG_SPARQL_SERVICES"),
            "sparql_service_timeout": _float(
                "KG_SPARQL_SERVICE_TIMEOUT", cls.sparql_service_timeout
            ),
            "sparql_service_max_bytes": _int(
                "KG_SPARQL_SERVICE_MAX_BYTES", cls.sparql_service_max_bytes
            ),
            "client_queries": _int("KG_CLIENT_QUERIES", cls.client_queries),
            "client_rate": _float("KG_CLIENT_RATE", cls.client_rate),
            "client_burst": _int("KG_CLIENT_BURST", cls.client_burst),
            "cors_origins": _origins("KG_CORS_ORIGINS", cls.cors_origins),
            "archive": env.get("KG_ARCHIVE") or cls.archive,
            "fetch_contact": env.get("KG_FETCH_CONTACT") or None,
            "fetch_delay": _float("KG_FETCH_DELAY", cls.fetch_delay),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
