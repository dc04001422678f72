"""Organisers an event mention counts beyond those the extractor wrote for the event.

Two reports of one event often name different units as its organiser: an emulation cluster's
conference is `của Cụm thi đua số 4` hosted by a member in one report and the cluster's own in
another; a signing is `A và B ký kết` in one and `B ký ... với A` in the other. Both name the
cluster, or both parties, in the sentence that reports the event, so the mention record
(evidence for resolution, not a fact of the graph) counts them as organisers too."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rdflib import URIRef

from core.text import fold
from kg.resolve.rules import party_kinds
from kg.resolve.units import Resolution, cluster_iri


def _named(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", text) is not None


def sentence_organisers(
    kind: str,
    sentence: str,
    organisers: Sequence[URIRef],
    res: Resolution,
    above: Callable[[URIRef], tuple[URIRef, ...]],
    headline: str = "",
) -> list[URIRef]:
    """The organisers written, then the clusters the sentence names, else those the headline
    names (given for the document's first event: `Cụm thi đua số 6 tổng kết` over `Công an tỉnh
    A, đơn vị Cụm trưởng, tổ chức ...`); a cluster written without its body belongs to the body
    above its host (members of a ministry's cluster are provincial police). For kinds of
    `data/party_kinds.csv`, every unit the sentence names too."""
    text = fold(sentence)
    out = list(organisers)
    named = [c for c in res.clusters.values() if _named(c.name, text)]
    for info in named or [c for c in res.clusters.values() if _named(c.name, fold(headline))]:
        iri = info.iri
        if info.parent is None and organisers and (host_above := above(organisers[0])):
            iri = cluster_iri(info.name, host_above[0])
        out.append(iri)
    if kind in party_kinds():
        out.extend(info.iri for info in res.units.values() if _named(info.name, text))
    return list(dict.fromkeys(out))


def shared_organisers(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Organisers two mentions share: the same key, or one name written with and without the
    body that tells its namesakes apart (`cum-thi-dua-so-4` and `cum-thi-dua-so-4--bo-cong-an`:
    a cluster the report names without its ministry or province)."""
    qualified = {x for x in a for y in b if x.startswith(f"{y}--") or y.startswith(f"{x}--")}
    return (a & b) | frozenset(qualified)
