"""Event titles built from the text: the event's noun phrase where its cue is written, and
the unit that held it (`Hội nghị tổng kết phong trào thi đua "Vì an ninh Tổ quốc" năm 2024 —
Cụm thi đua số 1`)."""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.lexicon import alternation, words
from ingest.extract.normalise import cap_first

TITLE_MAX_WORDS = 20


@cache
def _phrase_end() -> re.Pattern[str]:
    """Where an event's noun phrase stops: punctuation that closes a clause, or a word that
    starts what is said about the event (`do`, `tại`, `với sự tham dự`, a verb)."""
    stops = alternation(words("title_stops.txt"))
    # a dash between years (`giai đoạn 2015 – 2020`) and a dot inside a date (`20.11.2019`)
    # are part of the phrase
    return re.compile(rf"\s*(?:[,;:!?()]|\.(?!\d)|(?<!\d)\s[-–]\s|\s(?i:{stops})(?!\w))")


def event_title(text: str, at: int, organiser: str | None) -> str | None:
    """The title of the event whose cue starts at `at` in `text`, with its organiser."""
    stop = _phrase_end().search(text, at)
    phrase = " ".join(text[at : stop.start() if stop else len(text)].split())
    if not phrase:
        return None
    tokens = phrase.split(" ")
    if len(tokens) > TITLE_MAX_WORDS:
        phrase = " ".join(tokens[:TITLE_MAX_WORDS]) + " …"
    phrase = cap_first(phrase)
    return f"{phrase} — {organiser}" if organiser else phrase
