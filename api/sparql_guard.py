"""Checks on a public SPARQL query before any store sees it.

A store executes `SERVICE` by sending HTTP requests wherever the query says (the embedded
Oxigraph does, and so does Virtuoso with its sponger and `DEFINE` pragmas), and a deeply nested
query overflows a parser's stack. So the query text is read here first, without a parser: a
linear scan that blanks out comments, strings and IRIs (keeping every offset) and then looks
for keywords and brackets in what is left. Where the scan and a real parser could disagree, the
scan refuses: a refused valid query is an inconvenience, a missed `SERVICE` is a hole."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.namespaces import PROJECT_BASE
from core.settings import Settings

_LEXEMES = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    """,
    re.VERBOSE | re.DOTALL,
)
# SPARQL applies \uXXXX and \UXXXXXXXX escapes to the whole query text before parsing it.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_BRACKETS = re.compile(r"[(){}\[\]]")
_OPENING = frozenset("({[")


def _keyword(word: str) -> re.Pattern[str]:
    """`word` as a keyword: not part of a variable, a prefixed name or a longer word."""
    return re.compile(rf"(?<![\w:?$]){word}(?![\w:])", re.IGNORECASE)


_SERVICE = _keyword("SERVICE")
_SILENT = re.compile(r"\s*SILENT(?![\w:])", re.IGNORECASE)
_DATASET = _keyword(r"(?:FROM|USING)(?:\s+NAMED)?")
_DEFINE = _keyword("DEFINE")
# Virtuoso calls its SQL functions (http_get among them) from SPARQL through these prefixes.
_SQL_CALL = re.compile(r"(?<![\w:?$])(?:bif|sql):", re.IGNORECASE)


class QueryRefused(ValueError):
    """A query this endpoint does not run; the message says which rule and how to comply."""


@dataclass(frozen=True)
class GuardPolicy:
    """What the endpoint accepts. `allowed_services` are exact endpoint URLs; `remote_store`
    restricts dataset IRIs to the project's graphs (a remote store may fetch others)."""

    max_bytes: int
    max_depth: int
    allowed_services: frozenset[str] = frozenset()
    remote_store: bool = False


def guard_policy(settings: Settings, *, remote_store: bool) -> GuardPolicy:
    return GuardPolicy(
        max_bytes=settings.query_max_bytes,
        max_depth=settings.query_max_depth,
        allowed_services=frozenset(settings.sparql_services),
        remote_store=remote_store,
    )


@dataclass(frozen=True)
class CodeView:
    """The query with comments, strings and IRIs blanked to spaces; IRIs by start offset."""

    text: str
    iris: dict[int, str]


def code_view(query: str) -> CodeView:
    parts: list[str] = []
    iris: dict[int, str] = {}
    position = 0
    for match in _LEXEMES.finditer(query):
        parts.append(query[position : match.start()])
        parts.append(" " * (match.end() - match.start()))
        if match.lastgroup == "iri":
            iris[match.start()] = match.group()[1:-1]
        position = match.end()
    parts.append(query[position:])
    return CodeView("".join(parts), iris)


def unescape_codepoints(query: str) -> str:
    return _CODEPOINT.sub(lambda m: _codepoint(m.group(1) or m.group(2)), query)


def _codepoint(hex_digits: str) -> str:
    value = int(hex_digits, 16)
    return chr(value) if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else "\ufffd"


