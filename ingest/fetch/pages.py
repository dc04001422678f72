"""An archived page read as a `Document`: the page's own title and date first, then the date its
URL states, then the one the feed or sitemap gave; its URL and fetch time kept for provenance."""

from __future__ import annotations

from pathlib import Path

from ingest.fetch.archive import PageRecord, load_body, load_record
from ingest.fetch.urls import url_date
from ingest.model import Document
from ingest.read import read_bytes


def read_page(record: PageRecord, body: bytes) -> Document:
    """ReadError when the page holds no article text or cannot be decoded."""
    fallback = url_date(record.final_url) or url_date(record.url) or record.listed_date
    document = read_bytes(
        body, record.document, source=record.final_url, html=True, fallback_date=fallback
    )
    document.title = document.title or record.listed_title
    document.fetched_at = record.fetched_at
    document.content_hash = record.sha256
    return document


def read_record(path: Path) -> Document:
    """The document of an archived page, from its record file."""
    return read_page(load_record(path), load_body(path))
