"""The only way out for SERVICE calls of the embedded store, to the endpoints an operator allowed.

pyoxigraph makes a SERVICE call itself and has no setting for its time or answer size. So the
query runner rewrites each allowed endpoint's IRI to this relay on 127.0.0.1 (`/<index>` of
KG_SPARQL_SERVICES), which forwards the request with KG_SPARQL_SERVICE_TIMEOUT and stops
reading past KG_SPARQL_SERVICE_MAX_BYTES. A failure comes back to the store as a 502 whose body
names only its kind (`kg-relay: timeout`), so no remote text can reach a caller."""

from __future__ import annotations

import logging
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from core.settings import Settings

log = logging.getLogger(__name__)
FAILURE = re.compile(r"kg-relay: (timeout|too-large|unreachable|error-status)")
FORWARDED_HEADERS = ("content-type", "accept")


class ServiceRelay:
    def __init__(self, endpoints: tuple[str, ...], *, timeout: float, max_bytes: int) -> None:
        self.endpoints = endpoints
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def relayed(self) -> dict[str, str]:
        """Allowed endpoint -> the relay URL that stands for it."""
        return {endpoint: f"{self.url}/{i}" for i, endpoint in enumerate(self.endpoints)}

    def forward(
        self, index: int, method: str, body: bytes, headers: dict[str, str]
    ) -> httpx.Response | str:
        """The endpoint's answer, or the kind of failure."""
        target = self.endpoints[index]
        try:
            with self._client.stream(method, target, content=body, headers=headers) as answer:
                if answer.status_code >= 400:
                    log.warning("SERVICE %s answered HTTP %s", target, answer.status_code)
                    return "error-status"
                received = bytearray()
                for chunk in answer.iter_bytes():
                    received += chunk
                    if len(received) > self.max_bytes:
                        log.warning("SERVICE %s answered over %s bytes", target, self.max_bytes)
                        return "too-large"
                return httpx.Response(
                    answer.status_code,
                    headers={"content-type": answer.headers.get("content-type", "")},
                    content=bytes(received),
                )
        except httpx.TimeoutException:
            log.warning("SERVICE %s gave no answer within %g s", target, self.timeout)
            return "timeout"
        except httpx.HTTPError as exc:
            log.warning("SERVICE %s could not be reached: %s", target, exc)
            return "unreachable"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        relay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                """The relay logs failures itself, through logging."""

            def _relay(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                index = self.path.split("?")[0].strip("/")
                if not index.isdigit() or int(index) >= len(relay.endpoints):
                    self._send(404, b"kg-relay: unknown endpoint", "text/plain")
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in FORWARDED_HEADERS}
                answer = relay.forward(int(index), self.command, body, headers)
                if isinstance(answer, str):
                    self._send(502, f"kg-relay: {answer}".encode(), "text/plain")
                else:
                    self._send(200, answer.content, answer.headers["content-type"])

            def _send(self, status: int, body: bytes, media: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _relay  # noqa: N815

        return Handler

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._client.close()


def service_relay(settings: Settings) -> ServiceRelay | None:
    """The relay to the endpoints of KG_SPARQL_SERVICES, or None when there are none."""
    if not settings.sparql_services:
        return None
    return ServiceRelay(
        settings.sparql_services,
        timeout=settings.sparql_service_timeout,
        max_bytes=settings.sparql_service_max_bytes,
    )
