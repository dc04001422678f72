"""The REST API's read logic: named queries in, response models out.

Route functions only call these methods. Every user value reaches SPARQL through
`kg.queries.run` (that is, `kg.sparql.bind`); ids are checked by `core.ids.from_local_id`."""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, wraps
from typing import TypeVar

from rdflib import Graph, Literal, URIRef

from api import models as m
from api.search import SearchIndex, search_key
from core.ids import from_local_id, kind_of, local_id
from core.namespaces import CAND, ONTOLOGY_IRI, SCHEMA, SKOS
from core.settings import ONTOLOGY_DIR
from core.text import fold
from kg import queries
from kg.catalogue import order_key
from kg.dates import date_literal
from kg.sparql import Value, bind
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore

T = TypeVar("T")
Row = dict[str, str]
CACHE_SIZE = 20_000
ANY = URIRef("urn:cand-kg:any")  # "no filter" for optional IRI parameters of the .rq files
HREFS = {
    "person": "/persons/",
    "unit": "/units/",
    "cluster": "/clusters/",
    "event": "/events/",
    "doc": "/documents/",
}
CLUSTER_TYPES = (str(CAND.EmulationCluster), str(CAND.EmulationBloc))
EVENT_KINDS = ("conference", "ceremony", "signing", "campaign", "appointment", "other")


class NotFound(LookupError):
    """No record with that id; the message names it."""


class InvalidParameter(ValueError):
    """A parameter that is not what it should be (an id that is not an id, ...)."""


def parse_id(kind: str, identifier: str) -> URIRef:
    """A user's id as an IRI, refusing anything that is not an id."""
    try:
        return from_local_id(kind, identifier)
    except ValueError as exc:
        raise InvalidParameter(str(exc)) from exc


