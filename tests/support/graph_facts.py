"""Hand-written facts (invented people, real place names) for the graph-building tests."""

from __future__ import annotations

from ingest import model

NGHE_AN = "Công an tỉnh Nghệ An"
NGHI_LOC = "Công an huyện Nghi Lộc"
HA_TINH = "Công an tỉnh Hà Tĩnh"
MINISTRY = "Bộ Công an"
CLUSTER = "Cụm thi đua số 3"


def document(
    doc_id: str, date: str | None, text: str = "", kind: str = "article"
) -> model.Document:
    text = text or f"Bài {doc_id}. Hội nghị được tổ chức trọng thể."
    first = text.index(".") + 1
    return model.Document(
        id=doc_id,
        text=text,
        date=date,
        title=f"Tin {doc_id}",
        source=f"examples/{doc_id}.txt",
        site="CAND.VN",
        kind=kind,
        content_hash=f"hash-{doc_id}",
        sentences=[
            model.Sentence(0, 0, first, text[:first]),
            model.Sentence(1, first + 1, len(text), text[first + 1 :]),
        ],
    )


def provincial_units(*extra: model.OrganisationFact) -> list[model.OrganisationFact]:
    return [
        model.OrganisationFact(MINISTRY, None, "ministry"),
        model.OrganisationFact(NGHE_AN, MINISTRY, "provincial_police"),
        model.OrganisationFact(NGHI_LOC, NGHE_AN, "district_police"),
        model.OrganisationFact(HA_TINH, MINISTRY, "provincial_police"),
        *extra,
    ]


def article(doc_id: str, date: str, *persons: model.PersonFact) -> model.Facts:
    """An article naming these people and the units of their posts, no others."""
    named = {pos.organisation for p in persons for pos in p.positions} | {MINISTRY}
    return model.Facts(
        document=document(doc_id, date),
        persons=list(persons),
        organisations=[o for o in provincial_units() if o.name in named],
    )


def conference_2020() -> model.Facts:
    """Colonel Phan Đức Thịnh, deputy director in Nghệ An, chairs a cluster conference."""
    return model.Facts(
        document=document("hoi-nghi-cum-3-2020", "2020-06-12"),
        persons=[
            model.PersonFact(
                "Phan Đức Thịnh",
                "Đại tá",
                [model.Position("Phó Giám đốc", NGHE_AN, evidence=model.Span(0, 10, 0))],
                model.Span(0, 10, 0),
            ),
            model.PersonFact(
                "Hồ Thị Mai", "Thượng tá", [model.Position("Trưởng Công an huyện", NGHI_LOC)]
            ),
            model.PersonFact("Lê Văn Toàn", None, [model.Position("Giám đốc", HA_TINH)]),
        ],
        organisations=provincial_units(),
        clusters=[model.ClusterFact(CLUSTER, MINISTRY, [NGHE_AN, HA_TINH], model.Span(0, 10, 0))],
        events=[
            model.EventFact(
                "conference",
                "2020-06-12",
                "Hội nghị sơ kết Cụm thi đua số 3",
                "Thành phố Vinh",
                [CLUSTER],
                ["Phan Đức Thịnh"],
                ["Phan Đức Thịnh", "Hồ Thị Mai", "Lê Văn Toàn"],
                model.Span(11, 20, 1),
            )
        ],
        awards=[
            model.AwardFact("Bằng khen", NGHI_LOC, "Giám đốc Công an tỉnh Nghệ An", 4, 12, None),
            model.AwardFact("Bằng khen", "Hồ Thị Mai", MINISTRY, None, None, "2020-06-12"),
        ],
    )


