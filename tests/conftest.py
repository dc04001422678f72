from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def memory_store():
    from kg.store import OxigraphStore

    return OxigraphStore(None)


# The remote-store tests run against the Virtuoso named here (ci/virtuoso/start.sh prints it).
VIRTUOSO_ENV = "KG_TEST_VIRTUOSO"
_virtuoso_status: dict[str, str | None] = {}


def virtuoso_unavailable() -> str | None:
    """Why the test Virtuoso cannot be used, or None when it answers."""
    if "reason" not in _virtuoso_status:
        from kg.store import StoreError
        from kg.store.remote import RemoteStore

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


def virtuoso_credentials() -> dict[str, str]:
    """The test user that ci/virtuoso/start.sh creates."""
    return {
        "user": os.environ.get("KG_TEST_VIRTUOSO_USER", "kgtest"),
        "password": os.environ.get("KG_TEST_VIRTUOSO_PASSWORD", "kgtest-password"),
    }


def open_test_virtuoso(**options):
    """A RemoteStore on the test Virtuoso, emptied; skips (fails in CI) when unreachable."""
    from kg.store.remote import RemoteStore

    reason = virtuoso_unavailable()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the remote-store tests: {reason}")
        pytest.skip(reason)
    store = RemoteStore(os.environ[VIRTUOSO_ENV], **virtuoso_credentials(), **options)
    clear_remote(store)
    return store


def clear_remote(store) -> None:
    """Drop every graph the tests may have written, staging graphs included."""
    from kg.store.remote import STAGING_PREFIX

    staging = store.query(
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
        f'FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
    )
    for graph in [*store.graphs(), *(str(row[0]) for row in staging.rows)]:
        store.drop_graph(graph)


def pytest_terminal_summary(terminalreporter) -> None:
    if _virtuoso_status.get("reason"):
        terminalreporter.write_line(f"remote-store tests skipped: {_virtuoso_status['reason']}")


@pytest.fixture
def virtuoso_store():
    store = open_test_virtuoso()
    yield store
    clear_remote(store)
    store.close()


@pytest.fixture(params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def any_store(request, tmp_path):
    """Every store kind the suite can reach; tests that must hold on all of them use this.
    Tests on Virtuoso share one server, emptied before and after each test."""
    if request.param == "virtuoso":
        store = open_test_virtuoso()
        yield store
        clear_remote(store)
        store.close()
        return
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "kg")
    yield store
    store.close()


@pytest.fixture
def disk_store(tmp_path):
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "kg")
    yield store
    store.close()


def run_kg(
    *args: str,
    store: Path | str | None = None,
    input: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the `kg` command in a subprocess, as a user would."""
    full_env = {**os.environ, **(env or {})}
    if store is not None:
        full_env["KG_STORE"] = str(store)
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=300,
        cwd=ROOT,
    )
