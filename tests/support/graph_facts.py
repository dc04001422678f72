"""Hand-written facts (invented people, real place names) for the graph-building tests."""

from __future__ import annotations

from ingest.model import (
    AwardFact,
    ClusterFact,
    Document,
    EventFact,
    Facts,
    OrganisationFact,
    PersonFact,
    Position,
    Sentence,
    Span,
)

NGHE_AN = "Công an tỉnh Nghệ An"
NGHI_LOC = "Công an huyện Nghi Lộc"
HA_TINH = "Công an tỉnh Hà Tĩnh"
MINISTRY = "Bộ Công an"
CLUSTER = "Cụm thi đua số 3"


def document(doc_id: str, date: str | None, text: str = "", kind: str = "article") -> Document:
    text = text or f"Bài {doc_id}. Hội nghị được tổ chức trọng thể."
    first = text.index(".") + 1
    return Document(
        id=doc_id,
        text=text,
        date=date,
        title=f"Tin {doc_id}",
        source=f"examples/{doc_id}.txt",
        site="CAND.VN",
        kind=kind,
        content_hash=f"hash-{doc_id}",
        sentences=[
            Sentence(0, 0, first, text[:first]),
            Sentence(1, first + 1, len(text), text[first + 1 :]),
        ],
    )


def provincial_units(*extra: OrganisationFact) -> list[OrganisationFact]:
    return [
        OrganisationFact(MINISTRY, None, "ministry"),
        OrganisationFact(NGHE_AN, MINISTRY, "provincial_police"),
        OrganisationFact(NGHI_LOC, NGHE_AN, "district_police"),
        OrganisationFact(HA_TINH, MINISTRY, "provincial_police"),
        *extra,
    ]


def conference_2020() -> Facts:
    """Colonel Phan Đức Thịnh, deputy director in Nghệ An, chairs a cluster conference."""
    return Facts(
        document=document("hoi-nghi-cum-3-2020", "2020-06-12"),
        persons=[
            PersonFact(
                "Phan Đức Thịnh",
                "Đại tá",
                [Position("Phó Giám đốc", NGHE_AN, evidence=Span(0, 10, 0))],
                Span(0, 10, 0),
            ),
            PersonFact("Hồ Thị Mai", "Thượng tá", [Position("Trưởng Công an huyện", NGHI_LOC)]),
            PersonFact("Lê Văn Toàn", None, [Position("Giám đốc", HA_TINH)]),
        ],
        organisations=provincial_units(),
        clusters=[ClusterFact(CLUSTER, MINISTRY, [NGHE_AN, HA_TINH], Span(0, 10, 0))],
        events=[
            EventFact(
                "conference",
                "2020-06-12",
                "Hội nghị sơ kết Cụm thi đua số 3",
                "Thành phố Vinh",
                [CLUSTER],
                ["Phan Đức Thịnh"],
                ["Phan Đức Thịnh", "Hồ Thị Mai", "Lê Văn Toàn"],
                Span(11, 20, 1),
            )
        ],
        awards=[
            AwardFact("Bằng khen", NGHI_LOC, "Giám đốc Công an tỉnh Nghệ An", 4, 12, None),
            AwardFact("Bằng khen", "Hồ Thị Mai", MINISTRY, None, None, "2020-06-12"),
        ],
    )


def promotion_2023() -> Facts:
    """Three years later the same officer, now a major general and director."""
    return Facts(
        document=document("le-trao-quyet-dinh-2023", "2023-02-03"),
        persons=[
            PersonFact("phan đức  thịnh", "thiếu tướng", [Position("Giám đốc", NGHE_AN)]),
            PersonFact("Hồ Thị Mai", "Thượng tá", [Position("Trưởng Công an huyện", NGHI_LOC)]),
        ],
        organisations=provincial_units(),
        clusters=[ClusterFact(CLUSTER, MINISTRY, [NGHE_AN])],
        events=[
            EventFact(
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


def roster() -> Facts:
    """A leadership roster: intervals instead of observation dates."""
    return Facts(
        document=document("lanh-dao-nghe-an", None, kind="roster"),
        persons=[
            PersonFact(
                "Phan Đức Thịnh",
                "Thiếu tướng",
                [Position("Giám đốc", NGHE_AN, "2022-11-01", None)],
            ),
            PersonFact(
                "Trần Quốc Việt",
                "Đại tá",
                [Position("Giám đốc", NGHE_AN, "2018-01-15", "2022-10-31")],
            ),
        ],
        organisations=provincial_units(),
    )


def namesake(doc_id: str, province: str, date: str = "2021-04-01") -> Facts:
    """A `Nguyễn Văn An` serving in `province`."""
    return Facts(
        document=document(doc_id, date),
        persons=[PersonFact("Nguyễn Văn An", "Thượng tá", [Position("Phó Giám đốc", province)])],
        organisations=provincial_units(),
    )


def all_documents() -> list[Facts]:
    return [conference_2020(), promotion_2023(), roster()]
