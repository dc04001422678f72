"""The server's own pages in a real headless Chromium that may reach nothing but the server:
/docs (Swagger UI from the installed fastapi-offline package)."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest
from api_server import build_store, start_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("pages") / "kg")
    for server in start_server(store):
        yield server.url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def offline_page(browser, server_url):
    """A page whose every request to anywhere but the server is refused and recorded."""
    context = browser.new_context()
    page = context.new_page()
    page.outside = []  # type: ignore[attr-defined]
    page.errors = []  # type: ignore[attr-defined]

    def gate(route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        if url.startswith(server_url) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            page.outside.append(url)  # type: ignore[attr-defined]
            route.abort()

    page.route("**/*", gate)
    page.on("pageerror", lambda error: page.errors.append(str(error)))  # type: ignore[attr-defined]
    yield page
    context.close()


def test_the_api_docs_render_with_no_network_but_the_server(offline_page, server_url):
    page = offline_page
    page.goto(f"{server_url}/docs")
    page.wait_for_selector(".opblock", timeout=60_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/persons/{person_id}" in [p.replace("\u200b", "") for p in paths]
    assert page.outside == []  # type: ignore[attr-defined]
    assert page.errors == []  # type: ignore[attr-defined]


def test_there_is_no_redoc_page_to_load_from_a_cdn(server_url):
    assert httpx.get(f"{server_url}/redoc").status_code == 404
