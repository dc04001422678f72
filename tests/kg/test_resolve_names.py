"""Names written without their middle name (`kg.resolve.names`): which names may be one
person's, how they are grouped to be resolved together, and what resolution makes of them
(mention records and one document's graph, no store)."""

from __future__ import annotations

from support.graph_facts import HA_TINH, NGHE_AN, article

from core.namespaces import CAND, RDF
from ingest.model import EventFact, PersonFact, Position
from kg.resolve.blocks import resolve_persons
from kg.resolve.mentions import PersonMention, PostSeen
from kg.resolve.names import compatible, units, variants
from kg.resolve.rules import rank_seniority
from kg.triples import build_graph

MINISTRY = "bo-cong-an"
CAO_BANG = "cong-an-tinh-cao-bang"
DONG_THAP = "cong-an-tinh-dong-thap"


def officer(doc: str, date: str, name: str, rank: str, role: str, unit: str) -> PersonMention:
    post = PostSeen(role, unit, (unit, MINISTRY), False, None, None, date, unit)
    seen = ((rank_seniority(rank), date),)
    return PersonMention(doc, 1, name, date, seen, (post,), (unit, MINISTRY))


def test_a_name_without_middle_may_be_any_name_of_its_family_and_given_name():
    assert compatible("lam vu", "lam hoang vu")
    assert compatible("lam vu", "lam van vu")
    assert not compatible("lam hoang vu", "lam van vu")
    assert not compatible("lam vu", "lam hoang tuan")


def test_a_filler_middle_word_may_be_left_out_but_is_no_middle_name_alone():
    assert compatible("ha thi ngoc lan", "ha ngoc lan")
    assert not compatible("nguyen van hung", "nguyen manh hung")
    assert compatible("nguyen van hung", "nguyen hung")


def test_a_long_name_may_leave_out_the_middle_words_before_the_given_names_own():
    assert compatible("luu bao khanh", "luu dinh bao khanh")
    assert compatible("tang hoai nam", "tang xuan hoai nam")
    # the words kept end the middle: a compound given name is never cut
    assert not compatible("luu dinh khanh", "luu dinh bao khanh")
    assert not compatible("nguyen van hung", "nguyen van minh hung")
    assert not compatible("luu bao khanh", "luu minh khanh")


def test_names_linked_by_a_shorter_form_are_resolved_together():
    assert units(["luu dinh bao khanh", "luu bao khanh", "luu minh khanh"]) == [
        ["luu bao khanh", "luu dinh bao khanh"],
        ["luu minh khanh"],
    ]
    # two long names whose middles differ are linked by the shorter form both may be written as
    assert units(["luu dinh bao khanh", "luu van bao khanh", "luu bao khanh"]) == [
        ["luu bao khanh", "luu dinh bao khanh", "luu van bao khanh"]
    ]
    assert units(["luu dinh bao khanh", "luu van bao khanh"]) == [
        ["luu dinh bao khanh"],
        ["luu van bao khanh"],
    ]


def test_names_are_resolved_together_only_when_one_may_stand_for_the_other():
    assert units(["lam hoang vu", "lam van vu"]) == [["lam hoang vu"], ["lam van vu"]]
    assert units(["lam hoang vu", "lam van vu", "lam vu"]) == [
        ["lam hoang vu", "lam van vu", "lam vu"]
    ]
    assert units(["ha thi ngoc lan", "ha ngoc lan", "ha minh lan"]) == [
        ["ha minh lan"],
        ["ha ngoc lan", "ha thi ngoc lan"],
    ]


def test_a_full_name_looks_up_its_short_name_filler_variants_and_initialled_form():
    assert variants("ha ngoc lan") == {"ha lan", "ha n lan", "ha thi ngoc lan", "ha van ngoc lan"}
    assert variants("nguyen van hung") == {"nguyen hung", "nguyen v hung"}
    assert {"luu bao khanh", "luu khanh"} <= variants("luu dinh bao khanh")
    assert variants("lam vu") == set()


