"""Uploads to documents: an uploaded text, page or roster goes through the ingest pipeline."""

from __future__ import annotations

import tempfile
from pathlib import Path

from core.text import slug
from kg import pipeline
from kg.documents import write_document
from kg.store.base import Store

SUFFIXES = {"article": ".txt", "html": ".html", "roster": ".csv"}


class UploadError(ValueError):
    """An upload that cannot become a document; the message says why."""


def document_name(requested: str | None, file_name: str | None) -> str:
    """The document id: the one asked for, else the uploaded file's name without folders or
    suffix. Either way it is reduced to a slug, so `../../etc/passwd` cannot name a path."""
    raw = requested or (Path(file_name.replace("\\", "/")).stem if file_name else "")
    name = slug(raw) if raw else ""
    if not name or name == "x":
        raise UploadError("give the document an id (`id` parameter) or upload a named file")
    return name[:120]


def ingest_upload(store: Store, data: bytes, doc_id: str, kind: str) -> tuple[str, list[str]]:
    """Read, extract, build and store one uploaded document; (graph IRI, warnings)."""
    if kind not in SUFFIXES:
        raise UploadError(f"unknown document kind {kind!r}; use one of {sorted(SUFFIXES)}")
    if not data.strip():
        raise UploadError("the uploaded document is empty")
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as folder:
        path = Path(folder) / f"{doc_id}{SUFFIXES[kind]}"
        path.write_bytes(data)
        prepared = pipeline.prepare(path)
    if prepared.error:
        raise UploadError(prepared.error.replace(str(path), path.name))
    assert prepared.graph is not None  # set whenever there is no error
    write_document(store, prepared.graph)
    return prepared.document, prepared.warnings
