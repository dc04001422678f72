"""While documents are uploaded and then some deleted through the API (the server is the embedded
store's one writer), four clients query REST and /sparql: no server error, every answer a
consistent snapshot (whole documents, every event with all its attendees), and the final store
is exactly a sequential `kg ingest` of the same files less the deleted ones."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from support.api_server import TOKEN, start_server
from support.project import run_kg
from support.reliability import ROOT, quad_set, write_articles

from kg.resolve.digests import DIGEST_GRAPH
from kg.summary import SUMMARY_GRAPH

ARTICLES = 40
DELETE_EVERY = 4  # then every fourth document is deleted again
CLIENTS = 4
BOUND_S = 200  # the readers stop when the writer is done, or at this bound
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PREFIXES = "PREFIX cand: <https://w3id.org/cand-kg/ontology#> PREFIX schema: <https://schema.org/> "
EVENTS_AND_ATTENDEES = PREFIXES + (
    "SELECT ?e ?a WHERE { ?e a cand:Event OPTIONAL { ?e schema:attendee ?a } }"
)
EVENT_DOCUMENTS = PREFIXES + "SELECT DISTINCT ?e ?g WHERE { GRAPH ?g { ?e a cand:Event } }"


@dataclass
class Seen:
    """What one reader saw."""

    errors: list[str] = field(default_factory=list)
    snapshots: list[dict[str, frozenset[str]]] = field(default_factory=list)
    event_details: list[tuple[str, int, int]] = field(default_factory=list)  # id, count, listed
    vanished: set[str] = field(default_factory=set)  # listed, then not found
    requests: int = 0


@dataclass
class Reference:
    """A sequential ingest of every article."""

    quads: set[str]
    attendees: dict[str, frozenset[str]]
    documents_of: dict[str, set[str]]  # event -> graphs


def attendees_by_event(bindings: list[dict]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for b in bindings:
        found[b["e"]["value"]]
        if "a" in b:
            found[b["e"]["value"]].add(b["a"]["value"])
    return {e: frozenset(a) for e, a in found.items()}


def sequential(folder: Path, store: Path) -> Reference:
    from kg.store import OxigraphStore

    ingested = run_kg("ingest", str(folder), store=store)
    assert ingested.returncode == 0, ingested.stderr[-2000:]
    opened = OxigraphStore(store)
    try:
        rows = opened.query(EVENTS_AND_ATTENDEES).dicts()
        bindings = [{k: {"value": str(v)} for k, v in row.items() if v is not None} for row in rows]
        documents_of: dict[str, set[str]] = defaultdict(set)
        for event, graph in opened.query(EVENT_DOCUMENTS).rows:
            documents_of[str(event)].add(str(graph))
    finally:
        opened.close()
    return Reference(quad_set(store), attendees_by_event(bindings), documents_of)


def sparql(client: httpx.Client, query: str) -> httpx.Response:
    return client.get(
        "/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )


def read(client: httpx.Client, seen: Seen, rng: random.Random) -> None:
    """One round of a reader: a snapshot over SPARQL, then REST lists and records."""
    answers = []
    events = sparql(client, EVENTS_AND_ATTENDEES)
    answers.append(events)
    if events.status_code == 200:
        seen.snapshots.append(attendees_by_event(events.json()["results"]["bindings"]))
    listed = client.get("/events", params={"limit": 1000})
    answers.append(listed)
    if listed.status_code == 200 and listed.json()["items"]:
        event_id = rng.choice(listed.json()["items"])["id"]
        detail = client.get(f"/events/{event_id}")
        people = client.get(f"/events/{event_id}/attendees", params={"limit": 1000})
        if detail.status_code == people.status_code == 200:
            seen.event_details.append(
                (event_id, detail.json()["attendees"], people.json()["total"])
            )
        elif 404 in (detail.status_code, people.status_code):
            seen.vanished.add(event_id)  # deleted since the list was read: checked below
        answers += [r for r in (detail, people) if r.status_code != 404]
    answers.append(client.get("/persons", params={"limit": 20, "offset": rng.randint(0, 50)}))
    answers.append(client.get("/search", params={"q": rng.choice(["cong an", "nguyen", "hoi"])}))
    seen.requests += len(answers)
    for answer in answers:
        if answer.status_code != 200:
            seen.errors.append(f"{answer.request.url} -> {answer.status_code} {answer.text[:200]}")


@pytest.mark.timeout(600)
def test_readers_during_uploads_and_deletes_see_consistent_snapshots_and_the_end_is_sequential(
    tmp_path,
):
    folder = tmp_path / "articles"
    paths = write_articles(folder, ARTICLES, seed=23)
    deleted = {p.stem for p in paths[::DELETE_EVERY]}
    reference = sequential(folder, tmp_path / "sequential")
    doc = "https://w3id.org/cand-kg/id/doc/"
    deleted_graphs = {doc + stem for stem in deleted}

    served = tmp_path / "served"
    server_run = start_server(served)
    server = next(server_run)
    writing = threading.Event()
    writing.set()
    seen = [Seen() for _ in range(CLIENTS)]
    writes: list[tuple[str, str, int, str]] = []

    def writer() -> None:
        try:
            with httpx.Client(base_url=server.url, timeout=120) as client:
                for path in paths:
                    response = client.post(
                        "/documents",
                        params={"id": path.stem},
                        content=path.read_bytes(),
                        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
                    )
                    writes.append(("POST", path.stem, response.status_code, response.text[:300]))
                for stem in sorted(deleted):
                    response = client.delete(f"/documents/{stem}", headers=AUTH)
                    writes.append(("DELETE", stem, response.status_code, response.text[:300]))
        finally:
            writing.clear()

    def reader(index: int) -> None:
        rng = random.Random(index)
        deadline = time.monotonic() + BOUND_S
        with httpx.Client(base_url=server.url, timeout=60) as client:
            while writing.is_set() and time.monotonic() < deadline:
                read(client, seen[index], rng)

    try:
        threads = [threading.Thread(target=writer)] + [
            threading.Thread(target=reader, args=(i,)) for i in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(BOUND_S + 120)
        assert not any(t.is_alive() for t in threads), "a client hung"
        failed = [w for w in writes if w[2] not in (201, 204)]
        assert not failed, failed[:3]
        assert len(writes) == ARTICLES + len(deleted)

        with httpx.Client(base_url=server.url, timeout=60) as client:
            answer = sparql(client, EVENTS_AND_ATTENDEES).json()
            final = attendees_by_event(answer["results"]["bindings"])
            listed = client.get("/events", params={"limit": 1000}).json()
            final_counts = {
                item["id"]: client.get(f"/events/{item['id']}").json()["attendees"]
                for item in listed["items"]
            }
    finally:
        next(server_run, None)

    errors = [e for s in seen for e in s.errors]
    assert not errors, errors[:5]
    assert sum(s.requests for s in seen) > 4 * CLIENTS, "the readers barely ran"
    sizes = {len(snapshot) for s in seen for snapshot in s.snapshots}
    assert len(sizes) > 2, "the readers never saw the store change: nothing was tested"
    assert sum(bool(a) for a in reference.attendees.values()) > len(reference.attendees) // 2

    # After the last write, REST and SPARQL agree: no answer kept from before a write.
    assert listed["total"] == len(final)
    gone = {e for e, graphs in reference.documents_of.items() if graphs <= deleted_graphs}
    assert set(final) == set(reference.attendees) - gone
    for s in seen:
        for snapshot in s.snapshots:
            for event, attendees in snapshot.items():
                assert attendees == reference.attendees[event], f"{event}: partial attendees"
            # whole documents only: an event is there exactly when one of its documents is
            present = {g for e in snapshot for g in reference.documents_of[e]}
            for event, graphs in reference.documents_of.items():
                assert (event in snapshot) == bool(graphs & present), event
        for event_id, count, total in s.event_details:
            assert count == total, (event_id, count, total)
            if event_id in final_counts:
                assert count == final_counts[event_id], event_id
        vanished = {"https://w3id.org/cand-kg/id/event/" + e for e in s.vanished}
        assert vanished <= gone, "an event went missing that no delete removed"

    # The summary and the resolution digests are derived from the documents a store holds:
    # checked against the remaining documents below, not against the reference's.
    derived = {f"<{SUMMARY_GRAPH}>", f"<{DIGEST_GRAPH}>"}
    dropped = {f"<{g}>" for g in deleted_graphs} | derived
    expected = {q for q in reference.quads if q.rsplit(" ", 1)[-1] not in dropped}
    assert len(expected) < len(reference.quads)
    stored = quad_set(served)
    kept = tmp_path / "kept"
    kept.mkdir()
    for path in paths:
        if path.stem not in deleted:
            (kept / path.name).write_bytes(path.read_bytes())
    remaining = sequential(kept, tmp_path / "sequential-kept")
    in_digests = {q for q in stored if q.rsplit(" ", 1)[-1] == f"<{DIGEST_GRAPH}>"}
    assert in_digests == {q for q in remaining.quads if q.rsplit(" ", 1)[-1] == f"<{DIGEST_GRAPH}>"}
    in_summary = {q for q in stored if q.rsplit(" ", 1)[-1] == f"<{SUMMARY_GRAPH}>"}
    assert stored - in_summary - in_digests == expected
    # The summary graph the writes left is the one the remaining documents give.
    assert in_summary
    rebuilt = subprocess.run(
        [sys.executable, "-m", "kg", "summarize", "--store", str(served)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert quad_set(served) == stored
