"""Party committees a post names without a unit's name: `Ủy viên Ban Chấp hành Đảng bộ
tỉnh` (a member of the province's party committee) and `Đảng ủy Công an tỉnh` said before the
post that names that police in full."""

from __future__ import annotations

import re

_TERRITORY_COMMITTEES = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}
_PARTY_ORGAN = re.compile(
    r"\s+(?:(?i:ban chấp hành)|BCH)\s+(?i:đảng bộ)\s+"
    r"(?P<level>(?i:tỉnh|thành phố|huyện|quận|thị xã))(?=\s*(?:,|$))"
)
# a unit's police said without its name, before a comma: `Đảng ủy Công an tỉnh, …`
_BARE_POLICE = re.compile(r"\s+[Cc]ông an\s+(?:tỉnh|thành phố|TP|huyện|quận|thị xã)(?=\s*,)")


def party_organ(text: str, end: int) -> tuple[str, tuple[str, str], int] | None:
    """`Ủy viên` + ` Ban Chấp hành Đảng bộ tỉnh` at `end`: the whole role, the committee of
    the territory it stands for (`Tỉnh ủy`, whose place comes from the unit named next or the
    article) and where the role ends."""
    organ = _PARTY_ORGAN.match(text, end)
    if organ is None:
        return None
    level = organ.group("level").lower()
    role = f"Ủy viên Ban Chấp hành Đảng bộ {level}"
    return role, (_TERRITORY_COMMITTEES[level], "territory"), organ.end()


def bare_police_end(text: str, end: int) -> int:
    """Where `Ủy viên Ban Thường vụ Đảng ủy` ends when ` Công an tỉnh,` follows it unnamed
    (the police the next post names in full), else `end`."""
    bare = _BARE_POLICE.match(text, end)
    return bare.end() if bare else end
