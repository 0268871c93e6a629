"""The fallback for pages of unknown sites (detik, kompas, tribunnews, cnnindonesia, antaranews...).

Order for every field: JSON-LD and <meta> first; then what the page prints (a known article
container or byline class of the common Indonesian outlets, then the densest block of
paragraphs); trafilatura for the body when nothing else is found (``core.extract_article``);
htmldate as the last resort for the date (a date without a time, at 00:00 of the site's zone).
"""
from __future__ import annotations

import re
from datetime import timezone
from urllib.parse import urlsplit

from ..dates import WIB, parse_iso, zone_in
from ..html import Page, clean_ws, text_of
from .base import Parser, dedupe, site_name_like, slug

# Article-body containers of common Indonesian outlets, most specific first.
BODY_SELECTORS = (
    "[itemprop=articleBody]",
    ".detail__body-text",          # detik
    ".read__content",              # kompas
    ".txt-article", "#article_content", ".side-article.txt-article",  # tribunnews
    ".detail-text",                # cnnindonesia
    ".wrap__article-detail-content", ".post-content",  # antaranews
    ".article-content-body",       # KLY sites (merdeka, fimela...)
    ".entry-content", ".article-body", ".article__body", ".article__content", ".content-article", ".news-content",
    ".detail-content", ".article-content", ".post-body", ".story-body",
)
TIME_SELECTORS = (".detail__date", ".read__time", ".date", ".time", ".post-date", ".article-date", ".entry-date",
                  ".text-cnn_grey", ".detail__author-date", ".article__date", ".news-date", ".post-modified",
                  ".date-modified", ".modified", "time")
BYLINE_SELECTORS = (".detail__author", ".read__credit__item", "#penulis", ".penulis", ".reporter", ".credit",
                    ".author", ".byline", ".article__author", ".post-author", "[itemprop=author]", "[rel=author]")
_LABELLED = re.compile(
    r"\b(?:penulis|reporter|pewarta|oleh|kontributor|laporan\s+wartawan(?:\s+[\w.]+)?|ditulis\s+oleh|by)\s*[:,]?\s*"
    r"(?P<name>[A-Za-z][\w.' -]{1,60}?)\s*(?=\||\beditor\b|\bpenyunting\b|\s-\s|,|\n|$)",
    re.I,
)
_URL_STOP = frozenset("read berita news amp artikel article detail post index.php p index".split())


class Generic(Parser):
    name = "generic"
    body_selectors = BODY_SELECTORS
    time_selectors = TIME_SELECTORS
    byline_selectors = BYLINE_SELECTORS
    title_selectors = (".read__title", ".detail__title", "#arttitle", "h1.title", "h1.entry-title", "h1[itemprop=headline]")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return True

    def tz(self, page: Page) -> timezone:
        """The zone the page prints beside its times (a Makassar outlet prints WITA), else WIB."""
        cached = page.__dict__.get("_site_tz")
        if cached is None:
            cached = WIB
            for sel in TIME_SELECTORS:
                z = next((zone_in(text_of(el)) for el in page.css(sel) if zone_in(text_of(el))), None)
                if z is not None:
                    cached = z
                    break
            page.__dict__["_site_tz"] = cached
        return cached

    def byline_names(self, page: Page) -> list[str]:
        names: list[str] = []
        for sel in self.byline_selectors:
            for el in page.css(sel):
                t = clean_ws(text_of(el))
                if not t or re.match(r"^\s*(?:editor|penyunting|redaktur)\b", t, re.I):
                    continue
                found = [m.group("name") for m in _LABELLED.finditer(t)]
                if not found and len(t) <= 60 and not re.search(r"\d", t):
                    found = [re.split(r"\s+-\s+|\s*\|\s*", t)[0]]
                names.extend(n.strip(" .,-") for n in found)
            if names:
                break
        return dedupe(n for n in names if n and not re.search(r"\d", n))

    def section(self, page: Page, url: str | None) -> str | None:
        for u in (url, page.meta1("og:url"), page.url):
            parts = urlsplit(u or "")
            path = [x for x in parts.path.split("/") if x]
            if len(path) >= 2 and re.fullmatch(r"[a-z][a-z-]{1,30}", path[0]) and path[0] not in _URL_STOP:
                return path[0]
            host = (parts.hostname or "").split(".")
            if len(host) >= 3 and host[0] not in ("www", "m", "amp", "mobile"):
                return host[0]
        return self.meta_section(page)

    def article_id(self, page: Page, url: str | None) -> str | None:
        """The last run of 5+ digits in the URL path that is not a timestamp (detik ``d-7612345``,
        kompas ``/read/2019/01/23/11300021/``, cnnindonesia ``20251029161000-185-1234567``)."""
        for u in (url, page.meta1("og:url"), page.url):
            runs = [r for r in re.findall(r"\d+", urlsplit(u or "").path) if 5 <= len(r) < 12]
            if runs:
                return runs[-1]
        return super().article_id(page, url)

    tag_selectors = (".tag__article__link", ".detail__body-tag a", ".tagcloud3 a", ".read__tag a", ".post-tags a",
                     ".article-tags a", ".tags-list a", ".tag-list a", ".tags a", "a[rel=tag]")

    def tags(self, page: Page) -> list[str]:
        """``article:tag``, then the page's own tag list, then keyword metadata (site names left out)."""
        props = page.meta.get("article:tag") or []
        if props:
            return super().tags(page)
        for sel in self.tag_selectors:
            dom = dedupe(text_of(el).lstrip("#").strip() for el in page.css(sel))
            if dom:
                return dom
        return [t for t in super().tags(page) if not site_name_like(t, page)]

    def published_date_only(self, page: Page, html: str | bytes):
        try:
            from htmldate import find_date
        except ImportError:  # pragma: no cover
            return None
        try:
            d = find_date(html if isinstance(html, str) else html.decode("utf-8", "replace"),
                          original_date=True, url=page.url)
        except Exception:  # htmldate raises on odd markup; a missing date is not an error
            return None
        return parse_iso(d, self.tz(page)) if d else None

    def trafilatura_paragraphs(self, html: str | bytes, url: str | None) -> list[str]:
        import trafilatura

        text = trafilatura.extract(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True,
            target_language=None, deduplicate=False, with_metadata=False,
        )
        return [clean_ws(p) for p in (text or "").split("\n") if clean_ws(p)]


__all__ = ["Generic", "BODY_SELECTORS", "slug"]
