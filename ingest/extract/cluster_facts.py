"""The clusters a sentence tells of: their parent and members, listed, attending or named as
the cluster's head or deputy."""

from __future__ import annotations

from ingest.extract.annotate import Annotated, span
from ingest.extract.builder import Builder, add_unique
from ingest.extract.clusters import (
    cluster_links,
    heads_named,
    joined_named,
    leaders_listed,
    rest_listed,
)
from ingest.extract.mentions import Mention
from ingest.model import ClusterFact

Links = list[tuple[Mention, Mention | None, list[Mention]]]


def read_clusters(build: Builder, ann: Annotated) -> None:
    """The clusters named in a sentence and the members it gives them."""
    s = ann.sentence
    for name in {m.value for m in ann.mentions if m.kind == "cluster"}:
        build.cluster_sentences[name] = build.cluster_sentences.get(name, 0) + 1
    links = cluster_links(ann.mentions, ann.text)
    for cluster, parent, members in links:
        fact = build.clusters.get(cluster.value)
        if fact is None:
            fact = build.clusters[cluster.value] = ClusterFact(
                cluster.value, None, [], span(s, cluster.start, cluster.end)
            )
        if parent is not None and fact.parent is None:
            fact.parent = parent.value
        for member in members:
            add_unique(fact.members, member.value)
            if member.extra.get("bare") and member.value not in build.orgs:
                where = span(s, member.start, member.end)
                build.org(member.value, member.parent, member.unit_kind, where)
    _leaders_listed(build, ann, links)
    _cluster_heads(build, ann, links)
    if build.clusters and not links:
        for member in rest_listed(ann.mentions, ann.text):
            add_unique(build.clusters[_topic(build)].members, member.value)


def _topic(build: Builder) -> str:
    """The cluster the article is about: the one named in the most sentences, the last named
    of those that tie (a cluster a member left for is named once, in passing)."""
    names = list(build.clusters)
    return max(reversed(names), key=lambda n: build.cluster_sentences.get(n, 0))


def parents_from_members(build: Builder) -> None:
    """A cluster whose members are units of one police gets that police as parent."""
    for fact in build.clusters.values():
        if fact.parent is None and fact.members:
            parents = {build.orgs[m].parent for m in fact.members if m in build.orgs}
            if len(parents) == 1 and None not in parents:
                fact.parent = parents.pop()


def _leaders_listed(build: Builder, ann: Annotated, links: Links) -> None:
    """`lãnh đạo Công an các tỉnh: A, B, C` at the meeting of a cluster whose members no list
    gave in the sentence: of the cluster it names, else of the one told before."""
    if not build.clusters or any(members for _, _, members in links):
        return
    named = next((c.value for c, _, _ in links if not c.extra.get("back")), None)
    if links and named is None:
        return
    fact = build.clusters[named] if named else build.clusters[_topic(build)]
    for member in leaders_listed(ann.mentions, ann.text):
        add_unique(fact.members, member.value)


def _cluster_heads(build: Builder, ann: Annotated, links: Links) -> None:
    """Units named as a cluster's head or deputy join its members: the cluster named with the
    post, else the one this sentence names, else the one the article named last."""
    if not build.clusters and not links:
        return
    named = next((c.value for c, _, _ in links if not c.extra.get("back")), None)
    said = heads_named(ann.mentions, ann.text) + joined_named(ann.mentions, ann.text)
    for unit, cluster in said:
        name = cluster.value if cluster else named or _topic(build)
        fact = build.clusters.get(name)
        if fact is not None:
            add_unique(fact.members, unit.value)


def merge_short_blocs(build: Builder) -> None:
    """`Khối An ninh` (a headline's short form) is the `Khối thi đua An ninh` the body names:
    one cluster, under the longer name, wherever the short one was used; so is `Khối thi đua
    Nội chính` beside the `Khối thi đua các cơ quan Nội chính tỉnh X` the article names."""
    for short in [n for n in build.clusters if n.startswith("Khối ")]:
        full = build.clusters.get("Khối thi đua " + short.removeprefix("Khối "))
        same = full is not None and full.name != short
        full = full if same else _longer_bloc(short, build.clusters)
        if full is None:
            continue
        gone = build.clusters.pop(short)
        # a longer name may place the bloc (`… tỉnh X`) where the short one's members did not
        full.parent = full.parent or (gone.parent if same else None)
        for member in gone.members:
            add_unique(full.members, member)
        for event in build.ordered:
            if short in event.organisers:
                event.organisers.remove(short)
                add_unique(event.organisers, full.name)
        for award in build.facts.awards:
            if award.recipient == short:
                award.recipient = full.name
        for person in build.persons:
            for post in person.positions:
                if post.organisation == short:
                    post.organisation = full.name


def _bloc_words(name: str) -> list[str]:
    return name.removeprefix("Khối ").removeprefix("thi đua ").split()


def _longer_bloc(short: str, names: dict[str, ClusterFact]) -> ClusterFact | None:
    """The one other bloc whose name holds `short`'s words after lower-case ones only (`các cơ
    quan Nội chính tỉnh X` holds `Nội chính`)."""
    words = _bloc_words(short)
    found = []
    for name in names:
        rest = _bloc_words(name)
        if name == short or not name.startswith("Khối ") or len(rest) <= len(words):
            continue
        for i in range(len(rest) - len(words) + 1):
            if not all(w.islower() for w in rest[:i]):
                break
            if rest[i : i + len(words)] == words:
                found.append(name)
                break
    return names[found[0]] if len(found) == 1 else None