def test_a_short_name_holding_the_same_post_joins_the_full_name_under_its_iri():
    full = officer("a", "2019-04-10", "Khổng Minh Tuệ", "Thượng tá", "Phó Giám đốc", CAO_BANG)
    short = officer("b", "2021-09-22", "Khổng Tuệ", "Đại tá", "Phó Giám đốc", CAO_BANG)
    resolved = resolve_persons([short, full])
    iris = resolved.iri_of()
    assert iris[short.key] == iris[full.key]
    assert str(iris[full.key]).endswith("/person/khong-minh-tue")


def test_a_short_name_joins_the_one_of_two_full_names_whose_post_it_holds():
    one = officer("a", "2022-06-15", "Khổng Minh Tuệ", "Đại tá", "Giám đốc", CAO_BANG)
    other = officer("b", "2022-05-25", "Khổng Văn Tuệ", "Thiếu tá", "Phó Trưởng", DONG_THAP)
    short = officer("c", "2023-03-14", "Khổng Tuệ", "Thiếu tá", "Phó Trưởng", DONG_THAP)
    iris = resolve_persons([one, other, short]).iri_of()
    assert iris[short.key] == iris[other.key] != iris[one.key]
    assert str(iris[other.key]).endswith("/person/khong-van-tue")


def test_a_short_name_whose_rank_conflicts_stays_another_person():
    full = officer("a", "2023-06-12", "Vi Đức Thắng", "Đại tá", "Giám đốc", CAO_BANG)
    short = officer("b", "2024-03-05", "Vi Thắng", "Thiếu tá", "Phó Giám đốc", CAO_BANG)
    iris = resolve_persons([full, short]).iri_of()
    assert iris[full.key] != iris[short.key]
    assert str(iris[short.key]).endswith("/person/vi-thang")


def test_a_short_name_with_nothing_but_a_rank_stays_apart():
    full = officer("a", "2023-06-12", "Vi Đức Thắng", "Đại tá", "Giám đốc", CAO_BANG)
    rank = ((rank_seniority("Đại tá"), "2024-03-05"),)
    short = PersonMention("b", 1, "Vi Thắng", "2024-03-05", rank, (), (MINISTRY,))
    assert len(resolve_persons([full, short]).clustering.groups) == 2


def test_two_middle_names_are_two_people_whatever_they_share():
    a = officer("a", "2022-11-08", "Đoàn Minh Hải", "Thượng tá", "Trưởng phòng", CAO_BANG)
    b = officer("b", "2023-11-08", "Đoàn Văn Hải", "Thượng tá", "Trưởng phòng", CAO_BANG)
    short = officer("c", "2023-01-08", "Đoàn Hải", "Thượng tá", "Trưởng phòng", CAO_BANG)
    resolved = resolve_persons([a, b, short])
    iris = resolved.iri_of()
    assert iris[a.key] != iris[b.key]
    assert len(resolved.clustering.groups) == 2


def test_an_iri_does_not_depend_on_which_written_form_comes_first():
    short = officer("a", "2018-01-10", "Khổng Tuệ", "Thượng tá", "Phó Giám đốc", CAO_BANG)
    full = officer("b", "2019-04-10", "Khổng Minh Tuệ", "Thượng tá", "Phó Giám đốc", CAO_BANG)
    iris = resolve_persons([short, full]).iri_of()
    assert str(iris[short.key]).endswith("/person/khong-minh-tue")


def in_one_document(*persons: PersonFact, attendees: tuple[str, ...] = ()) -> set[str]:
    """The person IRIs one document's graph gives the people (and attendees) it names."""
    facts = article("one-doc", "2024-05-10", *persons)
    if attendees:
        facts.events.append(EventFact("conference", "2024-05-10", None, None, [], [], [*attendees]))
    graph = build_graph(facts).graph
    return {str(p) for p in graph.subjects(RDF.type, CAND.Person)}


def test_a_short_name_after_its_full_name_in_one_document_is_that_officer():
    full = PersonFact("Lâm Hoàng Vũ", "Đại tá", [Position("Phó Giám đốc", NGHE_AN)])
    short = PersonFact("Lâm Vũ", "Đại tá", [])
    found = in_one_document(full, short, attendees=("Lâm Vũ",))
    assert len(found) == 1 and found.pop().endswith("/person/lam-hoang-vu")


