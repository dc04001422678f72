"""Career steps: repeated sightings of one rank or post become one step on the timeline."""

from __future__ import annotations

from viz.career import Observation, latest_rank, steps


def seen(what, value, date, source, unit_id=None, end=None):
    return Observation(
        what, value, "Công an tỉnh A" if unit_id else None, unit_id, date, end, source
    )


def test_repeated_sightings_merge_into_one_step_from_first_to_last_date():
    career = steps(
        [
            seen("rank", "Đại tá", "2020-05", "doc/b"),
            seen("rank", "Đại tá", "2019-01-02", "doc/a"),
            seen("post", "Giám đốc", "2020-05", "doc/b", unit_id="unit/a"),
            seen("rank", "Thiếu tướng", "2022-09-01", "doc/c"),
        ]
    )
    assert [(s.what, s.value, s.date, s.last) for s in career] == [
        ("rank", "Đại tá", "2019-01-02", "2020-05"),
        ("post", "Giám đốc", "2020-05", None),
        ("rank", "Thiếu tướng", "2022-09-01", None),
    ]
    assert career[0].sources == ["doc/a", "doc/b"]
    assert latest_rank(career) == "Thiếu tướng"


def test_the_same_role_in_two_units_is_two_steps_and_roster_ends_are_kept():
    career = steps(
        [
            seen("post", "Phó Giám đốc", "2015-01-01", "doc/r", unit_id="unit/a", end="2018-06-30"),
            seen("post", "Phó Giám đốc", "2018-07-01", "doc/r", unit_id="unit/b"),
        ]
    )
    assert [(s.unit_id, s.date, s.end) for s in career] == [
        ("unit/a", "2015-01-01", "2018-06-30"),
        ("unit/b", "2018-07-01", None),
    ]
    assert latest_rank(career) is None


def test_undated_sightings_sort_first_and_keep_their_step():
    career = steps(
        [
            seen("rank", "Trung tá", None, "doc/x"),
            seen("rank", "Đại tá", "2021", "doc/y"),
        ]
    )
    assert [s.value for s in career] == ["Trung tá", "Đại tá"]
    assert latest_rank(career) == "Đại tá"
