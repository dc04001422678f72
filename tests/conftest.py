"""Fixtures for every test: stores of each kind. Shared helpers live in `support/`."""

from __future__ import annotations

import pytest
from support.virtuoso import clear_remote, open_test_virtuoso, skipped_because

from kg.store import OxigraphStore


@pytest.fixture
def memory_store():
    return OxigraphStore(None)


def pytest_terminal_summary(terminalreporter) -> None:
    if reason := skipped_because():
        terminalreporter.write_line(f"remote-store tests skipped: {reason}")


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
    store = OxigraphStore(tmp_path / "kg")
    yield store
    store.close()


@pytest.fixture
def disk_store(tmp_path):
    store = OxigraphStore(tmp_path / "kg")
    yield store
    store.close()
