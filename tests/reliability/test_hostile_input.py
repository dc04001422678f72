"""Hostile input against the running server, beyond tests/test_api_security.py: very long values
in every parameter (graph pages and uploads included), XML/HTML bombs and enormous lines in
uploaded pages, hostile names stored faithfully and never run as script, and the write token's
edge cases."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest
from support.api_server import TOKEN, build_store, start_server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
LONG = ["Đ" * 4000, "a-" * 3000 + "b", "%" * 5000, "\u202e" * 1000 + "x"]
INJECTIONS = ['"}; DROP ALL; #', "<http://x>", "' OR 1=1 --", "person/a> ?p ?o } #"]
# Names a roster may carry: markup, right-to-left overrides, zero-width marks.
SCRIPT_NAME = "Phạm <script>window.__pwned=1</script> Bình"
IMG_NAME = "Lê <img src=x onerror=window.__pwned=2> Hoa"
RTL_NAME = "\u202eNguyễn Văn Út\u202c"
ZW_NAME = "Trịnh\u200d Văn\u200b Tám"
HEADER = "name,rank,role,organisation,start,end,source\n"
UNIT = "Công an tỉnh Nghệ An"


def roster(*names: str) -> bytes:
    rows = "".join(f"{name},Đại tá,Phó Giám đốc,{UNIT},2021-02-01,,Danh sách\n" for name in names)
    return (HEADER + rows).encode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("hostile") / "kg")
    yield from start_server(store, KG_MAX_BODY_BYTES="6000000", KG_QUERY_TIMEOUT="5")


def quads(server) -> int:
    response = httpx.get(
        f"{server.url}/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        timeout=30,
    )
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def upload(server, body: bytes, doc_id: str, content_type: str) -> httpx.Response:
    return httpx.post(
        f"{server.url}/documents",
        params={"id": doc_id},
        content=body,
        headers={**AUTH, "Content-Type": content_type},
        timeout=240,
    )


def stored_text(server, doc_id: str) -> str:
    """Every literal of a document's graph, joined (what the page's text became)."""
    response = httpx.get(
        f"{server.url}/sparql",
        params={
            "query": f"SELECT ?o WHERE {{ GRAPH <https://w3id.org/cand-kg/id/doc/{doc_id}> "
            "{ ?s ?p ?o FILTER(isLiteral(?o)) } }"
        },
        headers={"Accept": "text/tab-separated-values"},
        timeout=30,
    )
    return response.text


def test_long_and_injected_values_in_every_parameter_never_give_a_server_error(server):
    spec = httpx.get(f"{server.url}/openapi.json").json()
    before = quads(server)
    checked = 0
    with httpx.Client(base_url=server.url, timeout=60) as client:
        for path, methods in spec["paths"].items():
            if "get" not in methods:
                continue
            params = [p for p in methods["get"].get("parameters", []) if p["in"] == "query"]
            for value in LONG + INJECTIONS:
                if "{" in path:
                    escaped = httpx.URL(value.replace("/", "%2F")).raw_path.decode()
                    url = path.split("{")[0] + escaped
                    response = client.get(url)
                    assert response.status_code in (404, 414, 422), (url[:80], response.status_code)
                    checked += 1
                for param in params:
                    name = param["name"]
                    response = client.get(path, params={name: value, "q": "x", "focus": "x"})
                    assert response.status_code < 500, (path, name, response.text[:300])
                    checked += 1
        for value in LONG + INJECTIONS:
            response = client.post(
                "/documents",
                params={"id": value},
                content=roster("Trần Văn Một"),
                headers={**AUTH, "Content-Type": "text/csv"},
            )
            assert response.status_code == 422, (value[:40], response.text[:200])
    assert checked > 200
    assert quads(server) == before


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<html><head><title>Hội nghị &lol9;</title></head><body><article>
<h1>Hội nghị tổng kết &lol9; &xxe;</h1>
<p>Hà Nội, ngày 12/01/2024 - Sáng nay, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác
năm 2023. Đại tá Hồ Văn Tứ, Giám đốc Công an tỉnh chủ trì hội nghị. &lol9; &xxe;</p>
</article></body></html>
"""


def nested(depth: int) -> str:
    return (
        "<html><body><article><p>Hà Nội, ngày 3/3/2024 - Công an tỉnh Nghệ An họp.</p>"
        + "<div>" * depth
        + "sâu"
        + "</div>" * depth
        + "</article></body></html>"
    )


