"""Response models of the REST API (what `/openapi.json` documents)."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Ref(BaseModel):
    """A link to another record."""

    id: str = Field(examples=["cong-an-quan-dong-da"])
    kind: str = Field(examples=["unit"])
    name: str | None = Field(default=None, examples=["Công an quận Đống Đa"])
    href: str | None = Field(default=None, examples=["/units/cong-an-quan-dong-da"])


class Page(BaseModel, Generic[T]):
    """One page of a list: `total` counts every match, `items` holds at most `limit`."""

    items: list[T]
    total: int
    limit: int
    offset: int


class RankRef(BaseModel):
    id: str = Field(examples=["thieu-tuong"])
    name: str = Field(examples=["Thiếu tướng"])
    name_en: str | None = Field(default=None, examples=["Major General"])
    order: int | None = Field(default=None, description="1 = Đại tướng, 17 = Binh nhì")


class RankEntry(BaseModel):
    rank: RankRef
    date: str | None = Field(default=None, examples=["2024-01-12"])
    source: Ref


class UnitEnding(BaseModel):
    """How a unit ended: the day, the kind of change, the units it went into."""

    date: str = Field(examples=["2025-07-01"])
    kind: str | None = Field(default=None, examples=["merger"])
    into: list[Ref] = Field(default_factory=list)


class PostEntry(BaseModel):
    role: str = Field(examples=["Phó Giám đốc"])
    role_id: str = Field(examples=["pho-giam-doc"])
    unit: Ref | None = Field(default=None, description="the unit as its source names it then")
    unit_ended: UnitEnding | None = Field(
        default=None, description="the unit has since been merged or dissolved"
    )
    date: str | None = Field(default=None, description="date the post was observed")
    start: str | None = None
    end: str | None = None
    source: Ref


class RankTenure(BaseModel):
    """A rank as the summary graph keeps it: once, however many documents show it."""

    rank: RankRef
    first: str | None = Field(default=None, description="first date a source shows it")
    last: str | None = Field(default=None, description="last date a source shows it")
    sources: int = Field(description="documents showing it")
    source: Ref = Field(description="one of them")


class PostTenure(BaseModel):
    """A post (role, in a unit) as the summary graph keeps it: once, however many documents
    show it."""

    role: str = Field(examples=["Phó Giám đốc"])
    role_id: str = Field(examples=["pho-giam-doc"])
    unit: Ref | None = None
    unit_ended: UnitEnding | None = Field(
        default=None, description="the unit has since been merged or dissolved"
    )
    first: str | None = Field(default=None, description="first date a source shows it")
    last: str | None = Field(default=None, description="last date a source shows it")
    ended: str | None = Field(default=None, description="latest end date a roster gives")
    sources: int = Field(description="documents showing it")
    source: Ref = Field(description="one of them")


class PersonSummary(BaseModel):
    id: str = Field(examples=["dao-thanh-hai"])
    name: str | None = Field(default=None, examples=["Đào Thanh Hải"])
    href: str


class Person(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "dao-thanh-hai",
                    "name": "Đào Thanh Hải",
                    "names": ["Đào Thanh Hải"],
                    "current_rank": {"id": "trung-tuong", "name": "Trung tướng", "order": 3},
                    "ranks": [],
                    "posts": [],
                    "ranks_href": "/persons/dao-thanh-hai/ranks",
                    "posts_href": "/persons/dao-thanh-hai/posts",
                }
            ]
        }
    )

    id: str
    name: str | None
    names: list[str]
    current_rank: RankRef | None
    ranks: list[RankTenure] = Field(description="each rank once; per document: `ranks_href`")
    posts: list[PostTenure] = Field(description="each post once; per document: `posts_href`")
    ranks_href: str = Field(description="the rank seen in each document, paged")
    posts_href: str = Field(description="the post seen in each document, paged")


class EventSummary(BaseModel):
    id: str = Field(examples=["hoi-nghi-tong-ket-cong-tac-nam-2023"])
    title: str | None = Field(default=None, examples=["Hội nghị tổng kết công tác năm 2023"])
    date: str | None = Field(default=None, examples=["2024-01-11"])
    kind: str | None = Field(default=None, examples=["conference"])
    href: str


class Event(BaseModel):
    id: str
    title: str | None
    date: str | None
    kind: str | None
    location: list[str]
    organisers: list[Ref]
    chairs: list[Ref]
    attendees: int = Field(description="number of attendees, chairs included")
    sources: list[Ref]


class Attendee(BaseModel):
    person: Ref
    chair: bool = Field(description="true if the person chaired the event")
    rank: RankRef | None = Field(description="latest rank seen on or before the event's date")
    posts: list[PostEntry] = Field(description="posts held on the event's date")


class UnitSummary(BaseModel):
    id: str = Field(examples=["cong-an-quan-dong-da"])
    name: str | None = Field(default=None, examples=["Công an quận Đống Đa"])
    type: str | None = Field(default=None, examples=["DistrictPolice"])
    parent: Ref | None = None
    href: str


class ClusterMembershipEntry(BaseModel):
    cluster: Ref
    year: str | None = Field(default=None, examples=["2024"])
    start: str | None = Field(default=None, description="the day a source listed the unit there")
    end: str | None = Field(default=None, description="the day the unit ended")


class Leader(BaseModel):
    """A person in a post of the unit, from their tenure (the summary graph)."""

    person: Ref
    role: str
    role_id: str
    date: str | None = Field(default=None, description="the last day a source shows them in it")
    start: str | None = Field(default=None, description="the first day a source shows them in it")
    end: str | None = Field(default=None, description="the day a roster says they left it")
    source: Ref


class LineageEntry(BaseModel):
    """A unit before or after a change, and the day of that change."""

    unit: Ref
    date: str = Field(examples=["2025-07-01"])


class Unit(BaseModel):
    id: str
    name: str | None
    names: list[str]
    type: str | None
    parent: Ref | None
    subunits: list[Ref]
    clusters: list[ClusterMembershipEntry]
    leaders: list[Leader]
    sources: list[Ref] = Field(
        description="the newest documents naming the unit (all of them: `sources_href`)"
    )
    source_count: int = Field(default=0, description="how many documents name the unit")
    sources_href: str | None = Field(
        default=None, examples=["/units/cong-an-quan-dong-da/documents"]
    )
    founded: str | None = Field(default=None, examples=["2004-01-01"])
    dissolved: str | None = Field(default=None, examples=["2025-03-01"])
    predecessors: list[LineageEntry] = Field(default_factory=list)
    successors: list[LineageEntry] = Field(default_factory=list)


class ChangeSource(BaseModel):
    """A legal act that decided a change (`kind` act), or a document that reported it (doc)."""

    id: str = Field(examples=["nq-202-2025-qh15"])
    kind: str = Field(examples=["act"])
    name: str | None = None
    number: str | None = Field(default=None, examples=["202/2025/QH15"])
    date: str | None = Field(default=None, examples=["2025-06-12"])
    href: str | None = None
    # an act whose number no public report gives is known by those reports
    reports: list[str] = Field(default_factory=list)


class UnitChange(BaseModel):
    kind: Literal["merger", "dissolution", "renaming", "founding", "split"]
    date: str = Field(examples=["2025-07-01"])
    original: list[Ref]
    resulting: list[Ref]
    sources: list[ChangeSource]


class UnitHistory(BaseModel):
    id: str
    name: str | None
    founded: str | None
    dissolved: str | None
    changes: list[UnitChange]


class ClusterSummary(BaseModel):
    id: str = Field(examples=["cum-thi-dua-so-3"])
    name: str | None = Field(default=None, examples=["Cụm thi đua số 3"])
    type: str | None = Field(default=None, examples=["EmulationCluster"])
    href: str


class ClusterMember(BaseModel):
    unit: Ref
    year: str | None = None
    start: str | None = Field(
        default=None, description="the day a source listed the unit there", examples=["2026-03-10"]
    )
    end: str | None = Field(
        default=None, description="the day the unit ended (merged or dissolved)"
    )


class Cluster(BaseModel):
    id: str
    name: str | None
    type: str | None
    parent: Ref | None
    on: str | None = Field(
        default=None, description="the day `members` are for, when one was asked for"
    )
    members: list[ClusterMember]


class Award(BaseModel):
    id: str = Field(examples=["cong-an-quan-dong-da--2024"])
    award: str | None = Field(default=None, examples=["Huân chương Bảo vệ Tổ quốc hạng Ba"])
    award_id: str | None = None
    recipient: Ref | None = None
    grantor: Ref | None = None
    grantor_name: str | None = Field(default=None, examples=["Chủ tịch nước"])
    collectives: int | None = None
    individuals: int | None = None
    date: str | None = None
    source: Ref


class DocumentFacts(BaseModel):
    persons: list[Ref] = []
    units: list[Ref] = []
    clusters: list[Ref] = []
    events: list[Ref] = []
    awards: list[Ref] = []


class Document(BaseModel):
    id: str = Field(examples=["bai-hoi-nghi-2023"])
    title: str | None = None
    date: str | None = None
    url: str | None = None
    file_name: str | None = None
    kind: str | None = Field(default=None, examples=["article"])
    content_hash: str | None = None
    triples: int
    facts: DocumentFacts


class DocumentSummary(BaseModel):
    id: str = Field(examples=["2023-06-15-thang-cap-giam-doc-nghe-an"])
    title: str | None = Field(default=None, examples=["Thăng cấp bậc hàm cho Giám đốc"])
    date: str | None = Field(default=None, examples=["2023-06-15"])
    url: str | None = Field(default=None, description="where it was published, when known")
    facts: int = Field(description="triples in the document's graph")
    href: str


class UnitDocument(BaseModel):
    """A document naming a unit."""

    id: str = Field(examples=["2023-06-15-thang-cap-giam-doc-nghe-an"])
    title: str | None = None
    date: str | None = Field(default=None, examples=["2023-06-15"])
    href: str


class UnitDisagreement(BaseModel):
    """A document ends a unit on a day the reference data does not (`known`: its day, or None
    when the reference data does not end the unit)."""

    document: Ref
    unit: Ref
    kind: str = Field(examples=["dissolution"])
    said: str = Field(examples=["2025-04-15"])
    known: str | None = Field(default=None, examples=["2025-03-01"])


class StoreStatistics(BaseModel):
    """What the store holds."""

    counts: dict[str, int] = Field(description="named graphs, quads, and entities by kind")
    single_source: dict[str, int] = Field(
        description="entities of each kind known from one document only"
    )
    oldest: DocumentSummary | None = None
    newest: DocumentSummary | None = None
    undated: int = Field(description="documents without a date")
    unit_disagreements: list[UnitDisagreement] = Field(
        default_factory=list,
        description="changes of units documents report that the reference data gives otherwise",
    )


class IngestReport(BaseModel):
    """What an upload gave: the stored document and the facts found in it."""

    document: Document
    warnings: list[str] = []


class SearchHit(BaseModel):
    id: str = Field(examples=["dao-thanh-hai"])
    kind: str = Field(examples=["person"])
    name: str = Field(examples=["Đào Thanh Hải"])
    score: float = Field(description="closeness to the query, 1 = exact")
    href: str | None = None


class ErrorBody(BaseModel):
    detail: str = Field(examples=["no person with id 'khong-co'"])


class MentionRank(BaseModel):
    rank: str | None = Field(examples=["Đại tá"])
    date: str | None = None


class MentionPost(BaseModel):
    role: str = Field(examples=["Giám đốc"])
    unit: Ref | None = None
    date: str | None = Field(default=None, description="the date the article saw it")
    start: str | None = Field(default=None, description="a roster's start")
    end: str | None = None


class WhyMention(BaseModel):
    """What one document says of the entity: a person's name, ranks and posts, or an event's
    kind, organisers, place and attendees."""

    id: str = Field(description="the mention's id (judgements and joins name it)")
    document: Ref
    date: str | None = None
    name: str | None = None
    ranks: list[MentionRank] = []
    posts: list[MentionPost] = []
    kind: str | None = None
    organisers: list[Ref] = []
    attendees: list[str] = Field(default=[], description="folded names")
    location: str | None = None


class WhyJoin(BaseModel):
    """Two groups of mentions joined (each named by its first mention) and why."""

    first: str
    second: str
    score: float | None = Field(description="evidence weight; null for a curator's judgement")
    reasons: list[str]


class WhySeparation(BaseModel):
    """Another entity of the same name (or event kind and day) and why it is another."""

    other: Ref
    conflict: str | None = Field(description="what makes them two; null: evidence too weak")
    score: float
    reasons: list[str]


class JudgementEntry(BaseModel):
    id: str
    verdict: Literal["same", "different"]
    recorded: str | None = None
    note: str | None = None
    mentions: list[str]
    entities: list[Ref | None] = Field(description="the entity each mention belongs to now")


class Why(BaseModel):
    entity: Ref
    block: str = Field(description="the folded name, or the event kind and month, compared")
    mentions: list[WhyMention]
    joins: list[WhyJoin]
    separations: list[WhySeparation]
    judgements: list[JudgementEntry]


class JudgementRequest(BaseModel):
    """Two persons (or two events) are one (`same`) or two (`different`)."""

    verdict: Literal["same", "different"]
    ids: list[str] = Field(
        min_length=2,
        max_length=2,
        description="person/ID, event/ID, full IRIs, or ids as the API prints them",
        examples=[["person/le-van-tuan", "person/le-van-tuan--3f9a2c"]],
    )
    note: str | None = Field(default=None, max_length=2000)


class JudgementReport(BaseModel):
    """A recorded judgement and the entities after it."""

    id: str
    verdict: Literal["same", "different"]
    block: str
    recorded: str | None
    note: str | None
    first: Ref
    second: Ref
    retired: dict[str, str] = Field(description="ids retired by it -> their successors")
