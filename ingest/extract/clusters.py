"""Emulation clusters and blocs (`Cụm thi đua số 6`, `Khối thi đua các đơn vị nghiệp vụ`):
their names, parent unit and member units."""

from __future__ import annotations

import re

from ingest.extract.mentions import Mention

# Words that end a cluster's descriptive name: verbs, prepositions, and the unit it belongs to
# (`Khối thi đua các đơn vị nghiệp vụ Công an tỉnh X`).
_STOP = (
    r"(?:đã|đang|sẽ|gồm|bao gồm|có|được|tổ chức|do|thuộc|của|với|và|tại|trong|năm|về|cho"
    r"|Công|CA|CATP|Bộ|UBND|Ủy|Sở)"
)
_CLUSTER = re.compile(
    r"(?<!\w)(?P<head>(?i:cụm|khối) thi đua)"
    r"(?P<tail>\s+(?:số\s+)?(?:\d+|[IVX]+)\b"
    rf"|\s+(?!{_STOP}\b)[^\W\d][\w]*(?:\s+(?!{_STOP}\b)[^\W\d][\w]*){{0,6}})?"
)
_BARE_CLUSTER = re.compile(r"(?<!\w)(?:Cụm|Khối)(?!\w)(?! (?:trưởng|phó)\b)")
_MEMBERS_START = re.compile(r"(?i:\bgồm|\bbao gồm|\bthành viên là)")
_MEMBER_GAP = re.compile(r"^\s*(?:,|và|;|:)?\s*$")
_PARENT_GAP = re.compile(r"^\s*(?:,|-|–|thuộc|của)?\s*$")


def find_clusters(text: str, offset: int = 0, last: str | None = None) -> list[Mention]:
    """Cluster mentions; a bare `Cụm` or `Cụm thi đua` refers to `last`, the cluster named
    before, and is marked `back`."""
    out: list[Mention] = []
    lowered = text.lower()
    if "cụm" not in lowered and "khối" not in lowered:
        return out
    for m in _CLUSTER.finditer(text):
        head = m.group("head")
        name = head[0].upper() + head[1:].lower() + (m.group("tail") or "")
        name = " ".join(name.split())
        back = not m.group("tail")
        if back and last is None:
            continue
        value = last if back and last else name
        mention = Mention(offset + m.start(), offset + m.end(), "cluster", value)
        if back:
            mention.extra["back"] = "1"
        out.append(mention)
    if last:
        for m in _BARE_CLUSTER.finditer(text):
            if not any(c.start <= offset + m.start() < c.end for c in out):
                mention = Mention(offset + m.start(), offset + m.end(), "cluster", last)
                mention.extra["back"] = "1"
                out.append(mention)
    return out


def cluster_links(
    mentions: list[Mention], text: str
) -> list[tuple[Mention, Mention | None, list[Mention]]]:
    """(cluster, parent, members) for each newly named cluster in a sentence's mentions."""
    out = []
    for k, m in enumerate(mentions):
        if m.kind != "cluster" or m.extra.get("back"):
            continue
        parent = None
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "org" and _PARENT_GAP.match(text[m.end : nxt.start]):
            parent = nxt
        members: list[Mention] = []
        start = _MEMBERS_START.search(text, m.end)
        if start:
            following = [x for x in mentions if x.start >= start.end()]
            for x in following:
                if x.kind != "org":
                    break
                if members and not _MEMBER_GAP.match(text[members[-1].end : x.start]):
                    break
                members.append(x)
        out.append((m, parent, members))
    return out
