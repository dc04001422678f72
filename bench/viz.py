"""How fast a big graph page becomes usable in headless Chromium.

Builds a synthetic store (a ministry, provinces, districts, officers with posts, events with
attendees, one source document per province), computes the neighbourhood of the ministry cut to
N nodes, writes the page and loads it in Debian's chromium. Prints the time to build the
subgraph and, in the browser, the time from navigation until the network has stabilised and
drawn (`window.candViz.readyAt`), then how long a click takes to select a node.

    .venv/bin/python bench/viz.py [--nodes 2000]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import ORG, RDF, XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.ids import mint  # noqa: E402
from core.namespaces import CAND, SCHEMA  # noqa: E402
from kg.store import OxigraphStore  # noqa: E402
from viz.page import render_page  # noqa: E402
from viz.subgraph import neighbourhood  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def synthetic(provinces: int) -> Dataset:
    data = Dataset()
    ministry = mint("unit", "Bộ Công an")
    role = mint("role", "Trưởng Công an")
    for p in range(provinces):
        doc = mint("doc", f"bai-{p}")
        g = data.graph(doc)
        g.add((doc, RDF.type, CAND.SourceDocument))
        g.add((doc, SCHEMA.name, Literal(f"Bài báo số {p}")))
        g.add((doc, SCHEMA.datePublished, Literal(f"20{10 + p % 15}-01-01", datatype=XSD.date)))
        g.add((ministry, RDF.type, CAND.Ministry))
        g.add((ministry, SCHEMA.name, Literal("Bộ Công an")))
        province = mint("unit", f"Công an tỉnh {p}")
        g.add((province, RDF.type, CAND.ProvincialPolice))
        g.add((province, SCHEMA.name, Literal(f"Công an tỉnh Số {p}")))
        g.add((province, ORG.subOrganizationOf, ministry))
        for d in range(8):
            district = mint("unit", f"Công an huyện {p} {d}")
            g.add((district, RDF.type, CAND.DistrictPolice))
            g.add((district, SCHEMA.name, Literal(f"Công an huyện {d} tỉnh {p}")))
            g.add((district, ORG.subOrganizationOf, province))
            for k in range(3):
                person = mint("person", f"Nguyễn Văn {p} {d} {k}")
                g.add((person, RDF.type, CAND.Person))
                g.add((person, SCHEMA.name, Literal(f"Nguyễn Văn Tỉnh{p} Huyện{d} Số{k}")))
                post = mint("post", f"{p}-{d}-{k}")
                g.add((post, RDF.type, CAND.PostHolding))
                g.add((post, ORG.member, person))
                g.add((post, ORG.role, role))
                g.add((post, ORG.organization, district))
                event = mint("event", f"hoi-nghi-{p}-{d}")
                g.add((event, RDF.type, CAND.Event))
                g.add((event, SCHEMA.name, Literal(f"Hội nghị {p}-{d}")))
                g.add((event, SCHEMA.attendee, person))
                g.add((event, SCHEMA.organizer, district))
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000, help="nodes on the page")
    parser.add_argument("--provinces", type=int, default=60)
    options = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(None)
        quads = synthetic(options.provinces).serialize(format="nquads").encode()
        store.load(io.BytesIO(quads), "nq")
        focus = URIRef(mint("unit", "Bộ Công an"))
        started = time.perf_counter()
        subgraph = neighbourhood(store, focus, depth=4, limit=options.nodes)
        built = time.perf_counter() - started
        started = time.perf_counter()
        html = render_page(subgraph, api_base=None, depth=4)
        rendered = time.perf_counter() - started
        page_file = Path(tmp) / "page.html"
        page_file.write_text(html, encoding="utf-8")
        nodes = subgraph.graph.number_of_nodes()
        edges = subgraph.graph.number_of_edges()
        print(
            f"store: {store.count()} quads; page: {nodes} nodes, {edges} edges "
            f"(of {subgraph.total} in reach), {len(html) / 1e6:.1f} MB"
        )
        print(f"subgraph built in {built:.2f} s, page rendered in {rendered:.2f} s")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 850})
            for run in range(3):
                page.goto(page_file.as_uri())
                page.wait_for_function("window.candViz && window.candViz.ready", timeout=60_000)
                ready = page.evaluate("window.candViz.readyAt") / 1000
                started = time.perf_counter()
                page.mouse.click(700, 420)
                page.evaluate("new Promise(r => requestAnimationFrame(() => r()))")
                click = time.perf_counter() - started
                print(
                    f"run {run + 1}: interactive {ready:.2f} s after navigation; "
                    f"click handled and drawn in {click * 1000:.0f} ms"
                )
            browser.close()


if __name__ == "__main__":
    main()
