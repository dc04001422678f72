"""While documents are ingested through POST /documents (the server is the embedded store's one
writer), four clients query REST and /sparql: no server error, every answer a consistent
snapshot, and the final store is exactly what a sequential `kg ingest` of the same files gives."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

import httpx
import pytest
from api_server import TOKEN, start_server
from reliability_support import ROOT, quad_set, write_articles

ARTICLES = 40
CLIENTS = 4
BOUND_S = 200  # the readers stop when the writer is done, or at this bound
PREFIXES = (
    "PREFIX cand: <https://w3id.org/cand-kg/ontology#> PREFIX schema: <https://schema.org/> "
)
EVENTS_AND_ATTENDEES = PREFIXES + (
    "SELECT ?e ?a WHERE { ?e a cand:Event OPTIONAL { ?e schema:attendee ?a } }"
)
DOCUMENTS = PREFIXES + (
    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a cand:SourceDocument } }"
)


@dataclass
class Seen:
    """What one reader saw."""

    errors: list[str] = field(default_factory=list)
    snapshots: list[dict[str, frozenset[str]]] = field(default_factory=list)
    document_counts: list[int] = field(default_factory=list)
    event_details: list[tuple[str, int, int]] = field(default_factory=list)  # id, count, listed
    requests: int = 0


def attendees_by_event(bindings: list[dict]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for b in bindings:
        found[b["e"]["value"]]
        if "a" in b:
            found[b["e"]["value"]].add(b["a"]["value"])
    return {e: frozenset(a) for e, a in found.items()}


def sparql(client: httpx.Client, query: str) -> httpx.Response:
    return client.get("/sparql", params={"query": query},
                      headers={"Accept": "application/sparql-results+json"})


def read(client: httpx.Client, seen: Seen, rng: random.Random) -> None:
    """One round of a reader: a snapshot over SPARQL, then REST lists and records."""
    answers = []
    documents = sparql(client, DOCUMENTS)
    answers.append(documents)
    if documents.status_code == 200:
        seen.document_counts.append(
            int(documents.json()["results"]["bindings"][0]["n"]["value"])
        )
    events = sparql(client, EVENTS_AND_ATTENDEES)
    answers.append(events)
    if events.status_code == 200:
        seen.snapshots.append(attendees_by_event(events.json()["results"]["bindings"]))
    listed = client.get("/events", params={"limit": 1000})
    answers.append(listed)
    if listed.status_code == 200 and listed.json()["items"]:
        item = rng.choice(listed.json()["items"])
        detail = client.get(f"/events/{item['id']}")
        people = client.get(f"/events/{item['id']}/attendees", params={"limit": 1000})
        answers += [detail, people]
        if detail.status_code == people.status_code == 200:
            seen.event_details.append(
                (item["id"], detail.json()["attendees"], people.json()["total"])
            )
        elif detail.status_code == 404 or people.status_code == 404:
            seen.errors.append(f"event {item['id']} listed but not found")
    answers.append(client.get("/persons", params={"limit": 20, "offset": rng.randint(0, 50)}))
    answers.append(client.get("/search", params={"q": rng.choice(["cong an", "nguyen", "hoi"])}))
    seen.requests += len(answers)
    for answer in answers:
        if answer.status_code != 200:
            seen.errors.append(f"{answer.request.url} -> {answer.status_code} {answer.text[:200]}")


@pytest.mark.timeout(600)
def test_readers_during_uploads_see_consistent_snapshots_and_the_end_equals_a_sequential_ingest(
    tmp_path,
):
    paths = write_articles(tmp_path / "articles", ARTICLES, seed=23)
    served = tmp_path / "served"
    server_run = start_server(served)
    server = next(server_run)
    writing = threading.Event()
    writing.set()
    seen = [Seen() for _ in range(CLIENTS)]
    uploads: list[tuple[str, int, str]] = []

    def writer() -> None:
        try:
            with httpx.Client(base_url=server.url, timeout=120) as client:
                for path in paths:
                    response = client.post(
                        "/documents",
                        params={"id": path.stem},
                        content=path.read_bytes(),
                        headers={"Authorization": f"Bearer {TOKEN}",
                                 "Content-Type": "text/plain; charset=utf-8"},
                    )
                    uploads.append((path.stem, response.status_code, response.text[:300]))
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
        assert [(stem, status) for stem, status, _ in uploads] == [
            (p.stem, 201) for p in paths
        ], [u for u in uploads if u[1] != 201][:3]

        with httpx.Client(base_url=server.url, timeout=60) as client:
            answer = sparql(client, EVENTS_AND_ATTENDEES).json()
            final = attendees_by_event(answer["results"]["bindings"])
            listed = client.get("/events", params={"limit": 1000}).json()
            final_counts = {
                item["id"]: client.get(f"/events/{item['id']}").json()["attendees"]
                for item in listed["items"]
            }
            counted = sparql(client, DOCUMENTS).json()["results"]["bindings"]
            documents = int(counted[0]["n"]["value"])
    finally:
        next(server_run, None)

    errors = [e for s in seen for e in s.errors]
    assert not errors, errors[:5]
    assert sum(s.requests for s in seen) > 4 * CLIENTS, "the readers barely ran"
    # REST after the last write agrees with SPARQL: no answer cached from before a write.
    assert documents == ARTICLES
    assert listed["total"] == len(final)
    assert sum(bool(a) for a in final.values()) > len(final) // 2, "too few attended events"
    for s in seen:
        # Documents are only added, so one client's successive snapshots never shrink.
        assert s.document_counts == sorted(s.document_counts)
        for snapshot in s.snapshots:
            for event, attendees in snapshot.items():
                assert attendees == final[event], f"{event} seen with {len(attendees)} attendees"
        for event_id, count, total in s.event_details:
            assert count == total == final_counts[event_id], (event_id, count, total)

    sequential = tmp_path / "sequential"
    ingested = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(tmp_path / "articles"), "--store",
         str(sequential)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert ingested.returncode == 0, ingested.stderr[-2000:]
    assert quad_set(served) == quad_set(sequential)
