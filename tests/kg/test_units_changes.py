"""Changes of units read from articles: the extractor, the change events in a document's graph
with the document as evidence, and `kg stats` where articles and the reference data disagree
(on the embedded store and on Virtuoso)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rdflib import URIRef

from api.app import create_app
from core.ids import local_id
from core.namespaces import CAND, SCHEMA
from core.settings import Settings
from ingest.extract import extract
from ingest.model import Document
from kg.pipeline import Ingest
from kg.statistics import store_statistics
from kg.triples import build_graph
from kg.units.reference import ensure_reference


def changes(text: str, date: str) -> list[tuple[str, str, list[str], list[str]]]:
    facts = extract(Document(id="bai", text=text, date=date))
    return [(c.kind, c.date, c.original, c.resulting) for c in facts.changes]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Kể từ ngày 1/3/2025, Công an huyện Sóc Sơn kết thúc hoạt động.",
            "2025-03",
            [("dissolution", "2025-03-01", ["Công an huyện Sóc Sơn"], [])],
        ),
        (
            "Sáng 27/2, Bộ trưởng ký quyết định giải thể Công an quận Thanh Khê.",
            "2025-02-28",
            [("dissolution", "2025-02-27", ["Công an quận Thanh Khê"], [])],
        ),
        (
            "Ngày 30/6, sáp nhập Công an tỉnh Hà Giang vào Công an tỉnh Tuyên Quang.",
            "2025-06-30",
            [
                (
                    "merger",
                    "2025-06-30",
                    ["Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang"],
                    ["Công an tỉnh Tuyên Quang"],
                )
            ],
        ),
        (
            "Ngày 3/4, Bộ Công an hợp nhất Cục Cảnh sát kinh tế và Cục Cảnh sát môi trường thành "
            "Cục Cảnh sát điều tra tội phạm về tham nhũng.",
            "2018-04",
            [
                (
                    "merger",
                    "2018-04-03",
                    ["Cục Cảnh sát kinh tế", "Cục Cảnh sát môi trường"],
                    ["Cục Cảnh sát điều tra tội phạm về tham nhũng"],
                )
            ],
        ),
        # the day it takes effect, not the day it was told
        (
            "Ngày 2/1, Bộ Công an công bố quyết định đổi tên Công an tỉnh Quảng Nam thành Công an "
            "thành phố Đà Nẵng từ ngày 1/1/2025.",
            "2025-01",
            [
                (
                    "renaming",
                    "2025-01-01",
                    ["Công an tỉnh Quảng Nam"],
                    ["Công an thành phố Đà Nẵng"],
                )
            ],
        ),
        (
            "Ngày 2/7, Công an tỉnh Tây Ninh họp ngay sau khi Công an tỉnh Long An sáp nhập vào "
            "Công an tỉnh Tây Ninh từ ngày 1/7/2025.",
            "2025-07",
            [
                (
                    "merger",
                    "2025-07-01",
                    ["Công an tỉnh Long An", "Công an tỉnh Tây Ninh"],
                    ["Công an tỉnh Tây Ninh"],
                )
            ],
        ),
        # a unit founded, said in the passive: the founding body is the one it is placed under
        (
            "Ngày 3/7, Công an tỉnh Đồng Tháp ra mắt Công an phường Sa Đéc. Công an phường Sa "
            "Đéc được thành lập từ ngày 1/7/2025.",
            "2025-07",
            [("founding", "2025-07-01", ["Công an tỉnh Đồng Tháp"], ["Công an phường Sa Đéc"])],
        ),
        # the unit that tells of a dissolution is not dissolved; a unit far after the cue is not
        # the one it acts on
        (
            "Ngày 28/2, Công an tỉnh Hà Tĩnh tổ chức lễ công bố quyết định về giải thể Công an "
            "huyện, thị xã, thành phố và quyết định của Giám đốc Công an tỉnh về công tác cán bộ.",
            "2025-02",
            [],
        ),
        # the unit the dissolved ones belong to is not dissolved
        (
            "Ngày 26/2, Bộ trưởng ký quyết định giải thể 6 Công an quận, huyện thuộc Công an "
            "thành phố Hải Phòng gồm: Công an quận Lê Chân và Công an huyện Cát Hải.",
            "2025-02",
            [
                (
                    "dissolution",
                    "2025-02-26",
                    ["Công an quận Lê Chân", "Công an huyện Cát Hải"],
                    [],
                )
            ],
        ),
        # a change in a note (`(khi sáp nhập A vào B)`) is not dated by the sentence's day
        (
            "Chiều 28/6, Bộ trưởng trao quyết định cho Giám đốc Công an tỉnh Lào Cai (khi sáp "
            "nhập Công an tỉnh Yên Bái vào Công an tỉnh Lào Cai).",
            "2025-06",
            [],
        ),
        # `kết thúc hoạt động của …`: the units after it end, not the one that tells of it
        (
            "Ngày 3/3, Công an tỉnh Nam Định công bố quyết định sau khi kết thúc hoạt động của "
            "Công an huyện Ý Yên từ ngày 1/3/2025.",
            "2025-03",
            [("dissolution", "2025-03-01", ["Công an huyện Ý Yên"], [])],
        ),
        (
            "Ngày 3/3, Công an tỉnh Nam Định công bố quyết định sau khi kết thúc hoạt động của "
            "Công an cấp huyện từ ngày 1/3.",
            "2025-03",
            [],
        ),
        # those who hold the ceremony did not found the unit
        (
            "Sáng 1/7, Đảng ủy, UBND xã Nà Hang tổ chức lễ ra mắt Công an xã Nà Hang thuộc Công an "
            "tỉnh Tuyên Quang, được thành lập trên cơ sở hợp nhất Công an ba xã cũ.",
            "2025-07",
            [("founding", "2025-07-01", ["Công an tỉnh Tuyên Quang"], ["Công an xã Nà Hang"])],
        ),
        # no unit after the cue, or no date: nothing
        ("Ngày 2/5, Bộ Công an thành lập Ban chỉ đạo phòng chống tội phạm.", "2024-05", []),
        ("Công an huyện Sóc Sơn đã kết thúc hoạt động.", "2025-04", []),
    ],
)
def test_changes_read_from_a_sentence(text, date, expected):
    assert changes(text, date) == expected


AGREEING = " date 2025-03 \nKể từ ngày 1/3/2025, Công an huyện Sóc Sơn kết thúc hoạt động.\n"
DISAGREEING = (
    " date 2025-04 \nTừ ngày 15/4/2025, Công an huyện Mê Linh kết thúc hoạt động, còn Công an "
    "tỉnh Nghệ An giải thể từ ngày 15/4/2025.\n"
)


def ingest(store, folder: Path, articles: dict[str, str]) -> None:
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    outcomes = list(Ingest(store).run(sorted(folder.glob("*.txt"))))
    assert [o.status for o in outcomes] == ["done"] * len(articles), outcomes


def test_an_article_is_the_evidence_of_the_change_it_reports(any_store, tmp_path):
    ensure_reference(any_store)
    ingest(any_store, tmp_path, {"bai-dong-cua": AGREEING})
    doc = "<https://w3id.org/cand-kg/id/doc/bai-dong-cua>"
    rows = any_store.query(
        f"SELECT ?unit ?day WHERE {{ GRAPH {doc} {{ ?c a <http://www.w3.org/ns/org#ChangeEvent> ;"
        f" <http://www.w3.org/ns/prov#wasDerivedFrom> {doc} ;"
        " <http://www.w3.org/ns/org#originalOrganization> ?unit ;"
        " <http://www.w3.org/ns/prov#startedAtTime> ?day } }"
    ).dicts()
    assert [(str(r["unit"]).rsplit("/", 1)[-1], str(r["day"])) for r in rows] == [
        ("cong-an-huyen-soc-son", "2025-03-01")
    ]
    assert store_statistics(any_store).disagreements == []


def test_stats_report_where_articles_and_the_reference_data_disagree(any_store, tmp_path):
    ensure_reference(any_store)
    ingest(any_store, tmp_path, {"bai-dong-cua": AGREEING, "bai-sai-ngay": DISAGREEING})
    found = store_statistics(any_store).disagreements
    assert {(local_id(d.document), local_id(d.unit), d.said, d.known) for d in found} == {
        ("bai-sai-ngay", "cong-an-huyen-me-linh", "2025-04-15", "2025-03-01"),
        ("bai-sai-ngay", "cong-an-tinh-nghe-an", "2025-04-15", None),
    }
    lines = dict(store_statistics(any_store).lines())
    assert lines["unit changes against the reference data"] == "2"


def post_dates(date: str) -> tuple[set[tuple[str, str]], list[str]]:
    text = "Thượng tá Lò Văn Khiêm, Trưởng Công an huyện Gia Lâm, dự buổi lễ."
    built = build_graph(extract(Document(id="bai", text=text, date=date)))
    dates = {
        (str(p).rsplit("/", 1)[-1].rsplit("#", 1)[-1], str(o))
        for s, p, o in built.triples
        if "/post/" in str(s) and p in (SCHEMA.endDate, SCHEMA.startDate, CAND.observedOn)
    }
    return dates, built.warnings


def test_a_unit_is_read_as_it_was_on_the_articles_date():
    units = {
        s
        for s, p, _ in build_graph(
            extract(Document(id="bai", text="Công an huyện Gia Lâm họp.", date="2026-02-01"))
        ).triples
        if "/unit/" in str(s)
    }
    assert units == {URIRef("https://w3id.org/cand-kg/id/unit/cong-an-huyen-gia-lam")} | {
        URIRef("https://w3id.org/cand-kg/id/unit/cong-an-thanh-pho-ha-noi"),
        URIRef("https://w3id.org/cand-kg/id/unit/bo-cong-an"),
    }  # the district police of the reference data, not a unit minted anew
    assert post_dates("2024-05-10") == ({("observedOn", "2024-05-10")}, [])
    dates, warnings = post_dates("2026-01")
    assert dates == {("endDate", "2025-03-01")}  # a post held before the unit ended
    assert warnings == [
        "Lò Văn Khiêm: cong-an-huyen-gia-lam ended on 2025-03-01; the post ends there"
    ]


def units_read(text: str, date: str | None) -> dict[str, str]:
    """The units an article of `date` names, by id, with their type."""
    triples = build_graph(extract(Document(id="hue", text=text, date=date))).triples
    return {
        local_id(s): str(o).rsplit("#", 1)[-1]
        for s, p, o in triples
        if "/unit/" in str(s)
        and str(p).endswith("#type")
        and str(o).startswith(str(CAND))
        and not str(o).endswith("#Unit")
    }


@pytest.mark.parametrize("date", ["2024-12-31", None])
def test_before_the_renaming_hue_city_police_is_a_district_police(date):
    text = "Công an thành phố Huế và Công an tỉnh Thừa Thiên Huế phối hợp tuần tra."
    assert units_read(text, date) == {
        "cong-an-thanh-pho-hue--cong-an-tinh-thua-thien-hue": "DistrictPolice",
        "cong-an-tinh-thua-thien-hue": "ProvincialPolice",
        "bo-cong-an": "Ministry",
    }


@pytest.mark.parametrize("name", ["Công an thành phố Huế", "Công an tỉnh Thừa Thiên Huế"])
@pytest.mark.parametrize("date", ["2025-01-01", "2026-03"])
def test_from_the_renaming_either_name_is_the_city_s_provincial_police(name, date):
    read = units_read(f"{name} chỉ đạo Công an huyện A Lưới tuần tra.", date)
    assert read == {
        "cong-an-thanh-pho-hue": "ProvincialPolice",
        "cong-an-huyen-a-luoi": "DistrictPolice",
        "bo-cong-an": "Ministry",
    }


@pytest.mark.parametrize("date", ["2024-06-01", "2025-02-01"])
def test_the_units_inside_a_renamed_police_keep_their_ids_through_the_renaming(date):
    text = (
        "Phòng Tham mưu Công an tỉnh Thừa Thiên Huế và Công an huyện Phong Điền, "
        "tỉnh Thừa Thiên Huế, họp bàn."
    )
    read = units_read(text, date)
    assert read["phong-tham-muu--cong-an-tinh-thua-thien-hue"] == "Division"
    assert read["cong-an-huyen-phong-dien--cong-an-tinh-thua-thien-hue"] == "DistrictPolice"


def test_the_api_statistics_list_the_disagreements(any_store, tmp_path):
    ensure_reference(any_store)
    ingest(any_store, tmp_path, {"bai-sai-ngay": DISAGREEING})
    with TestClient(create_app(Settings(store=":memory:"), store=any_store)) as client:
        found = client.get("/stats").json()["unit_disagreements"]
    assert {(d["document"]["id"], d["unit"]["id"], d["known"]) for d in found} == {
        ("bai-sai-ngay", "cong-an-huyen-me-linh", "2025-03-01"),
        ("bai-sai-ngay", "cong-an-tinh-nghe-an", None),
    }


GOLD_WITH_CHANGES = Path(__file__).parents[1] / "fixtures" / "real-news-blind-16"


def test_the_changes_of_a_blind_set_are_read_as_its_gold_gives_them():
    """Every change the gold of real-news-blind-16 gives (kind, day, units), and no other."""
    from ingest.read import read_path

    def key(kind, date, original, resulting):
        return (kind, date, tuple(sorted(original)), tuple(sorted(resulting)))

    gold, found = set(), set()
    for path in sorted((GOLD_WITH_CHANGES / "gold").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        gold |= {(doc["article"], key(**c)) for c in doc["changes"]}
        facts = extract(read_path(GOLD_WITH_CHANGES / "articles" / f"{doc['article']}.txt"))
        found |= {
            (doc["article"], key(c.kind, c.date, c.original, c.resulting)) for c in facts.changes
        }
    assert len(gold) >= 9
    assert found == gold


@pytest.mark.parametrize(
    ("date", "unit"),
    [
        ("2025-10-16", "truong-dai-hoc-ky-thuat-hau-can-cong-an-nhan-dan"),
        ("2025-10-17", "hoc-vien-ky-thuat-va-cong-nghe-an-ninh"),
        ("2026-09", "hoc-vien-ky-thuat-va-cong-nghe-an-ninh"),
    ],
)
def test_a_ministry_school_is_read_by_its_name_on_the_article_s_day(date, unit):
    read = units_read("Trường Đại học Kỹ thuật - Hậu cần CAND khai giảng năm học mới.", date)
    assert unit in read
    assert len([u for u in read if u != "bo-cong-an"]) == 1
