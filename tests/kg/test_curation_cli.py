"""`kg same`, `kg different` and `kg explain` as a user runs them: one line said, non-zero exit
and a one-line error when refused."""

from __future__ import annotations

import pytest
from support.graph_facts import HA_TINH, NGHE_AN, meeting, namesake
from support.identity_store import events_of, one, write
from support.project import run_kg

from core.ids import local_id
from kg.store import OxigraphStore

NAME = "Nguyễn Văn An"


@pytest.fixture
def store(tmp_path):
    """Two namesakes in two provinces, and a meeting: ids of the three."""
    path = tmp_path / "kg"
    disk = OxigraphStore(path)
    write(disk, namesake("tin-nghe-an", NGHE_AN))
    write(disk, namesake("tin-ha-tinh", HA_TINH))
    write(disk, meeting("hop-nghe-an", NGHE_AN))
    ids = (
        local_id(one(disk, "tin-nghe-an", NAME)),
        local_id(one(disk, "tin-ha-tinh", NAME)),
        local_id(events_of(disk, "hop-nghe-an").pop()),
    )
    disk.close()
    return path, ids


def test_same_then_explain(store):
    path, (first, second, _) = store
    done = run_kg("same", f"person/{first}", second, "--note", "one officer", store=path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"recorded: person/{first} and {second} are one person: person/nguyen-van-an"
    )
    retired = ({first, second} - {"nguyen-van-an"}).pop()
    assert f"retired person/{retired} -> person/nguyen-van-an" in done.stderr
    # the retired id, as the API prints it, still names the person
    told = run_kg("explain", retired, store=path)
    assert told.returncode == 0, told.stderr
    lines = told.stdout.splitlines()
    assert lines[0].startswith("person/nguyen-van-an  block 'nguyen van an', 2 mention(s)")
    assert sum("mention/" in line for line in lines) == 2
    assert any(line.startswith("  judged same ") and "one officer" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("same", "person/khong-co-ai", "person/nguyen-van-an"), "no person, event or mention"),
        (("different", "person/nguyen-van-an", "EVENT"), "a person and a event"),
        (("explain", "unit/cong-an-tinh-nghe-an"), "not a person, event or mention id"),
    ],
)
def test_refusals_are_one_line_and_a_non_zero_exit(store, args, message):
    path, (_, _, event) = store
    done = run_kg(*(event if a == "EVENT" else a for a in args), store=path)
    assert done.returncode != 0
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("error: ") and message in done.stderr
