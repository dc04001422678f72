"""Evidence between groups of mentions of one name (or of names one person may be written with,
`kg.resolve.names`): is it one person, two, or unknown?

A profile sums up a group of mentions: the documents they come from, each rank with the first
and last dates it was seen, the posts with their periods, the units of the posts and the
units of the documents. Two profiles conflict when they cannot be one person:
- they share a document (a document that names two people with one name means two);
- their names are not compatible (two different middle names);
- their ranks go down over time, two ranks are seen on one day, or a rank rises faster than
  `min_years_per_rank` allows (a rank one step lower, seen shortly after in the head post held
  at the higher one, is a report lagging behind a promotion);
- they hold police posts in two places neither of which contains the other at one time (a
  party or state post is held beside a police one, so it never conflicts; a mention that moves
  from one unit to another, `điều động ... từ A về B`, shows both posts on one date and is not
  taken as holding them at once).
Otherwise the evidence for (same post, same unit, same province, a post unit the other's
document names, same rank) and against (posts only in other provinces; no written name
shared, so that a short name joins only on evidence) is summed with the
weights of `data/evidence.csv`; a post a mention moves to counts only with those holding it
from that day on."""

from __future__ import annotations

from dataclasses import dataclass

from kg.resolve.mentions import PersonMention, PostSeen, given_spelling
from kg.resolve.names import compatible, written_alike
from kg.resolve.rules import (
    Period,
    as_merged,
    as_merged_departments,
    merged_departments_on,
    period,
    rotation_steps,
    sole_roles,
    weight,
    within,
    years_between,
)

_OPEN_END = 10**7


@dataclass(frozen=True)
class _Post:
    role: str
    unit: str
    chain: frozenset[str]
    period: Period
    doc: str
    province: str | None = None  # the provincial police it is under, if any


def _post_period(post: PostSeen, fallback: str | None) -> Period | None:
    start, end = period(post.start), period(post.end)
    if start is not None or end is not None:
        lo = (start or end or (0, 0))[0]
        # A post is left on its end date, the day a successor may take another post; a roster
        # row without an end date tells only that the post was held when it began.
        hi = max(lo, end[0] - 1) if end is not None else (start or (0, 0))[1]
        return lo, hi
    return period(post.seen or fallback)


def _exclusive(mention: PersonMention) -> list[PostSeen]:
    """The police posts a mention holds at its date: all of them, unless the posts lie in
    places apart, which is a move from one to another."""
    police = [p for p in mention.posts if not p.civil and p.unit]
    for a in police:
        for b in police:
            if apart(a.unit or "", frozenset(a.chain), b.unit or "", frozenset(b.chain)):
                return []
    return police


def _arrivals(mention: PersonMention) -> list[PostSeen]:
    """The posts a mention that moves (police posts in places apart on one date) moves to: all
    but the one it leaves, which is its former post (`nguyên ...`) if it names one, else the
    first written (`A, Phó Giám đốc Công an tỉnh X được điều động ... Giám đốc Công an tỉnh Y`)."""
    if _exclusive(mention) or not mention.posts:
        return []
    police = [p for p in mention.posts if not p.civil and p.unit]
    left = [p for p in police if p.end] or police[:1]
    return [p for p in police if p not in left]


def apart(unit_a: str, chain_a: frozenset[str], unit_b: str, chain_b: frozenset[str]) -> bool:
    return unit_a not in chain_b and unit_b not in chain_a


