"""What a listing names: the pages of an RSS/Atom feed (feedparser), of a sitemap (urlset or
sitemap index, gzip too), or of a plain list of URLs; each page with the date and title the
listing gives, the fallback when the page itself states no date."""

from __future__ import annotations

import gzip
import io
import time
import zlib
from dataclasses import dataclass, field
from enum import Enum
from urllib.parse import urljoin

import feedparser
from lxml import etree

from ingest.fetch.urls import BadUrl, normalise

GZIP_MAGIC = b"\x1f\x8b"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class ListingError(Exception):
    """A feed or sitemap that cannot be read; the message says what is wrong with it."""


class Kind(Enum):
    FEED = "feed"
    SITEMAP = "sitemap"
    URL_LIST = "URL list"
    PAGE = "page"


@dataclass(frozen=True)
class Listed:
    """A page a listing names."""

    url: str  # normalised
    date: str | None = None  # ISO date the listing gives (feed pubDate, sitemap lastmod)
    title: str | None = None
    listing: str | None = None  # URL or file it came from


@dataclass
class Listing:
    pages: list[Listed] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # nested sitemaps of a sitemap index
    rejected: list[str] = field(default_factory=list)  # why an entry names no fetchable page


def gunzip(body: bytes, max_bytes: int) -> bytes:
    """A gzip body, refused when it unpacks to more than `max_bytes` (a gzip bomb)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as unpacked:
            data = unpacked.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ListingError(f"broken gzip data ({exc})") from exc
    if len(data) > max_bytes:
        raise ListingError(f"unpacks to more than {max_bytes} bytes")
    return data


def kind_of(body: bytes, content_type: str) -> Kind:
    """What a fetched source is, from its first bytes (servers mislabel feeds and sitemaps)."""
    head = body[:1000].lstrip().lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return Kind.SITEMAP
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return Kind.FEED
    if b"<html" in head or b"<!doctype html" in head or "html" in content_type:
        return Kind.PAGE
    if content_type.endswith("xml"):
        return Kind.FEED  # an XML document of no known kind: the feed parser says why it fails
    return Kind.URL_LIST


def read_listing(body: bytes, content_type: str, base: str, max_bytes: int) -> Listing | None:
    """The pages a feed, sitemap or URL list names (gzip or not); None for an HTML page."""
    if body.startswith(GZIP_MAGIC):
        body = gunzip(body, max_bytes)
    kind = kind_of(body, content_type)
    if kind is Kind.PAGE:
        return None
    if kind is Kind.FEED:
        return read_feed(body, base)
    if kind is Kind.SITEMAP:
        return read_sitemap(body, base)
    return read_url_list(body.decode("utf-8", errors="replace"), base)


def read_feed(body: bytes, base: str) -> Listing:
    parsed = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not any(entry.get("link") for entry in parsed.entries):
        reason = parsed.get("bozo_exception") or "no items"
        raise ListingError(f"malformed feed ({reason})")
    listing = Listing()
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if _is_url(entry.get("id")) else None)
        if not link:
            listing.rejected.append(f"an item without a link ({entry.get('title', '')!r})")
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        date = time.strftime("%Y-%m-%d", when) if when else None
        _add(listing, urljoin(base, link), date, entry.get("title"), base)
    return listing


def read_sitemap(body: bytes, base: str) -> Listing:
    try:
        root = etree.fromstring(body, _XML)
    except etree.XMLSyntaxError as exc:
        raise ListingError(f"malformed sitemap ({exc})") from exc
    listing = Listing()
    if etree.QName(root).localname == "sitemapindex":
        for loc in root.iter(f"{SITEMAP_NS}loc", "loc"):
            try:
                listing.sitemaps.append(normalise(urljoin(base, (loc.text or "").strip())))
            except BadUrl as exc:
                listing.rejected.append(str(exc))
        return listing
    for entry in root.iter(f"{SITEMAP_NS}url", "url"):
        loc = _child_text(entry, "loc")
        if not loc:
            listing.rejected.append("a <url> without <loc>")
            continue
        date = _child_text(entry, f"{NEWS_NS}publication_date", "lastmod")
        title = _child_text(entry, f"{NEWS_NS}title")
        _add(listing, urljoin(base, loc), date[:10] if date else None, title, base)
    return listing


def read_url_list(text: str, listing_name: str) -> Listing:
    """One URL a line; blank lines and lines starting with `#` are skipped."""
    listing = Listing()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            _add(listing, line, None, None, listing_name)
    return listing


def _child_text(entry: etree._Element, *names: str) -> str | None:
    for name in names:
        for tag in (name, f"{SITEMAP_NS}{name}") if "{" not in name else (name,):
            found = entry.find(tag)
            if found is not None and (found.text or "").strip():
                return (found.text or "").strip()
    return None


def _add(listing: Listing, url: str, date: str | None, title: str | None, source: str) -> None:
    try:
        listing.pages.append(Listed(normalise(url), date, title, source))
    except BadUrl as exc:
        listing.rejected.append(str(exc))


def _is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))
