"""`kg dump` of a store that `kg serve` holds, taken while 100 uploads reach the API at once:
each dump is one consistent state (whole documents, the summary graph of exactly those
documents), `kg load` of it gives the same quads, and nothing is killed or lost."""

from __future__ import annotations

import gzip
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
from support.api_server import TOKEN, start_server
from support.project import run_kg
from support.reliability import quad_set, write_articles
from support.stores import examples_store

from kg.resolve.digests import DIGEST_GRAPH

UPLOADS = 100
SUMMARY = "<https://w3id.org/cand-kg/graph/summary>"
# Graphs derived from the documents a store holds (the summary, resolution's digests): a dump
# taken earlier holds those of its own documents, not the final store's.
DERIVED = {SUMMARY, f"<{DIGEST_GRAPH}>"}


def dumped_quads(path: Path) -> set[str]:
    """The quads of a dump, written as `quad_set` writes a store's."""
    with gzip.open(path, "rb") as data:
        return {str(quad) for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS)}


# People and events are renamed in the documents that name them when a later document shows a
# namesake or another report of the event: a document is the same document under such renames.
RESOLVED = re.compile(r"<https://w3id\.org/cand-kg/id/(?:person|event)/[^>]*>")


def unnamed(graph: set[str]) -> set[str]:
    return {RESOLVED.sub("<resolved>", quad) for quad in graph}


def by_graph(quads: set[str]) -> dict[str, set[str]]:
    graphs: dict[str, set[str]] = {}
    for quad in quads:
        graphs.setdefault(quad.rsplit(" ", 1)[-1], set()).add(quad)
    return graphs


def upload(url: str, path: Path) -> int:
    return httpx.post(
        f"{url}/documents",
        params={"id": path.stem, "kind": "article"},
        content=path.read_bytes(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
        timeout=300,
    ).status_code


def test_dumps_during_concurrent_uploads_are_consistent_and_load_back(tmp_path):
    store = tmp_path / "kg"
    articles = write_articles(tmp_path / "articles", UPLOADS)
    examples_store(store)
    for server in start_server(store):
        with ThreadPoolExecutor(16) as pool:
            futures = [pool.submit(upload, server.url, path) for path in articles]
            dumps = []
            while not all(f.done() for f in futures) or not dumps:
                target = tmp_path / f"during-{len(dumps)}.nq.gz"
                dumped = run_kg("dump", str(target), store=store)
                assert dumped.returncode == 0, dumped.stderr
                dumps.append(target)
            statuses = [f.result() for f in futures]
        assert statuses == [201] * UPLOADS
        final = tmp_path / "final.nq.gz"
        assert run_kg("dump", str(final), store=store).returncode == 0
        assert server.process.poll() is None  # the server answered throughout

    final_graphs = by_graph(dumped_quads(final))
    uploaded = {f"<https://w3id.org/cand-kg/id/doc/{p.stem}>" for p in articles}
    assert uploaded <= set(final_graphs)
    assert quad_set(store) == dumped_quads(final)  # the last dump is the store as it stayed

    for dump in [*dumps, final]:
        quads = dumped_quads(dump)
        graphs = by_graph(quads)
        # Whole documents only: each graph in a dump is the graph the store ends with, but for
        # the names resolution gave its people and events since.
        for name, graph in graphs.items():
            if name not in DERIVED:
                assert unnamed(graph) == unnamed(final_graphs[name]), name
        restored = tmp_path / f"restored-{dump.stem}"
        loaded = run_kg("load", str(dump), store=restored)
        assert loaded.returncode == 0, loaded.stderr
        # `kg load` recomputes the summary from the documents: equal quads mean the dump's
        # summary graph was that of exactly the documents it holds.
        assert quad_set(restored) == quads, dump.name
    assert len(dumps) >= 1