@dataclass(frozen=True)
class PersonProfile:
    docs: frozenset[str]
    ranks: tuple[tuple[int, Period, Period], ...]  # (seniority, first seen, last seen)
    posts: tuple[_Post, ...]  # police posts held at a date
    units: frozenset[str]  # units of every post
    roles: frozenset[tuple[str, str]]  # (role, unit) of every post
    provinces: frozenset[str]  # the chains of the posts' units (for "same province")
    police: frozenset[str]  # the provincial police of the police posts
    context: frozenset[str]  # units the documents name
    beside: frozenset[str]  # units named in the documents where the person holds a post
    bare: bool  # no post at all
    # posts moved to (role, unit, day): they tell who holds them from that day, not before
    arrivals: frozenset[tuple[str, str, int]] = frozenset()
    names: frozenset[str] = frozenset()  # the folded names written (`kg.resolve.names`)
    heads: frozenset[str] = frozenset()  # provincial police it holds a post of (not under)
    bodies: frozenset[str] = frozenset()  # provinces of its posts in a Tỉnh ủy, UBND, HĐND
    left: frozenset[tuple[str, int]] = frozenset()  # (unit, day) a stated move leaves
    spellings: frozenset[str] = frozenset()  # given names with accents (`given_spelling`)

    @classmethod
    def of(cls, mention: PersonMention) -> PersonProfile:
        ranks: dict[int, tuple[Period, Period]] = {}
        for seniority, date in mention.ranks:
            seen = period(date or mention.date)
            if seen is not None:
                ranks[seniority] = _widen(ranks.get(seniority), (seen, seen))
        posts = []
        for post in _exclusive(mention):
            if post.former and not post.start:
                # a post a report says was left (`nguyên ...`) was held on no day it tells:
                # it is evidence of the post, not of holding it on the report's date
                continue
            when = _post_period(post, mention.date)
            if when is not None and post.unit:
                chain = frozenset(post.chain)
                posts.append(_Post(post.role, post.unit, chain, when, mention.doc, post.province))
        moved = _arrivals(mention)
        day = period(mention.date)
        held = [p for p in mention.posts if p not in moved or day is None]
        units = frozenset(p.unit for p in held if p.unit)
        return cls(
            docs=frozenset([mention.doc]),
            ranks=tuple((s, first, last) for s, (first, last) in sorted(ranks.items())),
            posts=tuple(posts),
            units=units,
            roles=frozenset(
                (p.role, u)
                for p in held
                if p.unit
                for u in as_merged_departments(frozenset([p.unit]), mention.date)
            ),
            provinces=as_merged(
                frozenset(c for p in mention.posts if not p.civil for c in p.chain), mention.date
            )
            - {MINISTRY},
            police=frozenset(p.province for p in mention.posts if not p.civil and p.province),
            context=as_merged(frozenset(mention.context), mention.date),
            beside=frozenset(mention.context) if mention.posts else frozenset(),
            bare=not mention.posts,
            arrivals=frozenset((p.role, p.unit or "", day[0]) for p in moved if day is not None),
            names=frozenset([mention.block]),
            spellings=frozenset([given_spelling(mention.name)]),
            heads=frozenset(
                p.unit for p in mention.posts if not p.civil and p.unit and p.unit == p.province
            ),
            bodies=frozenset(p.province for p in mention.posts if p.civil and p.province),
            left=frozenset(
                (p.unit, day[0])
                for p in held
                if moved and day is not None and p.unit and not p.civil
            ),
        )

    def merged(self, other: PersonProfile) -> PersonProfile:
        return PersonProfile(
            self.docs | other.docs,
            _merge_ranks(self.ranks, other.ranks),
            self.posts + other.posts,
            self.units | other.units,
            self.roles | other.roles,
            self.provinces | other.provinces,
            self.police | other.police,
            self.context | other.context,
            self.beside | other.beside,
            self.bare and other.bare,
            self.arrivals | other.arrivals,
            self.names | other.names,
            self.heads | other.heads,
            self.bodies | other.bodies,
            self.left | other.left,
            self.spellings | other.spellings,
        )

    def conflict(self, other: PersonProfile, *, within_document: bool = False) -> str | None:
        """Why the two cannot be one person, or None. `within_document`: two records of one
        document (roster rows), which may be one person."""
        if self.docs & other.docs and not within_document:
            return "one document names both"
        if self.names != other.names and not all(
            compatible(a, b) for a in self.names for b in other.names
        ):
            return "names with different middle names"
        if reason := _rank_conflict(self.ranks, other.ranks, self.posts + other.posts):
            return reason
        for a in self.posts:
            for b in other.posts:
                if apart(a.unit, a.chain, b.unit, b.chain) and (
                    within(a.period, b.period) or within(b.period, a.period)
                ):
                    return f"posts at one time in {a.unit} and {b.unit}"
        left = self.left | other.left
        return _held_between(self.posts, other.posts, left) or _held_between(
            other.posts, self.posts, left
        )

    def score(self, other: PersonProfile) -> tuple[float, list[str]]:
        reasons: list[str] = []
        total = 0.0

        def add(rule: str, detail: str) -> None:
            nonlocal total
            total += weight(rule)
            reasons.append(f"{rule}: {detail}")

        if shared := sorted((self.roles & other.roles) | self._met(other) | other._met(self)):
            add("same_post", ", ".join(f"{r} {u}" for r, u in shared[:3]))
        elif shared_units := sorted(self.units & other.units):
            add("same_unit", ", ".join(shared_units[:3]))
        elif shared_places := sorted(self.provinces & other.provinces):
            add("same_province", ", ".join(shared_places[:3]))
        elif self.police and other.police:
            if step := _rotation(self.posts, other.posts) or _rotation(other.posts, self.posts):
                add("rotation", step)
            else:
                add("other_provinces", "posts in different provinces, nothing links them")
        if seen := sorted((self.units & other.beside) | (other.units & self.beside)):
            add("seen_with", ", ".join(seen[:3]))
        if self.bare or other.bare:
            # What a mention without post has is its document: the places it names.
            bare, known = (self, other) if self.bare else (other, self)
            places = (known.context if known.bare else known.provinces) - {MINISTRY}
            named = bare.context - {MINISTRY}
            # one who serves only the ministry (a department head) goes to every province
            travels = not known.bare and not known.police
            if places and named and not travels:
                if places & named:
                    add("document_province", ", ".join(sorted(places & named)[:2]))
                else:
                    add("other_document_province", "the documents name other places")
        if leads := sorted((self.bodies & other.heads) | (other.bodies & self.heads)):
            add("provincial_leader", ", ".join(leads[:2]))
        if {r[0] for r in self.ranks} & {r[0] for r in other.ranks}:
            add("same_rank", "the same rank")
        if not written_alike(self.names, other.names):
            add("other_spelling", " / ".join(sorted(self.names | other.names)[:3]))
        elif (
            (mine := _marked(self.spellings))
            and (theirs := _marked(other.spellings))
            and not mine & theirs
        ):
            add("other_accents", " / ".join(sorted(mine | theirs)[:3]))
        return total, reasons

    def _met(self, other: PersonProfile) -> set[tuple[str, str]]:
        """Posts this one moved to that the other holds from that day on, or moved to too."""
        theirs = {(r, u) for r, u, _ in other.arrivals}
        return {
            (role, unit)
            for role, unit, day in self.arrivals
            if (role, unit) in theirs
            or any(p.role == role and p.unit == unit and p.period[1] >= day for p in other.posts)
        }


