"""Any order of ingest, with removals in between, gives the graph of one clean ingest: the
identity fixtures (rotations, promotions, namesakes, one event told by several outlets) and a
small generated career world (bench/corpus.py: officers moved between provinces and to the
ministry, promoted, namesakes in one province) written and removed in orders hypothesis
chooses."""

from __future__ import annotations

import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.project import FIXTURES, bench_module

from kg import catalogue, journal, stored_catalogue
from kg.documents import DocumentGraph, remove_document, write_document, write_documents
from kg.pipeline import prepare
from kg.resolve.store import RESOLUTION_GRAPH, plan_documents
from kg.store import OxigraphStore
from kg.triples import build_graph

CORPUS = FIXTURES / "identity-corpus"


CAREER_ARTICLES = 14


@cache
def fixture_documents() -> tuple[DocumentGraph, ...]:
    paths = sorted((CORPUS / "articles").glob("*.txt")) + sorted((CORPUS / "rosters").glob("*.csv"))
    prepared = [prepare(path) for path in paths]
    assert all(p.error is None and p.graph is not None for p in prepared)
    return tuple(p.graph for p in prepared if p.graph is not None)


@cache
def career_documents() -> tuple[DocumentGraph, ...]:
    """Articles of a generated world of two provinces and the ministry over two terms."""
    articles = bench_module("corpus").career_world(CAREER_ARTICLES, seed=3, provinces=2)
    built = [build_graph(a.facts) for a in articles]
    return tuple(DocumentGraph.of(str(b.iri), b.triples, b.ntriples()) for b in built)


# identity-blind-5's documents of people also written without their middle name
SHORT_NAMES = ("e01", "e02", "e03", "e04", "e05", "e06", "e07", "e10", "e11", "e21", "e22")
SHORT_NAMES += ("e23", "e24", "e25", "e26", "e27", "e32", "e33")


@cache
def short_name_documents() -> tuple[DocumentGraph, ...]:
    folder = FIXTURES / "identity-blind-5" / "articles"
    paths = sorted(p for p in folder.glob("*.txt") if p.name[:3] in SHORT_NAMES)
    prepared = [prepare(path) for path in paths]
    assert len(prepared) == len(SHORT_NAMES)
    return tuple(p.graph for p in prepared if p.graph is not None)


# identity-blind-6's documents of people whose four-word names are also written with three
# (Lưu Đình Bảo Khánh, Tăng Xuân Hoài Nam: only the shorter form in the later half, so that
# the earlier half renames it) and of a short name written before the full one (Đinh Ngọc Khôi)
LONG_NAMES = ("g01", "g03", "g05", "g28", "g29", "g33", "g34", "g35")


@cache
def long_name_documents() -> tuple[DocumentGraph, ...]:
    folder = FIXTURES / "identity-blind-6" / "articles"
    paths = sorted(p for p in folder.glob("*.txt") if p.name[:3] in LONG_NAMES)
    prepared = [prepare(path) for path in paths]
    assert len(prepared) == len(LONG_NAMES)
    return tuple(p.graph for p in prepared if p.graph is not None)


# identity-blind-7's documents of family names written joined and spaced (Rơ Mah Plơng / Rơmah
# Plơng, Y Thuôn Ê Ban / Êban), of a province's training conference (told on its first day in
# the earlier half, on its second in the later) and its traffic department's review conference
# of one day, and of promotions and a director recalled (nguyên) after a merger
SPELLINGS = ("k21", "k22", "k23", "k24", "k25", "k29", "k30", "k31", "k32", "k33", "k34", "k35")


@cache
def spelling_documents() -> tuple[DocumentGraph, ...]:
    folder = FIXTURES / "identity-blind-7" / "articles"
    paths = sorted(p for p in folder.glob("*.txt") if p.name[:3] in SPELLINGS)
    prepared = [prepare(path) for path in paths]
    assert len(prepared) == len(SPELLINGS)
    return tuple(p.graph for p in prepared if p.graph is not None)


# identity-blind-9's documents of provincial leaders moved with no article saying so (Đỗ Quang
# Vĩnh, Nam Định then Hà Nam), of an old post still reported after a move (Trần Hữu Nghị, Kha
# Văn Đông) and of same-rank namesakes of neighbouring provinces whose posts interleave (Vũ Đức
# Hạnh of Ninh Bình and of Thanh Hóa)
ROTATIONS = ("q01", "q03", "q04", "q05", "q06", "q10", "q11", "q12", "q13", "q14", "q18")


@cache
def rotation_documents() -> tuple[DocumentGraph, ...]:
    folder = FIXTURES / "identity-blind-9" / "articles"
    paths = sorted(p for p in folder.glob("*.txt") if p.name[:3] in ROTATIONS)
    prepared = [prepare(path) for path in paths]
    assert len(prepared) == len(ROTATIONS)
    return tuple(p.graph for p in prepared if p.graph is not None)


