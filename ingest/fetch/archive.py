"""The archive of fetched pages, the source of truth the graph is rebuilt from.

Each version of a page is two files under `pages/<document id>/`: the body exactly as served,
gzip-compressed (`<time>-<hash>.html.gz`), and a JSON record of how it was fetched
(`<time>-<hash>.page.json`: URL, final URL, fetch time, status, headers, sha256 of the body, and
what the listing that named it said). The body is written first and the record last, each to a
temporary name then renamed, so a record on disk always has its whole body beside it; a kill
leaves at most a stray body or temporary file, which the next run removes."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MARKER = "cand-kg-archive.json"
FORMAT = 1
RECORD_SUFFIX = ".page.json"
BODY_SUFFIX = ".html.gz"
_TMP_PREFIX = ".tmp-"


class ArchiveError(Exception):
    """An archive that cannot be opened or read; the message names the path."""


@dataclass(frozen=True)
class PageRecord:
    url: str  # normalised URL asked for
    final_url: str  # after redirects
    document: str  # document id, the same for every version of a page
    fetched_at: str  # ISO UTC
    status: int
    sha256: str  # of the body as served
    headers: dict[str, str] = field(default_factory=dict)
    listed_date: str | None = None  # the date the feed or sitemap gave
    listed_title: str | None = None
    listing: str | None = None  # the feed, sitemap or list that named the page

    @property
    def version(self) -> str:
        stamp = self.fetched_at.replace("-", "").replace(":", "")
        return f"{stamp}-{self.sha256[:12]}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageRecord:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def is_archive(path: Path) -> bool:
    return (Path(path) / MARKER).is_file()


def is_record_file(path: Path) -> bool:
    return Path(path).name.endswith(RECORD_SUFFIX)


def load_record(path: Path) -> PageRecord:
    try:
        return PageRecord.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        raise ArchiveError(f"{path}: not a readable page record ({exc})") from exc


def body_path(record_path: Path) -> Path:
    record_path = Path(record_path)
    return record_path.with_name(record_path.name.removesuffix(RECORD_SUFFIX) + BODY_SUFFIX)


def load_body(record_path: Path) -> bytes:
    path = body_path(record_path)
    try:
        return gzip.decompress(path.read_bytes())
    except (OSError, EOFError) as exc:
        raise ArchiveError(f"{path}: the archived page cannot be read ({exc})") from exc


def latest_records(root: Path) -> list[Path]:
    """The record of the newest version of every page, sorted by document id."""
    newest: dict[str, Path] = {}
    for path in sorted((Path(root) / "pages").glob(f"*/*{RECORD_SUFFIX}")):
        newest[path.parent.name] = path  # names sort by fetch time
    return [newest[key] for key in sorted(newest)]


class Archive:
    """An archive folder, with an index of its pages by URL and by content hash."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.pages = self.root / "pages"
        self._by_url: dict[str, PageRecord] = {}
        self._by_hash: dict[str, PageRecord] = {}

    @classmethod
    def open(cls, root: Path) -> Archive:
        """Open an archive, creating it in a missing or empty folder."""
        root = Path(root)
        if root.exists() and not root.is_dir():
            raise ArchiveError(f"{root}: not a folder")
        if root.is_dir() and any(root.iterdir()) and not is_archive(root):
            raise ArchiveError(f"{root}: a folder that is not a cand-kg archive; name another")
        root.mkdir(parents=True, exist_ok=True)
        if not is_archive(root):
            _write_atomic(root / MARKER, json.dumps({"format": FORMAT}).encode())
        archive = cls(root)
        archive._load()
        return archive

    def _load(self) -> None:
        self.pages.mkdir(exist_ok=True)
        for folder in self.pages.iterdir():
            recorded = set()
            for path in sorted(folder.iterdir()):
                if path.name.startswith(_TMP_PREFIX):
                    path.unlink()  # a write a kill interrupted
                elif is_record_file(path):
                    self._index(load_record(path))
                    recorded.add(body_path(path).name)
            for stray in folder.glob(f"*{BODY_SUFFIX}"):
                if stray.name not in recorded:
                    stray.unlink()  # a body whose record was never written

    def _index(self, record: PageRecord) -> None:
        self._by_url[record.url] = record
        self._by_url.setdefault(record.final_url, record)
        self._by_hash[record.sha256] = record

    def __len__(self) -> int:
        return len(self._by_hash)

    def latest(self, url: str) -> PageRecord | None:
        """The newest version archived from this URL (asked for or redirected to)."""
        return self._by_url.get(url)

    def with_hash(self, sha256: str) -> PageRecord | None:
        return self._by_hash.get(sha256)

    def add(self, record: PageRecord, body: bytes) -> Path:
        """Keep one version of a page; returns its record's path once both files are on disk."""
        folder = self.pages / record.document
        folder.mkdir(parents=True, exist_ok=True)
        base = folder / record.version
        _write_atomic(base.with_name(base.name + BODY_SUFFIX), gzip.compress(body, mtime=0))
        record_path = base.with_name(base.name + RECORD_SUFFIX)
        data = json.dumps(record.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
        _write_atomic(record_path, data.encode("utf-8"))
        _sync_folder(folder)
        self._index(record)
        return record_path


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{_TMP_PREFIX}{path.name}")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
