from pathlib import Path

import pytest
from support.project import ROOT

from ingest.read import ReadError
from ingest.roster import read_roster

EXAMPLE = ROOT / "examples" / "rosters" / "cong-an-tinh-nghe-an-lanh-dao.csv"
HEADER = "name,rank,role,organisation,start,end,source\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_example_roster_gives_one_dated_post_per_row():
    facts = read_roster(EXAMPLE)
    assert facts.document.kind == "roster"
    assert facts.document.id == "cong-an-tinh-nghe-an-lanh-dao"
    assert facts.warnings == []
    assert len(facts.persons) == 12
    minh = [p for p in facts.persons if p.name == "Phan Đức Minh"]
    assert [
        (p.rank, p.positions[0].role, p.positions[0].start, p.positions[0].end) for p in minh
    ] == [
        ("Thiếu tướng", "Phó Giám đốc", "2017-05-10", "2022-03-01"),
        ("Trung tướng", "Giám đốc", "2022-03-01", None),
    ]
    assert minh[0].positions[0].organisation == "Công an tỉnh Nghệ An"
    assert minh[0].positions[0].source == "Cổng thông tin Công an tỉnh Nghệ An 2021-04-09"


def test_each_row_keeps_its_line_as_evidence(tmp_path: Path):
    path = write(
        tmp_path,
        'Hà Văn Tú,Đại tá,Giám đốc,"Công an tỉnh Lạng Sơn",2019-01-01,,nguồn\n'
        "Lý Thị Mai,Thượng tá,Phó Giám đốc,Công an tỉnh Lạng Sơn,2020,,nguồn\n",
    )
    facts = read_roster(path)
    text = facts.document.text
    spans = [p.evidence for p in facts.persons]
    assert [text[s.start : s.end] for s in spans] == text.splitlines()[1:3]
    assert [s.sentence for s in spans] == [1, 2]


def test_rank_written_in_lower_case_is_canonical(tmp_path: Path):
    facts = read_roster(
        write(tmp_path, "Lò Văn Pấng,thiếu tá,Trưởng Công an xã,Công an xã Pa Tần,,,x\n")
    )
    assert facts.persons[0].rank == "Thiếu tá"


def test_malformed_rows_are_reported_by_line_and_the_rest_load(tmp_path: Path):
    body = (
        "Hà Văn Tú,Đại tá,Giám đốc,Công an tỉnh Lạng Sơn,2019-01-01,,a\n"  # line 2: good
        "Lý Thị Mai,Thượng tá,Phó Giám đốc\n"  # line 3: too few columns
        ",Đại tá,Phó Giám đốc,Công an tỉnh Lạng Sơn,,,a\n"  # line 4: no name
        "Nông Văn Dũng,Đại tá,Phó Giám đốc,Công an tỉnh Lạng Sơn,15/03/2020,,a\n"  # line 5
        "Vi Thị Hằng,Đại tá,Phó Giám đốc,Công an tỉnh Lạng Sơn,2021-02-30,,a\n"  # line 6
        "Hoàng Văn Thụ,Đại tá,Phó Giám đốc,Công an tỉnh Lạng Sơn,2021-01-01,2020-01-01,a\n"
        "Lục Văn Bảy,Đại úy hạng nhất,Phó Giám đốc,Công an tỉnh Lạng Sơn,,,a\n"  # line 8
        "\n"  # line 9: blank, ignored
        '"Mã Văn\nKhải",Trung tá,"Phó Trưởng phòng",Phòng Tham mưu,,,a\n'  # lines 10-11
        "Đàm Văn Cường,Trung tá,Trưởng phòng,Phòng Hậu cần,,,a,extra\n"  # line 12
        "Bế Thị Lan,,Phó Trưởng phòng,Phòng Hậu cần,2022-07,,a\n"  # line 13: good, no rank
    )
    facts = read_roster(write(tmp_path, body))
    assert [p.name for p in facts.persons] == ["Hà Văn Tú", "Mã Văn Khải", "Bế Thị Lan"]
    assert facts.persons[2].rank is None
    lines = [int(w.split("line ")[1].split(":")[0]) for w in facts.warnings]
    assert lines == [3, 4, 5, 6, 7, 8, 12]
    assert all(w.endswith("row skipped") for w in facts.warnings)
    assert "expected 7 columns, found 3" in facts.warnings[0]
    assert "no name" in facts.warnings[1]
    assert "'15/03/2020' is not an ISO date" in facts.warnings[2]
    assert "'2021-02-30'" in facts.warnings[3]
    assert "before start date" in facts.warnings[4]
    assert "unknown rank 'Đại úy hạng nhất'" in facts.warnings[5]


def test_wrong_header_is_refused(tmp_path: Path):
    path = write(tmp_path, "Hà Văn Tú,Đại tá,Giám đốc\n", header="ho_ten,cap_bac,chuc_vu\n")
    with pytest.raises(ReadError, match="roster.csv: not a roster: the header must be name,rank"):
        read_roster(path)


def test_header_with_bom_and_spaces_is_accepted(tmp_path: Path):
    path = tmp_path / "r.csv"
    path.write_bytes(
        "\ufeffname, rank, role, organisation, start, end, source\r\n"
        "Hà Văn Tú,Đại tá,Giám đốc,Công an tỉnh Lạng Sơn,,,a\r\n".encode()
    )
    assert [p.name for p in read_roster(path).persons] == ["Hà Văn Tú"]


def test_empty_roster_file_is_refused(tmp_path: Path):
    path = tmp_path / "r.csv"
    path.write_text("", encoding="utf-8")
    with pytest.raises(ReadError, match="r.csv: the file is empty"):
        read_roster(path)


def test_units_are_canonical_and_listed_once_with_their_parent(tmp_path: Path):
    body = (
        "Hà Văn Tú,Đại tá,Giám đốc,CATP Hà Nội,2019-01-01,,a\n"
        "Lý Thị Mai,Thượng tá,Phó Giám đốc,Công an TP. Hà Nội,2020,,a\n"
        "Vũ Văn Nam,Trung tá,Trưởng Công an quận,Công an quận Đống Đa,2021,,a\n"
    )
    facts = read_roster(write(tmp_path, body))
    assert [p.positions[0].organisation for p in facts.persons] == [
        "Công an thành phố Hà Nội",
        "Công an thành phố Hà Nội",
        "Công an quận Đống Đa",
    ]
    assert [(o.name, o.parent) for o in facts.organisations] == [
        ("Công an thành phố Hà Nội", "Bộ Công an"),
        ("Công an quận Đống Đa", "Công an thành phố Hà Nội"),
    ]


def test_semicolon_separated_roster_from_a_spreadsheet_is_read(tmp_path: Path):
    path = write(
        tmp_path,
        "Hà Văn Tú;Đại tá;Giám đốc;Công an tỉnh Lạng Sơn;2019-01-01;;Cổng thông tin, 2020\n",
        header="name;rank;role;organisation;start;end;source\n",
    )
    [person] = read_roster(path).persons
    assert (person.name, person.rank, person.positions[0].source) == (
        "Hà Văn Tú",
        "Đại tá",
        "Cổng thông tin, 2020",
    )