def test_a_short_name_in_one_document_stays_apart_from_a_full_name_it_conflicts_with():
    full = PersonFact("Lâm Hoàng Vũ", "Đại tá", [Position("Phó Giám đốc", NGHE_AN)])
    short = PersonFact("Lâm Vũ", "Thiếu úy", [])
    assert len(in_one_document(full, short)) == 2


def test_a_short_name_two_full_names_of_one_document_may_stand_for_is_neither():
    one = PersonFact("Lâm Hoàng Vũ", "Đại tá", [Position("Phó Giám đốc", NGHE_AN)])
    other = PersonFact("Lâm Văn Vũ", "Thiếu tá", [Position("Phó Giám đốc", HA_TINH)])
    short = PersonFact("Lâm Vũ", "Đại tá", [])
    assert len(in_one_document(one, other, short)) == 3


def test_a_short_name_before_its_full_name_in_one_document_is_that_officer():
    # `Thượng tá Đinh Khôi ...` opens the article, `Thượng tá Đinh Ngọc Khôi, Trưởng ...` later
    short = PersonFact("Đinh Khôi", "Thượng tá", [])
    full = PersonFact("Đinh Ngọc Khôi", "Thượng tá", [Position("Phó Giám đốc", NGHE_AN)])
    found = in_one_document(short, full, attendees=("Đinh Khôi",))
    assert len(found) == 1 and found.pop().endswith("/person/dinh-ngoc-khoi")


def test_a_long_name_written_shorter_in_one_document_is_that_officer():
    full = PersonFact("Lưu Đình Bảo Khánh", "Đại tá", [Position("Phó Giám đốc", NGHE_AN)])
    shorter = PersonFact("Lưu Bảo Khánh", "Đại tá", [])
    found = in_one_document(shorter, full)
    assert len(found) == 1 and found.pop().endswith("/person/luu-dinh-bao-khanh")


def test_a_shorter_form_joins_the_long_name_whose_post_it_holds():
    full = officer("a", "2021-05-12", "Lưu Đình Bảo Khánh", "Thượng tá", "Trưởng phòng", CAO_BANG)
    shorter = officer("b", "2024-06-20", "Lưu Bảo Khánh", "Đại tá", "Trưởng phòng", CAO_BANG)
    other = officer("c", "2024-06-20", "Lưu Văn Bảo Khánh", "Thiếu tá", "Phó Trưởng", DONG_THAP)
    iris = resolve_persons([shorter, full, other]).iri_of()
    assert iris[shorter.key] == iris[full.key] != iris[other.key]
    assert str(iris[shorter.key]).endswith("/person/luu-dinh-bao-khanh")


def test_a_middle_name_written_as_an_initial_may_be_that_middle_name_only():
    # `Trần H. Nghị` folds to `tran h nghi`
    assert compatible("tran h nghi", "tran huu nghi")
    assert not compatible("tran h nghi", "tran minh nghi")
    assert not compatible("tran h nghi", "tran huu minh nghi")
    assert units(["tran h nghi", "tran huu nghi", "tran minh nghi"]) == [
        ["tran h nghi", "tran huu nghi"],
        ["tran minh nghi"],
    ]
    assert "tran h nghi" in variants("tran huu nghi")


def test_an_initialled_name_in_one_document_is_the_officer_of_the_full_name():
    full = PersonFact("Trần Hữu Nghị", "Đại tá", [Position("Giám đốc", NGHE_AN)])
    initialled = PersonFact("Trần H. Nghị", "Đại tá", [])
    found = in_one_document(full, initialled, attendees=("Trần H. Nghị",))
    assert len(found) == 1 and found.pop().endswith("/person/tran-huu-nghi")


def test_an_initialled_name_joins_the_full_name_whose_post_it_holds_under_its_iri():
    full = officer("a", "2022-08-30", "Trần Hữu Nghị", "Đại tá", "Giám đốc", CAO_BANG)
    initialled = officer("b", "2023-02-14", "Trần H Nghị", "Đại tá", "Giám đốc", CAO_BANG)
    iris = resolve_persons([initialled, full]).iri_of()
    assert iris[initialled.key] == iris[full.key]
    assert str(iris[full.key]).endswith("/person/tran-huu-nghi")
