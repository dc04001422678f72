"""URL normalisation (courlan), document ids minted from URLs, and dates written in URLs."""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import urldefrag, urlsplit

from courlan import normalize_url
from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

from core.text import slug

MAX_ID_CHARS = 120
# The range of dates a URL may plausibly carry for a news article.
_URL_DATES = Extractor(False, datetime(2100, 1, 1), datetime(1990, 1, 1), False, "%Y-%m-%d")


class BadUrl(ValueError):
    """Not an http(s) URL that can be fetched."""


def normalise(url: str) -> str:
    """One spelling per page: lower-case host, no default port, no fragment, no tracking
    parameters (`utm_*`, `fbclid`), sorted query."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadUrl(f"{url!r} is not an http(s) URL")
    try:
        return normalize_url(urldefrag(url).url)
    except ValueError as exc:
        raise BadUrl(f"{url!r} is not a valid URL ({exc})") from exc


def host_of(url: str) -> str:
    """`scheme://host:port`: the unit of politeness and of robots.txt."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def document_id(url: str) -> str:
    """A readable id from a page's URL, stable across runs: host and path as a slug, cut and
    completed with a hash of the whole URL when long or when a query string is part of it."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    port = f"-{parts.port}" if parts.port else ""
    readable = slug(f"{host}{port} {parts.path}")
    if len(readable) <= MAX_ID_CHARS and not parts.query:
        return readable
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    return f"{readable[:MAX_ID_CHARS].rstrip('-')}-{digest}"


def url_date(url: str) -> str | None:
    """The publication date a URL states (`/2024/03/14/`, `/2024-03-14/`), ISO, else None."""
    return extract_url_date(url, _URL_DATES)
