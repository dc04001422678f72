"""Rules met writing `tests/fixtures/identity-blind-3`: a report that gives the rank before a
promotion, a move into a post a namesake held before, an appointment dated by a report's own
date line, and a party appointment named by who decided it. Mentions are invented."""

from __future__ import annotations

from dataclasses import replace

from kg.resolve.blocks import resolve_events, resolve_persons
from kg.resolve.mentions import EventMention, PersonMention, PostSeen
from kg.resolve.rules import rank_seniority

BAC_GIANG = ("cong-an-tinh-bac-giang", "bo-cong-an")
LANG_SON = ("cong-an-tinh-lang-son", "bo-cong-an")


def post(role: str, chain: tuple[str, ...], seen: str, **dates: str) -> PostSeen:
    return PostSeen(
        role, chain[0], chain, False, dates.get("start"), dates.get("end"), seen, chain[0]
    )


def officer(doc: str, date: str, rank: str, *posts: PostSeen) -> PersonMention:
    seniority = rank_seniority(rank)
    assert seniority is not None
    context = tuple(sorted({c for p in posts for c in p.chain}))
    return PersonMention(doc, 1, "Mai Xuân Định", date, ((seniority, date),), posts, context)


def people(*mentions: PersonMention) -> int:
    return len(resolve_persons(mentions).clustering.groups)


def director(doc: str, date: str, rank: str) -> PersonMention:
    return officer(doc, date, rank, post("Giám đốc", BAC_GIANG, date))


def test_a_rank_a_step_lower_weeks_later_in_the_same_head_post_is_a_late_report():
    # the promotion is known to one outlet in September, another still writes Đại tá in October
    assert (
        people(
            director("a", "2022-03-10", "Đại tá"),
            director("b", "2022-09-20", "Thiếu tướng"),
            director("c", "2022-10-11", "Đại tá"),
            director("d", "2023-05-02", "Thiếu tướng"),
        )
        == 1
    )


def test_a_lower_rank_in_a_deputy_post_or_long_after_is_still_another_person():
    def deputy(doc: str, date: str, rank: str) -> PersonMention:
        return officer(doc, date, rank, post("Phó Giám đốc", BAC_GIANG, date))

    assert (
        people(deputy("a", "2022-09-20", "Thiếu tướng"), deputy("b", "2022-10-11", "Đại tá")) == 2
    )
    assert (
        people(director("a", "2022-09-20", "Thiếu tướng"), director("b", "2023-09-11", "Đại tá"))
        == 2
    )


def test_two_ranks_lower_in_the_same_head_post_is_no_late_report():
    assert (
        people(director("a", "2022-09-20", "Thiếu tướng"), director("b", "2022-10-11", "Thượng tá"))
        == 2
    )


def test_a_move_into_a_post_joins_the_officer_it_moves_from_not_the_one_who_held_it():
    # two deputy directors of one name in neighbouring provinces; the Lạng Sơn one is placed in
    # Bắc Giang on the day the Bắc Giang one's roster row ends
    lang_son = officer("a", "2024-02-20", "Đại tá", post("Phó Giám đốc", LANG_SON, "2024-02-20"))
    bac_giang = officer(
        "b",
        "2023-01-01",
        "Đại tá",
        post("Phó Giám đốc", BAC_GIANG, "2023-01-01", start="2023-01-01", end="2025-06-30"),
    )
    moved = officer(
        "c",
        "2025-06-30",
        "Đại tá",
        post("Phó Giám đốc", LANG_SON, "2025-06-30"),
        post("Phó Giám đốc", BAC_GIANG, "2025-06-30"),
    )
    later = officer("d", "2025-09-02", "Đại tá", post("Phó Giám đốc", BAC_GIANG, "2025-09-02"))
    iris = resolve_persons([lang_son, bac_giang, moved]).iri_of()
    assert iris[moved.key] == iris[lang_son.key] != iris[bac_giang.key]
    # one seen in the post after the move is the one who moved into it, not one who left it
    iris = resolve_persons([lang_son, moved, later]).iri_of()
    assert iris[later.key] == iris[moved.key]


def event(
    doc: str, kind: str, date: str, doc_date: str, organisers: tuple[str, ...], *people: str
) -> EventMention:
    return EventMention(
        doc, 1, kind, date, f"event/{doc}", organisers, people, None, doc_date, ("bo-cong-an",)
    )


def events(*mentions: EventMention) -> int:
    return len(resolve_events(mentions).clustering.groups)


def test_an_appointment_dated_by_a_report_s_own_date_line_the_day_after_is_one():
    # the appointee and the director who handed him the decision, in both reports
    both = ("mai xuan dinh", "vu dinh hoa")
    first = event("a", "appointment", "2023-09-06", "2023-09-06", BAC_GIANG[:1], *both)
    later = event("b", "appointment", "2023-09-07", "2023-09-07", BAC_GIANG[:1], *both)
    assert events(first, later) == 1
    # dated the day after in its text under a later date line, it is another day's
    told = event("c", "appointment", "2023-09-07", "2023-09-08", BAC_GIANG[:1], *both)
    assert events(first, told) == 2
    # the next day's appointment of another officer by the same director stays another
    other = event(
        "d", "appointment", "2023-09-07", "2023-09-07", BAC_GIANG[:1], "lo van som", both[1]
    )
    assert events(first, other) == 2


