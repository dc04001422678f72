"""The career timeline of the graph page, in a real headless Chromium served by the real API:
a post's unit as its source named it then, marked when merged or dissolved since."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.api_server import start_server
from support.browser import needs_chromium
from support.graph_facts import posts_before_the_reorganisation

from kg.documents import DocumentGraph, write_document
from kg.store import OxigraphStore
from kg.triples import build_graph

pytestmark = needs_chromium
KHAI = "person/truong-minh-khai"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """`kg serve` on a store holding a 2023 article (the server adds the reference data)."""
    store_dir = tmp_path_factory.mktemp("career") / "kg"
    store = OxigraphStore(store_dir)
    built = build_graph(posts_before_the_reorganisation())
    write_document(store, DocumentGraph.from_graph(str(built.iri), built.graph))
    store.close()
    for running in start_server(store_dir):
        yield running.url


def test_a_post_in_a_unit_merged_since_names_it_as_it_was_and_says_so(browser, server):
    page = browser.new_context(viewport={"width": 1400, "height": 850}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}/viz")
    page.wait_for_function("window.candViz && window.candViz.ready === true", timeout=20_000)
    page.fill("#search", "truong minh khai")
    page.click("#search-button")
    page.wait_for_function(f"window.candViz.network.getSelectedNodes()[0] === '{KHAI}'")
    [post] = [li for li in page.locator("#career li").all_text_contents() if "Giám đốc" in li]
    assert "Giám đốc, Công an tỉnh Bến Tre" in post
    assert "(đơn vị đã sáp nhập → Công an tỉnh Vĩnh Long, 2025-07-01)" in post
    assert not errors
