"""The networkx neighbourhoods behind the graph pages, over a small store in the project's model."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from support.project import FIXTURES

from viz.page import graph_payload
from viz.subgraph import neighbourhood, parse_focus

FIXTURE = FIXTURES / "viz_graph.trig"
DUC = "person/tran-van-duc"
EVENT = "event/hoi-nghi-tong-ket-2021"
PROVINCE = "unit/cong-an-tinh-lam-son"


@pytest.fixture
def store(any_store):
    with FIXTURE.open("rb") as handle:
        any_store.load(handle, "trig")
    return any_store


def test_depth_one_holds_the_focus_and_its_direct_neighbours(store):
    graph = neighbourhood(store, parse_focus(DUC), depth=1).graph
    assert set(graph.nodes) == {
        DUC,
        EVENT,
        PROVINCE,
        "doc/bai-hoi-nghi-2021",
        "doc/bai-cum-thi-dua-2019",
    }
    assert graph.nodes[EVENT]["type"] == "event"
    assert graph.nodes["doc/bai-hoi-nghi-2021"]["type"] == "document"


def test_person_label_carries_the_latest_rank(store):
    graph = neighbourhood(store, parse_focus(DUC), depth=0).graph
    assert graph.nodes[DUC]["label"] == "Thiếu tướng Trần Văn Đức"


def test_edges_are_labelled_in_vietnamese_with_roles_and_dates(store):
    graph = neighbourhood(store, parse_focus(DUC), depth=1).graph
    posts = {
        (data["role"], data["date"])
        for _, target, data in graph.out_edges(DUC, data=True)
        if target == PROVINCE
    }
    assert posts == {("Phó Giám đốc", "2019-03-02"), ("Giám đốc", "2021-12-20")}
    to_event = [data for _, target, data in graph.out_edges(DUC, data=True) if target == EVENT]
    # the chair is also an attendee; the page shows the stronger relation once
    assert [data["rel"] for data in to_event] == ["chaired"]
    assert to_event[0]["label"] == "chủ trì"
    assert to_event[0]["sources"] == ["doc/bai-hoi-nghi-2021"]


def test_career_lists_ranks_and_posts_in_date_order(store):
    career = neighbourhood(store, parse_focus(DUC), depth=0).graph.nodes[DUC]["career"]
    assert [(entry["date"], entry["what"], entry["value"]) for entry in career] == [
        ("2019-03-02", "rank", "Đại tá"),
        ("2019-03-02", "post", "Phó Giám đốc"),
        ("2021-12-20", "rank", "Thiếu tướng"),
        ("2021-12-20", "post", "Giám đốc"),
    ]
    assert career[1]["unit"] == "Công an tỉnh Lam Sơn"
    assert career[1]["sources"] == ["doc/bai-cum-thi-dua-2019"]


def test_event_neighbourhood_has_its_attendees_chair_and_organiser(store):
    graph = neighbourhood(store, parse_focus(EVENT), depth=1).graph
    relations = {
        (source, data["rel"]) for source, target, data in graph.edges(data=True) if target == EVENT
    }
    assert relations == {
        (DUC, "chaired"),
        ("person/le-thi-hoa", "attended"),
        ("person/script-nguoi", "attended"),
        (PROVINCE, "organised"),
    }
    assert graph.nodes[EVENT]["event_kind"] == "Hội nghị"
    assert graph.nodes[EVENT]["location"] == "Thành phố Lam Sơn"


def test_clusters_awards_and_hierarchy_appear_at_depth_two(store):
    graph = neighbourhood(store, parse_focus(PROVINCE), depth=2).graph
    rels = {(s, t, d["rel"]) for s, t, d in graph.edges(data=True)}
    assert (PROVINCE, "cluster/cum-thi-dua-so-5", "member_of") in rels
    assert (PROVINCE, "unit/bo-cong-an", "part_of") in rels
    assert ("unit/cong-an-huyen-song-ma", PROVINCE, "part_of") in rels
    award = "conferral/bang-khen--cong-an-huyen-song-ma--2021"
    assert ("unit/cong-an-huyen-song-ma", award, "awarded") in rels
    assert graph.nodes[award]["label"] == "Bằng khen của Bộ trưởng (2021)"
    assert graph.nodes["cluster/cum-thi-dua-so-5"]["type"] == "cluster"


def test_a_limit_keeps_the_nearest_nodes_and_says_so(store):
    full = neighbourhood(store, parse_focus(DUC), depth=2)
    cut = neighbourhood(store, parse_focus(DUC), depth=2, limit=3)
    assert not full.truncated
    assert cut.truncated
    assert 3 < cut.total <= full.graph.number_of_nodes()
    assert set(cut.graph.nodes) == {DUC, EVENT, PROVINCE}  # entities before documents
    payload = graph_payload(cut)
    assert payload["truncated"] is True and payload["total"] == cut.total


def test_unknown_entities_and_malformed_ids_are_refused(store):
    with pytest.raises(LookupError):
        neighbourhood(store, parse_focus("person/khong-co-ai"), depth=1)
    for bad in ("rank/dai-ta", "person/<x>", "person", "https://example.org/person/x"):
        with pytest.raises(ValueError):
            parse_focus(bad)
    assert parse_focus("https://w3id.org/cand-kg/id/person/tran-van-duc") == parse_focus(DUC)


def test_payload_nodes_have_style_tooltip_data_and_api_links(store):
    payload = graph_payload(neighbourhood(store, parse_focus(DUC), depth=1))
    duc = next(node for node in payload["nodes"] if node["id"] == DUC)
    assert duc["shape"] == "dot" and duc["color"].startswith("#")
    assert duc["info"]["api"] == "/persons/tran-van-duc"
    assert duc["info"]["sources"] == ["doc/bai-cum-thi-dua-2019", "doc/bai-hoi-nghi-2021"]
    assert {edge["label"] for edge in payload["edges"]} >= {"chủ trì", "nguồn"}
    assert len({edge["id"] for edge in payload["edges"]}) == len(payload["edges"])


def test_every_node_links_to_its_api_record(store):
    payload = graph_payload(neighbourhood(store, parse_focus(PROVINCE), depth=2))
    links = {node["id"]: node["info"]["api"] for node in payload["nodes"]}
    assert links[PROVINCE] == "/units/cong-an-tinh-lam-son"
    assert links["cluster/cum-thi-dua-so-5"] == "/clusters/cum-thi-dua-so-5"
    assert links[EVENT] == "/events/hoi-nghi-tong-ket-2021"
    assert links["doc/bai-hoi-nghi-2021"] == "/documents/bai-hoi-nghi-2021"
    award = links["conferral/bang-khen--cong-an-huyen-song-ma--2021"]
    assert award == "/awards?award=" + quote("Bằng khen của Bộ trưởng")


def test_radial_layout_places_the_focus_in_the_middle_and_neighbours_on_rings(store):
    from viz.layout import RING, radial_positions

    graph = neighbourhood(store, parse_focus(DUC), depth=2).graph
    positions = radial_positions(graph, DUC)
    assert set(positions) == set(graph.nodes)
    assert positions[DUC] == (0.0, 0.0)

    def distance(node):
        x, y = positions[node]
        return (x * x + y * y) ** 0.5

    assert round(distance(EVENT)) == RING
    assert distance("person/le-thi-hoa") > distance(EVENT)
    assert len({positions[node] for node in graph.nodes}) == graph.number_of_nodes()


def test_untitled_events_and_documents_get_readable_labels(store):
    graph = neighbourhood(store, parse_focus("event/ky-ket-2019"), depth=1).graph
    event = graph.nodes["event/ky-ket-2019"]
    assert event["label"] == "Ký kết 2019-03-02"
    assert event["evidence"] == "Các đơn vị trong cụm đã ký giao ước thi đua năm 2019."
    assert graph.nodes["doc/ky-ket-2019"]["label"] == "ky-ket-2019.txt"
    assert ("cluster/cum-thi-dua-so-5", "event/ky-ket-2019", "organised") in {
        (s, t, d["rel"]) for s, t, d in graph.edges(data=True)
    }


def test_very_long_names_are_shortened_on_the_canvas_only(store):
    from rdflib import Graph, Literal, URIRef

    from core.namespaces import CAND, RDF, SCHEMA

    person = URIRef("https://w3id.org/cand-kg/id/person/ten-rat-dai")
    long_name = "Nguyễn " * 40
    extra = Graph()
    extra.add((person, RDF.type, CAND.Person))
    extra.add((person, SCHEMA.name, Literal(long_name)))
    store.replace_graph("https://w3id.org/cand-kg/id/doc/ten-dai", extra)
    node = neighbourhood(store, person, depth=0).graph.nodes["person/ten-rat-dai"]
    assert len(node["label"]) == 80 and node["label"].endswith("…")
    assert node["name"] == long_name