def test_the_ceremony_announcing_an_appointment_dated_the_day_after_is_one():
    both = ("mai xuan dinh", "vu dinh hoa")
    first = event("a", "ceremony", "2023-09-06", "2023-09-06", BAC_GIANG[:1], *both)
    later = event("b", "ceremony", "2023-09-07", "2023-09-07", BAC_GIANG[:1], *both)
    # a ceremony that announces no appointment is held to its day: one unit holds ceremonies
    # on two days running
    assert events(first, later) == 2
    first, later = replace(first, announces=True), replace(later, announces=True)
    assert events(first, later) == 1
    # one guest at both is not enough
    other = replace(
        event("d", "ceremony", "2023-09-07", "2023-09-07", BAC_GIANG[:1], "lo van som", both[1]),
        announces=True,
    )
    assert events(first, other) == 2


def test_meetings_of_one_unit_on_two_days_running_stay_two():
    monday = event("a", "conference", "2023-09-04", "2023-09-04", BAC_GIANG[:1], "mai xuan dinh")
    tuesday = event("b", "conference", "2023-09-05", "2023-09-05", BAC_GIANG[:1], "mai xuan dinh")
    assert events(monday, tuesday) == 2


def test_a_party_appointment_named_by_who_decided_it_is_the_one_announced():
    announced = event("a", "appointment", "2023-05-09", "2023-05-09", ("tinh-uy-bac-giang",), "x")
    decided = event("b", "appointment", "2023-05-09", "2023-05-10", ("bo-chinh-tri",), "x")
    assert events(announced, decided) == 1
    # two provinces' committees announcing one day are still two events
    elsewhere = event("c", "appointment", "2023-05-09", "2023-05-09", ("tinh-uy-lang-son",), "x")
    assert events(announced, elsewhere) == 2


def test_a_report_naming_the_province_joins_its_department_s_event_not_a_district_s():
    # one day, two ceremonies: the traffic department's (told by two outlets, one naming the
    # provincial police) and a district's; the deputy director attends both, the department
    # head only the first; the outlet naming the province must not bridge the two
    department = ("phong-canh-sat-giao-thong--cong-an-tinh-ha-tinh",)
    province, district = ("cong-an-tinh-ha-tinh",), ("cong-an-huyen-huong-son",)
    first = replace(
        event("a", "ceremony", "2025-03-12", "2025-03-12", department, "lo", "kien"),
        above=province + ("bo-cong-an",),
    )
    second = event("b", "ceremony", "2025-03-12", "2025-03-13", province, "kien")
    third = replace(
        event("c", "ceremony", "2025-03-12", "2025-03-12", district, "lo"),
        above=province + ("bo-cong-an",),
    )
    groups = resolve_events([first, second, third]).clustering.groups
    assert sorted(map(len, groups)) == [1, 2]


def test_two_provinces_appointments_of_one_day_are_two_and_the_ministry_s_own_is_one():
    # each province's police announces its director, the minister handing over both decisions
    tuyen_quang = replace(
        event(
            "a",
            "appointment",
            "2025-06-28",
            "2025-06-28",
            ("cong-an-tinh-tuyen-quang",),
            "thuong",
            "luong",
        ),
        placed=(("thuong", "tuyen-quang"), ("thuong", "ha-giang")),
    )
    lao_cai = replace(
        event(
            "b",
            "appointment",
            "2025-06-28",
            "2025-06-28",
            ("cong-an-tinh-lao-cai",),
            "nghia",
            "luong",
        ),
        placed=(("nghia", "lao-cai"), ("nghia", "yen-bai")),
    )
    # another outlet the next day names the new post only, and the minister
    again = replace(
        event("c", "appointment", "2025-06-28", "2025-06-29", (), "thuong", "luong"),
        placed=(("thuong", "tuyen-quang"),),
    )
    groups = resolve_events([tuyen_quang, lao_cai, again]).clustering.groups
    assert sorted(map(len, groups)) == [1, 2]
    assert [0, 2] in groups
    # the ministry holds the ceremony itself: one decision on its cadres, each province's
    # outlet telling its own director alone, with no person and no province in common
    ministry = ("bo-cong-an",)
    held = [replace(m, organisers=ministry) for m in (tuyen_quang, lao_cai)]
    assert events(*held) == 1
    # and not when it is told on two days
    later = replace(held[1], date="2025-06-30", doc_date="2025-06-30")
    assert events(held[0], later) == 2


def test_a_provincial_party_post_goes_with_the_director_not_a_district_namesake():
    # `đồng chí X, Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên` with no police post: the director of
    # the province's police sits on its standing committee, not a district's deputy chief
    province = "cong-an-tinh-dien-bien"
    district = "cong-an-huyen-tuan-giao"

    def posted(doc: str, date: str, rank: str, role: str, unit: str) -> PersonMention:
        post = PostSeen(role, unit, (unit, province), False, seen=date, province=province)
        ranks = ((rank_seniority(rank), date),)
        return PersonMention(doc, 1, "Lường Văn Khiết", date, ranks, (post,), (unit,))

    deputy = posted("a", "2022-03-08", "Thiếu tá", "Phó Trưởng Công an huyện", district)
    director = posted("b", "2022-09-08", "Đại tá", "Giám đốc", province)
    seat = PostSeen(
        "Ủy viên Ban Thường vụ",
        "tinh-uy-dien-bien",
        ("tinh-uy-dien-bien",),
        True,
        seen="2023-05-10",
        province=province,
    )
    party = PersonMention("c", 1, "Lường Văn Khiết", "2023-05-10", (), (seat,), ())
    iris = resolve_persons([deputy, director, party]).iri_of()
    assert iris[party.key] == iris[director.key] != iris[deputy.key]
