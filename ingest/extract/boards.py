"""Boards of a party committee or a council named after a post word: `Trưởng Ban Tuyên giáo
Tỉnh ủy`, `Chủ nhiệm Ủy ban Kiểm tra`, `trưởng Ban tổ chức Tỉnh ủy`. The role keeps the
board's name, as `boards.txt` writes it."""

from __future__ import annotations

import re
from functools import cache

from ingest.extract.lexicon import alternation, words

# in lower case only before the party committee it belongs to (`trưởng Ban tổ chức Tỉnh ủy`),
# not `Trưởng ban tổ chức hội thi`, the head of an event's organisers; `|` is a masked unit
_LOWER = r"(?=\s+(?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy\b|Trung ương\b|\|))"


def _board_pattern(names: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    names_re = alternation(names)
    return re.compile(rf"\s+(?:(?P<board>{names_re})|(?P<low>(?i:{names_re})){_LOWER})(?!\w)")


@cache
def _board_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A board's name after a post word: without `Ban` after `Trưởng Ban`, whole after others."""
    boards = words("boards.txt")
    short = [b[len("Ban ") :] for b in boards if b.startswith("Ban ")]
    return _board_pattern(short), _board_pattern(boards)


@cache
def _board_names() -> dict[str, str]:
    """Lower-cased board name, with and without `Ban`, -> as written in `boards.txt`."""
    boards = words("boards.txt")
    out = {b.lower(): b for b in boards}
    out.update({b[len("Ban ") :].lower(): b[len("Ban ") :] for b in boards if b.startswith("Ban ")})
    return out


def board_after(role: str, text: str, end: int) -> tuple[str, int] | None:
    """The role with the board named at `end` (`Trưởng Ban` + ` Tuyên giáo`), and where the
    board ends; None when no board follows."""
    after_ban = role.endswith(" Ban") or role.endswith(" ban")
    board = _board_res()[0 if after_ban else 1].match(text, end)
    if board is None:
        return None
    head = role[: -len(" ban")] + " Ban" if after_ban else role
    name = board.group("board") or _board_names()[board.group("low").lower()]
    return f"{head} {name}", board.end()
