"""Commands beside a running `kg serve`: reads on a checkpoint it takes, writes through it.

The server is the only process that may open its store for writing, so the others ask it:
a read command gets a RocksDB checkpoint of the store (hard links, consistent, the same kind
the server's SPARQL workers read) and opens it read-only, at full speed and without the
endpoint's limits; a write sends the document's graph to the server, which stores it in one
transaction and refreshes its caches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from core.ids import local_id
from kg.documents import DocumentGraph
from kg.served import ServedBy
from kg.store.base import StoreError
from kg.store.oxigraph import OxigraphStore

TIMEOUT = httpx.Timeout(600.0, connect=10.0)


class ServerClient:
    """Talks to the `kg serve` named by a store's file."""

    def __init__(self, server: ServedBy) -> None:
        self.server = server
        self._http = httpx.Client(
            base_url=server.url,
            headers={"Authorization": f"Bearer {server.token}"},
            timeout=TIMEOUT,
            trust_env=False,  # the server is local: no proxy in between
        )

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)  # type: ignore[arg-type]
        except httpx.HTTPError as exc:
            raise StoreError(
                f"the store is held by `kg serve` (process {self.server.pid}), which did not "
                f"answer at {self.server.url}: {exc}; stop it or wait for it to start"
            ) from exc
        if response.status_code >= 400 and response.status_code != 404:
            try:
                detail = response.json().get("detail", response.text)
            except ValueError:
                detail = response.text
            raise StoreError(f"`kg serve` at {self.server.url} refused: {detail}")
        return response

    @contextmanager
    def snapshot(self) -> Iterator[OxigraphStore]:
        """A read-only store on a checkpoint the server takes now; deleted afterwards."""
        taken = self._send("POST", "/store/snapshots").json()
        try:
            store = OxigraphStore(taken["path"], read_only=True)
            try:
                yield store
            finally:
                store.close()
        finally:
            self._send("DELETE", f"/store/snapshots/{taken['name']}")

    def write_document(self, doc: DocumentGraph) -> None:
        """Store a document's graph through the server, replacing any older version."""
        self._send(
            "PUT",
            f"/store/documents/{local_id(doc.iri)}",
            content=doc.ntriples,
            headers={"Content-Type": "application/n-triples"},
        )

    def remove(self, doc_id: str) -> bool:
        """Drop a document through the server; False when there is no such document."""
        return self._send("DELETE", f"/documents/{local_id(doc_id)}").status_code != 404

    def judge(self, same: bool, first: str, second: str, note: str | None) -> dict:  # type: ignore[type-arg]
        """Record a curator's judgement through the server; its answer, as `verdict_fields`."""
        body = {"verdict": "same" if same else "different", "ids": [first, second], "note": note}
        response = self._send("POST", "/judgements", json=body)
        if response.status_code == 404:
            raise StoreError(response.json().get("detail", "no such entity"))
        return response.json()  # type: ignore[no-any-return]