def enormous_line(size: int) -> str:
    sentence = "Đại tá Hồ Văn Tứ, Giám đốc Công an tỉnh Nghệ An dự hội nghị, "
    return (
        "<html><body><article><p>Hà Nội, ngày 5/5/2024 - "
        + sentence * (size // len(sentence.encode()))
        + "</p></article></body></html>"
    )


@pytest.mark.timeout(280)
@pytest.mark.parametrize(
    ("doc_id", "body", "content_type"),
    [
        ("bom-cuoi", BILLION_LAUGHS.encode(), "text/html"),
        ("bom-cuoi-xml", BILLION_LAUGHS.encode(), "application/octet-stream"),
        ("long-sau", nested(50_000).encode(), "text/html"),
        ("dong-dai", enormous_line(4_000_000).encode(), "text/html"),
        ("dong-dai-van-ban", enormous_line(4_000_000).encode(), "text/plain"),
    ],
    ids=[
        "billion-laughs-html",
        "billion-laughs-raw",
        "deep-nesting",
        "4mb-line-page",
        "4mb-line-text",
    ],
)
def test_bombs_and_enormous_lines_in_uploads_get_a_clean_answer(server, doc_id, body, content_type):
    response = upload(server, body, doc_id, content_type)
    assert response.status_code in (201, 422), response.text[:300]
    if response.status_code == 422:
        assert response.json()["detail"]
    else:
        text = stored_text(server, doc_id)
        assert "lollollol" not in text, "entities were expanded"
        assert "root:" not in text, "an external entity was read"
        assert len(text) < 6_000_000
        assert httpx.delete(f"{server.url}/documents/{doc_id}", headers=AUTH).status_code == 204
    assert httpx.get(f"{server.url}/persons", params={"limit": 1}).status_code == 200


def test_hostile_names_are_stored_faithfully_and_searched_by_their_letters(server):
    names_csv = roster(SCRIPT_NAME, IMG_NAME, RTL_NAME, ZW_NAME)
    response = upload(server, names_csv, "ten-la", "text/csv")
    assert response.status_code == 201, response.text
    names = {p["name"] for p in response.json()["document"]["facts"]["persons"]}
    assert RTL_NAME in names, "a right-to-left mark is part of the name as written"
    assert any("<script>" in n and "Bình" in n for n in names)
    assert any("<img src=x" in n for n in names)

    def found(q: str) -> list[str]:
        answer = httpx.get(f"{server.url}/search", params={"q": q, "kind": "person"}, timeout=30)
        assert answer.status_code == 200
        return [item["name"] for item in answer.json()["items"]]

    assert RTL_NAME in found("nguyen van ut"), "direction marks do not hide a name from search"
    assert any("Tám" in n for n in found("tam")), "zero-width marks do not hide it either"
    assert any("<script>" in n for n in found("pham binh"))
    persons = httpx.get(f"{server.url}/persons", params={"name": "nguyen van ut"}).json()
    assert RTL_NAME in [p["name"] for p in persons["items"]]


def test_uploads_with_nul_bytes_or_broken_utf8_are_refused_whole_or_kept_intact(server):
    before = quads(server)
    with_nul = upload(server, roster("Hoàng\x00Văn Nul"), "ten-nul", "text/csv")
    assert with_nul.status_code == 422
    assert "binary" in with_nul.json()["detail"]
    broken = (
        roster("Trần Văn Đúng")
        + "Ngô Văn ".encode()
        + b"\xff\xfe"
        + f"Sai,Đại tá,Phó Giám đốc,{UNIT},2021-02-01,,x\n".encode()
    )
    answer = upload(server, broken, "ten-hong", "text/csv")
    assert answer.status_code in (201, 422), answer.text
    if answer.status_code == 201:
        names = [p["name"] for p in answer.json()["document"]["facts"]["persons"]]
        assert "Trần Văn Đúng" in names, f"the valid UTF-8 was garbled: {names}"
        httpx.delete(f"{server.url}/documents/ten-hong", headers=AUTH)
    assert quads(server) == before


def marked_up_persons(server, doc_id: str) -> list[str]:
    """Upload a roster of names with markup; the ids of its persons."""
    response = upload(server, roster(SCRIPT_NAME, IMG_NAME), doc_id, "text/csv")
    assert response.status_code == 201, response.text
    persons = response.json()["document"]["facts"]["persons"]
    assert len(persons) == 2
    return [p["id"] for p in persons]


def test_markup_in_names_is_escaped_in_the_graph_json_and_page(server):
    for pid in marked_up_persons(server, "ten-ma"):
        graph = httpx.get(f"{server.url}/graph", params={"focus": f"person/{pid}"}).json()
        labels = " ".join(str(n.get("label", "")) for n in graph["nodes"])
        assert "<script>" in labels or "<img" in labels, "labels keep the name's text"
        page = httpx.get(f"{server.url}/viz", params={"focus": f"person/{pid}"})
        assert page.status_code == 200
        html = page.text
        assert "<script>window" not in html
        assert "<img src=x" not in html
        assert "</script><script>" not in html


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(
    not Path(CHROMIUM).exists() or shutil.which("chromium") is None,
    reason="Debian's chromium is not installed (apt-get install chromium)",
)
@pytest.mark.timeout(120)
def test_markup_in_uploaded_names_never_runs_in_the_browser(server):
    from playwright.sync_api import sync_playwright

    focus = marked_up_persons(server, "ten-ma-trinh-duyet")[0]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            page.goto(f"{server.url}/viz?focus=person/{focus}&depth=2")
            page.wait_for_function(
                "window.candViz && window.candViz.ready === true", timeout=20_000
            )
            page.fill("#search", "le hoa")
            page.click("#search-button")
            page.wait_for_timeout(500)
            assert page.evaluate("window.__pwned") is None
            assert page.evaluate("document.querySelectorAll('img[src=x]').length") == 0
        finally:
            browser.close()


@pytest.mark.parametrize(
    ("headers", "params"),
    [
        ({}, {}),
        ({"Authorization": "Bearer " + TOKEN[:-1]}, {}),  # a prefix
        ({"Authorization": "Bearer " + TOKEN + "0"}, {}),  # one character more
        ({"Authorization": "Bearer " + TOKEN[:-1] + "x"}, {}),  # same length, last one wrong
        ({"Authorization": "Basic " + TOKEN}, {}),
        ({"Authorization": TOKEN}, {}),
        ({"Authorization": "Bearer"}, {}),
        ({"Authorization": b"Bearer \xc4\x90\xff\xfe"}, {}),  # not even UTF-8
        ({}, {"token": TOKEN, "access_token": TOKEN}),  # never from the URL
        ({"Cookie": f"token={TOKEN}"}, {}),
    ],
    ids=[
        "none",
        "prefix",
        "longer",
        "last-char",
        "basic",
        "no-scheme",
        "empty",
        "garbage",
        "query-string",
        "cookie",
    ],
)
def test_writes_without_the_exact_bearer_token_are_refused(server, headers, params):
    before = quads(server)
    post = httpx.post(
        f"{server.url}/documents",
        params={"id": "khong-duoc", **params},
        content=roster("Trần Văn Cấm"),
        headers={**headers, "Content-Type": "text/csv"},
    )
    assert post.status_code == 401, post.text
    delete = httpx.delete(
        f"{server.url}/documents/bai-hoi-nghi-2023", params=params, headers=headers
    )
    assert delete.status_code == 401
    assert quads(server) == before
    assert httpx.get(f"{server.url}/documents/khong-duoc").status_code == 404


def test_the_exact_token_writes_and_deletes_whatever_the_scheme_case(server):
    for scheme in ("Bearer", "bearer"):
        headers = {"Authorization": f"{scheme} {TOKEN}", "Content-Type": "text/csv"}
        post = httpx.post(
            f"{server.url}/documents",
            params={"id": "duoc-phep"},
            content=roster("Trần Văn Được"),
            headers=headers,
            timeout=60,
        )
        assert post.status_code == 201, post.text
        delete = httpx.delete(f"{server.url}/documents/duoc-phep", headers=headers)
        assert delete.status_code == 204


@pytest.mark.parametrize(
    "file_name",
    [
        "../../../../tmp/kg-thoat-ra.csv",
        "..\\..\\..\\tmp\\kg-thoat-ra.csv",
        "/tmp/kg-thoat-ra.csv",
        "%2e%2e%2f%2e%2e%2ftmp%2fkg-thoat-ra.csv",
        "kg-thoat-ra.csv\x00.html",
        "....//....//tmp/kg-thoat-ra.csv",
    ],
    ids=["dotdot", "backslashes", "absolute", "url-encoded", "nul", "doubled-dots"],
)
def test_upload_file_names_never_reach_the_file_system(server, file_name):
    escape = Path("/tmp/kg-thoat-ra.csv")
    escape.unlink(missing_ok=True)
    response = httpx.post(
        f"{server.url}/documents",
        files={"file": (file_name, roster("Trần Văn Tên"), "text/csv")},
        headers=AUTH,
        timeout=60,
    )
    assert response.status_code in (201, 422), response.text
    assert not escape.exists()
    if response.status_code == 201:
        doc_id = response.json()["document"]["id"]
        assert "/" not in doc_id and "." not in doc_id and "\\" not in doc_id
        assert httpx.delete(f"{server.url}/documents/{doc_id}", headers=AUTH).status_code == 204


@pytest.mark.parametrize(
    "raw_path",
    [
        "/documents/..%252F..%252Fetc%252Fpasswd",
        "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/documents/..%5C..%5Cwindows",
        "/documents/bai-hoi-nghi-2023%00.nq",
        "/documents/bai-hoi-nghi-2023%2F..%2F..%2F",
    ],
)
def test_traversal_in_document_ids_reads_and_deletes_nothing(server, raw_path):
    before = quads(server)
    assert httpx.get(f"{server.url}{raw_path}").status_code in (404, 422)
    assert httpx.delete(f"{server.url}{raw_path}", headers=AUTH).status_code in (404, 405, 422)
    assert quads(server) == before
