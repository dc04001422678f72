from __future__ import annotations

from typing import Annotated, Literal

import anyio
from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from starlette.datastructures import UploadFile

from api import models as m
from api.deps import ServiceDep, require_token
from api.ingest import UploadError, document_name, ingest_upload
from api.routers.common import ID_PATTERN, NOT_FOUND, DateQuery, PageDep, Responses, id_path
from core.ids import local_id
from kg import pipeline

router = APIRouter(prefix="/documents", tags=["documents"])
# The design's name for the same records.
sources = APIRouter(prefix="/sources", tags=["documents"])
DocKind = Literal["article", "html", "roster"]
AUTH: Responses = {
    401: {"model": m.ErrorBody, "description": "missing or wrong bearer token"},
    403: {"model": m.ErrorBody, "description": "writes disabled (no KG_API_TOKEN)"},
}
TEXT_TYPES = ("text/plain", "text/html", "text/csv", "application/octet-stream")


@router.get(
    "", response_model=m.Page[m.DocumentSummary], summary="Tài liệu nguồn: danh sách / documents"
)
def list_documents(
    page: PageDep,
    service: ServiceDep,
    date_from: Annotated[DateQuery, Query(alias="from")] = None,
    date_to: Annotated[DateQuery, Query(alias="to")] = None,
) -> m.Page[m.DocumentSummary]:
    """The stored documents, oldest first: headline, date, web address when known, and how many
    facts (triples) each gave."""
    return service.documents(
        date_from=date_from, date_to=date_to, limit=page.limit, offset=page.offset
    )


@router.get("/{doc_id}", response_model=m.Document, responses=NOT_FOUND)
@sources.get("/{doc_id}", response_model=m.Document, responses=NOT_FOUND, summary="Get Source")
async def get_document(
    service: ServiceDep,
    doc_id: Annotated[str, id_path("bai-hoi-nghi-2023")],
) -> m.Document:
    """A source document: where it came from, its date, and the facts it gave."""
    return service.document(doc_id)


@router.post(
    "",
    response_model=m.IngestReport,
    status_code=201,
    responses={**AUTH, 413: {"description": "over KG_MAX_BODY_BYTES"}, 422: {}},
    dependencies=[Depends(require_token)],
    openapi_extra={
        "requestBody": {
            "content": {
                "text/plain": {
                    "schema": {"type": "string"},
                    "example": "Hà Nội, ngày 12/01/2024 – Sáng nay, Công an quận Đống Đa ...",
                },
                "text/csv": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                        "required": ["file"],
                    }
                },
            },
            "required": True,
        }
    },
)
async def post_document(
    service: ServiceDep,
    request: Request,
    doc_id: Annotated[
        str | None,
        Query(
            alias="id",
            pattern=ID_PATTERN,
            max_length=120,
            description="document id",
            examples=["bai-hoi-nghi-2024"],
        ),
    ] = None,
    kind: Annotated[DocKind | None, Query(description="article, html page or roster")] = None,
) -> m.IngestReport:
    """Ingest an article (plain text or HTML page) or a roster (CSV): the raw document as the
    body, or as the `file` field of a multipart upload. Needs the bearer token."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    file_name: str | None = None
    if content_type == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "multipart upload without a `file` field")
        data, file_name = await upload.read(), upload.filename
    elif content_type in TEXT_TYPES:
        data = await request.body()
    else:
        raise HTTPException(
            415,
            f"send text/plain, text/html, text/csv or a file upload, "
            f"not {content_type or 'no content type'}",
        )
    guessed = {"text/html": "html", "text/csv": "roster"}.get(content_type, "article")
    if file_name:
        suffix = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
        guessed = {"csv": "roster", "html": "html", "htm": "html"}.get(suffix, "article")
    try:
        name = document_name(doc_id, file_name)
        iri, warnings = await anyio.to_thread.run_sync(
            ingest_upload, service.store, data, name, kind or guessed
        )
    except UploadError as exc:
        raise HTTPException(422, str(exc)) from exc
    service.changed()
    return m.IngestReport(document=service.document(local_id(iri)), warnings=warnings)


@router.delete(
    "/{doc_id}",
    status_code=204,
    responses={**AUTH, **NOT_FOUND},
    dependencies=[Depends(require_token)],
)
def delete_document(
    service: ServiceDep,
    doc_id: Annotated[str, id_path("bai-hoi-nghi-2023")],
) -> Response:
    """Remove a document and every fact it gave. Needs the bearer token."""
    if not pipeline.remove(service.store, doc_id):
        raise HTTPException(404, f"no document with id {doc_id!r}")
    service.changed()
    return Response(status_code=204)
