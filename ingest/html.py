"""The article in an HTML news page (title, publication date, main text) through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None  # ISO date of publication when the page gives one


def extract_html(html: str) -> HtmlArticle | None:
    """Main text, title and date of a news page; None when the page holds no article."""
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        return None
    title = getattr(result, "title", None) or None
    lines = text.split("\n")
    # trafilatura repeats the headline as the first line of the body; the title keeps it.
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:]).strip() or text
    return HtmlArticle(text=text, title=title, date=getattr(result, "date", None) or None)
