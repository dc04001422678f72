"""`/store`: what `kg` commands run beside the server ask of it (see kg/server_client.py).

They carry the server's write token: a checkpoint costs disk space, and a document graph sent
here is stored as it is. Plumbing between the `kg` command and its server, so not in the
OpenAPI description."""

from __future__ import annotations

from typing import Annotated

import anyio
from fastapi import APIRouter, Depends, HTTPException, Request, Response
from pydantic import BaseModel
from rdflib import Graph

from api.checkpoints import Checkpoints
from api.deps import ServiceDep, require_token
from api.routers.common import id_path
from core.ids import document_iri
from kg.documents import DocumentGraph, write_document

router = APIRouter(prefix="/store", dependencies=[Depends(require_token)], include_in_schema=False)


class CheckpointTaken(BaseModel):
    name: str
    path: str


def _checkpoints(request: Request) -> Checkpoints:
    found: Checkpoints | None = request.app.state.checkpoints
    if found is None:
        raise HTTPException(409, "this server's store is not an embedded store on disk")
    return found


@router.post("/snapshots", response_model=CheckpointTaken, status_code=201)
def take_snapshot(request: Request) -> CheckpointTaken:
    """A consistent read-only copy of the store (a RocksDB checkpoint of hard links), for a
    `kg` command on the same machine; delete it when done."""
    name, path = _checkpoints(request).take()
    return CheckpointTaken(name=name, path=str(path))


@router.delete("/snapshots/{name}", status_code=204)
def drop_snapshot(request: Request, name: str) -> Response:
    if not _checkpoints(request).drop(name):
        raise HTTPException(404, f"no snapshot {name!r}")
    return Response(status_code=204)


@router.put("/documents/{doc_id}", status_code=204)
async def put_document_graph(
    request: Request,
    service: ServiceDep,
    doc_id: Annotated[str, id_path("bai-hoi-nghi-2023")],
) -> Response:
    """Replace a document's graph with the N-Triples sent (as `kg ingest` built them), its
    share of the summary graph in the same transaction."""
    body = await request.body()
    try:
        graph = Graph().parse(data=body.decode("utf-8"), format="nt")
    except Exception as exc:  # rdflib's parsers raise many types
        raise HTTPException(422, f"the body is not N-Triples: {exc}") from exc
    doc = DocumentGraph.from_graph(str(document_iri(doc_id)), graph)
    await anyio.to_thread.run_sync(write_document, service.store, doc)
    service.changed()
    return Response(status_code=204)
