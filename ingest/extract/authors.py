"""Who made a decision the article cites: a state or party body named only as that is, like
one named only as the giver of an award, no unit the article is about."""

from __future__ import annotations

import re

from ingest.extract.mentions import Mention

# `theo Nghị quyết của Ủy ban Thường vụ Quốc hội`, `quyết định của Ban Bí thư`, `thừa lệnh
# Ban Bí thư`, `thừa ủy quyền của Thủ tướng Chính phủ`, `Thay mặt Thủ tướng Chính phủ`: the
# author of a decision or a mandate, named only as that, is no unit the article is about
_AUTHOR = re.compile(
    r"(?i:\b(?:(?:nghị quyết|quyết định|chỉ thị|nghị định|thông tư)(?:\s+số\s+\S+)?\s+của"
    r"|(?:thừa (?:lệnh|ủy quyền)|thay mặt)(?:\s+của)?"
    r"(?:\s+(?:Phó\s+)?(?:Thủ tướng|Chủ tịch|Bộ trưởng)(?:\s+Thường trực)?)?)\s+)$"
)


def named_as_author(text: str, start: int) -> bool:
    """Whether the unit named at `start` is named right after `thừa ủy quyền của`, `Nghị quyết
    của` …: the one who mandates or decides, not one who holds or receives."""
    return _AUTHOR.search(text, max(0, start - 40), start) is not None


def decision_authors(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """(start, end) of each unit named right after `Nghị quyết của`, `thừa lệnh` …"""
    # `thừa …`, or `của` after `quyết định`, `nghị quyết`, `nghị định`, `chỉ thị`, `thông tư`
    decided = "của" in text and any(w in text for w in ("uyết", "định", "hỉ thị", "hông tư"))
    if not decided and "thừa" not in text and "hay mặt" not in text:
        return []
    return [
        (m.start, m.end) for m in mentions if m.kind == "org" and named_as_author(text, m.start)
    ]
