"""SECURITY.md says what is open, what needs the token, and the limits with their settings and
defaults; these tests hold it to what the server really does."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest
from support.reliability import ROOT

from api.app import create_app
from core.settings import Settings

DOC = ROOT / "SECURITY.md"
LIMIT_SETTINGS = {
    "KG_QUERY_TIMEOUT": "query_timeout",
    "KG_QUERY_ROW_LIMIT": "query_row_limit",
    "KG_MAX_BODY_BYTES": "max_body_bytes",
    "KG_QUERY_MEMORY_MB": "query_memory_mb",
}


@pytest.fixture(scope="module")
def text() -> str:
    assert DOC.is_file(), "SECURITY.md is missing"
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def operations() -> list[tuple[str, str, bool]]:
    """(method, path, needs the token) of every operation the API serves."""
    spec = create_app(Settings(store=":memory:", api_token="x")).openapi()
    return [
        (method.upper(), path, bool(op.get("security")))
        for path, methods in spec["paths"].items()
        for method, op in methods.items()
    ]


def section(text: str, title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"SECURITY.md has no '## {title}' section"
    return match.group(1)


def test_every_write_operation_is_named_in_the_token_section(text, operations):
    needs_token = section(text, "What needs the token")
    writes = [(m, p) for m, p, secured in operations if secured]
    assert writes, "the API declares no secured operation"
    for method, path in writes:
        assert f"{method} {path.split('{')[0].rstrip('/')}" in needs_token, (method, path)
    assert "KG_API_TOKEN" in needs_token
    assert "401" in needs_token and "403" in needs_token


def test_every_open_route_is_named_in_the_open_section(text, operations):
    open_part = section(text, "What is open")
    for method, path, secured in operations:
        if not secured:
            root = "/" + path.strip("/").split("/")[0]
            assert f"`{root}" in open_part, (method, path)


def test_every_limit_is_documented_with_its_setting_and_true_default(text):
    limits = section(text, "Limits and their settings")
    defaults = {f.name: f.default for f in fields(Settings)}
    for variable, name in LIMIT_SETTINGS.items():
        row = next((line for line in limits.splitlines() if f"`{variable}`" in line), None)
        assert row, f"no row for {variable}"
        default = defaults[name]
        shown = {
            "query_timeout": f"| {default:g} |",
            "query_row_limit": f"| {default} |",
            "max_body_bytes": f"| {default // (1024 * 1024)} MiB |",
            "query_memory_mb": f"| {default} |",
        }[name]
        assert shown in row, (variable, default, row)
    assert "503" in limits and "413" in limits
    assert "X-KG-Truncated" in limits


def test_every_setting_the_api_reads_is_in_security_md_or_about_the_store(text):
    settings = {f"KG_{f.name.upper()}" for f in fields(Settings)}
    about_the_store = {s for s in settings if s.startswith("KG_STORE")}
    for variable in settings - about_the_store:
        assert variable in text, f"{variable} is not in SECURITY.md"
