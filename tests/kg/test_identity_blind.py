"""The identity sets written blind (`tests/fixtures/identity-blind-2`: careers across the 2025
province mergers into a ministry department, same-rank namesakes in one province and in one
article, one event told by three outlets, same-day events of two units; `identity-blind-3`: a
secondment to a ministry department and back, same-rank namesakes of neighbouring provinces, a
rank reported late, an appointment dated a day apart, party posts, a retired director;
`identity-blind-4`: events told by two or three outlets naming other organisers, dates and
guests, and events that look alike and are not one; `identity-blind-5`: names written without
their middle name, joining one of two full names or another person, homonyms in one article,
rotations across the mergers, ministry leaders without a unit; `identity-blind-6`: four-word
names written with three, a short name before the full one, ethnic-minority names, decomposed
Unicode, a party post beside police posts, a retired director, namesakes across a merger;
`identity-blind-7`: careers of eight years with a post recalled after an unstated move, a
director through a merger, one ministry decision for three provinces, family names written
joined and spaced, namesakes whose posts interleave, two conferences of one unit and its
department on one day; `identity-blind-8`: namesakes of one province whose posts interleave
within months, posts recalled without `nguyên`, one ministry ceremony told only by two provinces'
outlets; `identity-blind-9`: a given name alone across documents, an unstated move between
provinces, old posts written as held after a move, one decision told by three provinces'
ceremonies, same-rank namesakes of neighbouring provinces, one ceremony told by three outlets;
`identity-blind-10`: a career into a ministry department, a director made deputy minister,
given names alone joined only where one person fits, namesakes of one province in one article,
a province's and its district's conferences of one day)
scored as
`../shared/eval/identity.py` scores them: each gold mention mapped to the node its document's
graph gives it, nodes joined by `owl:sameAs` counted as one, pairwise precision and recall of
"same" per kind. The floors pin the scores reached; see the set's README."""

from __future__ import annotations

import json
from functools import cache
from itertools import combinations

import pytest
from support.project import FIXTURES

from core.ids import document_iri
from core.namespaces import SCHEMA
from core.text import fold
from kg.documents import write_documents
from kg.pipeline import prepare
from kg.store import OxigraphStore

BLIND_2 = FIXTURES / "identity-blind-2"
BLIND_3 = FIXTURES / "identity-blind-3"
BLIND_4 = FIXTURES / "identity-blind-4"
BLIND_5 = FIXTURES / "identity-blind-5"
BLIND_6 = FIXTURES / "identity-blind-6"
BLIND_7 = FIXTURES / "identity-blind-7"
BLIND_8 = FIXTURES / "identity-blind-8"
BLIND_9 = FIXTURES / "identity-blind-9"
BLIND_10 = FIXTURES / "identity-blind-10"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
ORG = "http://www.w3.org/ns/org#"

# (persons F1, events F1) reached on each set; first sight was 0.961 and 0.783 (set 2), 0.853
# and 0.727 (set 3), 1.000 and 0.914 (set 4), 0.877 and 0.870 (set 5), 0.913 and 1.000 (set 6,
# its gold as corrected for a bare "Hôm qua"), 0.969 and 0.846 (set 7), 0.750 and 0.667
# (set 8), 0.946 and 1.000 (set 9), 0.900 and 0.933 (set 10); a given name written alone
# across documents (`Đại tá Toản`, sets 7, 9 and 10) is read since set 10
FLOORS = {
    BLIND_2: (1.0, 1.0),
    BLIND_3: (1.0, 1.0),
    BLIND_4: (1.0, 1.0),
    BLIND_5: (1.0, 1.0),
    BLIND_6: (1.0, 1.0),
    BLIND_7: (1.0, 1.0),
    BLIND_8: (1.0, 1.0),
    BLIND_9: (1.0, 1.0),
    BLIND_10: (1.0, 1.0),
}


