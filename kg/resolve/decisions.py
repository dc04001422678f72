"""The numbered decisions a report of an appointment names (`Quyết định số 2468/QĐ-BCA`), read
from the sentence that tells it: two reports naming one decision for one day tell one
announcement, unless something sets them apart (the ministry's one decision on its cadres is
announced at each province's own ceremony, which different organisers or people placed in
other provinces keep apart)."""

from __future__ import annotations

import re

from core.text import fold

_NUMBER = re.compile(
    r"(?i:quyết\s+định)\s+(?:số\s*)?(\d{1,6}\s*/\s*[^\W_][\w-]*(?:\s*/\s*[^\W_][\w-]*)?)"
)


def decision_numbers(sentence: str) -> tuple[str, ...]:
    """The numbers of the decisions a sentence names, folded, without spaces."""
    return tuple(sorted({fold(re.sub(r"\s+", "", m.group(1))) for m in _NUMBER.finditer(sentence)}))
