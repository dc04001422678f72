"""Facts the extractor finds in a short article written inline in a test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from _pytest.mark.structures import ParameterSet

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


def held(facts: Facts, name: str) -> list[tuple[str, str | None, bool]]:
    """(role, organisation, whether a former post) of each of a person's posts, in order."""
    return [
        (pos.role, pos.organisation, pos.former)
        for p in facts.persons
        if p.name == name
        for pos in p.positions
    ]


def awards(facts: Facts) -> set[tuple[str, str | None]]:
    """(award, recipient) of each award statement found."""
    return {(a.award, a.recipient) for a in facts.awards}


View = Callable[[Facts, Any], Any]

# The views the tables of forms share: what each table's `view` column names, applied to the
# facts of its article with the row's `key`.
SHARED_VIEWS: dict[str, View] = {
    "posts": lambda facts, name: people(facts)[name][1],
    "held": lambda facts, name: set(held(facts, name)),
    "units": lambda facts, _: {o.name for o in facts.organisations},
    "parents": lambda facts, _: {(o.name, o.parent) for o in facts.organisations},
}


@cache
def found(body: str, date: str) -> Facts:
    """`article_facts`, once per article: the tables below read one article for several kinds
    of fact."""
    return article_facts(body, date)


@dataclass(frozen=True)
class Expect:
    """What a view of an article's facts must be: `equal` to a value; or hold (`has`), leave
    out (`lacks`) or hold exactly once (`once`) each of some values."""

    how: str
    values: tuple[Any, ...]

    def check(self, seen: Any) -> None:
        if self.how == "equal":
            assert seen == self.values[0]
        elif self.how == "has":
            assert [v for v in self.values if v not in seen] == [], seen
        elif self.how == "lacks":
            assert [v for v in self.values if v in seen] == [], seen
        else:
            assert [v for v in self.values if list(seen).count(v) != 1] == [], seen


def equal(value: Any) -> Expect:
    return Expect("equal", (value,))


def has(*values: Any) -> Expect:
    return Expect("has", values)


def lacks(*values: Any) -> Expect:
    return Expect("lacks", values)


def once(*values: Any) -> Expect:
    return Expect("once", values)


# The fields of a table row: the article's date and text, which view of its facts (and of
# what: a person's name, an event's kind ...), and what that view must be.
FIELDS = ("date", "text", "view", "key", "expect")


def case(
    name: str, date: str, text: str, view: str, expect: Expect, key: Any = None
) -> ParameterSet:
    """A row of a table: `name` says what the case shows."""
    return pytest.param(date, text, view, key, expect, id=name)
