"""Units renamed before an article's date, read by their name on that date: after 1 January
2025 `Công an tỉnh Thừa Thiên Huế` is `Công an thành phố Huế`, a provincial police under the
ministry, not the city police under the province (`core/data/renamings.csv`)."""

from __future__ import annotations

from collections.abc import Collection

from core.reorganisation import renamings, reorganisation_date
from ingest.extract.hierarchy import absorbing_police
from ingest.model import Facts


def rename_as_of_date(facts: Facts, told: Collection[str] = ()) -> None:
    """Every unit name of `facts` as the document's date has it; a unit the article names as
    the one a renaming it reports renamed (`told`) stays a unit of the article as well."""
    day = facts.document.date
    if not day:
        return
    done = [r for r in renamings() if day >= r.date[: len(day)]]
    if not done:
        return
    names = {r.original: r.resulting for r in done}
    parents = {r.resulting: r.parent for r in done}

    def now(name: str | None) -> str | None:
        return names.get(name, name) if name else name

    merged: dict[str, int] = {}
    for k, org in enumerate(list(facts.organisations)):
        if org.name in told:
            merged.setdefault(org.name, k)
            continue
        org.name = now(org.name) or org.name
        org.parent = parents.get(org.name, now(org.parent))
        merged.setdefault(org.name, k)
    facts.organisations = [o for k, o in enumerate(facts.organisations) if merged[o.name] == k]
    for person in facts.persons:
        for post in person.positions:
            post.organisation = now(post.organisation)
    for cluster in facts.clusters:
        cluster.parent = now(cluster.parent)
        cluster.members = list(dict.fromkeys(now(m) or m for m in cluster.members))
    for event in facts.events:
        event.organisers = list(dict.fromkeys(now(o) or o for o in event.organisers))
    for award in facts.awards:
        award.recipient = now(award.recipient)


_COMMUNE_POLICE = tuple(f"Công an {level} " for level in ("xã", "phường", "thị trấn", "đặc khu"))


def communes_as_of_date(facts: Facts) -> None:
    """A commune's police in an article dated on or after the provinces merged is under the
    police of the province its old one became part of (`Công an xã A, tỉnh Long An (cũ)` of
    August 2025 is under Công an tỉnh Tây Ninh): the old province's police had ended."""
    day = facts.document.date
    merged = reorganisation_date("provinces_merged")
    if not day or day < merged[: len(day)]:
        return
    for org in facts.organisations:
        if org.parent and org.name.startswith(_COMMUNE_POLICE):
            org.parent = absorbing_police(org.parent) or org.parent
