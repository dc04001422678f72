"""Further communes written after the first without the body (`Công an xã A, B và C`,
`Công an phường 4 và phường 5`): each one's police is a unit under the first one's unit."""

from __future__ import annotations

import re

from ingest.extract.mentions import Mention
from ingest.extract.places import RUN, surnames, trim_place

# `Công an xã Phú An Hòa và An Hóa`, `Công an phường 4 và phường 5`: further communes of the
# same level, each a word or three long, the list ending before a lower-case word or a stop
_NEXT_COMMUNE = re.compile(
    rf"\s*(?:,|và)\s*(?:(?P<level>xã|phường|thị trấn)\s+)?(?P<run>\d{{1,2}}\b|{RUN})"
)
_COMMUNE_ITEM_END = re.compile(r"\s*(?:,|và\b|[.;:)]|$)|\s+[a-zđà-ỹ]")
# what a capitalised word followed by these starts is a rank, not a commune (`và Đại tá A`)
_RANK_TAIL = re.compile(r"\s+(?:tá|úy|tướng)\b")
# capitalised words that open a post, a body or an honorific, never a commune listed after one
_NOT_COMMUNE = frozenset(
    [
        "Phó",
        "Trưởng",
        "Giám",
        "Chủ",
        "Bí",
        "Đồng",
        "Ông",
        "Bà",
        "Anh",
        "Chị",
        "Công",
        "Phòng",
        "Đội",
        "Cục",
        "Bộ",
        "Ủy",
        "Hội",
        "Sở",
        "Ban",
        "Tỉnh",
        "Thành",
        "Huyện",
        "Quận",
        "Thị",
        "Đảng",
        "Đoàn",
        "Viện",
        "Tòa",
        "Trung",
        "Thượng",
        "Thiếu",
        "Đại",
        "Cụm",
        "Khối",
        "TP",
        "Tp",
    ]
)


def more_communes(text: str, at: int, level: str, first: Mention) -> list[Mention]:
    """`Công an xã A và B`, `Công an phường A, B và C`: the police of further communes of the
    level of the first, under the same unit; a name that may be a person's (three words from a
    family name) or a word that opens a post or a body ends the list."""
    out: list[Mention] = []
    family = surnames()
    while (item := _NEXT_COMMUNE.match(text, at)) is not None:
        if item.group("level") and item.group("level") != level:
            break
        run = item.group("run")
        words = run.split()
        place = run if run.isdigit() else trim_place(run, level)
        # a number is a ward only in a list of numbered wards (`phường 4 và phường 5`), not a
        # count (`Công an phường A và 3 cá nhân`)
        counted = run.isdigit() and not (item.group("level") or (first.place or "").isdigit())
        if (
            counted
            or not place
            or place != run
            or len(words) > 3
            or words[0] in _NOT_COMMUNE
            or (len(words) == 3 and words[0] in family)
            or _RANK_TAIL.match(text, item.end())
            or not _COMMUNE_ITEM_END.match(text, item.end())
        ):
            break
        at = item.end()
        start = item.start("level") if item.group("level") else item.start("run")
        name = f"Công an {level} {place}"
        out.append(Mention(start, at, "org", name, first.parent, first.unit_kind, place))
    return out
