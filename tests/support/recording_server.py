"""A SPARQL endpoint on 127.0.0.1 that records every request it gets, for the tests that
prove the API sends none (or only to an allowed endpoint).

Paths: `/ok` answers one row (?s = <urn:x-recorded:answer>); `/fail` answers 501 with a
body and a header a leaking server would pass on; `/slow` answers after `SLOW_SECONDS`;
`/huge` answers `HUGE_BYTES` of padding; anything else 404."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = "geheim-payload-7f3a"  # must never appear in an answer of the API
ANSWER = "urn:x-recorded:answer"
RESULTS = "application/sparql-results+json"
SLOW_SECONDS = 4
HUGE_BYTES = 2 * 1024 * 1024


@dataclass
class Recorded:
    method: str
    path: str
    body: bytes


@dataclass
class Recorder:
    url: str
    requests: list[Recorded] = field(default_factory=list)

    def clear(self) -> None:
        self.requests.clear()

    def paths(self) -> list[str]:
        return [r.path.split("?")[0] for r in self.requests]


def _rows() -> bytes:
    binding = {"s": {"type": "uri", "value": ANSWER}}
    return json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": [binding]}}).encode()


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet: the record is the list."""

        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            recorder.requests.append(Recorded(self.command, self.path, body))
            route = self.path.split("?")[0]
            if route == "/ok":
                self._send(200, _rows(), RESULTS)
            elif route == "/fail":
                page = f"<html>{SECRET} at /srv/internal/app.py</html>"
                self._send(501, page.encode(), "text/html")
            elif route == "/slow":
                time.sleep(SLOW_SECONDS)
                self._send(200, _rows(), RESULTS)
            elif route == "/huge":
                self._send(200, b" " * HUGE_BYTES + _rows(), RESULTS)
            else:
                self._send(404, SECRET.encode(), "text/plain")

        def _send(self, status: int, body: bytes, media: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Secret", SECRET)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_HEAD = _answer  # noqa: N815

    return Handler


def start_recorder() -> Iterator[Recorder]:
    recorder = Recorder(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorder))
    recorder.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        server.shutdown()
        server.server_close()
