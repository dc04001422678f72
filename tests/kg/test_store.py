from __future__ import annotations

import io
import multiprocessing
import threading

import pytest
from rdflib import Graph, Literal, URIRef

from kg.store import OxigraphStore, QuerySyntaxError, StoreError

EX = "http://example.org/"
G1 = "https://w3id.org/cand-kg/id/doc/one"
G2 = "https://w3id.org/cand-kg/id/doc/two"


def graph_of(*pairs: tuple[str, str]) -> Graph:
    graph = Graph()
    for subject, name in pairs:
        graph.add((URIRef(EX + subject), URIRef(EX + "name"), Literal(name, lang="vi")))
    return graph


def names(store) -> set[str]:
    result = store.query(f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}")
    return {str(row[0]) for row in result}


def test_round_trip_keeps_vietnamese_text(memory_store):
    memory_store.replace_graph(G1, graph_of(("a", "Đào Thanh Hải"), ("b", "Công an quận Đống Đa")))
    assert names(memory_store) == {"Đào Thanh Hải", "Công an quận Đống Đa"}
    assert memory_store.count(G1) == 2


def test_replace_is_idempotent_and_replaces(memory_store):
    memory_store.replace_graph(G1, graph_of(("a", "Một")))
    before = memory_store.dump_bytes("nq")
    memory_store.replace_graph(G1, graph_of(("a", "Một")))
    assert memory_store.dump_bytes("nq") == before
    memory_store.replace_graph(G1, graph_of(("a", "Hai")))
    assert names(memory_store) == {"Hai"}


def test_drop_removes_only_that_graph(memory_store):
    memory_store.replace_graph(G1, graph_of(("a", "Một")))
    memory_store.replace_graph(G2, graph_of(("b", "Hai")))
    memory_store.drop_graph(G1)
    memory_store.drop_graph(G1)  # dropping a missing graph is not an error
    assert memory_store.graphs() == [G2]
    assert names(memory_store) == {"Hai"}


def test_default_graph_is_union_unless_graphs_are_named(memory_store):
    memory_store.replace_graph(G1, graph_of(("a", "Một")))
    memory_store.replace_graph(G2, graph_of(("b", "Hai")))
    assert names(memory_store) == {"Một", "Hai"}
    only = memory_store.query(f"SELECT ?n WHERE {{ ?s <{EX}name> ?n }}", default_graphs=[G2])
    assert [str(r[0]) for r in only] == ["Hai"]


def test_data_survives_reopening(tmp_path):
    store = OxigraphStore(tmp_path / "kg")
    store.replace_graph(G1, graph_of(("a", "Bền vững")))
    store.close()
    reopened = OxigraphStore(tmp_path / "kg")
    assert names(reopened) == {"Bền vững"}
    reopened.close()


def _open_in_child(path: str, queue) -> None:
    try:
        OxigraphStore(path)
        queue.put("opened")
    except StoreError as exc:
        queue.put(str(exc))


def test_store_in_use_by_another_process_gives_clear_error(tmp_path):
    holder = OxigraphStore(tmp_path / "kg")
    queue = multiprocessing.get_context("spawn").Queue()
    child = multiprocessing.get_context("spawn").Process(
        target=_open_in_child, args=(str(tmp_path / "kg"), queue)
    )
    child.start()
    child.join(60)
    message = queue.get(timeout=5)
    holder.close()
    assert "in use by another process" in message


def test_corrupt_store_gives_clear_error(tmp_path):
    broken = tmp_path / "kg"
    broken.mkdir()
    (broken / "CURRENT").write_text("garbage that is not a manifest name\n")
    with pytest.raises(StoreError, match="cannot open the store"):
        OxigraphStore(broken)


def test_bad_sparql_raises_syntax_error(memory_store):
    with pytest.raises(QuerySyntaxError):
        memory_store.query("SELECT WHERE {")


def test_export_and_load_round_trip_all_graphs(memory_store):
    memory_store.replace_graph(G1, graph_of(("a", "Một")))
    memory_store.replace_graph(G2, graph_of(("b", "Hai")))
    buffer = io.BytesIO()
    memory_store.export(buffer, "nq")
    copy = OxigraphStore(None)
    copy.load(io.BytesIO(buffer.getvalue()), "nq")
    assert copy.graphs() == [G1, G2]
    assert names(copy) == {"Một", "Hai"}


def test_replace_with_empty_graph_drops_it(memory_store):
    memory_store.replace_graph(G1, graph_of(("a", "Một")))
    memory_store.replace_graph(G1, Graph())
    assert memory_store.graphs() == []


def test_a_checkpoint_waits_for_the_write_in_progress(tmp_path):
    store = OxigraphStore(tmp_path / "kg")
    target = tmp_path / "checkpoint"
    try:
        with store.writes:  # a write of two transactions, between the two
            store.replace_graph(G1, graph_of(("a", "Một")))
            taking = threading.Thread(target=store.checkpoint, args=(target,))
            taking.start()
            taking.join(0.5)
            assert taking.is_alive() and not target.exists()
            store.replace_graph(G2, graph_of(("b", "Hai")))
        taking.join()
    finally:
        store.close()
    copy = OxigraphStore(target, read_only=True)
    assert copy.graphs() == [G1, G2]
    copy.close()
