import json
from pathlib import Path

from support.project import EXAMPLES, FIXTURES, run_kg

ROSTER = EXAMPLES / "rosters" / "cong-an-tinh-nghe-an-lanh-dao.csv"
ARTICLES = EXAMPLES / "articles"
# The keys of one article in the gold (eval) shape.
GOLD_KEYS = {"article", "date", "persons", "organisations", "clusters", "events", "awards"}


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_roster_as_json_lines_in_the_gold_shape():
    result = run_kg("extract", "--json", str(ROSTER))
    assert result.returncode == 0, result.stderr
    [doc] = json_lines(result.stdout)
    assert doc["article"] == "cong-an-tinh-nghe-an-lanh-dao"
    assert set(doc) == GOLD_KEYS
    assert {
        "name": "Phan Đức Minh",
        "rank": "Trung tướng",
        "positions": [{"role": "Giám đốc", "organisation": "Công an tỉnh Nghệ An"}],
    } in doc["persons"]


def test_full_output_keeps_evidence_offsets_and_dates():
    result = run_kg("extract", "--full", str(ROSTER))
    assert result.returncode == 0, result.stderr
    [doc] = json_lines(result.stdout)
    first = doc["persons"][0]
    assert first["positions"][0]["start"] == "2017-05-10"
    assert first["evidence"]["start"] < first["evidence"]["end"]
    assert doc["document"]["kind"] == "roster"
    assert len(doc["document"]["content_hash"]) == 64


def test_readable_summary_without_json():
    result = run_kg("extract", str(ROSTER))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("cong-an-tinh-nghe-an-lanh-dao (roster, undated): 12 persons")
    assert "Trung tướng Phan Đức Minh: Giám đốc, Công an tỉnh Nghệ An [2022-03-01 – …]" in (
        result.stdout
    )


def test_bad_files_are_reported_one_line_each_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "huge.txt").write_bytes(b"x" * 8000)
    bad_roster = tmp_path / "ds.csv"
    bad_roster.write_text("ho_ten,chuc_vu\nA,B\n", encoding="utf-8")
    result = run_kg(
        "extract",
        "--json",
        "--max-bytes",
        "5000",
        str(tmp_path),
        str(ROSTER),
        str(tmp_path / "missing.txt"),
    )
    assert result.returncode == 0, result.stderr
    assert [d["article"] for d in json_lines(result.stdout)] == ["cong-an-tinh-nghe-an-lanh-dao"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    for name, reason in [
        ("empty.txt", "empty"),
        ("junk.txt", "binary"),
        ("huge.txt", "8.0 KB is more than the 5.0 KB allowed"),
        ("ds.csv", "not a roster"),
        ("missing.txt", "no such file"),
    ]:
        assert any(name in e and reason in e for e in errors), (name, errors)
    assert "Traceback" not in result.stderr


def test_exit_status_is_non_zero_only_when_nothing_could_be_read(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_kg("extract", "--json", str(tmp_path / "empty.txt"))
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip().splitlines()[-1] == "error: no file could be read"


def test_folder_without_sources_is_an_error(tmp_path: Path):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text(" date 2020-01 Công an tỉnh Hà Nam họp.", "utf-8")
    result = run_kg("extract", str(tmp_path))
    assert result.returncode != 0
    assert "no article or roster files found" in result.stderr


def test_articles_folder_gives_one_line_per_article_named_by_file():
    result = run_kg("extract", "--json", str(ARTICLES))
    assert result.returncode == 0, result.stderr
    docs = {d["article"]: d for d in json_lines(result.stdout)}
    assert set(docs) == {p.stem for p in ARTICLES.iterdir()}
    assert docs["2021-04-09-cum-thi-dua-3-nghe-an"]["date"] == "2021-04"
    assert docs["2021-10-02-ra-quan-giao-thong-quang-ninh"]["date"] == "2021-10-02"
    names = {p["name"] for p in docs["2019-11-20-ra-quan-cao-diem-tet-ha-noi"]["persons"]}
    assert "Nguyễn Hoàng Lâm" in names
    assert "Lò Văn Sáng" not in names


def test_every_example_article_has_a_gold_file_in_the_eval_shape():
    gold_dir = FIXTURES / "gold"
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.json")}
    assert set(gold) == {p.stem for p in ARTICLES.iterdir()}
    ranks = ("tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "đồng chí")
    for name, doc in gold.items():
        assert doc["article"] == name
        assert set(doc) == GOLD_KEYS
        for person in doc["persons"]:
            assert not any(word in person["name"] for word in ranks), person
        units = {o["name"] for o in doc["organisations"]}
        for cluster in doc["clusters"]:
            assert set(cluster["members"]) <= units, cluster


def test_a_50_mb_file_is_refused_on_one_line_without_being_read(tmp_path: Path):
    huge = tmp_path / "lon.txt"
    with huge.open("wb") as f:
        f.truncate(50_000_000)
    result = run_kg("extract", "--json", str(huge), str(ROSTER))
    assert result.returncode == 0, result.stderr
    assert len(json_lines(result.stdout)) == 1
    [error] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "lon.txt: 50.0 MB is more than the 5.0 MB allowed" in error
