"""Award statements read twice, or read where none is given: an award named in general and
then given, a headline's count told again in the body, the unit that owns counted recipients,
the host of a ceremony. Run once a document's statements are all read."""

from __future__ import annotations

import re

from ingest.extract.annotate import Annotated
from ingest.extract.builder import Builder
from ingest.model import AwardFact

REWARD = "khen thưởng"  # the name of an award said only by the verb


def drop_repeated(build: Builder, annotated: list[Annotated]) -> None:
    """Drops the statements of `build` that repeat another or give nothing."""
    _drop_general(build)
    _drop_headline_summary(build)
    _drop_counted_owner(build)
    _drop_hosts(build, annotated)


def _drop_general(build: Builder) -> None:
    """An award named in general (`lễ trao Huy chương "Chiến sĩ vẻ vang"`) and then given to
    someone or in classes (`hạng Nhất cho 73 đồng chí`) is the same award: one statement."""
    given = [a for a in build.facts.awards if a.recipient or a.collectives or a.individuals]
    build.facts.awards = [
        a
        for a in build.facts.awards
        if a in given or not any(_in_family(g.award, a.award) for g in given)
    ]


def _drop_counted_owner(build: Builder) -> None:
    """`… tặng Bằng khen cho 2 tập thể và 3 cá nhân thuộc Công an tỉnh X` gives X the award
    only while the article names none of those counted: named in a later sentence (`Tập thể
    được tặng Bằng khen là A và B`), they hold it."""
    awards = build.facts.awards
    build.facts.awards = [
        a
        for a in awards
        if a.recipient is None
        or (a.collectives is None and a.individuals is None)
        or a.evidence is None
        or not any(
            g.award == a.award
            and g.recipient
            and g.evidence is not None
            and g.evidence.sentence > a.evidence.sentence
            for g in awards
        )
    ]


# `Cụm thi đua số 3, Công an tỉnh X tổ chức lễ đón nhận Huân chương …`: who holds the ceremony
_HOSTS = re.compile(r"(?i:\btổ chức\s+(?:lễ\s+)?(?:đón nhận|trao tặng|trao)\s+)")


def _drop_hosts(build: Builder, annotated: list[Annotated]) -> None:
    """The units that hold a ceremony of an award (`X tổ chức lễ đón nhận Huân chương …`) are
    read as receiving it only while no later sentence hands it to another (`… trao Huân chương
    … cho Công an huyện Y`)."""
    by_index = {a.sentence.index: a for a in annotated}
    awards = build.facts.awards
    kept = []
    for a in awards:
        ann = by_index.get(a.evidence.sentence) if a.evidence is not None else None
        hosted = (
            ann is not None
            and a.recipient is not None
            and a.evidence is not None
            and _HOSTS.search(ann.text, 0, a.evidence.start - ann.sentence.start) is not None
        )
        if hosted and any(
            g.award == a.award
            and g.recipient not in (None, a.recipient)
            and g.evidence is not None
            and a.evidence is not None
            and g.evidence.sentence > a.evidence.sentence
            for g in awards
        ):
            continue
        kept.append(a)
    build.facts.awards = kept


def _in_family(given: str, named: str) -> bool:
    """`Huân chương Chiến công hạng Ba` of `Huân chương Chiến công`, `Anh hùng Lực lượng vũ trang
    nhân dân` of `Anh hùng` (a headline's short name)."""
    given, named = given.casefold(), named.casefold()
    return given == named or given.startswith(named + " ")


def _drop_headline_summary(build: Builder) -> None:
    """A headline's award (`Công an TP X đón nhận Huân chương Chiến công`) sums up what the body
    gives to others or in classes (`hạng Nhất cho Phòng PC04, …`): the body's statements stand."""
    doc = build.facts.document
    line_end = doc.text.find("\n")
    # a headline is a line of its own without a full stop; a counted statement stands alone
    if line_end < 0 or doc.text[:line_end].rstrip().endswith((".", "…")):
        return
    awards = build.facts.awards
    # `Khen thưởng 10 tập thể, cá nhân …` over a body that names the award given: a summary
    told = any(a.evidence is None or a.evidence.end > line_end for a in awards)
    build.facts.awards = [
        a
        for a in awards
        if a.evidence is None
        or a.evidence.end > line_end
        or not (told and a.award == REWARD)
        and (
            (a.collectives is not None or a.individuals is not None)
            and not _counted_again(a, awards, line_end)
            or not any(g is not a and g.recipient and _in_family(g.award, a.award) for g in awards)
        )
    ]


def _counted_again(headline: AwardFact, awards: list[AwardFact], line_end: int) -> bool:
    """`Bằng khen … cho hai tập thể, hai cá nhân …` over a body's `… cho 2 tập thể và 2 cá
    nhân …`: the headline's count is the body's statement told again."""
    return any(
        g.evidence is not None
        and g.evidence.end > line_end
        and _in_family(g.award, headline.award)
        and (g.collectives, g.individuals) == (headline.collectives, headline.individuals)
        for g in awards
    )
