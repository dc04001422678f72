"""Rosters: `name,rank,role,organisation,start,end,source` CSV files as `Facts` with dated posts.

Each good row becomes one PersonFact (its rank as the source gave it at that post) with one
Position, its unit named as the article extractor names units. A bad row is reported in
`Facts.warnings` with its line number and skipped, so one typo does not cost the rest of the
file; a wrong header refuses the whole file."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date
from pathlib import Path

from core.ranks import rank_by_folded_label
from core.text import collapse_spaces, fold, nfc
from ingest.extract import canonical_unit, unit_kind, unit_parent
from ingest.model import (
    Document,
    Facts,
    OrganisationFact,
    PersonFact,
    Position,
    Sentence,
    Span,
)
from ingest.read import DEFAULT_MAX_BYTES, ReadError, check_size, decode

COLUMNS = ("name", "rank", "role", "organisation", "start", "end", "source")
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def read_roster(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Facts:
    """The posts a roster lists; ReadError when the file is not a roster at all."""
    path = Path(path)
    try:
        size = path.stat().st_size
        check_size(path, size, max_bytes)
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise ReadError(f"{path}: the file is empty")
    text = nfc(decode(raw, str(path))).replace("\r\n", "\n").replace("\r", "\n")
    document = Document(
        id=path.stem,
        text=text,
        source=str(path),
        kind="roster",
        content_hash=hashlib.sha256(raw).hexdigest(),
        sentences=_line_sentences(text),
    )
    return roster_facts(document)


def roster_facts(document: Document) -> Facts:
    facts = Facts(document=document)
    header_line = document.text.split("\n", 1)[0]
    # Spreadsheets in a Vietnamese locale save "CSV" with semicolons (the comma is decimal).
    delimiter = max(",;\t", key=header_line.count)
    reader = csv.reader(io.StringIO(document.text), delimiter=delimiter)
    header = next(reader, None)
    names = tuple(collapse_spaces(h).lower() for h in header or ())
    if names != COLUMNS:
        raise ReadError(
            f"{document.source}: not a roster: the header must be {','.join(COLUMNS)} "
            f"(found {','.join(header or ()) or 'nothing'})"
        )
    first_line = reader.line_num + 1
    for row in reader:
        line, first_line = first_line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        try:
            person = _person(row)
        except _BadRow as exc:
            facts.warnings.append(f"{document.source}, line {line}: {exc}; row skipped")
            continue
        lines = document.sentences
        person.evidence = Span(lines[line - 1].start, lines[reader.line_num - 1].end, line - 1)
        person.positions[0].evidence = person.evidence
        facts.persons.append(person)
        _add_unit(facts, person.positions[0])
    return facts


def _add_unit(facts: Facts, position: Position) -> None:
    """Each unit the roster names, once, with the parent and kind its name implies."""
    name = position.organisation
    if name and all(o.name != name for o in facts.organisations):
        facts.organisations.append(
            OrganisationFact(name, unit_parent(name), unit_kind(name), evidence=position.evidence)
        )


class _BadRow(ValueError):
    """A row that cannot be loaded; the message says why."""


def _person(row: list[str]) -> PersonFact:
    if len(row) != len(COLUMNS):
        raise _BadRow(f"expected {len(COLUMNS)} columns, found {len(row)}")
    name, rank, role, organisation, start, end, source = (collapse_spaces(c) for c in row)
    if not name:
        raise _BadRow("no name")
    if not role:
        raise _BadRow(f"no role for {name}")
    for label, value in (("start", start), ("end", end)):
        if value and not _valid_date(value):
            raise _BadRow(f"{label} date {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM, YYYY)")
    if start and end and end < start:
        raise _BadRow(f"end date {end} is before start date {start}")
    canonical_rank = None
    if rank:
        known = rank_by_folded_label().get(fold(rank))
        if known is None:
            raise _BadRow(f"unknown rank {rank!r}")
        canonical_rank = known.label
    position = Position(
        role=role,
        organisation=canonical_unit(organisation) if organisation else None,
        start=start or None,
        end=end or None,
        source=source or None,
    )
    return PersonFact(name=name, rank=canonical_rank, positions=[position])


def _valid_date(value: str) -> bool:
    if not _ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _line_sentences(text: str) -> list[Sentence]:
    """One `Sentence` per physical line, so a row's evidence is its line(s)."""
    sentences = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        sentences.append(Sentence(index, start, start + len(line), line))
        start += len(line) + 1
    return sentences
