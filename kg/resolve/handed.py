"""The awards a document says were handed over at each of its ceremonies and conferences.

Two outlets may credit one ceremony to different organisers (the provincial police receiving an
order, the province's party committee handing it over), but both tell what was handed to whom:
an award and its recipient are evidence that two reports tell one event (`same_award`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ingest.extract.dates import find_dates
from ingest.model import Sentence
from kg.resolve.rules import award_kinds


@dataclass(frozen=True)
class Told:
    """An event or an award as its document tells it: the sentence it is told in."""

    key: str  # an event's kind; an award's `award-id recipient`
    sentence: int
    date: str | None = None  # an event's day


def handed_over(
    events: Sequence[Told],
    awards: Sequence[Told],
    sentences: Sequence[Sentence],
    doc_date: str | None,
) -> list[tuple[str, ...]]:
    """For each event, the awards handed over at it: each award goes to the ceremony or
    conference told last at or before its sentence (else the first told, a headline's award),
    unless its sentence names a day other than that event's (`Ngày 2/9/2019, … được tặng
    Huân chương …`: an award recalled, not handed over then)."""

    def days(index: int) -> set[str]:
        text = sentences[index].text if 0 <= index < len(sentences) else ""
        return {d.value for d in find_dates(text, doc_date)}

    handed: list[set[str]] = [set() for _ in events]
    hosts = [i for i, event in enumerate(events) if event.key in award_kinds()]
    for award in awards:
        before = [i for i in hosts if events[i].sentence <= award.sentence]
        at = before[-1] if before else (hosts[0] if hosts else None)
        if at is None or days(award.sentence) - {events[at].date}:
            continue
        handed[at].add(award.key)
    return [tuple(sorted(keys)) for keys in handed]
