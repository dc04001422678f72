"""The values that flow through ingestion: a read document, and the facts found in it.

`Facts` mirrors the gold format of the evaluation (`to_gold`) and adds what the graph needs
beyond it: evidence spans (character offsets into `Document.text`), dates, chairs, titles."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into the document text, and the sentence they fall in."""

    start: int
    end: int
    sentence: int = -1


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A source as read: normalised text plus what the reader learnt about it."""

    id: str  # file name without extension, or a slug of the URL
    text: str  # NFC, the body the offsets refer to
    date: str | None = None  # ISO date or year-month from the date line
    title: str | None = None
    source: str | None = None  # file path or URL
    site: str | None = None  # publishing site, e.g. ANTD.VN
    kind: str = "article"  # article | roster
    content_hash: str = ""
    fetched_at: str | None = None  # ISO UTC time a fetched page was received
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Position:
    role: str
    organisation: str | None
    start: str | None = None  # rosters give intervals; articles give an observation date
    end: str | None = None
    evidence: Span | None = None
    source: str | None = None  # a roster row's own source (site and date)
    # `nguyên Giám đốc …`: a post left before the article; `end` is then the article's date
    former: bool = False


@dataclass
class PersonFact:
    name: str
    rank: str | None = None
    positions: list[Position] = field(default_factory=list)
    evidence: Span | None = None
    # the text says this is another person of a name it named before (`trùng họ tên là …`)
    namesake: bool = False


@dataclass
class OrganisationFact:
    name: str
    parent: str | None = None
    kind: str | None = None  # a core.kinds.UnitKind
    evidence: Span | None = None


@dataclass
class ClusterFact:
    name: str
    parent: str | None = None
    members: list[str] = field(default_factory=list)
    evidence: Span | None = None


@dataclass
class EventFact:
    kind: str  # conference | ceremony | signing | campaign | appointment | other
    date: str | None = None
    title: str | None = None
    location: str | None = None
    organisers: list[str] = field(default_factory=list)
    chair: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)
    evidence: Span | None = None


@dataclass
class AwardFact:
    award: str
    recipient: str | None = None
    grantor: str | None = None
    collectives: int | None = None
    individuals: int | None = None
    date: str | None = None
    evidence: Span | None = None


@dataclass
class UnitChangeFact:
    """A change of units an article reports: `kind` (merger, dissolution, renaming, founding,
    split) on `date`, from the `original` units to the `resulting` ones (the founding body is
    the original unit of a founding)."""

    kind: str
    date: str
    original: list[str] = field(default_factory=list)
    resulting: list[str] = field(default_factory=list)
    evidence: Span | None = None


@dataclass
class Facts:
    """Everything extracted from one document."""

    document: Document
    persons: list[PersonFact] = field(default_factory=list)
    organisations: list[OrganisationFact] = field(default_factory=list)
    clusters: list[ClusterFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    awards: list[AwardFact] = field(default_factory=list)
    changes: list[UnitChangeFact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_gold(self) -> dict[str, Any]:
        """The JSON shape of `shared/eval/GOLD-FORMAT.md`."""
        return {
            "article": self.document.id,
            "date": self.document.date,
            "persons": [
                {
                    "name": p.name,
                    "rank": p.rank,
                    "positions": [_position(pos) for pos in p.positions],
                }
                for p in self.persons
            ],
            "organisations": [{"name": o.name, "parent": o.parent} for o in self.organisations],
            "clusters": [
                {"name": c.name, "parent": c.parent, "members": list(c.members)}
                for c in self.clusters
            ],
            "events": [
                {
                    "kind": e.kind,
                    "date": e.date,
                    "organisers": list(e.organisers),
                    "attendees": list(e.attendees),
                }
                for e in self.events
            ],
            "awards": [
                {
                    "award": a.award,
                    "grantor": a.grantor,
                    "recipient": a.recipient,
                    "collectives": a.collectives,
                    "individuals": a.individuals,
                }
                for a in self.awards
            ],
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, evidence included (for debugging and `kg extract --full`)."""
        data = asdict(self)
        data["document"].pop("text", None)
        return data


def _position(pos: Position) -> dict[str, Any]:
    out: dict[str, Any] = {"role": pos.role, "organisation": pos.organisation}
    if pos.former:
        out["former"] = True
    return out
