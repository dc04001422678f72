"""A border post is under the border-guard command written right after it: `Đồn Biên phòng
Lóng Sập, Bộ Chỉ huy BĐBP tỉnh Sơn La`, `Đồn Biên phòng Vĩnh Xương thuộc Bộ Chỉ huy BĐBP tỉnh
An Giang`, `Đồn Biên phòng X (Bộ Chỉ huy BĐBP tỉnh Y)`; the national command, whose posts
name the force bare (`Chính ủy BĐBP`)."""

from __future__ import annotations

import re

from core.kinds import UnitKind
from ingest.extract.mentions import Mention, span_free
from ingest.model import OrganisationFact

_POST = "Đồn Biên phòng "
_COMMAND = "Bộ Chỉ huy Bộ đội Biên phòng "
_GAP = re.compile(r"\s*(?:,|\(|[-–]|thuộc)?\s*")


def attach_border_posts(found: list[Mention], text: str, offset: int) -> None:
    """Give each border post without a parent the command named next to it."""
    for m in found:
        if m.parent is not None or not m.value.startswith(_POST):
            continue
        after = (n for n in found if n.start >= m.end)
        nxt = min(after, key=lambda n: n.start, default=None)
        if nxt is None or not nxt.value.startswith(_COMMAND):
            continue
        if _GAP.fullmatch(text, m.end - offset, nxt.start - offset):
            m.parent = nxt.value


NATIONAL_COMMAND = "Bộ Tư lệnh Bộ đội Biên phòng"
# `Chính ủy BĐBP`, `Phó Tư lệnh Bộ đội Biên phòng`, `Bộ Tư lệnh BĐBP`: the force as a whole,
# with no province or place after it (`Tham mưu trưởng BĐBP Lạng Sơn` is a province's)
_NATIONAL = re.compile(
    r"(?:\b(?:Tư lệnh|Chính ủy|Tham mưu trưởng)\s+|(?P<command>\bBộ Tư lệnh\s+))"
    r"(?P<force>Bộ đội Biên phòng|BĐBP)\b(?!\s*(?:[-–(]\s*)?(?:tỉnh|thành phố|TP\b|[A-ZĐ]))"
)


def find_national_command(text: str, offset: int, found: list[Mention]) -> None:
    """The national border-guard command, where a post or `Bộ Tư lệnh` names the force bare."""
    for m in _NATIONAL.finditer(text):
        start = m.start("command") if m["command"] else m.start("force")
        start, end = offset + start, offset + m.end("force")
        if not span_free(found, start, end):
            continue
        found.append(
            Mention(start, end, "org", NATIONAL_COMMAND, None, UnitKind.MINISTRY_UNIT, None)
        )


def posts_under_command(orgs: dict[str, OrganisationFact]) -> None:
    """A border post named with no command over it is under the one provincial border-guard
    command the article names (`Bộ Chỉ huy BĐBP tỉnh An Giang … Đồn Biên phòng Vĩnh Hội Đông`);
    with two commands or none it stays without a parent."""
    commands = [name for name in orgs if name.startswith(_COMMAND)]
    if len(commands) != 1:
        return
    for name, fact in orgs.items():
        if fact.parent is None and name.startswith(_POST):
            fact.parent = commands[0]
