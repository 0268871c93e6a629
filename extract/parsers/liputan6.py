"""liputan6.com, one parser per template generation.

Generations (see docs/extraction.md for the markup each one is recognised by):

* ``liputan6-amp``: AMP pages (``<html amp>`` / ``<html ⚡>``) that declare liputan6.com; ``amp-img`` media,
  inline "Advertisement" labels; the body container varies, so it falls back to the densest
  block of paragraphs inside ``<article>``.
* ``liputan6-desktop-2023``: desktop 2023+, ``read-page-box__author__*`` byline,
  "Diterbitkan 24 Juli 2025, 10:26 WIB" / "Diperbarui ...", ``baca-juga-collections``; the late-2025
  ``readpage__*`` variant ("Diperbaharui 29 Okt 2025, 13:00 WIB" in ``div.readpage__author__update``).
* ``liputan6-photo``: photo galleries (``read-page--photo-tag--header__*``), text from the slides.
* ``liputan6-desktop-2019``: desktop ~2017-2022, ``read-page--header--*`` byline and date,
  ``time.read-page--header--author__datetime[datetime]`` without an offset.
* ``liputan6-mobile``: ``m.liputan6.com``, ``article-header__*``, "pada 26 Jun 2020, 13:58 WIB",
  pages split by "N dari M halaman", credits list with Author/Editor roles.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..html import Page, clean_ws, select, text_of
from .base import Parser, block_paragraphs, dedupe

AUTHOR_ROLES = ("author", "penulis", "reporter", "pewarta", "kontributor", "writer", "jurnalis")
EDITOR_ROLES = ("editor", "penyunting", "redaktur")


def is_liputan6(page: Page) -> bool:
    """The page says it is liputan6.com (site name, canonical/og URL, publisher or the KLY page data)."""
    for v in (page.meta1("og:site_name"), page.link("canonical"), page.meta1("og:url"), page.meta1("twitter:site")):
        if v and "liputan6" in v.lower():
            return True
    pub = page.article_ld.get("publisher")
    if isinstance(pub, dict) and "liputan6" in str(pub.get("name", "")).lower():
        return True
    return bool(page.kmklabs)


class Liputan6Base(Parser):
    """What the KLY templates share: the article body, tags, credits, sections from the URL."""

    body_selectors = (".article-content-body", "[itemprop=articleBody]", ".read-page__content-body",
                      ".readpage__content", ".readpage__body", ".article-raw-content")
    title_selectors = ("h1.read-page--header--title", "h1.article-header__title", "h1.readpage__title",
                       "h1[itemprop=headline]")
    tag_selectors = (".tags--snippet__name", ".tags--topics--item__link", ".tags--snippet__link", ".readpage__tags a",
                     ".tags-list a", ".tag-list a", ".article-tags a")
    lead_selectors = (".read-page--header--subtitle", ".read-page--header--description", ".readpage__description",
                      ".article-header__summary", ".article-header__description")

    def section(self, page: Page, url: str | None) -> str | None:
        sec = super().section(page, url)
        if sec:
            return sec
        # no URL and no metadata: the breadcrumb's first channel link, else the body's category class
        for a in page.css(".read-page--breadcrumb a[href], .breadcrumb a[href], .readpage__breadcrumb a[href]"):
            path = [x for x in urlsplit(a.get("href")).path.split("/") if x]
            if path and re.fullmatch(r"[a-z0-9-]+", path[0]):
                return path[0]
        body = page.first("body")
        m = re.search(r"\bcategory-([a-z0-9-]+)", body.get("class") or "") if body is not None else None
        return m.group(1) if m else None

    def tags(self, page: Page) -> list[str]:
        for sel in self.tag_selectors:
            dom = dedupe(text_of(el).lstrip("#").strip() for el in page.css(sel))
            if dom:
                return dom
        return super().tags(page)

    def lead(self, page: Page) -> str | None:
        for sel in self.lead_selectors:
            el = page.first(sel)
            if el is not None and text_of(el):
                return text_of(el)
        return super().lead(page)

    def credits(self, page: Page) -> list[tuple[str, str]]:
        """(name, role) pairs of the credits list (mobile ``article-credits``, desktop team detail)."""
        out = []
        for item in page.css(".article-credits__item, .read-page-box__author__team-detail__item, "
                             ".readpage__credits__item"):
            name = select(item, ".article-credits__item-name, [class*='__name']")
            role = select(item, ".article-credits__item-role, [class*='__role']")
            if name:
                out.append((text_of(name[0]), text_of(role[0]).lower() if role else ""))
        return out

    def credited(self, page: Page, roles: tuple[str, ...]) -> list[str]:
        return dedupe(n for n, r in self.credits(page) if any(r.startswith(x) for x in roles))

    def editors(self, page: Page) -> list[str]:
        return self.credited(page, EDITOR_ROLES) or credits_editors(page)


class Liputan6Amp(Liputan6Base):
    name = "liputan6-amp"
    body_selectors = (".article-content-body", "[itemprop=articleBody]", ".amp-article-body", ".amp-article__body",
                      ".article-body", ".article__body", ".article-content", ".read-page__content-body")
    byline_selectors = (".article-header__author-link", ".amp-article-header__author", ".read-page-box__author__name",
                        ".article-header__authors", ".article-header__author", ".amp-author", "[itemprop=author]")
    time_selectors = (".article-header__datetime", ".article-header__modified-time", ".amp-article-header__date",
                      ".amp-article-header__modified", "time")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.is_amp and is_liputan6(page)

    def byline_names(self, page: Page) -> list[str]:
        return self.credited(page, AUTHOR_ROLES) or super().byline_names(page)


class Liputan6Desktop2023(Liputan6Base):
    name = "liputan6-desktop-2023"
    byline_selectors = (".read-page-box__author__name", ".readpage__author__name", ".readpage__author a",
                        ".read-page-box__author__datetime__wrapper a")
    time_selectors = (".read-page-box__author__updated", ".read-page-box__author__published",
                      ".read-page-box__author__date", ".read-page-box__author__modified", ".readpage__author__update",
                      ".readpage__author__publish", ".readpage__author__published", ".readpage__author__date",
                      ".readpage__author__modified")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.has_any_class(
            "read-page-box__author__name", "read-page-box__author__updated", "read-page-box__author__trigger",
            "readpage__author__update", "readpage__author__name", "readpage__author")

    def byline_names(self, page: Page) -> list[str]:
        return super().byline_names(page) or self.credited(page, AUTHOR_ROLES)


class Liputan6Photo(Liputan6Base):
    """Photo galleries: the text is what the slides say (their descriptions), not an article body."""

    name = "liputan6-photo"
    title_selectors = ("h1.read-page--photo-tag--header__title",)
    byline_selectors = (".read-page--photo-tag--header__credits-user a", ".read-page--photo-tag--header__credits-user")
    time_selectors = ("time.read-page--photo-tag--header__datetime", ".read-page--photo-tag--header__modified-time")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.has_any_class("read-page--photo-tag--header__title", "read-page--photo-tag--header__datetime")

    def paragraphs(self, page: Page) -> list[str]:
        body = self.selector_paragraphs(page)
        if body:
            return body
        out = []
        for fig in page.css(".read-page--photo-tag--slider__top figure, figure.read-page--photo-gallery--item"):
            desc = fig.get("data-description") or ""
            for part in re.split(r"</p>|<br\s*/?>", desc, flags=re.I):
                t = clean_ws(re.sub(r"<[^>]+>", " ", part))
                if t:
                    out.append(t)
        return dedupe(out)


class Liputan6Desktop2019(Liputan6Base):
    name = "liputan6-desktop-2019"
    byline_selectors = (".read-page--header--author__name", ".read-page--header--author__link")
    time_selectors = (".read-page--header--author__datetime-wrapper", "time.read-page--header--author__datetime",
                      ".read-page--header--author__modified-time")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.has_any_class("read-page--header--author__name", "read-page--header--author__datetime",
                                  "read-page--header--author__datetime-wrapper", "read-page--header--title",
                                  "read-page--header__title")


class Liputan6Mobile(Liputan6Base):
    name = "liputan6-mobile"
    byline_selectors = (".article-header__author-link", ".article-header__authors")
    time_selectors = (".article-header__datetime", ".article-header__modified-time", ".article-header__date")

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.has_any_class("article-header__title", "article-header__datetime", "article-raw-content") \
            and not page.is_amp

    def byline_names(self, page: Page) -> list[str]:
        return self.credited(page, AUTHOR_ROLES) or super().byline_names(page)


def credits_editors(page: Page) -> list[str]:
    """Editors named in the page's data (``kmklabs.gtm.editors``)."""
    ed = (page.kmklabs.get("gtm") or {}).get("editors")
    names = re.split(r"\s*[,|]\s*", ed) if isinstance(ed, str) else []
    return dedupe(clean_ws(n) for n in names if n)


__all__ = ["Liputan6Amp", "Liputan6Desktop2019", "Liputan6Desktop2023", "Liputan6Mobile", "Liputan6Photo",
           "block_paragraphs", "credits_editors", "is_liputan6"]
