"""HTTP to one SPARQL server: bounded retries with back-off, errors a user can act on, and
what the server says it is."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from kg.store.base import (
    QuerySyntaxError,
    QueryTimeout,
    StoreBadAnswer,
    StoreError,
    StoreUnreachable,
)
from kg.store.sparql_auth import ServerAuth

JSON_RESULTS = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
_RETRY_STATUS = {500, 502, 503, 504}


class SparqlClient:
    def __init__(
        self,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.timeout = timeout
        self.retries = max(1, retries)
        self.backoff = backoff
        self.server: str | None = None  # the Server header of the first answer
        self._sleep = sleep
        self._user, self._password = user, password
        auth = ServerAuth(user, password or "") if user else None
        self._client = httpx.Client(auth=auth, timeout=timeout, follow_redirects=False)

    def send(
        self,
        method: str,
        url: str,
        *,
        what: str,
        retry_slow: bool,
        timeout: float,
        **kwargs: object,
    ) -> httpx.Response:
        """One request, retried with exponential back-off on refused connections and 5xx
        answers; a slow answer is retried only for writes (safe to repeat), not for queries."""
        last = ""
        for attempt in range(1, self.retries + 1):
            if attempt > 1:
                self._sleep(self.backoff * 2 ** (attempt - 2))
            try:
                response = self._client.request(method, url, timeout=timeout, **kwargs)  # type: ignore[arg-type]
            except httpx.TimeoutException as exc:
                if not retry_slow:
                    raise QueryTimeout(
                        f"{what}: no answer from {url} within {timeout:g} s "
                        f"(raise KG_QUERY_TIMEOUT, or simplify the query)"
                    ) from exc
                last = f"no answer within {timeout:g} s ({type(exc).__name__})"
                continue
            except httpx.TransportError as exc:
                last = f"cannot connect ({type(exc).__name__}: {exc})"
                continue
            self.server = self.server or response.headers.get("server", "")
            if response.status_code in _RETRY_STATUS and not _is_permission_error(response):
                last = f"HTTP {response.status_code}: {_server_message(response)}"
                continue
            return response
        raise StoreUnreachable(
            f"{what}: the SPARQL server at {url} failed {self.retries} times, last: {last}. "
            "Is the server running and is KG_STORE right?"
        )

    def post(
        self, url: str, *, what: str, retry_slow: bool, timeout: float, **kwargs: object
    ) -> httpx.Response:
        """A POST `send`s, its answer `check`ed: the response of a success."""
        response = self.send(
            "POST", url, what=what, retry_slow=retry_slow, timeout=timeout, **kwargs
        )
        self.check(response, what, url)
        return response

    def check(self, response: httpx.Response, what: str, url: str) -> None:
        """Raise the error a user can act on for an answer that is not a success."""
        if response.status_code < 300:
            return
        message = _server_message(response)
        if response.status_code in (401, 403) or _is_permission_error(response):
            raise StoreError(
                f"{what}: the SPARQL server at {url} refused access (HTTP "
                f"{response.status_code}); set KG_STORE_USER and KG_STORE_PASSWORD to a user "
                f"allowed to do this. Server said: {message}"
            )
        if response.status_code == 400:
            raise QuerySyntaxError(f"{what}: the server rejected the request: {message}")
        raise StoreBadAnswer(f"{what}: HTTP {response.status_code} from {url}: {message}")

    def is_virtuoso(self, url: str) -> bool:
        """Whether the server at `url` is Virtuoso (asked once, with an empty ASK)."""
        if self.server is None:
            self.send(
                "GET",
                url,
                what="contacting the server",
                retry_slow=True,
                timeout=self.timeout,
                params={"query": "ASK {}"},
                headers={"Accept": JSON_RESULTS},
            )
        return "virtuoso" in (self.server or "").lower()

    def twin(self) -> SparqlClient:
        """A client of its own for another thread (the Digest state is per client)."""
        return SparqlClient(
            user=self._user,
            password=self._password,
            timeout=self.timeout,
            retries=self.retries,
            backoff=self.backoff,
            sleep=self._sleep,
        )

    def close(self) -> None:
        self._client.close()


def _server_message(response: httpx.Response) -> str:
    # Virtuoso echoes the query after its message; the message is what a user needs.
    text = response.text.split("SPARQL query:")[0].strip().replace("\n", " ")
    return text[:300] or response.reason_phrase


def _is_permission_error(response: httpx.Response) -> bool:
    """Virtuoso reports a missing grant as an HTTP 500 with a SECURITY error: not transient."""
    return response.status_code == 500 and "SECURITY:" in response.text[:500]
