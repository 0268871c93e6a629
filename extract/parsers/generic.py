"""The fallback for pages of unknown sites (detik, kompas, tribunnews, cnnindonesia, antaranews...).

Metadata from JSON-LD and <meta> first; the body from a known article container when the page
has one, else from trafilatura; dates the page only shows as text go through the Indonesian
date grammar; htmldate is the last resort (a date without a time).
"""
from __future__ import annotations

import re

from ..dates import WIB, parse_iso, parse_visible
from ..html import Page, clean_ws, text_of
from .base import Parser, block_paragraphs, dedupe, site_name_like

# Article-body containers of common Indonesian outlets, most specific first.
BODY_SELECTORS = (
    "[itemprop=articleBody]",
    ".detail__body-text",          # detik
    ".read__content",              # kompas
    ".txt-article", "#article_content",  # tribunnews
    ".detail-text",                # cnnindonesia
    ".wrap__article-detail-content", ".post-content",  # antaranews
    ".article-content-body",       # KLY sites (merdeka, fimela...)
    ".entry-content", ".article-body", ".article__content", ".content-article", ".news-content",
)
DATE_SELECTORS = (".detail__date", ".read__time", ".date", ".time", ".post-date", ".article-date", "time")
BYLINE = re.compile(r"\b(?:penulis|reporter|pewarta|oleh)\s*:?\s*([A-Z][\w.' -]{2,60}?)(?=\s*(?:\||,|editor\b|-|$))", re.I)


class Generic(Parser):
    name = "generic"

    @classmethod
    def detect(cls, page: Page) -> bool:
        return True

    def authors(self, page: Page) -> list[str]:
        names = self.ld_authors(page)
        if names:
            return names
        for sel in (".detail__author", ".read__credit__item", "#penulis", ".author", ".byline", "[rel=author]",
                    ".credit"):
            for el in page.css(sel):
                t = text_of(el)
                m = BYLINE.search(t)
                cand = m.group(1) if m else t
                cand = re.split(r"\s+-\s+|\s*\|\s*", cand)[0].strip()
                if cand and len(cand) <= 60 and not site_name_like(cand, page) and not re.search(r"\d", cand):
                    names.append(cand)
            if names:
                break
        return [n for n in dedupe(names) if not re.match(r"^tim\b", n, re.I)]

    def published(self, page: Page):
        dt = super().published(page)
        if dt:
            return dt
        for sel in DATE_SELECTORS:
            for el in page.css(sel):
                dt = parse_iso(el.get("datetime"), self.site_tz) or parse_visible(text_of(el), self.site_tz)
                if dt:
                    return dt
        return None

    def published_date_only(self, page: Page, html: str | bytes):
        try:
            from htmldate import find_date
        except ImportError:  # pragma: no cover
            return None
        d = find_date(html if isinstance(html, str) else html.decode("utf-8", "replace"),
                      original_date=True, url=page.url)
        return parse_iso(d, WIB) if d else None

    def paragraphs(self, page: Page) -> list[str]:
        for sel in BODY_SELECTORS:
            found = page.css(sel)
            if found:
                paras = []
                for el in found:
                    paras.extend(block_paragraphs(el))
                if sum(len(p) for p in paras) > 200:
                    return paras
        return []

    def trafilatura_paragraphs(self, html: str | bytes, url: str | None) -> list[str]:
        import trafilatura

        text = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True,
            target_language=None, deduplicate=False, with_metadata=False,
        )
        return [clean_ws(p) for p in (text or "").split("\n") if clean_ws(p)]
