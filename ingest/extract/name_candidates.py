"""Name candidates: runs of capitalised syllables that may name a person, and the honorifics
(`ông`, `đồng chí` …) that may introduce them, in a sentence whose other mentions are masked."""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.gazetteer import gazetteer
from ingest.extract.lexicon import alternation, leading, words
from ingest.extract.mentions import Mention
from ingest.extract.normalise import LOWER, UPPER
from ingest.extract.places import surnames

# a capitalised syllable; Lao and other transliterated names join syllables by hyphens
_SYLLABLE = rf"[{UPPER}][{LOWER}]*(?:-[{UPPER}{LOWER}][{LOWER}]*)*"
# `Tống Xuân Hòa-Giám đốc …`: a dash before a masked post ends the name
# The first capital before the lookbehind, for the regex engine to skip to capitals.
# `K'Văn Mười`: a K'Ho family mark joined to the next syllable by an apostrophe
# `Trần H. Nghị`, `Trần H.Nghị`: a middle name written as an initial and a dot, right after
# the family name (`Nguyễn Văn A. Sau đó …` is a masked name ending its sentence)
_INITIAL = rf"[{UPPER}]\.(?: (?=[{UPPER}])|(?=[{UPPER}][{LOWER}]))"
_NAME = re.compile(
    rf"[{UPPER}](?<![\w|-].)(?:['’][{UPPER}])?[{LOWER}]*(?:-[{UPPER}{LOWER}][{LOWER}]*)*"
    rf"(?:(?: {_INITIAL}{_SYLLABLE}|(?: {_SYLLABLE}){{1}})(?: {_SYLLABLE}){{0,4}})(?![\w|])(?!-\w)"
)


@cache
def _honorific_re() -> re.Pattern[str]:
    items = words("honorifics.txt")
    return re.compile(leading(items, (r"[\w|]",)) + r"(?![\w|])")


def find_honorifics(masked: str, offset: int = 0) -> list[Mention]:
    out: list[Mention] = []
    for m in _honorific_re().finditer(masked):
        # `ông Ông Văn Thuận`: a capitalised honorific word right after one is a family name
        if out and m.group(0)[0].isupper() and not masked[out[-1].end - offset : m.start()].strip():
            continue
        # `Đại tá Ông Thế Vinh`: so is a capitalised one right after a rank or a post
        if m.group(0)[0].isupper() and masked[: m.start()].rstrip().endswith("|"):
            continue
        out.append(Mention(offset + m.start(), offset + m.end(), "honorific", m.group(0).lower()))
    return out


@cache
def _address_before() -> re.Pattern[str]:
    """The end of a text that makes the name after it a place: a street word (`phố`,
    `nghĩa trang`, `address_before.txt`) or a house number (`số 5`, `(47A`)."""
    cues = alternation(words("address_before.txt"))
    return re.compile(rf"(?:(?<!\w)(?i:{cues})|(?:(?<!\w)số|\()\s*\d+[\w/]*)\s+$")


# `Cục Cảnh sát phòng, chống tội phạm` cut at its comma: a police unit's head word is never
# a family name
_POLICE_HEADS = frozenset({"Cục", "Phòng", "Đội", "Bộ"})


@cache
def _unit_heads() -> frozenset[str]:
    """One-word heads of bodies' names (`Sở`, `Ban`, `Viện` …): no family name starts so."""
    return frozenset(w for w in words("unit_heads.txt") if " " not in w)


@cache
def _lunar_years() -> tuple[frozenset[str], frozenset[str]]:
    stems, branches = words("lunar_years.txt")
    return frozenset(stems.split()), frozenset(branches.split())


def find_names(masked: str, offset: int = 0) -> list[Mention]:
    """Name candidates in a sentence whose other mentions are masked with `|`."""
    out = []
    family = surnames()
    for m in _NAME.finditer(masked):
        parts = m.group(0).split(" ")
        start = m.start()
        # `Anh Lò Văn Sinh` at the start of a sentence: the name begins at the family name
        # (`Bắc Trà My`, a district, keeps its first word)
        while (
            len(parts) > 2
            and parts[0] not in family
            and parts[1] in family
            and not gazetteer().is_place(" ".join(parts))
        ):
            start += len(parts[0]) + 1
            parts = parts[1:]
        if len(parts) > 4:
            parts = parts[:4] if parts[0] in family else parts[:0]
        if len(parts) < 2 or parts[0] in _unit_heads() or parts[0] in _POLICE_HEADS:
            continue  # `Sở Tư pháp`, `Ban Giám đốc`: a body's name, not a person's
        if _address_before().search(masked, max(0, start - 24), start):
            continue  # `số 5 Trần Thánh Tông`, `phố Lê Duẩn`: a street
        stems, branches = _lunar_years()
        if len(parts) == 2 and parts[0] in stems and parts[1] in branches:
            continue  # `Tết Giáp Thìn`: a year
        text = " ".join(parts)
        out.append(Mention(offset + start, offset + start + len(text), "name", text))
    return out
