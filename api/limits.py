"""Refuse request bodies over KG_MAX_BODY_BYTES with 413, before they are read into memory."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, send: Send) -> None:
        await send_refusal(
            send,
            413,
            f"request body over {self.max_bytes} bytes; the limit is set by KG_MAX_BODY_BYTES",
            (b"connection", b"close"),
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self._refuse(send)
                    return
        received = 0
        overflowed = False
        answered = False

        async def counting_receive() -> Message:
            nonlocal received, overflowed
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    overflowed = True
                    raise BodyTooLarge
            return message

        async def refuse_once() -> None:
            nonlocal answered
            if not answered:
                answered = True
                await self._refuse(send)

        async def guarded_send(message: Message) -> None:
            # a route that parses its body turns the overflow into its own error (400): answer
            # 413 in its place, whatever the route made of it
            if overflowed:
                await refuse_once()
                return
            nonlocal answered
            if message["type"] == "http.response.start":
                answered = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            await refuse_once()


async def send_refusal(send: Send, status: int, detail: str, *headers: tuple[bytes, bytes]) -> None:
    """Answer with `status` and a JSON `detail`, the shape of FastAPI's errors, from middleware
    that refuses a request before any route sees it."""
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
