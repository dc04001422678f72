"""The article in an HTML news page (title, publication date, main text) through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml.etree import ParserError

from core.text import collapse_spaces

# Vietnamese news sites put the lead paragraph ("sapo") outside the body container that
# trafilatura picks, so it is looked up by these class names and put back in front.
_LEAD_XPATH = (
    "//*[self::p or self::h2 or self::div or self::span]"
    "[contains(@class, 'sapo') or contains(@class, 'lead') or contains(@class, 'chapeau')"
    " or contains(@class, 'summary') or contains(@class, 'description')]"
)


# Where a page states its publication date for machines; without one the date trafilatura
# reports is a guess from the page text (a footer's update time, a copyright year).
_DATE_MARKUP_XPATH = (
    "//meta[contains(@property, 'published_time') or contains(@property, 'publish_date')"
    " or @itemprop='datePublished' or @name='pubdate' or @name='publishdate'"
    " or @name='article:published_time' or @name='date']"
    " | //time[@datetime] | //*[@itemprop='datePublished']"
    " | //script[@type='application/ld+json'][contains(., 'datePublished')]"
)
MIN_PARAGRAPH_WORDS = 10


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None  # ISO date of publication when the page gives one
    date_guessed: bool = False  # the page has no date markup: `date` comes from its text
    site: str | None = None  # the publisher's name, when the page gives it


def extract_html(html: str) -> HtmlArticle | None:
    """Main text, title and date of a news page; None when the page holds no article."""
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    # On a page without an article trafilatura falls back to menus and link lists: short lines.
    if not any(len(line.split()) >= MIN_PARAGRAPH_WORDS for line in text.split("\n")):
        return None
    title = getattr(result, "title", None) or None
    lines = text.split("\n")
    # trafilatura repeats the headline as the first line of the body; the title keeps it.
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:]).strip() or text
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        tree = None
    lead = _lead(tree) if tree is not None else None
    if lead and lead not in collapse_spaces(text):
        text = f"{lead}\n{text}"
    date = getattr(result, "date", None) or None
    guessed = bool(date) and (tree is None or not tree.xpath(_DATE_MARKUP_XPATH))
    site = getattr(result, "sitename", None) or None
    return HtmlArticle(text=text, title=title, date=date, date_guessed=guessed, site=site)


def _lead(tree: lxml.html.HtmlElement) -> str | None:
    for node in tree.xpath(_LEAD_XPATH):
        if node.tag in ("meta", "head"):
            continue
        text = collapse_spaces(node.text_content())
        if len(text) >= 40:
            return text
    return None
