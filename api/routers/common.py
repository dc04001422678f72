"""Parameters shared by the REST routers: ids, pagination, dates.

Routes that look one record up by id are `async`: their queries take a millisecond or two, less
than a hop through the thread pool; lists and search, which can take longer, stay in threads.
Dependencies are `async` for the same reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Query

from api.models import ErrorBody

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Responses = dict[int | str, dict[str, Any]]
NOT_FOUND: Responses = {404: {"model": ErrorBody, "description": "no record with that id"}}
# A person's or an event's id that a merge or split retired (api/redirects.py).
MOVED: Responses = {
    **NOT_FOUND,
    308: {"description": "a retired id: `Location` is the same path under its successor"},
}


def id_path(example: str) -> object:
    return Path(
        pattern=ID_PATTERN,
        max_length=300,
        description="short id, as in the `id` field of a list",
        examples=[example],
    )


def id_query(description: str, example: str) -> object:
    return Query(pattern=ID_PATTERN, max_length=300, description=description, examples=[example])


def day_query(description: str) -> object:
    """One day, YYYY-MM-DD (a range check of the day itself is the service's)."""
    return Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description=description, examples=["2024-01-01"])


def text_query(description: str, example: str) -> object:
    """A free-text filter: part of a name or title, case and accents optional."""
    return Query(max_length=200, description=description, examples=[example])


DateQuery = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD", examples=["2024-01-11"]),
]


@dataclass
class Paging:
    limit: int
    offset: int


async def paging(
    limit: Annotated[int, Query(ge=1, le=1000, description="items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")] = 0,
) -> Paging:
    return Paging(limit, offset)


PageDep = Annotated[Paging, Depends(paging)]
