"""The fetch library against a news site on 127.0.0.1: every way a page can go wrong is
reported on one line and leaves nothing in the archive; politeness; versions; duplicates."""

from __future__ import annotations

import gzip
import json

import pytest
from support.news_site import NewsSite

from ingest.fetch.archive import Archive, ArchiveError, latest_records, load_body, load_record
from ingest.fetch.client import FetchOptions
from ingest.fetch.pages import read_record
from ingest.fetch.run import DateWindow, FetchRun
from ingest.read import ReadError
from ingest.sources import facts_from_path

QUICK = FetchOptions(delay=0, timeout=1.0, retries=2, backoff=0.01, max_bytes=200_000)


@pytest.fixture
def site():
    with NewsSite() as running:
        yield running


def run(tmp_path, sources, options=QUICK, **kwargs):
    fetch = FetchRun(Archive.open(tmp_path / "archive"), options, **kwargs)
    report = fetch.run(sources)
    return report, fetch.archive


def url_list(tmp_path, site, *paths):
    listing = tmp_path / "urls.txt"
    listing.write_text("# trang thu\n" + "\n".join(site.url(p) for p in paths) + "\n")
    return str(listing)


def test_every_bad_page_is_one_line_and_the_good_ones_are_kept(site, tmp_path):
    bad = {
        "/loi/khong-co.html": "HTTP 404",
        "/loi/may-chu.html": "HTTP 500 (3 tries)",
        "/loi/cham.html": "no answer within 1 s",
        "/loi/vong": "more than 5 redirects",
        "/loi/tai-lieu.pdf": "not an HTML page (application/pdf)",
        "/loi/khong-lo.html": "642373 bytes, larger than the 200000 bytes allowed",
        "/loi/khong-lo-khong-ro-co.html": ": larger than the 200000 bytes allowed",
        "/loi/trang-rong.html": "no article text",
    }
    good = ["/loi/lan-hai.html", "/loi/cp1258.html", "/loi/sai-charset.html"]
    sources = [
        url_list(tmp_path, site, *bad, *good),
        site.url("/feed-hong.xml"),
        site.url("/sitemap-hong.xml"),
        "ftp://127.0.0.1/tin.html",
    ]
    report, archive = run(tmp_path, sources)
    problems = "\n".join(report.problems)
    for path, reason in bad.items():
        [line] = [p for p in report.problems if site.url(path) in p]
        assert line.startswith("failed: ") and reason in line, line
    assert "/feed-hong.xml: malformed feed" in problems
    assert "/sitemap-hong.xml: malformed sitemap" in problems
    assert "'ftp://127.0.0.1/tin.html' is not an http(s) URL" in problems
    assert report.failed == len(bad) + 3 == len(report.problems)
    assert report.fetched == len(good) == len(archive)
    kept = {load_record(path).url for path in latest_records(archive.root)}
    assert kept == {site.url(path) for path in good}
    for path in archive.pages.rglob("*"):  # nothing half-written: every file is whole
        assert not path.name.startswith(".tmp-")
        if path.suffix == ".gz":
            gzip.decompress(path.read_bytes())


def test_a_wrong_or_missing_charset_still_reads_as_vietnamese(site, tmp_path):
    paths = ["/loi/cp1258.html", "/loi/sai-charset.html"]
    report, archive = run(tmp_path, [url_list(tmp_path, site, *paths)])
    assert report.fetched == 2
    texts = [read_record(path).text for path in latest_records(archive.root)]
    assert any("Đại tá Vàng Seo Lử, Giám đốc Công an tỉnh Lào Cai" in t for t in texts)
    assert any("Trung tá Đinh Thị Mai, Trưởng Công an huyện Bình An" in t for t in texts)


def test_requests_to_one_host_are_a_delay_apart_and_name_the_project(site, tmp_path):
    options = FetchOptions(delay=0.3, contact="bientap@example.org")
    report, _ = run(tmp_path, [site.url("/feed.xml")], options)
    assert report.fetched == 3
    times = [r.at for r in site.requests]
    assert len(times) == 5  # robots.txt, the feed, three articles
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.29
    agents = {r.agent for r in site.requests}
    assert agents == {"cand-kg/0.1 (news archive for a knowledge graph; +bientap@example.org)"}


def test_retry_after_is_honoured(site, tmp_path):
    report, _ = run(tmp_path, [site.url("/loi/lan-hai.html")], QUICK)
    assert report.fetched == 1
    tries = [r.at for r in site.requests if r.path == "/loi/lan-hai.html"]
    assert len(tries) == 2 and tries[1] - tries[0] >= 0.95  # the server asked for 1 s


