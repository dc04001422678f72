"""GET /awards is sorted, counted and paged in the store on each conferral's order key, with or
without an award name filter: every page agrees with the whole list read, filtered and sorted
in Python, on every store."""

from __future__ import annotations

import io

import pytest

from api.search import search_key
from api.service import KgService
from api.service.awards import award_items
from api.service.common import ANY, date_order
from core.ids import from_local_id
from kg.documents import remove_document
from kg.summary import rebuild

# Conferrals in invented articles: three on one day (the IRI decides), one undated, two to
# one unit in two articles, one to a person.
AWARDS = """
@prefix cand: <https://w3id.org/cand-kg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix doc: <https://w3id.org/cand-kg/id/doc/> .
@prefix c: <https://w3id.org/cand-kg/id/conferral/> .
@prefix award: <https://w3id.org/cand-kg/id/award/> .
@prefix unit: <https://w3id.org/cand-kg/id/unit/> .
@prefix person: <https://w3id.org/cand-kg/id/person/> .

doc:tin-khen-thuong {
  award:bang-khen a cand:Award ; schema:name "Bằng khen" .
  award:co-thi-dua a cand:Award ; schema:name "Cờ thi đua" .
  unit:cong-an-huyen-yen-thanh a cand:Unit ; schema:name "Công an huyện Yên Thành" .
  unit:cong-an-huyen-do-luong a cand:Unit ; schema:name "Công an huyện Đô Lương" .
  c:tin-khen-thuong--bang-khen--yt a cand:AwardConferral ; cand:award award:bang-khen ;
    cand:recipient unit:cong-an-huyen-yen-thanh ; schema:startDate "2023-05-19"^^xsd:date .
  c:tin-khen-thuong--co-thi-dua--dl a cand:AwardConferral ; cand:award award:co-thi-dua ;
    cand:recipient unit:cong-an-huyen-do-luong ; cand:collectiveCount 1 ;
    schema:startDate "2023-05-19"^^xsd:date .
  c:tin-khen-thuong--bang-khen--dl a cand:AwardConferral ; cand:award award:bang-khen ;
    cand:recipient unit:cong-an-huyen-do-luong ; schema:startDate "2023-05-19"^^xsd:date .
}
doc:tin-tuyen-duong {
  award:giay-khen a cand:Award ; schema:name "Giấy khen" .
  person:le-thi-hoa a cand:Person ; schema:name "Lê Thị Hoa" .
  unit:cong-an-huyen-yen-thanh a cand:Unit ; schema:name "Công an huyện Yên Thành" .
  c:tin-tuyen-duong--giay-khen--lth a cand:AwardConferral ; cand:award award:giay-khen ;
    cand:recipient person:le-thi-hoa ; schema:startDate "2021-10-02"^^xsd:date .
  c:tin-tuyen-duong--giay-khen--yt a cand:AwardConferral ; cand:award award:giay-khen ;
    cand:recipient unit:cong-an-huyen-yen-thanh .
}
doc:tin-tong-ket {
  award:bang-khen a cand:Award ; schema:name "Bằng khen" .
  unit:cong-an-huyen-do-luong a cand:Unit ; schema:name "Công an huyện Đô Lương" .
  c:tin-tong-ket--bang-khen--dl a cand:AwardConferral ; cand:award award:bang-khen ;
    cand:recipient unit:cong-an-huyen-do-luong ; schema:startDate "2024-01-08"^^xsd:date .
}
"""
RECIPIENTS = [None, "cong-an-huyen-do-luong", "cong-an-huyen-yen-thanh", "person:le-thi-hoa"]


@pytest.fixture
def service(any_store):
    any_store.load(io.BytesIO(AWARDS.encode()), "trig")
    rebuild(any_store)
    return KgService(any_store)


def whole_list(
    service: KgService, recipient: str | None = None, award: str | None = None
) -> list[dict]:
    iri = ANY
    if recipient:
        kind = "person" if recipient.startswith("person:") else "unit"
        iri = from_local_id(kind, recipient.split(":", 1)[-1])
    items = sorted(award_items(service._rows("api_awards", recipient=iri)), key=date_order)
    if award:
        items = [a for a in items if search_key(award) in search_key(a.award or "")]
    return [a.model_dump() for a in items]


