"""A news site on 127.0.0.1 for the fetch tests: the pages, feeds and sitemaps of
tests/fixtures/fetch (invented news), a robots.txt, and every way a server can go wrong."""

from __future__ import annotations

import gzip
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from support.project import FIXTURES

SITE = FIXTURES / "fetch"
HTML = "text/html; charset=utf-8"
PAGES = {
    "/tin/2024/03/14/tong-ket-ha-giang.html": "tong-ket-ha-giang.html",
    "/tin/trao-huan-chuong-binh-an.html": "trao-huan-chuong-binh-an.html",
    "/tin/hoi-nghi-cum-thi-dua.html": "hoi-nghi-cum-thi-dua.html",
    "/tin/cam/bao-cao-noi-bo.html": "bao-cao-noi-bo.html",
    "/tin/tuan-tra-dem.html": "tuan-tra-dem.html",
    "/loi/trang-rong.html": "trang-rong.html",
}
LISTINGS = {
    "/robots.txt": ("robots.txt", "text/plain"),
    "/feed.xml": ("feed.xml", "application/rss+xml"),
    "/sitemap-index.xml": ("sitemap-index.xml", "application/xml"),
    "/sitemap.xml": ("sitemap-tin.xml", "application/xml"),
}
# The articles of feed.xml and sitemap-tin.xml robots.txt lets a crawler fetch.
FEED_ARTICLES = {
    "/tin/2024/03/14/tong-ket-ha-giang.html",
    "/tin/trao-huan-chuong-binh-an.html",
    "/tin/hoi-nghi-cum-thi-dua.html",
}
SITEMAP_ARTICLES = {
    "/tin/2024/03/14/tong-ket-ha-giang.html",
    "/tin/hoi-nghi-cum-thi-dua.html",
    "/tin/tuan-tra-dem.html",
}
DISALLOWED = "/tin/cam/bao-cao-noi-bo.html"
# Windows-1258 writes the five tones as combining marks after a letter.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Text as a legacy Vietnamese page would be saved: Windows-1258, tones apart."""
    encoded = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        encoded.append((letter + tones).encode("cp1258"))
    return b"".join(encoded)


@dataclass
class Request:
    at: float
    path: str
    agent: str
    headers: dict[str, str] = field(default_factory=dict)


class NewsSite:
    """Started by the tests; `requests` records every request it answered."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.edition = 1  # /tin/thay-doi.html changes when this does
        self.robots = "file"  # or "missing" (404), "broken" (503), "slow" (Crawl-delay: 1)
        self._tries: dict[str, int] = {}
        # Requests for these paths are recorded, then wait for `release` before their answer,
        # so a test can act while a client is certainly mid-fetch.
        self.held: set[str] = set()
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site.requests.append(
                    Request(
                        time.monotonic(),
                        self.path,
                        self.headers.get("User-Agent", ""),
                        dict(self.headers),
                    )
                )
                if urlsplit(self.path).path in site.held:
                    site.release.wait(60)
                status, headers, body = site.answer(self.path, dict(self.headers))
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    # A body of unknown length (HTTP/1.0, to the end of the connection).
                    if "Content-Length" not in headers and headers.get("Connection") != "close":
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> NewsSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [urlsplit(r.path).path for r in self.requests]

    def text(self, name: str) -> str:
        return (SITE / name).read_text(encoding="utf-8").replace("{base}", self.base)

    def answer(self, target: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        path = urlsplit(target).path
        if path == "/robots.txt" and self.robots != "file":
            return self.robots_file()
        if path in PAGES:
            return 200, {"Content-Type": HTML}, self.text(PAGES[path]).encode()
        if path in LISTINGS:
            name, kind = LISTINGS[path]
            return 200, {"Content-Type": kind}, self.text(name).encode()
        if path == "/sitemap-tin.xml.gz":
            body = gzip.compress(self.text("sitemap-tin.xml").encode())
            return 200, {"Content-Type": "application/x-gzip"}, body
        return self.trouble(path, headers)

    def robots_file(self) -> tuple[int, dict[str, str], bytes]:
        if self.robots == "missing":
            return 404, {"Content-Type": "text/plain"}, b"khong co"
        if self.robots == "broken":
            return 503, {"Retry-After": "0"}, b"loi"
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 1\n"

    def trouble(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """The pages that go wrong, and the ones that change."""
        article = self.text("tuan-tra-dem.html")
        if path == "/loi/may-chu.html":
            return 500, {"Retry-After": "0"}, b"loi may chu"
        if path == "/loi/lan-hai.html":  # unavailable once, then there
            self._tries[path] = self._tries.get(path, 0) + 1
            if self._tries[path] == 1:
                return 503, {"Retry-After": "1"}, b"ban tro lai sau"
            return 200, {"Content-Type": HTML}, (article + "<!-- lan hai -->").encode()
        if path == "/loi/cham.html":
            time.sleep(3)
            return 200, {"Content-Type": HTML}, article.encode()
        if path.startswith("/loi/vong"):
            return 302, {"Location": f"{path}x"}, b""
        if path == "/loi/tai-lieu.pdf":
            return 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"
        if path == "/loi/cp1258.html":
            body = self.text("hoi-nghi-cum-thi-dua.html").replace('<meta charset="utf-8">', "")
            return 200, {"Content-Type": "text/html"}, windows_1258(body)
        if path == "/loi/sai-charset.html":
            body = self.text("trao-huan-chuong-binh-an.html") + "<!-- sai charset -->"
            return 200, {"Content-Type": "text/html; charset=iso-8859-1"}, body.encode()
        if path.startswith("/loi/khong-lo"):
            filler = "<p>" + "Đoạn văn lặp lại rất dài để làm trang quá cỡ. " * 50 + "</p>"
            unsized = {"Connection": "close"} if "khong-ro" in path else {}
            return 200, {"Content-Type": HTML, **unsized}, (article + filler * 200).encode()
        if path == "/feed-hong.xml":
            return 200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><item><title>"
        if path == "/sitemap-hong.xml":
            return 200, {"Content-Type": "application/xml"}, b'<?xml version="1.0"?><urlset><url>'
        if path.startswith("/tin/so/"):  # as many distinct articles as a test wants
            return 200, {"Content-Type": HTML}, (article + f"<!-- {path} -->").encode()
        if path == "/tin/thay-doi.html":
            body = (
                self.text("tuan-tra-dem.html").replace(
                    "Tối thứ Bảy", "Tối thứ Bảy" if self.edition == 1 else "Tối Chủ nhật"
                )
                + "<!-- thay doi -->"
            )
            etag = f'"ban-{self.edition}"'
            if headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            return 200, {"Content-Type": HTML, "ETag": etag}, body.encode()
        return 404, {"Content-Type": "text/plain"}, b"khong tim thay"
