"""The graph page in a real headless Chromium, served by the real API over a real store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.api_server import start_server
from support.browser import needs_chromium
from support.project import FIXTURES

from kg.store import OxigraphStore

FIXTURE = FIXTURES / "viz_graph.trig"
DUC = "person/tran-van-duc"
EVENT = "event/hoi-nghi-tong-ket-2021"

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """`kg serve` on a store holding the fixture graph."""
    store_dir = tmp_path_factory.mktemp("viz") / "kg"
    store = OxigraphStore(store_dir)
    with FIXTURE.open("rb") as handle:
        store.load(handle, "trig")
    store.close()
    for running in start_server(store_dir):
        yield running.url


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    page = context.new_page()
    page.requests = []  # every URL the page asked for
    page.on("request", lambda request: page.requests.append(request.url))
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def wait_ready(page) -> None:
    page.wait_for_function("window.candViz && window.candViz.ready === true", timeout=20_000)


def ids(page, view: str = "nodes") -> set[str]:
    return set(page.evaluate(f"window.candViz.{view}.getIds()"))


def node_point(page, node_id: str) -> dict[str, float]:
    """Where the network draws the node on the screen (the layout frozen so it stays there)."""
    page.wait_for_load_state("networkidle")
    page.evaluate("window.candViz.network.setOptions({physics: {enabled: false}})")
    return page.evaluate(
        """(id) => {
            const net = window.candViz.network;
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.querySelector('#network canvas').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        node_id,
    )


def click_node(page, node_id: str) -> None:
    point = node_point(page, node_id)
    page.mouse.click(point["x"], point["y"])


def search(page, text: str) -> None:
    page.fill("#search", text)
    page.click("#search-button")


def test_search_by_unaccented_name_centres_on_the_person(page, server):
    page.goto(f"{server}/viz")  # opens on the overview
    wait_ready(page)
    assert {"cluster/cum-thi-dua-so-5", "unit/cong-an-tinh-lam-son"} <= ids(page)
    assert page.is_visible("#caption") and not page.is_visible("#hint")
    search(page, "tran van duc")
    page.wait_for_function(f"window.candViz.network.getSelectedNodes()[0] === '{DUC}'")
    # the overview already holds the person: its neighbours come with the expansion
    page.wait_for_function(f"window.candViz.nodes.get('{EVENT}') !== null")
    assert {DUC, EVENT, "unit/cong-an-tinh-lam-son"} <= ids(page)
    assert not page.is_visible("#hint")
    assert page.text_content("#details h3") == "Trần Văn Đức"
    timeline = page.locator("#career li").all_text_contents()
    assert len(timeline) == 4
    assert "Đại tá" in timeline[0]
    assert "Phó Giám đốc, Công an tỉnh Lam Sơn" in timeline[1]
    assert "Giám đốc, Công an tỉnh Lam Sơn" in timeline[-1]
    assert not page.errors


def test_clicking_a_node_fetches_and_shows_its_neighbours(page, server):
    page.goto(f"{server}/viz?focus={DUC}&depth=1")
    wait_ready(page)
    before = ids(page)
    assert "person/le-thi-hoa" not in before
    click_node(page, EVENT)
    page.wait_for_function("window.candViz.nodes.get('person/le-thi-hoa') !== null")
    after = ids(page)
    assert after > before
    assert {"person/le-thi-hoa", "person/script-nguoi"} <= after
    edges = page.evaluate("window.candViz.edgesView.get()")
    attended = {(e["from"], e["to"], e["label"]) for e in edges}
    assert ("person/le-thi-hoa", EVENT, "tham dự") in attended
    # the page was not reloaded: the expansion came from /graph
    assert any("/graph?depth=1&focus=event%2F" in url for url in page.requests)
    assert sum("/viz" in url for url in page.requests) == 1
    attendees = page.locator("#attendees li").all_text_contents()
    assert any("Lê Thị Hoa" in name for name in attendees)
    assert any("chủ trì" in name for name in attendees)


