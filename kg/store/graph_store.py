"""Whole-graph writes: the SPARQL 1.1 Graph Store HTTP Protocol, and N-Triples cut into
batches for it or for SPARQL Update."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

from kg.store.sparql_client import NTRIPLES, SparqlClient


def virtuoso_graph_store(update_url: str, with_credentials: bool) -> str | None:
    """Virtuoso's Graph Store endpoint beside its /sparql (or /sparql-auth) endpoint."""
    parts = urlsplit(update_url)
    if parts.path.rstrip("/") not in ("/sparql", "/sparql-auth"):
        return None
    path = "/sparql-graph-crud-auth" if with_credentials else "/sparql-graph-crud"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def post_triples(client: SparqlClient, url: str, graph: str, body: bytes, timeout: float) -> None:
    """Add N-Triples to `graph` (safe to repeat: a graph is a set)."""
    client.post(
        url,
        what=f"writing graph <{graph}>",
        retry_slow=True,
        timeout=timeout,
        params={"graph": graph},
        content=body,
        headers={"Content-Type": NTRIPLES},
    )


def ntriples_lines(ntriples: bytes) -> list[bytes]:
    return [line + b"\n" for line in ntriples.splitlines() if line.strip()]


def batches(lines: Iterable[bytes], max_lines: int, max_bytes: int) -> Iterator[bytes]:
    """The lines joined into batches of at most `max_lines` lines and about `max_bytes` bytes."""
    batch: list[bytes] = []
    size = 0
    for line in lines:
        if batch and (len(batch) >= max_lines or size + len(line) > max_bytes):
            yield b"".join(batch)
            batch, size = [], 0
        batch.append(line)
        size += len(line)
    if batch:
        yield b"".join(batch)