MINISTRY = "bo-cong-an"


def _rotation(earlier: tuple[_Post, ...], later: tuple[_Post, ...]) -> str | None:
    """How `later` goes on from `earlier` as a provincial police leader moved to another
    province (`data/rotations.csv`), or None: the last post of `earlier` leads one provincial
    police, the first of `later` leads another, begun after every post of `earlier` was first
    seen (a post of `earlier` seen after it is a late report of one held before: an outlet may
    still give the post left weeks after the move, up to `stale_post_days`), and the two roles
    are a step the ministry makes. Posts at the ministry seen between the two (a deputy
    director made a deputy department head, later a director elsewhere) leave it a step."""
    provincial = [p for p in earlier if p.province], [p for p in later if p.province]
    if not provincial[0] or not provincial[1]:
        return None
    last = max(provincial[0], key=lambda p: (p.period[1], p.period[0]))
    first = min(provincial[1], key=lambda p: (p.period[0], p.period[1]))
    # posts at the ministry between the two (a deputy director made a deputy department head,
    # later a director elsewhere) are steps of the same career; nothing else may come between
    extra = [p for p in earlier if _past(p, last)] + [p for p in later if _before(p, first)]
    if any(
        p.province or MINISTRY not in p.chain or not (_past(p, last) and _before(p, first))
        for p in extra
    ):
        return None
    before = {(p.role, p.unit) for p in earlier if p.period[0] < first.period[0]}
    if (
        all((p.role, p.unit) in before for p in earlier)
        and last.period[1] <= first.period[0] + weight("stale_post_days")
        and _leader_step(last, first)
    ):
        return f"{last.role} {last.unit}, then {first.role} {first.unit}"
    return None


def _past(post: _Post, last: _Post) -> bool:
    """Whether `post` is first seen after `last` was last seen."""
    return post.period[0] > last.period[1]


def _before(post: _Post, first: _Post) -> bool:
    """Whether `post` is last seen before `first` was first seen."""
    return post.period[1] < first.period[0]


def _leader_step(before: _Post, after: _Post) -> bool:
    """Whether `after` leads another provincial police than `before` does, in a role the
    ministry moves `before`'s holder to (`data/rotations.csv`)."""
    return (
        before.unit == before.province
        and after.unit == after.province
        and before.unit != after.unit
        and (before.role, after.role) in rotation_steps()
    )


