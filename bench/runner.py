"""What the API runs for a named query of the benchmark's plan: a list's first page as the API
pages it, a list's count as the API counts it, else the query itself."""

from __future__ import annotations

from collections.abc import Callable

from plan import PAGE, PAGED, bind_params, query_text, terms

Select = Callable[[str], list[dict[str, str]]]


def runner(
    name: str, dialect: str, select: Select, param_sets: list[dict[str, str]]
) -> Callable[[dict[str, str]], int]:
    """What the API runs for a plan name, as a function of the parameters (one of
    `param_sets`) giving the number of rows read: a list's first page as the API pages it
    (`kg.queries.paged`: a list ending with `ORDER BY ?key ?tie` sorted on the key alone, the
    ties at the page's ends looked up; its total, which the API counts first and this
    benchmark times as the list's count, counted here before any run; a list of
    `kg.buckets.LISTS` by its buckets, counted by their sizes), else the query or count."""
    from kg import buckets, queries

    base = name.removesuffix(" count")
    listed = buckets.LISTS[base] if base in PAGED and buckets.serves(dialect, base) else None
    if listed is not None and name.endswith(" count"):
        # The API counts a list paged by buckets as the sum of its buckets' sizes, or, for one
        # that walks them, with its own count.
        counted = queries.text(listed.total or listed.sizes, dialect)
        return lambda params: len(select(bind_params(counted, params)))
    if listed is not None:
        return lambda params: len(buckets.page(select, dialect, name, PAGE, 0, terms(params))[1])
    if name == "api_unit_documents":  # a page, as the API reads it, its total counted first
        count = queries.text("api_unit_document_count", dialect)
        totals = {p["unit"]: int(select(bind_params(count, p))[0]["total"]) for p in param_sets}
        return lambda params: len(
            buckets.walked_or_paged(
                select, dialect, name, totals[params["unit"]], PAGE, 0, terms(params)
            )
        )
    text = query_text(name, dialect)
    if name not in PAGED:
        return lambda params: len(select(bind_params(text, params)))
    totals = {
        bound: int(select(queries.count(bound))[0]["total"])
        for bound in {bind_params(text, params) for params in param_sets}
    }
    return lambda params: len(
        queries.paged(
            select,
            bind_params(text, params),
            PAGE,
            0,
            queries.mirror_total(dialect, totals[bind_params(text, params)]),
        )
    )
