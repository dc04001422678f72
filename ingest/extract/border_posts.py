"""A border post is under the border-guard command written right after it: `Đồn Biên phòng
Lóng Sập, Bộ Chỉ huy BĐBP tỉnh Sơn La`, `Đồn Biên phòng Vĩnh Xương thuộc Bộ Chỉ huy BĐBP tỉnh
An Giang`, `Đồn Biên phòng X (Bộ Chỉ huy BĐBP tỉnh Y)`."""

from __future__ import annotations

import re

from ingest.extract.mentions import Mention

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
