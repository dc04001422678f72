"""Store failures as the public sees them: by kind, never with what a server sent back.

A store's message may quote a remote server's body, headers or URL (a SERVICE endpoint's
answer, Virtuoso's error page, the store's own address); the caller learns the kind and the
server's log keeps the detail."""

from __future__ import annotations

import logging

from api.sparql_runner import QueryWorkerDied, ServiceFailed
from core.settings import Settings
from kg.store.base import QueryTimeout, StoreBadAnswer, StoreError, StoreUnreachable

log = logging.getLogger(__name__)
SEE_LOG = "the server's log has the details"
SERVICE_FAILURES = {
    "timeout": "no answer within KG_SPARQL_SERVICE_TIMEOUT",
    "too-large": "an answer over KG_SPARQL_SERVICE_MAX_BYTES",
    "unreachable": "it could not be reached",
    "error-status": "it answered with an error",
}


def public_message(exc: StoreError, settings: Settings) -> str:
    if isinstance(exc, QueryTimeout):
        return (
            f"the query ran past the {settings.query_timeout:g} s limit (KG_QUERY_TIMEOUT) "
            "and was stopped; narrow it down or add a LIMIT"
        )
    if isinstance(exc, ServiceFailed):
        return f"a SERVICE endpoint failed ({SERVICE_FAILURES[str(exc)]}); {SEE_LOG}"
    if isinstance(exc, QueryWorkerDied):
        return str(exc)  # written by the query runner, from nothing a server sent
    if isinstance(exc, StoreUnreachable):
        return f"the store could not be reached; {SEE_LOG}"
    if isinstance(exc, StoreBadAnswer):
        return f"the store gave an error or an invalid answer; {SEE_LOG}"
    return f"the store failed; {SEE_LOG}"


def report(exc: StoreError, settings: Settings, where: str) -> str:
    """Log the whole failure and return what the caller may see."""
    log.warning("%s: %s: %s", where, type(exc).__name__, exc)
    return public_message(exc, settings)