def paged(
    service: KgService, limit: int, recipient: str | None = None, award: str | None = None
) -> tuple[list, set[int]]:
    found, totals, offset = [], set(), 0
    while True:
        page = service.awards(recipient=recipient, award=award, limit=limit, offset=offset)
        totals.add(page.total)
        found += [a.model_dump() for a in page.items]
        if len(page.items) < limit:
            return found, totals
        offset += limit


@pytest.mark.parametrize("recipient", RECIPIENTS, ids=str)
@pytest.mark.parametrize("limit", [1, 2, 4])
def test_pages_agree_with_the_whole_list(service, recipient, limit):
    expected = whole_list(service, recipient)
    found, totals = paged(service, limit, recipient)
    assert found == expected
    assert totals == {len(expected)}


# Names of one award, of two ("khen" is in "Bằng khen" and "Giấy khen"), and of none.
AWARD_NAMES = ["Bằng khen", "BANG KHEN", "khen", "co thi", "Huân chương Chiến công"]


@pytest.mark.parametrize("award", AWARD_NAMES)
@pytest.mark.parametrize("recipient", RECIPIENTS, ids=str)
@pytest.mark.parametrize("limit", [1, 2, 4])
def test_pages_of_an_award_agree_with_the_whole_list(service, award, recipient, limit):
    expected = whole_list(service, recipient, award)
    found, totals = paged(service, limit, recipient, award)
    assert found == expected
    assert totals == {len(expected)}


def test_award_names_pick_their_conferrals(service):
    def ids(award: str, recipient: str | None = None) -> list[str]:
        return [a["id"] for a in paged(service, 2, recipient, award)[0]]

    assert ids("khen", "cong-an-huyen-yen-thanh") == [
        "tin-tuyen-duong--giay-khen--yt",
        "tin-khen-thuong--bang-khen--yt",
    ]
    assert ids("bằng khen", "cong-an-huyen-do-luong") == [
        "tin-khen-thuong--bang-khen--dl",
        "tin-tong-ket--bang-khen--dl",
    ]
    assert ids("Cờ thi đua", "person:le-thi-hoa") == []
    unknown = service.awards(recipient=None, award="Huân chương", limit=5, offset=0)
    assert (unknown.items, unknown.total) == ([], 0)
    beyond = service.awards(recipient=None, award="khen", limit=5, offset=10)
    assert (beyond.items, beyond.total) == ([], 5)


def test_order_ties_and_names(service):
    found, totals = paged(service, limit=2)
    assert totals == {6}
    assert [(a["id"], a["date"], a["award"]) for a in found] == [
        ("tin-tuyen-duong--giay-khen--yt", None, "Giấy khen"),
        ("tin-tuyen-duong--giay-khen--lth", "2021-10-02", "Giấy khen"),
        ("tin-khen-thuong--bang-khen--dl", "2023-05-19", "Bằng khen"),
        ("tin-khen-thuong--bang-khen--yt", "2023-05-19", "Bằng khen"),
        ("tin-khen-thuong--co-thi-dua--dl", "2023-05-19", "Cờ thi đua"),
        ("tin-tong-ket--bang-khen--dl", "2024-01-08", "Bằng khen"),
    ]
    named = service.awards(recipient=None, award="bang khen", limit=10, offset=0)
    assert [a.id for a in named.items] == [a["id"] for a in found if a["award"] == "Bằng khen"]


def test_a_removed_article_takes_its_conferrals_away(service, any_store):
    remove_document(any_store, "https://w3id.org/cand-kg/id/doc/tin-khen-thuong")
    service.changed()
    found, totals = paged(service, limit=2)
    assert found == whole_list(service)
    assert [a["id"] for a in found] == [
        "tin-tuyen-duong--giay-khen--yt",
        "tin-tuyen-duong--giay-khen--lth",
        "tin-tong-ket--bang-khen--dl",
    ]
    assert totals == {3}
