"""HTML in, article record out. Pure: no network, no files, no clock.

``extract_article`` is the one function the command line (``arsip extract``), the crawler
and ``arsip reextract`` all call, so the rows in DuckDB equal what ``extract`` prints.
"""
from __future__ import annotations

import hashlib
from typing import Any

from .dates import iso
from .html import Page
from .parsers import choose
from .parsers.generic import Generic
from .parsers.liputan6 import credits_editors
from .parsers.base import site_name_like
from .text import credit_authors, finish_paragraphs
from .topic import Profile, default_profile

RECORD_VERSION = 1

# Field order of the record, as printed and as documented in docs/extraction.md (section 7).
FIELDS = (
    "url", "source", "fetched_url", "parser", "site", "section", "article_id", "language",
    "title", "lead", "authors", "editors", "published_at", "updated_at", "dateline", "editor_codes",
    "tags", "topic_relevant", "text", "word_count", "content_hash", "images", "quotes", "figures",
)


class ExtractionError(ValueError):
    """The input is not an article page that can be read (empty, not HTML, no text)."""


def extract_article(
    html: str | bytes,
    url: str | None = None,
    source: str | None = None,
    *,
    quotes: bool = True,
    figures: bool = True,
    topic_profile: Profile | None = None,
) -> dict[str, Any]:
    """The article record of one page.

    ``url`` is where the page was fetched from (kept as ``fetched_url``; the record's ``url``
    is the canonical URL the page declares); ``source`` is a file path or the URL.
    """
    if not html or not (html.strip() if isinstance(html, (str, bytes)) else None):
        raise ExtractionError("empty page")
    try:
        page = Page(html, url)
    except Exception as e:  # lxml raises several types on garbage
        raise ExtractionError(f"not HTML ({e.__class__.__name__})") from e
    parser = choose(page)
    canonical = parser.canonical_url(page)

    raw_paragraphs = parser.paragraphs(page)
    parser_name = parser.name
    if not raw_paragraphs:
        # unknown container: trafilatura finds the main text
        fallback = parser if isinstance(parser, Generic) else Generic()
        raw_paragraphs = fallback.trafilatura_paragraphs(html, url or canonical)
        if not isinstance(parser, Generic):
            parser_name = f"{parser.name}+trafilatura"
    paragraphs, dateline, editor_codes = finish_paragraphs(raw_paragraphs)

    published = parser.published(page)
    if published is None and isinstance(parser, Generic):
        published = parser.published_date_only(page, html)
    updated = parser.updated(page)
    if published and updated and updated < published:
        updated = published  # scheduled page: its update time is its publication time

    authors = parser.authors(page)
    if not authors or all(site_name_like(a, page) for a in authors):
        authors = credit_authors(raw_paragraphs) or authors  # "Pewarta: X" closing the body
    title = parser.title(page)
    lead = parser.lead(page)
    tags = parser.tags(page)
    text = "\n\n".join(paragraphs)
    prof = topic_profile or default_profile()
    headline = " \n ".join(filter(None, [title or "", lead or "", " ; ".join(tags)]))

    editors = parser.editors(page) if hasattr(parser, "editors") else []
    editors = [e for e in (editors or credits_editors(page)) if e not in authors]

    record: dict[str, Any] = {
        "url": canonical or url or source,
        "source": source or url,
        "fetched_url": url,
        "parser": parser_name,
        "site": _site(canonical or url),
        "section": parser.section(page, canonical or url),
        "article_id": parser.article_id(page, canonical),
        "language": page.lang or "id",
        "title": title,
        "lead": lead,
        "authors": authors,
        "editors": editors,
        "published_at": iso(published),
        "updated_at": iso(updated),
        "dateline": dateline,
        "editor_codes": editor_codes,
        "tags": tags,
        "topic_relevant": prof.relevant(headline, paragraphs),
        "text": text,
        "word_count": len(text.split()),
        "content_hash": content_hash(title, lead, text),
        "images": parser.images(page),
        "quotes": [],
        "figures": [],
    }
    if quotes and paragraphs:
        from .quotes import find_quotes

        record["quotes"] = find_quotes(paragraphs)
    if figures and paragraphs:
        from .figures import find_figures

        record["figures"] = find_figures(paragraphs)
    return record


def content_hash(title: str | None, lead: str | None, text: str) -> str:
    """What makes two fetches of an article the same version: its headline, lead and body."""
    h = hashlib.sha256("\x1f".join([title or "", lead or "", text]).encode("utf-8"))
    return h.hexdigest()[:32]


def _site(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host or None
