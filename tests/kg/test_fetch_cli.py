"""`kg fetch` against a news site on 127.0.0.1: feeds and sitemaps into an archive and a store,
robots.txt obeyed, a second run fetching nothing it already has, the archive re-ingested
without the network."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.news_site import DISALLOWED, FEED_ARTICLES, SITEMAP_ARTICLES, NewsSite
from support.project import run_kg, start_kg

from ingest.fetch.archive import latest_records, load_body, load_record

DOCUMENTS = """
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?url ?headline ?published ?fetched WHERE {
  GRAPH ?g { ?g schema:url ?url ; prov:generatedAtTime ?fetched .
    OPTIONAL { ?g schema:headline ?headline } OPTIONAL { ?g schema:datePublished ?published } }
}"""


@pytest.fixture
def site():
    with NewsSite() as running:
        yield running


def fetch(site, tmp_path, listing, *extra):
    return run_kg(
        "fetch",
        site.url(listing),
        "--archive",
        str(tmp_path / "archive"),
        "--delay",
        "0",
        *extra,
        store=tmp_path / "kg",
    )


def stored(store) -> dict[str, dict[str, str]]:
    answer = run_kg("query", DOCUMENTS, "--format", "json", store=store)
    assert answer.returncode == 0, answer.stderr
    rows = json.loads(answer.stdout)["results"]["bindings"]
    return {row["url"]["value"]: {k: v["value"] for k, v in row.items()} for row in rows}


def article_paths(site) -> list[str]:
    return [p for p in site.paths() if p.startswith("/tin/")]


def test_a_feed_stores_every_allowed_article_once(site, tmp_path):
    first = fetch(site, tmp_path, "/feed.xml", "--ingest")
    assert first.returncode == 0, first.stderr
    documents = stored(tmp_path / "kg")
    assert set(documents) == {site.url(path) for path in FEED_ARTICLES}
    assert DISALLOWED not in site.paths()
    assert f"skipped: {site.url(DISALLOWED)}: disallowed by robots.txt" in first.stderr

    site.requests.clear()
    second = fetch(site, tmp_path, "/feed.xml", "--ingest")
    assert second.returncode == 0, second.stderr
    assert "0 fetched" in second.stderr
    assert article_paths(site) == []
    assert set(site.paths()) == {"/robots.txt", "/feed.xml"}
    assert stored(tmp_path / "kg") == documents


def test_dates_come_from_the_page_then_the_url_then_the_feed(site, tmp_path):
    assert fetch(site, tmp_path, "/feed.xml", "--ingest").returncode == 0
    documents = stored(tmp_path / "kg")
    published = {url.removeprefix(site.base): d.get("published") for url, d in documents.items()}
    assert published == {
        "/tin/trao-huan-chuong-binh-an.html": "2024-05-20",  # the page's markup
        "/tin/2024/03/14/tong-ket-ha-giang.html": "2024-03-14",  # its URL
        "/tin/hoi-nghi-cum-thi-dua.html": "2024-01-12",  # the feed
    }
    binh_an = documents[site.url("/tin/trao-huan-chuong-binh-an.html")]
    assert binh_an["headline"].startswith("Công an huyện Bình An đón nhận Huân chương")
    fetched = datetime.fromisoformat(binh_an["fetched"])
    assert abs((datetime.now(UTC) - fetched).total_seconds()) < 600


def test_a_gzip_sitemap_behind_an_index_stores_every_allowed_article(site, tmp_path):
    first = fetch(site, tmp_path, "/sitemap-index.xml", "--ingest")
    assert first.returncode == 0, first.stderr
    assert set(stored(tmp_path / "kg")) == {site.url(path) for path in SITEMAP_ARTICLES}
    assert DISALLOWED not in site.paths()

    site.requests.clear()
    second = fetch(site, tmp_path, "/sitemap-index.xml", "--ingest")
    assert second.returncode == 0, second.stderr
    assert article_paths(site) == []
    assert set(site.paths()) == {"/robots.txt", "/sitemap-index.xml", "/sitemap-tin.xml.gz"}


def test_the_archive_is_ingested_again_without_the_network(tmp_path):
    with NewsSite() as site:
        assert fetch(site, tmp_path, "/feed.xml", "--ingest").returncode == 0
        online = stored(tmp_path / "kg")
    offline_store = tmp_path / "offline"
    result = run_kg("ingest", str(tmp_path / "archive"), store=offline_store)
    assert result.returncode == 0, result.stderr
    assert stored(offline_store) == online


def test_a_bad_date_option_is_refused(site, tmp_path):
    result = fetch(site, tmp_path, "/feed.xml", "--since", "14/03/2024")
    assert result.returncode == 2
    assert "--since takes a date as YYYY-MM-DD" in result.stderr
    assert site.requests == []


def start_held_fetch(site, tmp_path) -> tuple[subprocess.Popen[str], list[str], Path]:
    """`kg fetch` of 24 pages, started once it is waiting for the fourth, which the site holds
    until the fetch has been stopped."""
    pages = [site.url(f"/tin/so/{n}.html") for n in range(24)]
    site.held = {"/tin/so/3.html"}
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(pages) + "\n")
    archive = tmp_path / "archive"
    command = ["fetch", str(listing), "--archive", str(archive), "--delay", "0"]
    fetching = start_kg(*command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while "/tin/so/3.html" not in site.paths() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert fetching.poll() is None, "the fetch ended before the stalled page was asked for"
    return fetching, pages, archive


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT])
def test_an_interrupted_fetch_loses_nothing_and_resumes(site, tmp_path, stop):
    fetching, pages, archive = start_held_fetch(site, tmp_path)
    fetching.send_signal(stop)
    _, stderr = fetching.communicate(timeout=60)
    site.release.set()
    if stop == signal.SIGINT:
        assert fetching.returncode == 130 and "run the same command again" in stderr
    kept = [load_record(path) for path in latest_records(archive)]
    assert len(kept) == 3  # the pages before the stalled one, each archived whole
    for record in latest_records(archive):
        assert "Vĩnh Hà" in load_body(record).decode("utf-8")  # each record has its body

    site.requests.clear()
    listing = str(tmp_path / "urls.txt")
    again = run_kg("fetch", listing, "--archive", str(archive), "--delay", "0")
    assert again.returncode == 0, again.stderr
    assert f"{len(pages) - len(kept)} fetched" in again.stderr
    assert {load_record(path).url for path in latest_records(archive)} == set(pages)
    assert not {r.url for r in kept} & {site.url(p) for p in article_paths(site)}


def test_ctrl_c_stops_a_fetch_started_from_a_background_job(site, tmp_path):
    # A shell's background job (`pytest &`) runs with SIGINT ignored, which every process it
    # starts inherits; asyncio.run then installs no handler and the fetch would sit out the
    # stalled page's timeouts and retries (about 90 s) instead of stopping.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        fetching, _, archive = start_held_fetch(site, tmp_path)
    finally:
        signal.signal(signal.SIGINT, previous)
    fetching.send_signal(signal.SIGINT)
    _, stderr = fetching.communicate(timeout=60)
    site.release.set()
    assert fetching.returncode == 130, stderr
    assert len(latest_records(archive)) == 3


def test_a_changed_page_replaces_its_document_in_the_store(site, tmp_path):
    count = (
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a "
        "<https://w3id.org/cand-kg/ontology#SourceDocument> } }"
    )
    hashes = (
        "SELECT ?h WHERE { GRAPH ?g { ?g <https://w3id.org/cand-kg/ontology#contentHash> ?h } }"
    )

    def stored_hash() -> str:
        answer = run_kg("query", hashes, "--format", "csv", store=tmp_path / "kg")
        [value] = answer.stdout.split()[1:]
        return value

    assert fetch(site, tmp_path, "/tin/thay-doi.html", "--ingest").returncode == 0
    first = stored_hash()
    site.edition = 2
    again = fetch(site, tmp_path, "/tin/thay-doi.html", "--ingest", "--refresh")
    assert again.returncode == 0, again.stderr
    assert "1 fetched" in again.stderr
    assert stored_hash() != first
    documents = run_kg("query", count, "--format", "csv", store=tmp_path / "kg")
    assert documents.stdout.split()[1:] == ["1"]
    [url] = stored(tmp_path / "kg")
    assert url == site.url("/tin/thay-doi.html")
