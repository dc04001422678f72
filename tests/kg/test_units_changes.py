"""Changes of units read from articles: the extractor, the change events in a document's graph
with the document as evidence, and `kg stats` where articles and the reference data disagree
(on the embedded store and on Virtuoso)."""

from __future__ import annotations

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
