"""The test Virtuoso (ci/virtuoso/start.sh): whether it answers, and a store on it, emptied."""

from __future__ import annotations

import os

import pytest

from kg.store import StoreError
from kg.store.remote import STAGING_PREFIX, RemoteStore

# The remote-store tests run against the Virtuoso named here (ci/virtuoso/start.sh prints it).
VIRTUOSO_ENV = "KG_TEST_VIRTUOSO"
_virtuoso_status: dict[str, str | None] = {}


def virtuoso_unavailable() -> str | None:
    """Why the test Virtuoso cannot be used, or None when it answers."""
    if "reason" not in _virtuoso_status:
        url = os.environ.get(VIRTUOSO_ENV)
        reason = None
        if not url:
            reason = f"{VIRTUOSO_ENV} is not set (start a server with ci/virtuoso/start.sh)"
        else:
            probe = RemoteStore(url, retries=1, timeout=5, **virtuoso_credentials())
            try:
                probe.query("ASK {}")
            except StoreError as exc:
                reason = f"Virtuoso at {url} does not answer: {exc}"
            finally:
                probe.close()
        _virtuoso_status["reason"] = reason
    return _virtuoso_status["reason"]


def skipped_because() -> str | None:
    """Why the Virtuoso tests were skipped in this run, if they were."""
    return _virtuoso_status.get("reason")


def virtuoso_credentials() -> dict[str, str]:
    """The test user that ci/virtuoso/start.sh creates."""
    return {
        "user": os.environ.get("KG_TEST_VIRTUOSO_USER", "kgtest"),
        "password": os.environ.get("KG_TEST_VIRTUOSO_PASSWORD", "kgtest-password"),
    }


def open_test_virtuoso(**options):
    """A RemoteStore on the test Virtuoso, emptied; skips (fails in CI) when unreachable."""
    reason = virtuoso_unavailable()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the remote-store tests: {reason}")
        pytest.skip(reason)
    store = RemoteStore(os.environ[VIRTUOSO_ENV], **virtuoso_credentials(), **options)
    clear_remote(store)
    return store


def staging_graphs(store) -> list[str]:
    """The staging graphs a remote store holds (graphs() leaves them out)."""
    staging = store.query(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f'FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
    )
    return [str(row[0]) for row in staging.rows]


def clear_remote(store) -> None:
    """Drop every graph the tests may have written, staging graphs included."""
    for graph in [*store.graphs(), *staging_graphs(store)]:
        store.drop_graph(graph)
