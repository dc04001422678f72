"""The numbered decision an appointment is told with (`Quyết định số 2468/QĐ-BCA`): two reports
naming it for one day are one announcement when nothing sets them apart, and one decision
announced by two provinces' own ceremonies stays two."""

from __future__ import annotations

from kg.resolve.blocks import resolve_events
from kg.resolve.decisions import decision_numbers
from kg.resolve.mentions import EventMention

MINISTRY = "bo-cong-an"


def test_decision_numbers_are_read_however_spaced_and_folded():
    told = "Công an tỉnh Lâm Đồng công bố Quyết định số 2468 / QĐ-BCA ngày 28/3/2024"
    assert decision_numbers(told) == ("2468/qd-bca",)
    assert decision_numbers("(quyết định 77/QĐ-BCA-X01)") == ("77/qd-bca-x01",)
    assert decision_numbers("công bố quyết định của Bộ trưởng") == ()


def appointment(doc: str, organiser: str, *decisions: str) -> EventMention:
    return EventMention(
        doc,
        1,
        "appointment",
        "2024-04-02",
        f"https://example.org/{doc}",
        (organiser,),
        doc_date="2024-04-02",
        above=(MINISTRY,) if organiser != MINISTRY else (),
        decisions=decisions,
    )


def groups(*mentions: EventMention) -> list[list[str]]:
    resolved = resolve_events(list(mentions))
    return sorted(
        sorted(resolved.mentions[i].doc for i in group) for group in resolved.clustering.groups
    )


def test_one_decision_told_by_the_ministry_and_by_the_province_is_one_appointment():
    ministry = appointment("ministry", MINISTRY, "2468/qd-bca")
    province = appointment("province", "cong-an-tinh-lam-dong", "2468/qd-bca")
    assert groups(ministry, province) == [["ministry", "province"]]
    # no decision named: nothing joins them
    bare = appointment("bare", MINISTRY)
    assert groups(bare, province) == [["bare"], ["province"]]


def test_one_decision_announced_by_two_provinces_is_two_announcements():
    one = appointment("one", "cong-an-tinh-lam-dong", "2468/qd-bca")
    other = appointment("other", "cong-an-tinh-binh-thuan", "2468/qd-bca")
    assert groups(one, other) == [["one"], ["other"]]