def test_a_changed_page_is_a_new_version_of_the_same_document(site, tmp_path):
    url = site.url("/tin/thay-doi.html")
    assert run(tmp_path, [url])[0].fetched == 1
    unchanged, _ = run(tmp_path, [url], refresh=True)
    assert unchanged.fetched == 0 and "unchanged (HTTP 304)" in unchanged.problems[0]
    site.edition = 2
    changed, archive = run(tmp_path, [url], refresh=True)
    assert changed.fetched == 1
    [folder] = list(archive.pages.iterdir())
    assert len(list(folder.glob("*.page.json"))) == 2
    [newest] = latest_records(archive.root)
    assert "Tối Chủ nhật" in read_record(newest).text


def test_the_same_content_under_two_urls_is_kept_once(site, tmp_path):
    paths = ["/tin/tuan-tra-dem.html", "/tin/tuan-tra-dem.html?tu=trang-chu"]
    report, archive = run(tmp_path, [url_list(tmp_path, site, *paths)])
    assert (report.fetched, report.skipped, len(archive)) == (1, 1, 1)
    assert f"the same page as {site.url(paths[0])}" in report.problems[0]


def test_dates_and_limit_choose_what_is_fetched(site, tmp_path):
    window = DateWindow(since="2024-03-01", until="2024-12-31")
    report, archive = run(tmp_path, [site.url("/feed.xml")], window=window, limit=1)
    assert report.fetched == 1
    [record] = [load_record(p) for p in latest_records(archive.root)]
    assert record.listed_date is not None and record.listed_date >= "2024-03-01"
    assert "/tin/hoi-nghi-cum-thi-dua.html" not in site.paths()  # listed as of 2024-01-12


def test_an_archive_record_keeps_how_the_page_was_fetched(site, tmp_path):
    report, archive = run(tmp_path, [site.url("/feed.xml")])
    records = {load_record(p).url: p for p in latest_records(archive.root)}
    path = records[site.url("/tin/2024/03/14/tong-ket-ha-giang.html")]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["status"] == 200 and data["headers"]["content-type"].startswith("text/html")
    assert data["listing"] == site.url("/feed.xml") and data["listed_date"] == "2024-03-14"
    assert "Lường Văn Khải" in load_body(path).decode("utf-8")


def test_leftovers_of_a_killed_write_are_cleared_on_open(site, tmp_path):
    _, archive = run(tmp_path, [site.url("/tin/tuan-tra-dem.html")])
    [record] = latest_records(archive.root)
    stray_body = record.with_name("20990101T000000Z-abcdef012345.html.gz")
    stray_body.write_bytes(gzip.compress(b"<html>"))
    tmp = record.with_name(".tmp-20990101T000000Z-abcdef012345.page.json")
    tmp.write_text("{")
    reopened = Archive.open(archive.root)
    assert not stray_body.exists() and not tmp.exists()
    assert len(reopened) == 1 and latest_records(archive.root) == [record]


def test_a_folder_that_is_not_an_archive_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("ghi chu")
    with pytest.raises(ArchiveError, match="not a cand-kg archive"):
        Archive.open(tmp_path)


def test_an_unreachable_robots_txt_forbids_the_host_and_a_missing_one_allows_it(site, tmp_path):
    feed = [site.url("/feed.xml")]
    site.robots = "broken"
    refused, _ = run(tmp_path / "a", feed)
    assert refused.fetched == 0 and refused.failed == 1  # the feed itself
    assert "disallowed by robots.txt" in refused.problems[0]
    site.robots = "missing"
    allowed, _ = run(tmp_path / "b", feed)
    assert allowed.fetched == 4  # the page /tin/cam/ held too: no rules, no refusal


def test_a_crawl_delay_longer_than_ours_is_honoured(site, tmp_path):
    site.robots = "slow"
    report, _ = run(
        tmp_path,
        [url_list(tmp_path, site, "/tin/tuan-tra-dem.html", "/tin/hoi-nghi-cum-thi-dua.html")],
    )
    assert report.fetched == 2
    times = [r.at for r in site.requests if r.path.startswith("/tin/")]
    assert times[1] - times[0] >= 0.99


def test_a_record_whose_page_is_gone_is_a_read_error(site, tmp_path):
    _, archive = run(tmp_path, [site.url("/tin/tuan-tra-dem.html")])
    [record] = latest_records(archive.root)
    assert "Phạm Đức Thịnh" in {p.name for p in facts_from_path(record).persons}
    record.with_name(record.name.replace(".page.json", ".html.gz")).unlink()
    with pytest.raises(ReadError, match="cannot be read"):
        facts_from_path(record)


def test_a_saved_feed_is_a_source_and_a_saved_page_is_refused(site, tmp_path):
    saved_feed = tmp_path / "tin.rss"
    saved_feed.write_text(site.text("feed.xml"), encoding="utf-8")
    saved_page = tmp_path / "bai.html"
    saved_page.write_text(site.text("tuan-tra-dem.html"), encoding="utf-8")
    report, _ = run(tmp_path, [str(saved_feed), str(saved_page)])
    assert report.fetched == 3
    assert (
        f"failed: {saved_page}: an HTML page, not a list of URLs (kg ingest reads saved pages)"
        in report.problems
    )
