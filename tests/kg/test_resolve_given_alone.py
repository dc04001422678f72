"""A given name written alone (`Đại tá Khiêm, Giám đốc Công an tỉnh`, the full name given by
no sentence of its article) joins the one person of a full name it fits, in any order of
writes, and stays apart where no one, or two, fit."""

from __future__ import annotations

from support.graph_facts import NGHE_AN, NGHI_LOC, article
from support.identity_store import one, write

from ingest import model
from kg.resolve.store import RESOLUTION_GRAPH
from kg.store import OxigraphStore


def posted(doc_id: str, date: str, name: str, rank: str, role: str, unit: str) -> model.Facts:
    return article(doc_id, date, model.PersonFact(name, rank, [model.Position(role, unit)]))


DIRECTOR = posted("director", "2022-04-07", "Phan Đức Khiêm", "Đại tá", "Giám đốc", NGHE_AN)
# the director's post in a later article that never writes his full name
DIRECTOR_ALONE = posted("director-alone", "2022-07-27", "Khiêm", "Đại tá", "Giám đốc", NGHE_AN)
HEAD = "Trưởng Công an huyện"
# two heads of one district police, years apart, and a given name alone between them: either
EARLIER = posted("earlier", "2019-03-01", "Trần Văn Khiêm", "Thượng tá", HEAD, NGHI_LOC)
LATER = posted("later", "2023-03-01", "Lê Văn Khiêm", "Thượng tá", HEAD, NGHI_LOC)
BETWEEN = posted("between", "2021-05-01", "Khiêm", "Thượng tá", HEAD, NGHI_LOC)
# a rank below every Khiêm seen before: none of them
JUNIOR = posted("junior", "2024-01-10", "Khiêm", "Trung tá", HEAD, NGHI_LOC)
ALL = (DIRECTOR, DIRECTOR_ALONE, EARLIER, LATER, BETWEEN, JUNIOR)


def quads(store) -> list[bytes]:
    end = f"<{RESOLUTION_GRAPH}> .".encode()
    return sorted(q for q in store.dump_bytes("nq").splitlines() if not q.endswith(end))


def test_a_given_name_alone_joins_the_one_person_it_fits_in_any_order():
    expected: list[bytes] | None = None
    for order in (ALL, ALL[::-1], ALL[3:] + ALL[:3], (JUNIOR, BETWEEN, DIRECTOR_ALONE, *ALL[:4])):
        store = OxigraphStore(None)
        for facts in order:
            write(store, facts)
        director = one(store, "director", "Phan Đức Khiêm")
        assert director.endswith("/person/phan-duc-khiem")
        assert one(store, "director-alone", "Khiêm") == director
        expected = expected or quads(store)
        assert quads(store) == expected, [f.document.id for f in order]


def test_a_given_name_alone_that_two_people_fit_or_none_stays_apart():
    store = OxigraphStore(None)
    for facts in ALL:
        write(store, facts)
    earlier, later = one(store, "earlier", "Trần Văn Khiêm"), one(store, "later", "Lê Văn Khiêm")
    between = one(store, "between", "Khiêm")
    junior = one(store, "junior", "Khiêm")
    director = one(store, "director", "Phan Đức Khiêm")
    assert len({earlier, later, between, junior, director}) == 5


def test_a_given_name_alone_with_only_a_province_in_common_stays_apart():
    # a district's head of the director's rank, months later: the province alone is no post
    # or unit in common
    district = posted("district", "2022-09-01", "Khiêm", "Đại tá", HEAD, NGHI_LOC)
    store = OxigraphStore(None)
    for facts in (DIRECTOR, district):
        write(store, facts)
    assert one(store, "district", "Khiêm") != one(store, "director", "Phan Đức Khiêm")
