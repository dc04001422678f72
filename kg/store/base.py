"""The store interface of the design: query, replace a named graph, drop a named graph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Literal, Protocol

from rdflib import Graph
from rdflib.term import Node


class StoreError(RuntimeError):
    """A store could not be opened, read or written; the message says why."""


class StoreInUse(StoreError):
    """An embedded store whose directory another process holds open (Oxigraph's lock)."""


class QuerySyntaxError(ValueError):
    """A SPARQL query or update that does not parse; the message is the parser's."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""


class StoreUnreachable(StoreError):
    """The store's server refused the connection or kept failing."""


class StoreBadAnswer(StoreError):
    """The store's server answered with an error or with something that is no valid answer."""


# A SELECT row as the text of its terms (an IRI, a blank node's label, a literal's lexical
# form), None where a variable is unbound.
TextRow = tuple[str | None, ...]

ExportFormat = Literal["turtle", "nt", "nq", "trig", "jsonld"]
EXPORT_FORMATS: tuple[str, ...] = ("turtle", "nt", "nq", "trig", "jsonld")


@dataclass
class QueryResult:
    """The answer to a SPARQL query, in rdflib terms whatever the store behind it."""

    kind: Literal["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def dicts(self) -> list[dict[str, Node]]:
        """SELECT rows as dictionaries, unbound variables left out."""
        return [
            {
                var: value
                for var, value in zip(self.variables, row, strict=True)
                if value is not None
            }
            for row in self.rows
        ]

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


class Store(Protocol):
    """What every store offers. Graph names are IRIs given as strings."""

    @property
    def dialect(self) -> str:
        """The kind of store, naming the variants of named queries it runs (kg.queries)."""
        ...

    def query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query. With no `default_graphs`, the default graph is the union of all
        named graphs."""
        ...

    def text_rows(self, sparql: str) -> list[TextRow]:
        """The rows of a SELECT query as text, the default graph the union of all named
        graphs: for callers that want strings (resolution reads keys, IRIs and JSON
        records), without the cost of building rdflib terms."""
        ...

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL 1.1 Update request."""
        ...

    def replace_graph(self, graph: str, data: Graph) -> None:
        """Atomically make named graph `graph` hold exactly the triples of `data`."""
        ...

    def replace_graph_ntriples(self, graph: str, ntriples: bytes) -> None:
        """`replace_graph` from N-Triples, without building an rdflib Graph."""
        ...

    def drop_graph(self, graph: str) -> None:
        """Remove a named graph; a missing graph is not an error."""
        ...

    def graphs(self) -> list[str]:
        """The names of all non-empty named graphs."""
        ...

    def count(self, graph: str | None = None) -> int:
        """Number of quads in the store, or of triples in one named graph."""
        ...

    def export(self, out: BinaryIO, fmt: str, graph: str | None = None) -> None:
        """Write the whole store (or one graph) in one of EXPORT_FORMATS."""
        ...

    def load(self, data: BinaryIO, fmt: str) -> None:
        """Add N-Quads/TriG (quads keep their graph) to the store in one transaction."""
        ...

    def bulk_load(self, data: BinaryIO, fmt: str, *, replacing: Iterable[str] = ()) -> None:
        """Add quads of any size with bounded memory, the graphs in `replacing` emptied
        first: all or nothing on the embedded store, batches on a server."""
        ...

    def close(self) -> None: ...
