"""The server's own pages in a real headless Chromium that may reach nothing but the server:
/docs (Swagger UI from the installed fastapi-offline package), the SPARQL page and the graph
page's overview, over the demo store (examples/ and the API fixtures)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest
from support.api_server import build_store, start_server
from support.browser import needs_chromium
from support.project import run_kg

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("pages") / "kg")
    for server in start_server(store):
        yield store, server.url


@pytest.fixture(scope="module")
def server_url(served):
    return served[1]


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


def test_every_example_query_of_the_sparql_page_runs_without_error(offline_page, server_url):
    page = offline_page
    page.goto(f"{server_url}/sparql")
    buttons = page.locator("#examples button")
    names = buttons.evaluate_all("bs => bs.map(b => b.dataset.query)")
    assert {"person_career", "unit_leaders", "stored_documents"} <= set(names)
    rows = {}
    for index, name in enumerate(names):
        buttons.nth(index).click()
        page.wait_for_function(
            "!document.getElementById('status').textContent.includes('running')", timeout=60_000
        )
        status = page.locator("#status").inner_text()
        assert not page.locator("#error").is_visible(), (name, page.locator("#error").inner_text())
        assert "rows" in status, (name, status)
        rows[name] = page.locator("#table tbody tr").count()
        assert page.locator("#query").input_value().count("$") == 0  # parameters filled in
    # The demo values fill the examples with answers, not just empty tables.
    assert sum(1 for n in rows.values() if n > 0) >= len(rows) - 2, rows
    assert page.outside == []  # type: ignore[attr-defined]
    assert page.errors == []  # type: ignore[attr-defined]


def test_results_link_to_entity_pages_and_download(offline_page, server_url):
    page = offline_page
    page.goto(f"{server_url}/sparql")
    page.locator("#examples button[data-query=event_attendees]").click()
    page.wait_for_selector("#table tbody tr", timeout=60_000)
    link = page.locator("#table a[href^='/persons/']").first
    href = link.get_attribute("href")
    assert href and httpx.get(f"{server_url}{href}").status_code == 200
    with page.expect_download() as csv_download:
        page.locator("#csv").click()
    lines = Path(csv_download.value.path()).read_text(encoding="utf-8").splitlines()
    shown = page.locator("#table tbody tr").count()
    assert len(lines) == shown + 1 and "person" in lines[0]
    with page.expect_download() as json_download:
        page.locator("#json").click()
    data = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    assert len(data["results"]["bindings"]) == shown


def test_a_bad_query_shows_the_parser_message(offline_page, server_url):
    page = offline_page
    page.goto(f"{server_url}/sparql")
    page.locator("#query").fill("SELECT ?x WHERE { ?x ")
    page.locator("#run").click()
    page.wait_for_selector("#error", state="visible", timeout=30_000)
    assert "400" in page.locator("#error").inner_text()


def graph_data(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert found
    return json.loads(found.group(1))


def test_the_graph_page_opens_on_a_drawn_overview(offline_page, served, tmp_path):
    store, server_url = served
    page = offline_page
    page.goto(f"{server_url}/viz")
    page.wait_for_function("window.candViz && window.candViz.ready", timeout=60_000)
    shown = set(page.evaluate("window.candViz.nodes.getIds()"))
    assert any(key.startswith("cluster/") for key in shown)
    assert any(key.startswith("unit/") for key in shown)
    assert any(key.startswith("person/") for key in shown)
    assert "Tổng quan" in page.locator("#caption").inner_text()
    assert not page.is_visible("#hint")
    shot = tmp_path / "viz.png"
    page.locator("#network").screenshot(path=str(shot))
    assert shot.stat().st_size > 5_000
    # The canvas is drawn on: many pixels carry the nodes' colours, not the background.
    drawn = page.evaluate(
        """() => {
        const canvas = document.querySelector('#network canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
          if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
        }
        return coloured;
      }"""
    )
    assert drawn > 2_000, drawn
    assert page.outside == []  # type: ignore[attr-defined]
    assert page.errors == []  # type: ignore[attr-defined]

    # `kg viz` without --focus, beside the server, writes the same overview.
    written = run_kg("viz", "--out", str(tmp_path / "overview.html"), store=store)
    assert written.returncode == 0, written.stderr
    saved = graph_data((tmp_path / "overview.html").read_text(encoding="utf-8"))
    served_page = graph_data(httpx.get(f"{server_url}/viz").text)
    assert {n["id"] for n in saved["nodes"]} == {n["id"] for n in served_page["nodes"]} == shown
    assert saved["caption"] == served_page["caption"]