def nesting_depth(view: CodeView, stop_above: int) -> int:
    """The deepest bracket nesting, or the first depth past `stop_above`."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(view.text):
        if match.group() in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
            if deepest > stop_above:
                break
        else:
            depth = max(depth - 1, 0)
    return deepest


def _target(view: CodeView, position: int) -> str | None:
    """The IRI written at `position` (after spaces), or None if something else is there."""
    return view.iris.get(_skip_spaces(view, position))


def _skip_spaces(view: CodeView, position: int) -> int:
    while position < len(view.text) and view.text[position].isspace():
        if position in view.iris:
            break
        position += 1
    return position


def service_targets(view: CodeView) -> list[tuple[int, str | None]]:
    """Where the endpoint of every SERVICE clause starts, and its IRI (None where it is not a
    written IRI)."""
    targets: list[tuple[int, str | None]] = []
    for match in _SERVICE.finditer(view.text):
        silent = _SILENT.match(view.text, match.end())
        position = _skip_spaces(view, silent.end() if silent else match.end())
        targets.append((position, view.iris.get(position)))
    return targets


def redirect_services(query: str, relayed: dict[str, str]) -> str:
    """The query with each SERVICE endpoint found in `relayed` replaced by its relay URL."""
    parts: list[str] = []
    position = 0
    for start, iri in service_targets(code_view(query)):
        if iri in relayed:
            parts += [query[position:start], f"<{relayed[iri]}>"]
            position = start + len(iri) + 2
    return "".join(parts) + query[position:]


def dataset_iris(view: CodeView) -> list[str | None]:
    """The graph of every FROM, FROM NAMED, USING and USING NAMED; None where not an IRI."""
    return [_target(view, match.end()) for match in _DATASET.finditer(view.text)]


def _shorten(iri: str) -> str:
    return iri if len(iri) <= 80 else f"{iri[:77]}..."


def check_services(targets: Iterable[str | None], allowed: frozenset[str]) -> None:
    for target in targets:
        if not allowed:
            raise QueryRefused(
                "SERVICE (federated query) is not accepted here: this endpoint sends no "
                "requests to other servers (operators can allow endpoints with "
                "KG_SPARQL_SERVICES)"
            )
        if target is None:
            raise QueryRefused(
                "SERVICE must name its endpoint with a full IRI written in the query "
                "(no variable or prefixed name), one of those in KG_SPARQL_SERVICES"
            )
        if target not in allowed:
            raise QueryRefused(
                f"SERVICE <{_shorten(target)}> is not one of the endpoints this server may "
                "call (KG_SPARQL_SERVICES)"
            )


def check_dataset(iris: Iterable[str | None]) -> None:
    """On a remote store, only the project's own graphs may be named as the dataset."""
    for iri in iris:
        if iri is None or not iri.startswith(PROJECT_BASE):
            shown = "a prefixed name" if iri is None else f"<{_shorten(iri)}>"
            raise QueryRefused(
                f"FROM, FROM NAMED and graph parameters take this store's graphs only "
                f"(IRIs under {PROJECT_BASE}), not {shown}"
            )


def _check_view(view: CodeView, policy: GuardPolicy) -> None:
    depth = nesting_depth(view, policy.max_depth)
    if depth > policy.max_depth:
        raise QueryRefused(
            f"the query nests brackets deeper than {policy.max_depth} levels "
            "(KG_QUERY_MAX_DEPTH); flatten it"
        )
    if _DEFINE.search(view.text):
        raise QueryRefused("DEFINE pragmas are not accepted here")
    if _SQL_CALL.search(view.text) or any(
        iri.lower().startswith(("bif:", "sql:")) for iri in view.iris.values()
    ):
        raise QueryRefused("bif: and sql: functions are not accepted here")
    check_services([iri for _, iri in service_targets(view)], policy.allowed_services)
    if policy.remote_store:
        check_dataset(dataset_iris(view))


def check_query(query: str, policy: GuardPolicy) -> None:
    """Raise QueryRefused unless the query is within the size and depth limits, calls no
    endpoint outside `policy.allowed_services`, and (on a remote store) names only the
    project's graphs as its dataset. The text is read as written and with its codepoint
    escapes applied, as a parser would, and must pass both ways."""
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > policy.max_bytes:
        raise QueryRefused(
            f"the query is {size} bytes; the limit is {policy.max_bytes} (KG_QUERY_MAX_BYTES)"
        )
    _check_view(code_view(query), policy)
    unescaped = unescape_codepoints(query)
    if unescaped != query:
        _check_view(code_view(unescaped), policy)


def check_graph_parameters(iris: Iterable[str], policy: GuardPolicy) -> None:
    """`default-graph-uri` and `named-graph-uri` follow the rule of FROM and FROM NAMED."""
    if policy.remote_store:
        check_dataset(iris)
