"""Embedded Oxigraph store, on disk (the default) or in memory (tests)."""

from __future__ import annotations

import io
import threading
import traceback
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.store import staging
from kg.store.base import QueryResult, QuerySyntaxError, StoreError, StoreInUse, TextRow

_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_QUAD_FORMATS = {"nq", "trig"}


def to_rdflib(term: object) -> Node | None:
    """Convert a pyoxigraph term to the equivalent rdflib term."""
    if term is None:
        return None
    return _converted(term)


# Answers repeat their terms (predicates, classes, the entities of a document): building an
# rdflib term (IRI checks, literal casts) took most of a read's CPU, and rdflib terms are
# immutable, so each is built once.
@lru_cache(maxsize=1 << 16)
def _converted(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported RDF term from the store: {term!r}")


def graph_to_ntriples(data: Graph) -> bytes:
    return data.serialize(format="nt", encoding="utf-8")


class OxigraphStore:
    """pyoxigraph behind the Store interface. `path=None` keeps everything in memory."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        # Held by a write of several transactions (kg.documents) and by `checkpoint`, so a
        # checkpoint never holds part of a write.
        self.writes = threading.RLock()
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                staging.recover(self.path)
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
                staging.discard(self.path)
        except (OSError, RuntimeError) as exc:
            raise _open_error(self.path, exc) from exc

    dialect = "oxigraph"  # names the variants of named queries (kg.queries) it runs

    def __repr__(self) -> str:
        return f"OxigraphStore({str(self.path) if self.path else ':memory:'})"

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store itself, for code that needs its native speed."""
        return self._store

    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        raw = self.raw_query(sparql, default_graphs=default_graphs, named_graphs=named_graphs)
        if isinstance(raw, ox.QuerySolutions):
            variables = [v.value for v in raw.variables]
            rows = [tuple(to_rdflib(sol[i]) for i in range(len(variables))) for sol in raw]
            return QueryResult("select", variables=variables, rows=rows)
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(raw))
        graph = Graph()
        for triple in raw:
            graph.add(
                (to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object))  # type: ignore[arg-type]
            )
        return QueryResult("graph", graph=graph)

    def text_rows(self, sparql: str) -> list[TextRow]:
        # Each term's value read straight from Oxigraph's answer: building rdflib terms (IRI
        # checks, literal casts) was most of a resolution read's time.
        solutions = self.raw_query(sparql)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QuerySyntaxError("text_rows takes a SELECT query")
        width = len(solutions.variables)
        try:
            return [
                tuple(None if (term := row[i]) is None else term.value for i in range(width))
                for row in solutions
            ]
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def raw_query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """The pyoxigraph result, for callers that serialise it directly."""
        kwargs: dict[str, object] = {}
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)  # type: ignore[arg-type]
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except ValueError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def update(self, sparql_update: str) -> None:
        try:
            self._store.update(sparql_update)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"update failed: {exc}") from exc

    def replace_graph(self, graph: str, data: Graph) -> None:
        self.replace_graph_ntriples(graph, graph_to_ntriples(data))

    def replace_graph_ntriples(self, graph: str, ntriples: bytes) -> None:
        """Replace a graph from N-Triples in one transaction: readers see the old or the new."""
        name = ox.NamedNode(graph)
        try:
            quads = [
                ox.Quad(t.subject, t.predicate, t.object, name)
                for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
            ]
        except SyntaxError as exc:
            raise StoreError(f"invalid N-Triples for graph <{graph}>: {exc}") from exc
        drop = f"DROP SILENT GRAPH <{graph}>"
        try:
            if not quads:
                self._store.update(drop)
                return
            # One update is one transaction in Oxigraph; DROP then INSERT DATA inside it
            # makes the replacement atomic for concurrent readers and for crashes.
            body = ntriples.decode("utf-8")
            self._store.update(f"{drop} ; INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}")
        except OSError as exc:
            raise StoreError(f"could not write graph <{graph}>: {exc}") from exc

    def drop_graph(self, graph: str) -> None:
        try:
            self._store.update(f"DROP SILENT GRAPH <{graph}>")
        except OSError as exc:
            raise StoreError(f"could not drop graph <{graph}>: {exc}") from exc

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return len(self._store)
        result = self._store.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        )
        for solution in result:  # type: ignore[union-attr]
            return int(solution[0].value)
        return 0

    def export(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        if fmt not in _RDF_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; use one of {sorted(_RDF_FORMATS)}")
        rdf_format = _RDF_FORMATS[fmt]
        if graph is not None:
            self._store.dump(out, rdf_format, from_graph=ox.NamedNode(graph))
        elif fmt in _QUAD_FORMATS:
            self._store.dump(out, rdf_format)
        else:
            triples = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            ox.serialize(triples, out, rdf_format)  # type: ignore[arg-type]

    def load(self, data: BinaryIO, fmt: str) -> None:
        if fmt not in _QUAD_FORMATS:
            raise StoreError(f"load takes quads (nq or trig), not {fmt!r}")
        try:
            self._store.load(data, _RDF_FORMATS[fmt])
        except SyntaxError as exc:
            raise StoreError(f"invalid {fmt} data: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"load failed: {exc}") from exc

    def checkpoint(self, target: Path) -> None:
        """A consistent read-only copy of the store on disk in `target` (a RocksDB checkpoint:
        hard links, so on the store's file system), taken between writes."""
        with self.writes:
            self._store.backup(str(target))

    def bulk_load(self, data: BinaryIO, fmt: str, *, replacing: Iterable[str] = ()) -> None:
        """Add quads of any size with bounded memory, the graphs in `replacing` emptied first,
        all or nothing. On disk: Oxigraph's bulk loader writes into a copy of the store (a
        checkpoint: hard links), which then takes the store's place; a failure or a kill
        before that leaves the store as it was."""
        if fmt not in _QUAD_FORMATS:
            raise StoreError(f"load takes quads (nq or trig), not {fmt!r}")
        drops = " ; ".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(set(replacing)))
        if self.path is None:
            # In memory: parse all first, so that bad data changes nothing.
            try:
                quads = list(ox.parse(data, format=_RDF_FORMATS[fmt]))
            except SyntaxError as exc:
                raise StoreError(f"invalid {fmt} data: {exc}") from exc
            if drops:
                self._store.update(drops)
            self._store.extend(quads)
            return

        def work(target: ox.Store) -> None:
            if drops:
                target.update(drops)
            target.bulk_load(data, _RDF_FORMATS[fmt])

        self._on_copy(work, f"invalid {fmt} data")

    def replace_with(
        self,
        deleted: Iterable[ox.Quad],
        added: bytes,
        *,
        drop: Iterable[str] = (),
        declare: Iterable[str] = (),
    ) -> None:
        """Remove quads and graphs `drop`, then add `added` (TriG, bulk loaded) and empty
        graphs `declare`, all or nothing: on disk, on a copy of the store that takes its
        place, as `bulk_load` does."""

        def work(target: ox.Store) -> None:
            for graph in drop:
                target.remove_graph(ox.NamedNode(graph))
            for quad in deleted:
                target.remove(quad)
            if added:
                target.bulk_load(added, ox.RdfFormat.TRIG)
            for graph in declare:
                target.add_graph(ox.NamedNode(graph))

        if self.path is None:
            work(self._store)
            return
        self._on_copy(work, "invalid quads")

    def _on_copy(self, work: Callable[[ox.Store], None], invalid: str) -> None:
        """Run `work` on a copy of the on-disk store (a checkpoint: hard links), then put the
        copy in the store's place; a failure or a kill before that leaves the store as it
        was."""
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")
        assert self.path is not None
        copy = staging.copy_dir(self.path)
        staging.discard(self.path)
        try:
            self._store.flush()
            self._store.backup(str(copy))
            target = ox.Store(str(copy))
            try:
                work(target)
                target.flush()
            finally:
                del target
        except SyntaxError as exc:
            _close_copy(exc, self.path)
            raise StoreError(f"{invalid}: {exc}") from exc
        except (OSError, RuntimeError, ValueError) as exc:
            _close_copy(exc, self.path)
            raise StoreError(f"load failed, the store is unchanged: {exc}") from exc
        del self._store
        try:
            staging.swap(self.path)
        finally:
            staging.recover(self.path)
            self._store = ox.Store(str(self.path))

    def dump_bytes(self, fmt: str, graph: str | None = None) -> bytes:
        buffer = io.BytesIO()
        self.export(buffer, fmt, graph)
        return buffer.getvalue()

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store


def _close_copy(exc: BaseException, path: Path) -> None:
    """Remove a copy a failed write left, once closed: the failed `work`'s frame, which the
    traceback keeps, still holds the copy's store open, and an open store may write files
    into its directory after it was removed."""
    traceback.clear_frames(exc.__traceback__)
    staging.discard(path)


def _open_error(path: Path | None, exc: OSError | RuntimeError) -> StoreError:
    message = str(exc)
    lowered = message.lower()
    if "lock" in lowered or "resource temporarily unavailable" in lowered:
        return StoreInUse(
            f"the store at {path} is in use by another process (is `kg serve` or another "
            f"`kg ingest` running?): {message}"
        )
    return StoreError(
        f"cannot open the store at {path}: it is missing, unreadable or corrupt ({message})"
    )
