"""Fetch throughput: `kg fetch` of a sitemap of generated articles on local HTTP servers.

    python bench/fetch.py [--pages 300] [--hosts 2] [--seed 7]

Serves the articles (HTML pages of 3-5 KB of generated news text, made from bench/extract.py's
generator, not timed) from `--hosts` HTTP servers on 127.0.0.1, each port a host of its own, in
a separate process, so that the figures are the fetcher's alone. Then fetches every host's
sitemap into a fresh archive with the politeness delay off (robots.txt still read, one request
at a time per host, hosts side by side), as `kg fetch --delay 0` does. Prints pages/s (wall
clock), CPU ms per page of this process (HTTP, trafilatura's check that the page holds an
article, the archive write), and the CPU ms per page of the extraction `kg ingest ARCHIVE` then
runs on each archived page (reading the record, trafilatura, the fact extractor)."""

from __future__ import annotations

import argparse
import html
import multiprocessing
import random
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.extract import extract  # noqa: E402
from ingest.fetch.archive import Archive, latest_records  # noqa: E402
from ingest.fetch.client import FetchOptions  # noqa: E402
from ingest.fetch.pages import read_record  # noqa: E402
from ingest.fetch.run import FetchRun  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import article  # noqa: E402

ROBOTS = b"User-agent: *\nDisallow: /tai-khoan/\n"


def page(text: str) -> bytes:
    """An article's text (date line first) as a news page with its date in the markup."""
    date_line, body = text.split(" ", 3)[2], text.split(" ", 3)[3]
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    title = html.escape(paragraphs[0].split(". ")[0][:120])
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{date_line}-15T08:00:00+07:00">'
        f"</head><body><nav><a href='/'>Trang chủ</a></nav><article><h1>{title}</h1>"
        f"{paras}</article><footer>Tin tạo cho phép đo.</footer></body></html>"
    ).encode()


def serve(pages: int, hosts: int, seed: int, ports: multiprocessing.Queue) -> None:
    """Run `hosts` servers, each with its share of the pages and a sitemap of them."""
    rng = random.Random(seed)
    bodies = [page(article(rng)) for _ in range(pages)]
    for host in range(hosts):
        mine = {f"/tin/{i}.html": bodies[i] for i in range(host, pages, hosts)}

        class Handler(BaseHTTPRequestHandler):
            site = mine

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                if self.path == "/robots.txt":
                    kind, body = "text/plain", ROBOTS
                elif self.path == "/sitemap.xml":
                    base = f"http://127.0.0.1:{self.server.server_address[1]}"
                    locs = "".join(f"<url><loc>{base}{p}</loc></url>" for p in self.site)
                    kind = "application/xml"
                    body = (
                        '<?xml version="1.0"?><urlset xmlns='
                        f'"http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
                    ).encode()
                elif self.path in self.site:
                    kind, body = "text/html; charset=utf-8", self.site[self.path]
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        Thread(target=server.serve_forever, daemon=True).start()
        ports.put(server.server_address[1])
    time.sleep(3600)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--hosts", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    context = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue = context.Queue()
    server = context.Process(
        target=serve, args=(args.pages, args.hosts, args.seed, ports), daemon=True
    )
    server.start()
    try:
        sitemaps = [
            f"http://127.0.0.1:{ports.get(timeout=120)}/sitemap.xml" for _ in range(args.hosts)
        ]
        with tempfile.TemporaryDirectory(prefix="cand-kg-bench-fetch-") as tmp:
            archive = Archive.open(Path(tmp) / "archive")
            run = FetchRun(archive, FetchOptions(delay=0, concurrency=args.hosts))
            start, cpu = time.perf_counter(), time.process_time()
            report = run.run(sitemaps)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            print(f"{args.pages} pages on {args.hosts} hosts, delay 0: {report.line()}")
            print(
                f"fetch: {report.fetched / wall:.1f} pages/s, "
                f"{1000 * cpu / max(1, report.fetched):.1f} CPU ms/page "
                "(HTTP, trafilatura check, archive write)"
            )
            records = latest_records(archive.root)
            cpu = time.process_time()
            for record in records:
                extract(read_record(record))
            cpu = time.process_time() - cpu
            print(
                f"ingest extraction of the archive: {1000 * cpu / max(1, len(records)):.1f} "
                "CPU ms/page (record, trafilatura, fact extractor)"
            )
    finally:
        server.kill()


if __name__ == "__main__":
    main()