def test_type_and_date_filters_hide_nodes(page, server, tmp_path):
    page.goto(f"{server}/viz?focus=unit/cong-an-tinh-lam-son&depth=2")
    wait_ready(page)
    shown = ids(page, "nodesView")
    documents = {node for node in shown if node.startswith("doc/")}
    assert documents
    page.uncheck('.type-filter[value="document"]')
    hidden = ids(page, "nodesView")
    assert hidden == shown - documents
    assert ids(page) == shown  # hidden, not removed: ticking the box brings them back
    edges = page.evaluate("window.candViz.edgesView.get()")
    assert all(not edge["to"].startswith("doc/") for edge in edges)
    page.check('.type-filter[value="document"]')
    page.fill("#date-from", "2020-01-01")
    page.dispatch_event("#date-from", "change")
    dated = ids(page, "nodesView")
    assert "doc/bai-cum-thi-dua-2019" not in dated
    assert "doc/bai-hoi-nghi-2021" in dated
    page.fill("#date-from", "2019-06-01")
    page.fill("#date-to", "2019-12-31")
    page.dispatch_event("#date-to", "change")
    # the membership edge is dated by its year alone: 2019 overlaps the range
    edges = {edge["rel"] for edge in page.evaluate("window.candViz.edgesView.get()")}
    assert "member_of" in edges and "holds_post" not in edges
    page.fill("#date-from", "2020-01-01")
    page.fill("#date-to", "")
    page.dispatch_event("#date-from", "change")
    shot = tmp_path / "filtered.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_a_script_in_a_name_is_shown_as_text_and_never_runs(page, server, tmp_path):
    page.goto(f"{server}/viz?focus={EVENT}&depth=1")
    wait_ready(page)
    hostile = "person/script-nguoi"
    assert hostile in ids(page)
    click_node(page, hostile)
    page.wait_for_function("document.querySelector('#details h3') !== null")
    assert page.text_content("#details h3") == "Phạm <script>window.__pwned=1</script> Bình"
    point = node_point(page, hostile)
    page.mouse.move(point["x"] + 1, point["y"] + 1)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "<script>window.__pwned=1</script>" in page.text_content("div.vis-tooltip")
    assert page.evaluate("document.querySelectorAll('div.vis-tooltip script').length") == 0
    search(page, "pham")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    injected = "document.querySelectorAll('#details script, #search-results script').length"
    assert page.evaluate(injected) == 0
    page.screenshot(path=str(tmp_path / "event.png"))
    assert (tmp_path / "event.png").stat().st_size > 10_000


def test_a_neighbourhood_over_the_limit_is_cut_with_a_visible_note(page, server):
    page.goto(f"{server}/viz?focus={DUC}&depth=2&limit=3")
    wait_ready(page)
    assert len(ids(page)) == 3
    assert page.is_visible("#note")
    note = page.text_content("#note")
    assert "3" in note and "quá lớn" in note


def test_the_page_asks_nothing_of_any_other_host(page, server):
    page.goto(f"{server}/viz?focus={DUC}&depth=2")
    wait_ready(page)
    assert page.requests
    assert all(url.startswith(server) for url in page.requests), page.requests


def test_a_saved_page_works_offline_from_a_file(page, tmp_path):
    from kg.store import OxigraphStore as Store
    from viz.page import render_page
    from viz.subgraph import neighbourhood, parse_focus

    store = Store(None)
    with FIXTURE.open("rb") as handle:
        store.load(handle, "trig")
    out = tmp_path / "page.html"
    out.write_text(render_page(neighbourhood(store, parse_focus(DUC), 2), None), "utf-8")
    page.route("http*://**", lambda route: route.abort())
    page.goto(out.as_uri())
    wait_ready(page)
    assert len(ids(page)) > 5
    search(page, "le thi hoa")
    page.wait_for_function("window.candViz.network.getSelectedNodes()[0] === 'person/le-thi-hoa'")
    before = ids(page)
    page.wait_for_function("Math.abs(window.candViz.network.getScale() - 1.2) < 1e-6")  # centred
    click_node(page, "person/le-thi-hoa")
    assert page.is_visible("#note") and "không có API" in page.text_content("#note")
    assert ids(page) == before
    assert not page.errors