def _held_between(
    mine: tuple[_Post, ...], theirs: tuple[_Post, ...], left: frozenset[tuple[str, int]]
) -> str | None:
    """A provincial police post seen on two days is held on every day between them: a post of
    the other's in a place apart, seen strictly between, is another officer's (two namesakes
    heading two departments of one province after a merger interleave so). Not when the later
    sighting may be a late report of a post already left: it comes within `stale_post_days`
    of the other post's first sighting (an outlet still writing the old post weeks after a
    move) and one of the two posts is seen outside the other's span (the officer went on in
    the new post, or had held the old one before), or a move out of the post (`left`) is
    stated before the other post is seen. A post seen on both sides of a namesake's post, and
    that post nowhere else, is held throughout however close the dates: two officers of one
    name in two units of a province."""
    spans: dict[tuple[str, str], tuple[_Post, int, int]] = {}
    for post in mine:
        # after the merger, a department goes on where the one it took in left off
        for unit in merged_departments_on(frozenset([post.unit]), post.period[0]):
            if post.province:
                key = (post.role, unit)
                _, lo, hi = spans.get(key, (post, post.period[0], post.period[1]))
                spans[key] = (post, min(lo, post.period[0]), max(hi, post.period[1]))
    stale = weight("stale_post_days")
    for (_, unit), (held, lo, hi) in spans.items():
        for post in theirs:
            if (
                post.province
                and post.unit != unit
                and lo < post.period[0]
                and post.period[1] < hi
                and (
                    post.period[0] + stale < hi
                    or not (_seen_outside(theirs, post, lo, hi) or _leader_step(held, post))
                )
                and not any(u in (unit, held.unit) and d <= post.period[0] for u, d in left)
                and apart(held.unit, held.chain, post.unit, post.chain)
            ):
                return f"{post.role} {post.unit} while {held.role} {held.unit} was held"
    return None


def _seen_outside(posts: tuple[_Post, ...], post: _Post, lo: int, hi: int) -> bool:
    """Whether the post is seen before that span or after it: either it was held before (the
    sighting inside is a late report of it) or after (the span's last sighting is the late
    one)."""
    return any(
        p.role == post.role and p.unit == post.unit and (p.period[0] < lo or p.period[1] > hi)
        for p in posts
    )


RankSpan = tuple[int, Period, Period]


def _widen(
    known: tuple[Period, Period] | None, seen: tuple[Period, Period]
) -> tuple[Period, Period]:
    """The earlier first sighting and the later last sighting."""
    if known is None:
        return seen
    first = min(known[0], seen[0])
    last = max(known[1], seen[1], key=lambda p: (p[1], p[0]))
    return first, last


def _merge_ranks(mine: tuple[RankSpan, ...], theirs: tuple[RankSpan, ...]) -> tuple[RankSpan, ...]:
    ranks: dict[int, tuple[Period, Period]] = {}
    for seniority, first, last in mine + theirs:
        ranks[seniority] = _widen(ranks.get(seniority), (first, last))
    return tuple((s, first, last) for s, (first, last) in sorted(ranks.items()))


def _rank_conflict(
    mine: tuple[RankSpan, ...], theirs: tuple[RankSpan, ...], posts: tuple[_Post, ...] = ()
) -> str | None:
    """Ranks only rise, one step at a time: a junior rank seen after a senior one, two ranks on
    one day, or a rise of several ranks in too short a time means two people. A rank one step
    lower seen shortly after, in the head post held at the senior sighting, is a report that
    lags behind a promotion (a unit has one head at a time)."""
    if not mine or not theirs:
        return None
    ordered = _merge_ranks(mine, theirs)
    per_rank = weight("min_years_per_rank")
    for i, (junior, _, junior_last) in enumerate(ordered):
        for senior, senior_first, _ in ordered[i + 1 :]:
            if junior_last[0] > senior_first[1] and not (
                senior - junior == 1 and _lagging(junior_last, senior_first, posts)
            ):
                return "a rank lower than one seen before"
            if junior_last == senior_first and junior_last[0] == junior_last[1]:
                return "two ranks on one day"
            steps = senior - junior
            if steps > 1 and (steps - 1) * per_rank > years_between(junior_last, senior_first):
                return "ranks rising faster than promotions allow"
    return None


def _lagging(junior_last: Period, senior_first: Period, posts: tuple[_Post, ...]) -> bool:
    """Whether one head post is held at both sightings, within `rank_lag_days`."""
    if junior_last[0] - senior_first[1] > weight("rank_lag_days"):
        return False
    sole = sole_roles()

    def held(at: Period) -> set[tuple[str, str]]:
        return {
            (p.role, p.unit)
            for p in posts
            if p.role in sole and p.period[0] <= at[1] and at[0] <= p.period[1]
        }

    return bool(held(junior_last) & held(senior_first))


def _marked(spellings: frozenset[str]) -> frozenset[str]:
    """The given names written with accents: a name an outlet writes without any (`Ho Trong
    Nghia`) says nothing of which spelling it stands for."""
    return frozenset(s for s in spellings if not s.isascii())
