"""Facts the extractor finds in a short article written inline in a test."""

from __future__ import annotations

from collections.abc import Callable

from ingest.extract import extract
from ingest.model import Facts
from ingest.read import read_text


def article_facts(body: str, date: str) -> Facts:
    """The facts of an article dated `date` (YYYY, YYYY-MM or YYYY-MM-DD) whose text is `body`."""
    return extract(read_text(f" date {date} {body}", "t"))


def facts_dated(default_date: str) -> Callable[..., Facts]:
    """`facts_of(body, date=default_date)`, for a test module whose articles share a date."""

    def facts_of(body: str, date: str = default_date) -> Facts:
        return article_facts(body, date)

    return facts_of


def people(facts: Facts) -> dict[str, tuple[str | None, set[tuple[str, str | None]]]]:
    """Name -> (rank, {(role, organisation)}) of each person found."""
    return {
        p.name: (p.rank, {(pos.role, pos.organisation) for pos in p.positions})
        for p in facts.persons
    }


def awards(facts: Facts) -> set[tuple[str, str | None]]:
    """(award, recipient) of each award statement found."""
    return {(a.award, a.recipient) for a in facts.awards}
