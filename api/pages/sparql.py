"""The SPARQL page: `GET /sparql` from a browser, with no query, gets an editor whose examples are
the named queries of kg/queries (sparql_examples.json says what each asks, in Vietnamese and
English, and which demo values fill its parameters). Its script runs queries against /sparql
and links result IRIs to the API's pages; it loads nothing from elsewhere."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from fastapi.responses import HTMLResponse
from rdflib import Literal, URIRef
from rdflib.term import Node

from api.service.common import HREFS
from core.ids import ID_BASE
from kg import queries
from kg.sparql import bind

HERE = Path(__file__).parent


def wants_page(accept: str | None) -> bool:
    """A browser asks for HTML; SPARQL clients ask for result formats."""
    return "text/html" in (accept or "")


def _term(value: str) -> Node:
    return URIRef(value) if value.startswith("https://") else Literal(value)


@cache
def examples() -> list[dict[str, str]]:
    """Each example: the named query's name, its descriptions, and its text with values bound."""
    data = json.loads((HERE / "sparql_examples.json").read_text(encoding="utf-8"))
    return [
        {
            "name": item["query"],
            "vi": item["vi"],
            "en": item["en"],
            "sparql": bind(
                queries.text(item["query"]), **{k: _term(v) for k, v in item["params"].items()}
            ),
        }
        for item in data["examples"]
    ]


@cache
def _page() -> str:
    config = {"examples": examples(), "idBase": ID_BASE, "hrefs": HREFS}
    # Inside <script type="application/json">: no "</" may close the element early.
    payload = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    template = (HERE / "sparql.html").read_text(encoding="utf-8")
    return template.replace("{{CONFIG}}", payload)


def sparql_page() -> HTMLResponse:
    return HTMLResponse(_page(), headers={"Vary": "Accept"})
