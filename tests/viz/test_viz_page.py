"""The graph page as HTML: self-contained, offline, and with data that cannot become markup."""

from __future__ import annotations

import io
import re

import pytest
from support.project import FIXTURES, run_kg

from viz.page import render_page, script_json, vis_asset
from viz.subgraph import neighbourhood, parse_focus

FIXTURE = FIXTURES / "viz_graph.trig"


@pytest.fixture
def page_html(memory_store) -> str:
    with FIXTURE.open("rb") as handle:
        memory_store.load(handle, "trig")
    subgraph = neighbourhood(memory_store, parse_focus("event/hoi-nghi-tong-ket-2021"), depth=1)
    return render_page(subgraph, api_base=None)


def test_page_loads_nothing_from_elsewhere(page_html):
    assert not re.search(r"<script[^>]+src=", page_html)
    assert not re.search(r"<link[^>]+stylesheet", page_html)
    assert "sourceMappingURL" not in page_html
    assert "vis.Network" in page_html and "vis-network" in page_html


def test_hostile_names_are_never_written_as_markup(page_html):
    assert "<script>window.__pwned" not in page_html
    assert "\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e" in page_html
    own = page_html.replace(vis_asset("vis-network.min.js"), "")
    # the page's own script blocks only: two JSON islands, vis-network and the page logic
    assert own.count("<script") == 4
    assert "innerHTML" not in own


def test_script_json_cannot_close_its_script_element():
    text = script_json({"name": "</script><!-- & \u2028"})
    assert "</" not in text and "<!--" not in text and "&" not in text
    assert "\u2028" not in text


def test_kg_viz_writes_a_page_around_the_focus(tmp_path):
    store = tmp_path / "kg"
    assert run_kg("ingest", str(FIXTURE), store=store).returncode == 0
    out = tmp_path / "page.html"
    done = run_kg(
        "viz", "--focus", "person/tran-van-duc", "--depth", "2", "--out", str(out), store=store
    )
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert '"id": "person/tran-van-duc"' in html
    assert '"id": "cluster/cum-thi-dua-so-5"' in html
    assert '"api": null' in html


def test_kg_viz_refuses_a_malformed_or_unknown_focus(tmp_path):
    store = tmp_path / "kg"
    assert run_kg("ingest", str(FIXTURE), store=store).returncode == 0
    out = tmp_path / "page.html"
    bad = run_kg("viz", "--focus", "person/<x>", "--out", str(out), store=store)
    assert bad.returncode == 2 and "not a valid person id" in bad.stderr
    missing = run_kg("viz", "--focus", "person/khong-co-ai", "--out", str(out), store=store)
    assert missing.returncode == 1 and "no entity person/khong-co-ai" in missing.stderr
    deep = run_kg("viz", "--depth", "5", "--out", str(out), store=store)
    assert deep.returncode == 2 and "depth runs from 0 to 4" in deep.stderr
    assert not out.exists()


def test_big_pages_start_from_a_layout_and_keep_physics_short(memory_store):
    import json

    from rdflib import Dataset, Literal, URIRef

    from core.namespaces import CAND, ORG, RDF, SCHEMA
    from viz.style import LARGE_GRAPH

    base = "https://w3id.org/cand-kg/id/"
    data = Dataset()
    graph = data.graph(URIRef(base + "doc/danh-sach"))
    unit = URIRef(base + "unit/cong-an-tinh-b")
    graph.add((unit, RDF.type, CAND.ProvincialPolice))
    for n in range(LARGE_GRAPH + 20):
        person, post = URIRef(f"{base}person/can-bo-{n}"), URIRef(f"{base}post/p-{n}")
        graph.add((person, RDF.type, CAND.Person))
        graph.add((person, SCHEMA.name, Literal(f"Cán bộ {n}")))
        graph.add((post, ORG.member, person))
        graph.add((post, ORG.organization, unit))
        graph.add((post, ORG.role, URIRef(base + "role/can-bo")))
    memory_store.load(io.BytesIO(data.serialize(format="nquads").encode()), "nq")
    html = render_page(neighbourhood(memory_store, unit, depth=1, limit=3000), api_base=None)

    def island(name: str) -> dict:
        start = html.index(f'id="{name}">') + len(name) + 6
        return json.loads(html[start : html.index("</script>", start)])

    payload, config = island("graph-data"), island("viz-config")
    assert len(payload["nodes"]) > LARGE_GRAPH
    assert all("x" in node and "y" in node for node in payload["nodes"])
    assert all("label" not in edge and edge["title"] for edge in payload["edges"])
    assert config["options"]["physics"]["stabilization"]["iterations"] <= 50
    assert config["options"]["layout"]["improvedLayout"] is False