@cache
def nodes(corpus: str) -> tuple[dict, dict, dict[str, str]]:
    """Per document: person nodes (folded name, folded unit names) and event nodes (date, kind,
    folded organiser names); and each node's representative under `owl:sameAs`."""
    root = FIXTURES / corpus
    paths = sorted((root / "articles").glob("*.txt")) + sorted((root / "rosters").glob("*.csv"))
    prepared = [prepare(path) for path in paths]
    assert all(p.error is None and p.graph is not None for p in prepared)
    store = OxigraphStore(None)
    try:
        write_documents(store, [p.graph for p in prepared if p.graph is not None])
        persons = store.query(
            f"SELECT ?g ?p ?name ?unit WHERE {{ GRAPH ?g {{ ?p a <{SCHEMA.Person}> ; "
            f"<{SCHEMA.name}> ?name . OPTIONAL {{ ?m <{ORG}member> ?p ; <{ORG}organization> ?u . "
            f"?u <{SCHEMA.name}> ?unit }} }} }}"
        ).rows
        events = store.query(
            f"SELECT ?g ?e ?date ?kind ?org WHERE {{ GRAPH ?g {{ ?e a <{SCHEMA.Event}> ; "
            f"<{SCHEMA.startDate}> ?date . OPTIONAL {{ ?e "
            f"<https://w3id.org/cand-kg/ontology#eventKind> ?kind }} OPTIONAL {{ ?e "
            f"<{SCHEMA.organizer}> ?o . ?o <{SCHEMA.name}> ?org }} }} }}"
        ).rows
        links = store.query(
            f"SELECT DISTINCT ?a ?b WHERE {{ {{ ?a <{OWL_SAME_AS}> ?b }} UNION "
            f"{{ GRAPH ?g {{ ?a <{OWL_SAME_AS}> ?b }} }} }}"
        ).rows
    finally:
        store.close()
    people: dict = {}
    for g, p, name, unit in persons:
        node = people.setdefault(str(g), {}).setdefault(str(p), (fold(str(name)), set()))
        if unit is not None:
            node[1].add(fold(str(unit)))
    happenings: dict = {}
    for g, e, date, kind, org in events:
        short = str(kind or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        node = happenings.setdefault(str(g), {}).setdefault(str(e), (str(date), short, set()))
        if org is not None:
            node[2].add(fold(str(org)))
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in links:
        parent[find(str(a))] = find(str(b))
    return people, happenings, {x: find(x) for x in parent}


def _narrow(found: list[str], key: str | None, names: dict[str, set[str]]) -> list[str]:
    if len(found) > 1 and key:
        wanted = fold(key)
        found = [n for n in found if any(wanted in x or x in wanted for x in names[n])]
    return found


def pairwise(corpus: str, kind: str) -> tuple[int, int, int]:
    """(true, false, missed) pairs of mentions judged "same", the way the scorer counts them; a
    mention mapped to no single node stands alone."""
    people, happenings, same = nodes(corpus)
    gold = json.loads((FIXTURES / corpus / "gold" / "identity.json").read_text(encoding="utf-8"))
    entity: list[str] = []
    node: list[str] = []
    for item in gold[kind]:
        for i, m in enumerate(item["mentions"]):
            graph = str(document_iri(m["doc"]))
            if kind == "persons":
                here = people.get(graph, {})
                found = [p for p, (name, _) in here.items() if name == fold(m["name"])]
                found = _narrow(found, m.get("unit"), {p: here[p][1] for p in found})
            else:
                ev = happenings.get(graph, {})
                found = [e for e, (d, k, _) in ev.items() if d == m["date"] and k == m["kind"]]
                found = _narrow(found, m.get("organiser"), {e: ev[e][2] for e in found})
            entity.append(item["id"])
            alone = f"unmapped:{item['id']}:{i}:{m['doc']}"
            node.append(same.get(found[0], found[0]) if len(found) == 1 else alone)
    tp = fp = fn = 0
    for a, b in combinations(range(len(entity)), 2):
        gold_same, graph_same = entity[a] == entity[b], node[a] == node[b]
        tp += gold_same and graph_same
        fp += graph_same and not gold_same
        fn += gold_same and not graph_same
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("corpus", sorted(FLOORS), ids=lambda c: c.name)
def test_a_blind_identity_set_stays_at_its_floor(corpus):
    persons_floor, events_floor = FLOORS[corpus]
    persons = pairwise(corpus.name, "persons")
    events = pairwise(corpus.name, "events")
    assert f1(*persons) >= persons_floor, persons
    assert f1(*events) >= events_floor, events


@pytest.mark.parametrize(
    "corpus",
    [BLIND_2, BLIND_3, BLIND_4, BLIND_5, BLIND_6, BLIND_7, BLIND_8, BLIND_9, BLIND_10],
    ids=lambda c: c.name,
)
def test_no_two_people_of_a_blind_set_are_one_node(corpus):
    # among them two Thượng tá Nguyễn Đức Thịnh of Nghệ An, told apart by one article (b16,
    # `một cán bộ trùng họ tên`) as they swap posts on one day, a director's namesake, two
    # Thượng tá Bùi Đức Mạnh of Thái Bình and Hưng Yên named in one sentence (c12), and short
    # names (`Vi Thắng`, `Đoàn Hải`) that are someone else than a full name of theirs (set 5)
    tp, fp, fn = pairwise(corpus.name, "persons")
    assert fp == 0, (tp, fp, fn)


def test_events_that_look_alike_stay_apart():
    # set 4: two districts' conferences of one day with one guest at both, a province's and its
    # city's on one day, two clusters' on one day, an incense ceremony the day before the
    # anniversary it opens, one unit's conferences in consecutive years
    tp, fp, fn = pairwise(BLIND_4.name, "events")
    assert fp == 0, (tp, fp, fn)
    # set 7: a province's training conference and its traffic department's review conference
    # of one afternoon, one deputy director at both
    tp, fp, fn = pairwise(BLIND_7.name, "events")
    assert fp == 0, (tp, fp, fn)
    # set 9: a province's economic police and one of its districts holding year-end conferences
    # on one day, one deputy director at both; two provinces announcing one ministry decision
    # the same day, one deputy minister at both
    tp, fp, fn = pairwise(BLIND_9.name, "events")
    assert fp == 0, (tp, fp, fn)
    # set 10: a province's year-end conference in the morning and one of its districts' in
    # the afternoon, the deputy director and the district's head at both
    tp, fp, fn = pairwise(BLIND_10.name, "events")
    assert fp == 0, (tp, fp, fn)