def int_of(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def ref(iri: str | None, name: str | None = None) -> m.Ref | None:
    return None if iri is None else link(iri, name)


def link(iri: str, name: str | None = None) -> m.Ref:
    kind = kind_of(iri) or "other"
    ident = local_id(iri)
    prefix = HREFS.get(kind)
    return m.Ref(id=ident, kind=kind, name=name, href=f"{prefix}{ident}" if prefix else None)


def short_type(iri: str | None) -> str | None:
    if iri is None:
        return None
    return iri[len(ONTOLOGY_IRI) :] if iri.startswith(ONTOLOGY_IRI) else iri


def paginate(items: Sequence[T], limit: int, offset: int) -> m.Page[T]:
    return m.Page[T](
        items=list(items[offset : offset + limit]), total=len(items), limit=limit, offset=offset
    )


def name_filter(rows: Iterable[T], name: str | None, key: Callable[[T], str | None]) -> list[T]:
    """Keep rows whose name contains `name`, ignoring case and accents."""
    if not name:
        return list(rows)
    wanted = search_key(name)
    return [row for row in rows if wanted in search_key(key(row) or "")]


@cache
def rank_catalogue() -> dict[str, m.RankRef]:
    """The rank scheme from ontology/ranks.ttl, by IRI: labels and order even if the store
    holds only the observations."""
    graph = Graph().parse(ONTOLOGY_DIR / "ranks.ttl", format="turtle")
    ranks: dict[str, m.RankRef] = {}
    for rank in set(graph.subjects(CAND.rankOrder, None)):
        labels = {
            lit.language: str(lit)
            for lit in graph.objects(rank, SKOS.prefLabel)
            if isinstance(lit, Literal)
        }
        order = graph.value(rank, CAND.rankOrder)
        ranks[str(rank)] = m.RankRef(
            id=local_id(str(rank)),
            name=labels.get("vi") or local_id(str(rank)),
            name_en=labels.get("en"),
            order=int(order) if isinstance(order, Literal) else None,
        )
    return ranks


def rank_ref(iri: str) -> m.RankRef:
    known = rank_catalogue().get(str(iri))
    return known or m.RankRef(id=local_id(str(iri)), name=local_id(str(iri)))


def periods(date: str) -> tuple[Literal, ...]:
    """The day, month and year `date` lies in, as typed dates, as far as `date` gives them."""
    found = (date_literal(date[:n]) for n in (4, 7, 10) if len(date) >= n)
    return tuple(d for d in found if d is not None)


def date_key(value: str | None) -> str:
    return value or ""


def role_name(role: str, label: str | None) -> str:
    return str(label) if label is not None else local_id(str(role)).replace("-", " ")


def post_entry(row: Row) -> m.PostEntry:
    return m.PostEntry(
        role=role_name(row["role"], row.get("roleLabel")),
        role_id=local_id(row["role"]),
        unit=ref(row.get("unit"), row.get("unitLabel")),
        date=row.get("date"),
        start=row.get("start"),
        end=row.get("end"),
        source=link(row["doc"]),
    )


def held_on(post: m.PostEntry, day: str | None) -> bool:
    """A post from the event's source counts; an interval counts if it covers `day`."""
    if day is None or post.start is None:
        return True
    return post.start[: len(day)] <= day and (not post.end or post.end >= day)


def rank_on(entries: list[tuple[m.RankRef, str | None]], day: str | None) -> m.RankRef | None:
    """The latest rank seen on or before `day` (the earliest one after it if none)."""
    if not entries:
        return None
    dated = sorted(entries, key=lambda e: date_key(e[1]))
    if day is None:
        return dated[-1][0]
    before = [rank for rank, seen in dated if seen is None or seen[:10] <= day]
    return before[-1] if before else dated[0][0]


@dataclass(frozen=True)
class Listed:
    """An entity of a list page with its catalogue entries (kg/catalogue.py), by predicate."""

    iri: str
    entries: dict[str, list[str]]

    @property
    def name(self) -> str | None:
        """The name the list is sorted by: the least accent-free one."""
        names = self.entries.get(str(CAND.catalogueName), [])
        return min(names, key=lambda n: (fold(n), n)) if names else None

    def first(
        self, predicate: URIRef, keep: Callable[[str], bool] = bool, *, last: bool = False
    ) -> str | None:
        """The least (or greatest) value of `predicate` that `keep` accepts."""
        values = sorted(v for v in self.entries.get(str(predicate), []) if keep(v))
        return (values[-1] if last else values[0]) if values else None


def remembered(method: Callable[..., T]) -> Callable[..., T]:
    """Keep a record view's answer until the next write (see KgService.changed)."""

    @wraps(method)
    def wrapper(self: KgService, *args: object) -> T:
        if not self.caching:
            return method(self, *args)
        key = (method.__name__, *args)
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]  # type: ignore[return-value]
            generation = self._generation
        value = method(self, *args)
        with self._cache_lock:
            # A write during the computation may have made `value` stale: serve it, don't keep it.
            if generation != self._generation:
                return value
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    return wrapper