CORPORA = {
    "fixtures": fixture_documents,
    "rotations": rotation_documents,
    "career": career_documents,
    "short-names": short_name_documents,
    "long-names": long_name_documents,
    "spellings": spelling_documents,
}


def quads(store: OxigraphStore) -> list[bytes]:
    """Every quad but the retired IRIs, which record history, not the present."""
    lines = store.dump_bytes("nq").splitlines()
    return sorted(line for line in lines if not line.endswith(f"<{RESOLUTION_GRAPH}> .".encode()))


@cache
def clean(corpus: str) -> tuple[bytes, ...]:
    store = OxigraphStore(None)
    for doc in CORPORA[corpus]():
        write_document(store, doc)
    found = tuple(quads(store))
    store.close()
    return found


@pytest.mark.parametrize("corpus", sorted(CORPORA))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_in_several_runs_with_removals_gives_the_clean_graph(corpus, data):
    docs = CORPORA[corpus]()
    order = data.draw(st.permutations(range(len(docs))), label="order")
    removed = data.draw(st.sets(st.sampled_from(order), max_size=6), label="removed")
    # Runs end where hypothesis cuts the order; each run reopens the store from disk.
    cuts = data.draw(st.sets(st.integers(1, len(docs) - 1), max_size=2), label="runs")
    with tempfile.TemporaryDirectory(prefix="cand-kg-order-") as folder:
        store = OxigraphStore(Path(folder))
        try:
            for step, i in enumerate(order):
                if step in cuts:
                    store.close()
                    store = OxigraphStore(Path(folder))
                write_document(store, docs[i])
                if i in removed:
                    remove_document(store, docs[i].iri)
            for i in sorted(removed, reverse=True):  # back in, in another order
                write_document(store, docs[i])
            assert quads(store) == list(clean(corpus))
        finally:
            store.close()


@pytest.mark.parametrize("corpus", sorted(CORPORA))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_documents_written_in_batches_give_the_clean_graph(corpus, data):
    """A batch is resolved once for all its documents, in one transaction: batches of any
    sizes, in any order, after or before removals, give the graph of one by one."""
    docs = CORPORA[corpus]()
    order = data.draw(st.permutations(range(len(docs))), label="order")
    cuts = sorted(data.draw(st.sets(st.integers(1, len(docs) - 1), max_size=4), label="cuts"))
    removed = data.draw(st.sets(st.sampled_from(order), max_size=4), label="removed")
    store = OxigraphStore(None)
    try:
        for start, end in zip([0, *cuts], [*cuts, len(docs)], strict=True):
            write_documents(store, [docs[i] for i in order[start:end]])
            for i in order[start:end]:
                if i in removed:
                    remove_document(store, docs[i].iri)
        write_documents(store, [docs[i] for i in sorted(removed)])
        assert quads(store) == list(clean(corpus))
    finally:
        store.close()


def test_the_career_world_has_moves_and_namesakes():
    """The generated world holds the hard cases the property test is about."""
    articles = bench_module("corpus").career_world(CAREER_ARTICLES, seed=3, provinces=2)
    officers: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    for article in articles:
        for fact, person in zip(article.facts.persons, article.persons, strict=True):
            posts = tuple(p.organisation or "" for p in fact.positions)
            officers.setdefault((fact.name, person), set()).add(posts)
    names = [name for name, _ in officers]
    assert any(names.count(name) > 1 for name in names), "no name borne by two officers"
    assert any(len({p[-1] for p in posts}) > 1 for posts in officers.values()), "no one moved"


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_writing_every_document_twice_changes_nothing(corpus):
    store = OxigraphStore(None)
    for doc in CORPORA[corpus]():
        write_document(store, doc)
    for doc in reversed(CORPORA[corpus]()):
        write_document(store, doc)
    assert quads(store) == list(clean(corpus))
    store.close()


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_documents_written_from_many_threads_at_once_give_the_clean_graph(corpus):
    store = OxigraphStore(None)
    try:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda doc: write_document(store, doc), CORPORA[corpus]()))
        assert quads(store) == list(clean(corpus))
    finally:
        store.close()


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_a_batch_that_renames_others_notes_every_entity_it_names(corpus):
    """The search index learns of the names a batch of new documents brings, also when the
    batch renames entities of stored documents (their shares go in beside the stored ones)."""
    docs = CORPORA[corpus]()
    store = OxigraphStore(None)
    try:
        # Latest documents first, so that the earlier ones arriving after rename their people.
        for doc in reversed(docs[len(docs) // 2 :]):
            write_document(store, doc)
        batch = list(docs[: len(docs) // 2])
        assert plan_documents(store, {d.iri: d.mentions for d in batch}).touches_others
        journal.follow(store)
        write_documents(store, batch)
        noted = journal.take(store)
        assert noted is not None
        stored = [stored_catalogue.stored_triples(store, within=d.iri) for d in batch]
        named = set().union(*(catalogue.entities_of(entries) for entries in stored))
        assert named and not {str(e) for e in named} - noted
    finally:
        store.close()
