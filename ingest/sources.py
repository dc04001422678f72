"""From source files to `Facts`: rosters through the roster reader, articles through the reader
and the extractor, pages of a fetch archive through their records. One function per file so a
batch can report a bad file and go on."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from ingest.extract import extract
from ingest.fetch.archive import (
    ArchiveError,
    is_archive,
    is_record_file,
    latest_records,
    load_record,
)
from ingest.fetch.pages import read_record
from ingest.model import Facts
from ingest.read import DEFAULT_MAX_BYTES, HTML_SUFFIXES, TEXT_SUFFIXES, ReadError, read_path
from ingest.roster import read_roster

ROSTER_SUFFIXES = {".csv"}
SOURCE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | ROSTER_SUFFIXES


def facts_from_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Facts:
    """The facts of one source file; ReadError when it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise ReadError(f"{path}: no such file or folder")
    if is_record_file(path):
        try:
            return extract(read_record(path))
        except ArchiveError as exc:
            raise ReadError(str(exc)) from exc
    suffix = path.suffix.lower()
    if suffix in ROSTER_SUFFIXES:
        return read_roster(path, max_bytes)
    if suffix not in SOURCE_SUFFIXES:
        raise ReadError(
            f"{path}: not a source file (articles are {', '.join(sorted(TEXT_SUFFIXES))}, "
            f"{', '.join(sorted(HTML_SUFFIXES))}; rosters are .csv)"
        )
    return extract(read_path(path, max_bytes))


def is_source_file(path: Path) -> bool:
    return path.suffix.lower() in SOURCE_SUFFIXES or is_record_file(path)


def source_key(path: Path) -> tuple[str, str]:
    """The document id and content hash of a source file, known without extracting it: an
    archived page's from its record, a file's from its name and the sha256 of its bytes."""
    if is_record_file(path):
        try:
            record = load_record(path)
        except ArchiveError as exc:
            raise ReadError(str(exc)) from exc
        return record.document, record.sha256
    return path.stem, hashlib.sha256(path.read_bytes()).hexdigest()


def iter_source_files(
    paths: Iterable[Path], suffixes: Collection[str] = SOURCE_SUFFIXES
) -> Iterator[Path]:
    """Files named directly (whatever they are, so a wrong one is reported), the newest version
    of each page of a named fetch archive, and the files with one of `suffixes` below other
    named folders, sorted, hidden ones skipped."""
    for path in map(Path, paths):
        if is_archive(path):
            yield from latest_records(path)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if (
                    child.is_file()
                    and not any(part.startswith(".") for part in relative)
                    and child.suffix.lower() in suffixes
                ):
                    yield child
        else:
            yield path
