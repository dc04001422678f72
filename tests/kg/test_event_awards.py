"""One ceremony told by two outlets that credit it to different organisers (the provincial
police receiving an order, the province's party committee handing it over) is one event when
both reports tell the same award handed to the same recipient; two ceremonies of one kind and
day in different units, handing different awards, stay two. Articles are invented."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from core.namespaces import CAND
from kg.pipeline import prepare
from kg.resolve.blocks import resolve_events
from kg.resolve.mentions import EventMention


def event_mentions(tmp_path: Path, name: str, text: str) -> list[EventMention]:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(path)
    assert prepared.error is None and prepared.graph is not None
    graph = Graph().parse(data=prepared.graph.ntriples, format="nt")
    records = [str(o) for _, p, o in graph if p == CAND.mentionRecord]
    return [EventMention.from_json(r) for r in records if '"kind"' in r]


def groups(mentions: list[EventMention]) -> list[list[str]]:
    result = resolve_events(mentions)
    docs = [[result.mentions[i].doc for i in group] for group in result.clustering.groups]
    return sorted(sorted(group) for group in docs)


RECEIVED = (
    " date 2024-05-20 Công an tỉnh Phú Thọ đón nhận Huân chương\n\nSáng 20/5, Công an tỉnh "
    "Phú Thọ tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất. Dự buổi lễ có Thượng "
    "tướng Tạ Quang Hưng, Thứ trưởng Bộ Công an. Thừa ủy quyền của Chủ tịch nước, Thượng tướng "
    "Tạ Quang Hưng trao Huân chương Bảo vệ Tổ quốc hạng Nhất cho Công an tỉnh Phú Thọ.\n"
)
HANDED = (
    " date 2024-05-21 Trao Huân chương Bảo vệ Tổ quốc cho Công an tỉnh\n\nNgày 20/5, Tỉnh ủy, "
    "UBND tỉnh Phú Thọ tổ chức lễ trao Huân chương Bảo vệ Tổ quốc hạng Nhất cho Công an tỉnh "
    "Phú Thọ. Ông Đoàn Minh Tâm, Bí thư Tỉnh ủy Phú Thọ dự và phát biểu.\n"
)
OTHER_UNIT = (
    " date 2024-05-20 UBND tỉnh khen thưởng Công an huyện Thanh Sơn\n\nChiều 20/5, UBND tỉnh "
    "Phú Thọ tổ chức lễ trao Bằng khen cho Công an huyện Thanh Sơn vì thành tích triệt phá "
    "đường dây ma túy. Ông Đoàn Minh Tâm, Bí thư Tỉnh ủy Phú Thọ dự.\n"
)


def test_a_ceremony_handing_over_an_award_records_the_award_and_recipient(tmp_path):
    (received,) = event_mentions(tmp_path, "a-2024-05-20-huan-chuong", RECEIVED)
    assert received.awards == ("huan-chuong-bao-ve-to-quoc-hang-nhat cong-an-tinh-phu-tho",)


def test_the_same_award_to_the_same_unit_joins_reports_crediting_other_organisers(tmp_path):
    received = event_mentions(tmp_path, "a-2024-05-20-huan-chuong", RECEIVED)
    handed = event_mentions(tmp_path, "b-2024-05-21-trao-huan-chuong", HANDED)
    assert received[0].organisers != handed[0].organisers
    assert groups(received + handed) == [
        ["a-2024-05-20-huan-chuong", "b-2024-05-21-trao-huan-chuong"]
    ]


def test_two_units_ceremonies_of_one_day_handing_different_awards_stay_two(tmp_path):
    # one guest (the secretary) at both, different organisers, different awards
    handed = event_mentions(tmp_path, "b-2024-05-21-trao-huan-chuong", HANDED)
    other = event_mentions(tmp_path, "c-2024-05-20-bang-khen", OTHER_UNIT)
    assert groups(handed + other) == [["b-2024-05-21-trao-huan-chuong"], ["c-2024-05-20-bang-khen"]]


def test_one_award_to_another_recipient_is_another_ceremony(tmp_path):
    other_province = RECEIVED.replace("Phú Thọ", "Tuyên Quang")
    received = event_mentions(tmp_path, "a-2024-05-20-huan-chuong", RECEIVED)
    elsewhere = event_mentions(tmp_path, "d-2024-05-20-tuyen-quang", other_province)
    assert len(groups(received + elsewhere)) == 2


def test_an_award_dated_another_day_is_not_handed_at_the_ceremony(tmp_path):
    # the order of 2019 is recalled, not handed over at this year's conference
    recalled = event_mentions(
        tmp_path,
        "e-2024-12-18-tong-ket",
        " date 2024-12-18 Công an tỉnh Phú Thọ tổng kết năm\n\nSáng 18/12, Công an tỉnh Phú "
        "Thọ tổ chức hội nghị tổng kết công tác năm 2024. Ngày 2/9/2019, Công an tỉnh Phú Thọ "
        "được tặng Huân chương Chiến công hạng Nhì.\n",
    )
    assert [m.awards for m in recalled] == [()]