def promotion_2023() -> model.Facts:
    """Three years later the same officer, now a major general and director."""
    return model.Facts(
        document=document("le-trao-quyet-dinh-2023", "2023-02-03"),
        persons=[
            model.PersonFact(
                "phan đức  thịnh", "thiếu tướng", [model.Position("Giám đốc", NGHE_AN)]
            ),
            model.PersonFact(
                "Hồ Thị Mai", "Thượng tá", [model.Position("Trưởng Công an huyện", NGHI_LOC)]
            ),
        ],
        organisations=provincial_units(),
        clusters=[model.ClusterFact(CLUSTER, MINISTRY, [NGHE_AN])],
        events=[
            model.EventFact(
                "ceremony",
                "2023-02-03",
                "Lễ công bố quyết định",
                None,
                [NGHE_AN],
                [],
                ["phan đức  thịnh", "Hồ Thị Mai"],
            )
        ],
    )


def roster() -> model.Facts:
    """A leadership roster: intervals instead of observation dates."""
    return model.Facts(
        document=document("lanh-dao-nghe-an", None, kind="roster"),
        persons=[
            model.PersonFact(
                "Phan Đức Thịnh",
                "Thiếu tướng",
                [model.Position("Giám đốc", NGHE_AN, "2022-11-01", None)],
            ),
            model.PersonFact(
                "Trần Quốc Việt",
                "Đại tá",
                [model.Position("Giám đốc", NGHE_AN, "2018-01-15", "2022-10-31")],
            ),
        ],
        organisations=provincial_units(),
    )


def namesake(doc_id: str, province: str, date: str = "2021-04-01") -> model.Facts:
    """A `Nguyễn Văn An` serving in `province`."""
    return model.Facts(
        document=document(doc_id, date),
        persons=[
            model.PersonFact(
                "Nguyễn Văn An", "Thượng tá", [model.Position("Phó Giám đốc", province)]
            )
        ],
        organisations=provincial_units(),
    )


def meeting(doc_id: str, organiser: str, date: str = "2022-03-08") -> model.Facts:
    """A conference on `date` organised by `organiser`, no attendee named."""
    return model.Facts(
        document=document(doc_id, date),
        organisations=provincial_units(),
        events=[model.EventFact("conference", date, None, None, [organiser], [], [])],
    )


def all_documents() -> list[model.Facts]:
    return [conference_2020(), promotion_2023(), roster()]


BEN_TRE = "Công an tỉnh Bến Tre"
VINH_LONG = "Công an tỉnh Vĩnh Long"
REGROUPED_CLUSTER = "Cụm thi đua số 5"


def cluster_listing(doc_id: str, date: str, cluster: str, members: list[str]) -> model.Facts:
    """A document listing the member provincial police of a cluster of the ministry."""
    return model.Facts(
        document=document(doc_id, date),
        organisations=[
            model.OrganisationFact(MINISTRY, None, "ministry"),
            *(model.OrganisationFact(m, MINISTRY, "provincial_police") for m in members),
        ],
        clusters=[model.ClusterFact(cluster, MINISTRY, members, model.Span(0, 10, 0))],
    )


def regrouped_clusters() -> list[model.Facts]:
    """Cụm thi đua số 3 listed in 2023 with Bến Tre (merged into Vĩnh Long on 2025-07-01);
    after the reorganisation the ministry regroups its clusters and Nghệ An moves."""
    return [
        cluster_listing("cum-3-nam-2023", "2023-04-20", CLUSTER, [NGHE_AN, HA_TINH, BEN_TRE]),
        cluster_listing("cum-5-nam-2026", "2026-03-10", REGROUPED_CLUSTER, [NGHE_AN, VINH_LONG]),
    ]


def posts_before_the_reorganisation() -> model.Facts:
    """A 2023 article: the director of Bến Tre's police (merged into Vĩnh Long's on
    2025-07-01) and the head of a district police of Nghệ An (dissolved on 2025-03-01)."""
    return model.Facts(
        document=document("giao-ban-2023", "2023-05-08"),
        persons=[
            model.PersonFact("Trương Minh Khải", "Đại tá", [model.Position("Giám đốc", BEN_TRE)]),
            model.PersonFact(
                "Hồ Thị Mai", "Thượng tá", [model.Position("Trưởng Công an huyện", NGHI_LOC)]
            ),
        ],
        organisations=provincial_units(
            model.OrganisationFact(BEN_TRE, MINISTRY, "provincial_police")
        ),
    )