class KgService:
    """Read views over one store.

    Record views are cached when the store is embedded: then this process is its only writer
    (Oxigraph locks the directory), so `changed()` after each write keeps the cache true. A
    remote store may be written by others, so nothing is cached for it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.caching = isinstance(store, OxigraphStore)
        self._cache: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._generation = 0  # bumped by every write
        self.search_index = SearchIndex(
            lambda: [(r["s"], r["label"]) for r in self._rows("api_labels")],
            # Nobody else writes an embedded store: rebuild only after our own writes.
            max_age=None if self.caching else 30,
        )

    def changed(self) -> None:
        """Call after every write."""
        self.search_index.invalidate()
        with self._cache_lock:
            self._generation += 1
            self._cache.clear()

    def _rows(self, name: str, **params: Value | tuple[Value, ...]) -> list[Row]:
        """A named query's rows as {variable: lexical value}, unbound ones left out."""
        return self._select(bind(queries.text(name), **params))

    def _select(self, sparql: str) -> list[Row]:
        """A SELECT query's rows as {variable: lexical value}, unbound ones left out.

        Plain strings, because building rdflib terms costs more than the query itself; on
        Oxigraph the native results are read directly."""
        raw_query = getattr(self.store, "raw_query", None)
        if raw_query is None:
            return [{k: str(v) for k, v in row.items()} for row in self.store.query(sparql).dicts()]
        solutions = raw_query(sparql)
        names = [v.value for v in solutions.variables]
        return [
            {n: term.value for n, term in zip(names, solution, strict=True) if term is not None}
            for solution in solutions
        ]

    def _ids(self, name: str, **params: Value | tuple[Value, ...]) -> set[str]:
        """The `?s` values of a named query."""
        return {r["s"] for r in self._rows(name, **params)}

    def _listing(
        self,
        query: str,
        limit: int,
        offset: int,
        among: Iterable[set[str] | None] = (),
        **params: Value,
    ) -> tuple[list[Listed], int]:
        """One page of a catalogue list query (`?s` in order), with its total and each listed
        entity's catalogue entries. The store sorts and pages; a list restricted to entities
        found otherwise (`among`: a name filter through the search index, persons on a date)
        is filtered and paged here."""
        sparql = bind(queries.text(query), **params)
        wanted = [ids for ids in among if ids is not None]
        if not wanted:
            total = int(self._select(queries.count(sparql))[0]["total"])
            ids = [r["s"] for r in self._select(queries.page(sparql, limit, offset))]
        else:
            matching = [r["s"] for r in self._select(sparql) if all(r["s"] in w for w in wanted)]
            total, ids = len(matching), matching[offset : offset + limit]
        entries: dict[str, dict[str, list[str]]] = {i: defaultdict(list) for i in ids}
        if ids:
            for r in self._rows("api_catalogue", entities=tuple(URIRef(i) for i in ids)):
                entries[r["s"]][r["p"]].append(r["o"])
        # The store orders by the first 15 bytes of the name (kg/catalogue.py); within the
        # page, whole names and ids decide.
        page = [Listed(i, entries[i]) for i in ids]
        page.sort(key=lambda e: (order_key(fold(e.name or "")), fold(e.name or ""), e.iri))
        return page, total

    def _named(self, name: str | None, kind: str) -> set[str] | None:
        """The entities of `kind` with a name containing `name`, or None (no filter)."""
        return self.search_index.containing(name, kind) if name else None

    # ------------------------------------------------------------------ persons
    def persons(
        self,
        *,
        name: str | None,
        rank: str | None,
        unit: str | None,
        date: str | None,
        limit: int,
        offset: int,
    ) -> m.Page[m.PersonSummary]:
        listed, total = self._listing(
            "api_persons",
            limit,
            offset,
            (
                self._named(name, "person"),
                self._ids("api_persons_on_date", date=date, periods=periods(date))
                if date
                else None,
            ),
            rank=parse_id("rank", rank) if rank else ANY,
            unit=parse_id("unit", unit) if unit else ANY,
        )
        items = [
            m.PersonSummary(id=local_id(e.iri), name=e.name, href=f"/persons/{local_id(e.iri)}")
            for e in listed
        ]
        return m.Page[m.PersonSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def person(self, identifier: str) -> m.Person:
        iri = parse_id("person", identifier)
        names = sorted(r["name"] for r in self._rows("api_person_names", person=iri))
        if not names:
            raise NotFound(f"no person with id {identifier!r}")
        ranks = [
            m.RankEntry(rank=rank_ref(r["rank"]), date=r.get("date"), source=link(r["doc"]))
            for r in self._rows("api_person_ranks", person=iri)
        ]
        ranks.sort(key=lambda e: (date_key(e.date), e.rank.order or 0))
        posts = [post_entry(r) for r in self._rows("api_person_posts", person=iri)]
        posts.sort(key=lambda p: (date_key(p.start or p.date), p.role))
        return m.Person(
            id=identifier,
            name=names[0],
            names=names,
            current_rank=rank_on([(e.rank, e.date) for e in ranks], None),
            ranks=ranks,
            posts=posts,
        )

    def person_events(self, identifier: str, limit: int, offset: int) -> m.Page[m.EventSummary]:
        self.person(identifier)
        rows = self._rows("api_person_events", person=parse_id("person", identifier))
        return paginate(self._event_summaries(rows), limit, offset)

    # ------------------------------------------------------------------ events
    @staticmethod
    def _event_summaries(rows: list[Row]) -> list[m.EventSummary]:
        items = [
            m.EventSummary(
                id=local_id(r["s"]),
                title=r.get("label"),
                date=r.get("date"),
                kind=short_type(r.get("kind")),
                href=f"/events/{local_id(r['s'])}",
            )
            for r in rows
        ]
        items.sort(key=lambda e: (date_key(e.date), e.id))
        return items

    def events(
        self,
        *,
        kind: str | None,
        date_from: str | None,
        date_to: str | None,
        unit: str | None,
        attendee: str | None,
        title: str | None,
        limit: int,
        offset: int,
    ) -> m.Page[m.EventSummary]:
        rows = self._rows(
            "api_events",
            kind=CAND[kind] if kind else ANY,
            unit=parse_id("unit", unit) if unit else ANY,
            person=parse_id("person", attendee) if attendee else ANY,
        )
        items = self._event_summaries(rows)
        if date_from:
            items = [e for e in items if e.date and e.date[: len(date_from)] >= date_from]
        if date_to:
            items = [e for e in items if e.date and e.date[: len(date_to)] <= date_to]
        items = name_filter(items, title, lambda e: e.title)
        return paginate(items, limit, offset)

    @remembered
    def event(self, identifier: str) -> m.Event:
        rows = self._rows("api_event", event=parse_id("event", identifier))
        if not rows:
            raise NotFound(f"no event with id {identifier!r}")
        values: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            values[r["p"]].append(r)

        def first(prop: URIRef) -> str | None:
            found = sorted(r["o"] for r in values.get(str(prop), []))
            return found[0] if found else None

        def refs(*props: URIRef) -> list[m.Ref]:
            out = {r["o"]: link(r["o"], r.get("label")) for p in props for r in values[str(p)]}
            return [out[k] for k in sorted(out)]

        people = {r["o"] for p in (SCHEMA.attendee, CAND.chair) for r in values[str(p)]}
        return m.Event(
            id=identifier,
            title=first(SCHEMA.name),
            date=first(SCHEMA.startDate),
            kind=short_type(first(CAND.eventKind)),
            location=sorted({r["o"] for r in values[str(SCHEMA.location)]}),
            organisers=refs(SCHEMA.organizer),
            chairs=refs(CAND.chair),
            attendees=len(people),
            sources=[link(d) for d in sorted({r["doc"] for r in rows})],
        )

    @remembered
    def event_attendees(self, identifier: str, limit: int, offset: int) -> m.Page[m.Attendee]:
        """Attendees with the rank and posts the event's own source gives them, completed by
        roster intervals covering the date and, for a rank the source omits, the latest one
        seen before. Reading whole careers only where needed keeps this view cheap."""
        event = self.event(identifier)
        iri = parse_id("event", identifier)
        day = event.date[:10] if event.date else None
        ranks: dict[str, list[tuple[m.RankRef, str | None]]] = defaultdict(list)
        for r in self._rows("api_event_attendee_ranks", event=iri):
            ranks[r["person"]].append((rank_ref(r["rank"]), r.get("date")))
        attendees = self._rows("api_event_attendees", event=iri)
        missing = {r["person"] for r in attendees} - set(ranks)
        if missing:
            for r in self._rows("api_event_attendee_rank_history", event=iri):
                if r["person"] in missing:
                    ranks[r["person"]].append((rank_ref(r["rank"]), r.get("date")))
        posts: dict[str, dict[tuple[str, ...], m.PostEntry]] = defaultdict(dict)
        rows = self._rows("api_event_attendee_posts", event=iri)
        rows += self._rows("api_event_attendee_intervals", event=iri, day=day or "9999")
        for r in rows:
            post = post_entry(r)
            if held_on(post, day):
                same = (post.role_id, post.unit.id if post.unit else "", post.source.id)
                posts[r["person"]].setdefault(same, post)
        people: dict[str, m.Attendee] = {}
        for r in attendees:
            key = r["person"]
            chair = r.get("chair") == "true"
            if key in people:
                people[key].chair = people[key].chair or chair
                continue
            people[key] = m.Attendee(
                person=link(r["person"], r.get("name")),
                chair=chair,
                rank=rank_on(ranks.get(key, []), day),
                posts=sorted(posts.get(key, {}).values(), key=lambda p: p.role),
            )
        items = sorted(
            people.values(),
            key=lambda a: (
                not a.chair,
                a.rank.order if a.rank and a.rank.order else 99,
                fold(a.person.name or ""),
            ),
        )
        return paginate(items, limit, offset)

    # ------------------------------------------------------------------ units
    def units(
        self, *, name: str | None, parent: str | None, limit: int, offset: int
    ) -> m.Page[m.UnitSummary]:
        listed, total = self._listing(
            "api_units",
            limit,
            offset,
            (self._named(name, "unit"),),
            parent=parse_id("unit", parent) if parent else ANY,
        )
        items = [
            m.UnitSummary(
                id=local_id(e.iri),
                name=e.name,
                type=short_type(e.first(CAND.listedAs, lambda t: t != str(CAND.Unit))),
                parent=ref(e.first(CAND.listedUnder)),
                href=f"/units/{local_id(e.iri)}",
            )
            for e in listed
        ]
        return m.Page[m.UnitSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def unit(self, identifier: str) -> m.Unit:
        iri = parse_id("unit", identifier)
        rows = self._rows("api_unit", unit=iri)
        if not rows:
            raise NotFound(f"no unit with id {identifier!r}")
        by: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            by[r["rel"]].append(r)
        names = sorted({r["o"] for r in by["name"]})
        types = sorted(
            short_type(r["o"]) or ""
            for r in by["type"]
            if r["o"].startswith(ONTOLOGY_IRI) and r["o"] != str(CAND.Unit)
        )
        parents = sorted(by["parent"], key=lambda r: r["o"])
        subunits = {
            r["o"]: link(r["o"], r.get("label"))
            for r in by["child"]
            if kind_of(r["o"]) == "unit"  # a cluster the unit set up is not a sub-unit
        }
        clusters = [
            m.ClusterMembershipEntry(
                cluster=link(r["cluster"], r.get("label")),
                year=r.get("year"),
            )
            for r in self._rows("api_unit_clusters", unit=iri)
        ]
        leaders = [
            m.Leader(
                person=link(r["person"], r.get("name")),
                role=role_name(r["role"], r.get("roleLabel")),
                role_id=local_id(r["role"]),
                date=r.get("date"),
                start=r.get("start"),
                end=r.get("end"),
                source=link(r["doc"]),
            )
            for r in self._rows("api_unit_leaders", unit=iri)
        ]
        leaders.sort(key=lambda lead: (date_key(lead.start or lead.date), lead.role))
        return m.Unit(
            id=identifier,
            name=names[0] if names else None,
            names=names,
            type=types[0] if types else None,
            parent=link(parents[0]["o"], parents[0].get("label")) if parents else None,
            subunits=[subunits[k] for k in sorted(subunits)],
            clusters=sorted(clusters, key=lambda c: (c.cluster.id, c.year or "")),
            leaders=leaders,
            sources=[link(r["o"]) for r in sorted(by["source"], key=lambda r: r["o"])],
        )

    # ------------------------------------------------------------------ clusters
    def clusters(self, *, name: str | None, limit: int, offset: int) -> m.Page[m.ClusterSummary]:
        named = self._named(name, "cluster")
        listed, total = self._listing("api_clusters", limit, offset, (named,))
        items = [
            m.ClusterSummary(
                id=local_id(e.iri),
                name=e.name,
                type=short_type(e.first(CAND.listedAs, lambda t: t in CLUSTER_TYPES, last=True)),
                href=f"/clusters/{local_id(e.iri)}",
            )
            for e in listed
        ]
        return m.Page[m.ClusterSummary](items=items, total=total, limit=limit, offset=offset)

    @remembered
    def cluster(self, identifier: str) -> m.Cluster:
        rows = self._rows("api_cluster", cluster=parse_id("cluster", identifier))
        by: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            by[r["rel"]].append(r)
        types = [r["o"] for r in by["type"] if r["o"] in CLUSTER_TYPES]
        if not types:
            raise NotFound(f"no cluster with id {identifier!r}")
        names = sorted({r["o"] for r in by["name"]})
        parents = sorted(by["parent"], key=lambda r: r["o"])
        members = {
            (r["o"], r.get("year")): m.ClusterMember(
                unit=link(r["o"], r.get("label")),
                year=r.get("year"),
            )
            for r in by["member"]
        }
        return m.Cluster(
            id=identifier,
            name=names[0] if names else None,
            type=short_type(sorted(types, key=str)[-1]),
            parent=link(parents[0]["o"], parents[0].get("label")) if parents else None,
            members=[members[k] for k in sorted(members, key=lambda k: (k[0], k[1] or ""))],
        )

    # ------------------------------------------------------------------ awards
    def awards(
        self, *, recipient: str | None, award: str | None, limit: int, offset: int
    ) -> m.Page[m.Award]:
        recipient_iri = ANY
        if recipient:
            kind = "person" if recipient.startswith("person:") else "unit"
            recipient_iri = parse_id(kind, recipient.split(":", 1)[-1])
        items = [
            m.Award(
                id=local_id(str(r["c"])),
                award=r.get("awardLabel"),
                award_id=local_id(str(r["award"])) if "award" in r else None,
                recipient=ref(r.get("recipient"), r.get("recipientLabel")),
                grantor=ref(r.get("grantor"), r.get("grantorLabel")),
                grantor_name=r.get("grantorName"),
                collectives=int_of(r.get("collectives")),
                individuals=int_of(r.get("individuals")),
                date=r.get("date"),
                source=link(r["doc"]),
            )
            for r in self._rows("api_awards", recipient=recipient_iri)
        ]
        items = name_filter(items, award, lambda a: a.award)
        items.sort(key=lambda a: (date_key(a.date), a.id))
        return paginate(items, limit, offset)

    # ------------------------------------------------------------------ documents
    @remembered
    def document(self, identifier: str) -> m.Document:
        iri = parse_id("doc", identifier)
        size = self._rows("api_document_size", doc=iri)
        triples = int_of(size[0].get("n")) if size else 0
        if not triples:
            raise NotFound(f"no document with id {identifier!r}")
        own: dict[str, list[str]] = defaultdict(list)
        for r in self._rows("api_document", doc=iri):
            own[r["p"]].append(r["o"])

        def one(*props: URIRef) -> str | None:
            for prop in props:
                if own.get(str(prop)):
                    return sorted(own[str(prop)])[0]
            return None

        facts = m.DocumentFacts()
        groups = {
            "person": facts.persons,
            "unit": facts.units,
            "cluster": facts.clusters,
            "event": facts.events,
            "conferral": facts.awards,
        }
        for r in self._rows("api_document_facts", doc=iri):
            item = link(r["s"], r.get("label"))
            if item is not None and item.kind in groups:
                groups[item.kind].append(item)
        for group in groups.values():
            group.sort(key=lambda x: x.id)
        dcterms = "http://purl.org/dc/terms/"
        return m.Document(
            id=identifier,
            title=one(SCHEMA.name, SCHEMA.headline, URIRef(dcterms + "title")),
            date=one(SCHEMA.datePublished, URIRef(dcterms + "date"), SCHEMA.dateCreated),
            url=one(SCHEMA.url, URIRef("http://www.w3.org/ns/prov#hadPrimarySource")),
            file_name=one(CAND.fileName),
            kind=one(CAND.documentKind),
            content_hash=one(CAND.contentHash),
            triples=triples or 0,
            facts=facts,
        )

    # ------------------------------------------------------------------ search
    def search(
        self, q: str, kinds: list[str] | None, limit: int, offset: int
    ) -> m.Page[m.SearchHit]:
        found = [hit for hit in self.search_index.search(q) if not kinds or hit[1] in kinds]
        # Models for the page only: a short query can match thousands of names.
        hits = [
            m.SearchHit(
                id=local_id(iri),
                kind=kind,
                name=label,
                score=round(score, 3),
                href=f"{HREFS[kind]}{local_id(iri)}" if kind in HREFS else None,
            )
            for iri, kind, label, score in found[offset : offset + limit]
        ]
        return m.Page[m.SearchHit](items=hits, total=len(found), limit=limit, offset=offset)
