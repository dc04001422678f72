"""Generated queries against /sparql on every store: SERVICE in many spellings, nesting past
the limit, huge literals, escapes, comments and plain junk. None gets a 5xx and none makes a
request to the recording server on 127.0.0.1 (its address is in every SERVICE and FROM)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.api_server import FIXTURE
from support.recording_server import start_recorder

from api.app import create_app
from core.settings import Settings

PREDICATES = ["<https://schema.org/name>", "<https://schema.org/attendee>", "a", "?p"]
LITERAL_TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)


@pytest.fixture(scope="module")
def recorder():
    yield from start_recorder()


def literal() -> st.SearchStrategy[str]:
    huge = st.integers(1_000, 150_000).map(lambda n: '"' + "Công an " * (n // 8) + '"')
    small = LITERAL_TEXT.map(lambda t: '"' + t.replace("\\", "").replace('"', "") + '"')
    return st.one_of(small, huge, st.integers().map(str))


def triple(url: str) -> st.SearchStrategy[str]:
    term = st.one_of(st.sampled_from(["?s", "?o", f"<{url}/t>"]), literal())
    return st.builds(lambda p, o: f"?s {p} {o} .", st.sampled_from(PREDICATES), term)


def service(url: str, body: str) -> st.SearchStrategy[str]:
    keyword = st.sampled_from(
        ["SERVICE", "service", "SeRvIcE", "SERVICE SILENT", "\\u0053ERVICE", "SERVICE #x\n"]
    )
    target = st.sampled_from([f"<{url}/s>", "?e", "r:s", f"<{url}/s#>"])
    return st.builds(lambda k, t: f"{k} {t} {{ {body} }}", keyword, target)


def group(url: str) -> st.SearchStrategy[str]:
    """A group graph pattern of at most three triple patterns, wrapped in generated ways."""
    base = st.lists(triple(url), min_size=1, max_size=3).map(" ".join)

    def wrap(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            inner.map(lambda b: f"{{ {b} }}"),
            inner.map(lambda b: f"OPTIONAL {{ {b} }}"),
            inner.map(lambda b: f"{{ SELECT * WHERE {{ {b} }} LIMIT 3 }}"),
            inner.map(lambda b: f"FILTER EXISTS {{ {b} }}"),
            inner.flatmap(lambda b: service(url, b)),
        )

    return st.recursive(base, wrap, max_leaves=4)


def nested(url: str) -> st.SearchStrategy[str]:
    depth = st.integers(20, 6_000)
    return st.one_of(
        depth.map(lambda n: "SELECT * WHERE " + "{" * n + "}" * n),
        depth.map(lambda n: "ASK { FILTER(" + "(" * n + "1" + ")" * n + ") }"),
        depth.map(lambda n: "SELECT * WHERE { ?s ?p " + "[ ?p " * n + "1" + "]" * n + " }"),
    )


def queries(url: str) -> st.SearchStrategy[str]:
    prologue = st.sampled_from(["", f"PREFIX r: <{url}/> ", "# comment\n", "BASE <http://x/> "])
    dataset = st.sampled_from(["", f"FROM <{url}/g> ", f"FROM NAMED <{url}/g> "])
    select = st.builds(
        lambda pro, ds, g: f"{pro}SELECT * {ds}WHERE {{ {g} }} LIMIT 5",
        prologue,
        dataset,
        group(url),
    )
    return st.one_of(select, nested(url), st.text(max_size=300), select.map(lambda q: q[:-9]))


@pytest.fixture
def client(any_store):
    with FIXTURE.open("rb") as data:
        any_store.load(data, "trig")
    app = create_app(Settings(store=":memory:", query_timeout=5), store=any_store)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_generated_queries_get_no_5xx_and_send_no_request(client, recorder):
    recorder.clear()
    url = recorder.url

    @given(query=queries(url), how=st.sampled_from(["get", "form", "body"]))
    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    def check(query: str, how: str) -> None:
        if how == "get" and len(query) < 20_000:  # longer ones do not fit in a URL
            response = client.get("/sparql", params={"query": query})
        elif how == "form":
            response = client.post("/sparql", data={"query": query})
        else:
            headers = {"Content-Type": "application/sparql-query"}
            response = client.post(
                "/sparql", content=query.encode("utf-8", "surrogatepass"), headers=headers
            )
        assert response.status_code < 500, (query[:300], response.text[:300])
        assert recorder.requests == [], query[:300]

    check()
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
