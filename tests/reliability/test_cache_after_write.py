"""The API caches record views until the next write. A view computed from the store as it was
before a write, but finished after it, must not be cached as if it were current."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import URIRef

from api.service import KgService
from kg import pipeline, queries
from kg.documents import write_document
from kg.sparql import bind
from kg.store import OxigraphStore

HEADER = "name,rank,role,organisation,start,end,source\n"
UNIT = "Công an thành phố Hà Nội"
FIRST = f"{HEADER}Trần Quốc Vượng,Đại tá,Trưởng phòng,{UNIT},2021-02-01,,Danh sách\n"
SECOND = f"{HEADER}Trần Quốc Vượng,Đại tá,Phó Giám đốc,{UNIT},2023-05-01,,Danh sách\n"


@dataclass
class Answered:
    """A query's solutions, read in full before the reader is held up."""

    variables: list
    solutions: list

    def __iter__(self) -> Iterator:
        return iter(self.solutions)


def store_roster(store: OxigraphStore, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    prepared = pipeline.prepare(path)
    assert prepared.error is None, prepared.error
    assert prepared.graph is not None
    write_document(store, prepared.graph)
    (person,) = prepared.persons
    return person


def test_a_view_read_before_a_write_is_not_served_after_it(tmp_path):
    store = OxigraphStore(None)
    service = KgService(store)
    person = store_roster(store, tmp_path / "danh-sach-1.csv", FIRST)
    person_id = person.rsplit("/", 1)[1]
    service.changed()
    assert len(service.person(person_id).posts) == 1
    service.changed()

    # A reader's query of the tenures has returned (one post) when the write and its changed()
    # happen.
    last_query = bind(queries.text("api_person_tenures"), person=URIRef(person))
    read, written = threading.Event(), threading.Event()
    real_query = store.raw_query

    def slow_reader_query(sparql: str, **options: Any) -> Any:
        solutions = real_query(sparql, **options)
        if sparql != last_query:
            return solutions
        answered = Answered(solutions.variables, list(solutions))
        if threading.current_thread().name == "reader":
            read.set()
            assert written.wait(30)
        return answered

    store.raw_query = slow_reader_query  # type: ignore[method-assign]
    reader = threading.Thread(target=service.person, args=(person_id,), name="reader")
    reader.start()
    assert read.wait(30)
    store_roster(store, tmp_path / "danh-sach-2.csv", SECOND)
    service.changed()
    written.set()
    reader.join(30)
    store.raw_query = real_query  # type: ignore[method-assign]

    assert len(service.person(person_id).posts) == 2
