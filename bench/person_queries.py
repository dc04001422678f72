"""CPU time of person-centred queries on a kept embedded store, for people drawn at random and
for the people most documents name: how their cost follows the documents naming a person.

    python bench/person_queries.py [--articles 10000] [--people 30] [--top 5] NAME_OR_FILE ...

Each argument is a named query taking `$person` or a `.rq` file (another form of one, to compare
with). Uses the store bench/queries.py keeps (bench/out/store-N; run that first). On a shared
machine the wall clock follows the load, so this reports the process's CPU time. Every form
runs once per person before it is timed, and the forms alternate their order from one round to
the next: timed in a fixed order, the first form paid the cold caches of all of them (30-50 %
"gains" that vanished once the order alternated). Rows of every form are compared with the
first's when they are `.rq` files.

`--events N` times instead, for N events drawn at random, the rank each attendee held on the
event's day as /events/{id}/attendees finds it where the event's own source gives none: from
the rank tenures (`KgService._ranks_held`), against `rank_on` over every observation of every
attendee, and checks that both give the same ranks."""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import OUT  # noqa: E402

ATTENDANCES = """
SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e <https://schema.org/attendee> ?p } }
GROUP BY ?p ORDER BY DESC(?n)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=30, help="people drawn at random")
    parser.add_argument("--top", type=int, default=5, help="the most-named people")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--events", type=int, help="time the attendees' ranks instead")
    parser.add_argument("queries", nargs="*")
    args = parser.parse_args()

    from kg import queries
    from kg.sparql import bind
    from kg.store import OxigraphStore

    target = OUT / f"store-{args.articles}"
    if not (OUT / f"store-{args.articles}.loaded").exists():
        raise SystemExit(f"no kept store {target}: run bench/queries.py --articles {args.articles}")
    store = OxigraphStore(target)
    if args.events:
        attendee_ranks(store, args.events)
        store.close()
        return
    counted = store.query(ATTENDANCES).rows
    named = [int(str(n)) for _, n in counted]
    print(
        f"{len(counted):,} people attend events; events per person: median "
        f"{statistics.median(named):g}, most {named[: args.top]}"
    )
    rng = random.Random(3)
    groups = {
        "drawn": [rng.choice(counted)[0] for _ in range(args.people)],
        f"top {args.top}": [p for p, _ in counted[: args.top]],
    }
    forms = [
        (a, Path(a).read_text(encoding="utf-8") if a.endswith(".rq") else queries.text(a))
        for a in args.queries
    ]

    def rows(text: str, person: object) -> Counter:
        solutions = store.raw_query(bind(text, person=person))  # type: ignore[arg-type]
        names = [v.value for v in solutions.variables]
        return Counter(
            tuple((n, None if t is None else t.value) for n, t in zip(names, s, strict=True))
            for s in solutions
        )

    for group, people in groups.items():
        cpu: dict[str, list[float]] = {name: [] for name, _ in forms}
        sizes: dict[str, int] = {name: 0 for name, _ in forms}
        differ: dict[str, int] = {name: 0 for name, _ in forms}
        for round_ in range(args.rounds):
            for person in people:
                found: dict[str, Counter] = {}
                for _, text in forms:
                    rows(text, person)  # warm-up
                for name, text in forms if round_ % 2 == 0 else forms[::-1]:
                    started = time.process_time()
                    found[name] = rows(text, person)
                    cpu[name].append(time.process_time() - started)
                    sizes[name] += sum(found[name].values())
                first = found[forms[0][0]]
                for name, _ in forms[1:]:
                    differ[name] += name.endswith(".rq") and found[name] != first
        for name, _ in forms:
            runs = len(cpu[name])
            median = statistics.median(cpu[name]) * 1000
            print(
                f"{group:6s} {Path(name).name:34s} CPU median {median:7.2f} ms"
                f"  rows {sizes[name] / runs:6.0f}  differing {differ[name]}/{runs}",
                flush=True,
            )
    store.close()


# What /events/{id}/attendees read before the tenures: every rank observation of every attendee.
EVERY_OBSERVATION = """
PREFIX cand: <https://w3id.org/cand-kg/ontology#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?person ?rank ?date ?doc WHERE {
  $event schema:attendee ?person .
  GRAPH ?doc { ?o cand:person ?person ; cand:rank ?rank . OPTIONAL { ?o cand:observedOn ?date } }
}
"""


def attendee_ranks(store: object, count: int) -> None:
    from rdflib import URIRef

    from api.service import KgService
    from api.service.ranks import rank_on, rank_ref
    from kg.sparql import bind

    class Counting(KgService):
        """Counts the attendees whose ranks are read from their observations."""

        observations_read = 0

        def _rows(self, name: str, **params):  # type: ignore[no-untyped-def]
            self.observations_read += name == "api_person_ranks"
            return super()._rows(name, **params)

    service = Counting(store)  # type: ignore[arg-type]
    kind = "https://w3id.org/cand-kg/ontology#Event"
    events = sorted(
        str(row[0])
        for row in store.query(  # type: ignore[attr-defined]
            f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e a <{kind}> }} }}"
        ).rows
    )
    rng = random.Random(7)
    old_cpu, new_cpu, same, people = [], [], 0, 0
    for event in rng.sample(events, count):
        iri = URIRef(event)
        attendees = {r["person"] for r in service._rows("api_event_attendees", event=iri)}
        dates = [
            r["o"] for r in service._rows("api_event", event=iri) if r["p"].endswith("startDate")
        ]
        day = min(dates)[:10] if dates else None
        started = time.process_time()
        seen = defaultdict(list)
        for r in service._select(bind(EVERY_OBSERVATION, event=iri)):
            seen[r["person"]].append((rank_ref(r["rank"]), r.get("date")))
        old = {person: rank_on(seen.get(person, []), day) for person in attendees}
        old_cpu.append(time.process_time() - started)
        started = time.process_time()
        new = service._ranks_held(iri, attendees, day)
        new_cpu.append(time.process_time() - started)
        same += old == new
        people += len(attendees)
    print(
        f"{count} events, {people} attendees ({service.observations_read} read from their "
        f"observations), the same ranks for {same} events; CPU median "
        f"every observation {statistics.median(old_cpu) * 1000:.2f} ms, tenures "
        f"{statistics.median(new_cpu) * 1000:.2f} ms (p95 "
        f"{sorted(old_cpu)[int(0.95 * count)] * 1000:.2f} and "
        f"{sorted(new_cpu)[int(0.95 * count)] * 1000:.2f} ms)"
    )


if __name__ == "__main__":
    main()
