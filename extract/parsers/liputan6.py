"""liputan6.com, one parser per template generation.

Generations (see docs/extraction.md for the markup each one is recognised by):

* ``liputan6-desktop-2019``: desktop ~2017-2022, ``read-page--header--*`` byline and date,
  ``time.read-page--header--author__datetime[datetime]`` without an offset.
* ``liputan6-desktop-2023``: desktop 2023+, ``read-page-box__author__*`` byline,
  "Diterbitkan 24 Juli 2025, 10:26 WIB" / "Diperbarui ...", ``baca-juga-collections``.
* ``liputan6-mobile``: ``m.liputan6.com``, ``article-header__*``, "pada 26 Jun 2020, 13:58 WIB",
  pages split by "N dari M halaman", credits list with Author/Editor roles.
* ``liputan6-amp``: ``/amp/{id}/{slug}`` pages (``<html amp>``), ``amp-img`` media, inline
  "Advertisement" labels.
"""
from __future__ import annotations

import re

from ..dates import parse_iso, parse_visible
from ..html import Page, clean_ws, text_of
from .base import Parser, block_paragraphs, dedupe, site_name_like


class Liputan6Base(Parser):
    """What the KLY templates share: the article body and the page's tag list."""

    body_selector = ".article-content-body"

    def paragraphs(self, page: Page) -> list[str]:
        bodies = page.css(self.body_selector)
        if not bodies:
            return []
        out: list[str] = []
        for body in bodies:
            if any(body is not b and b in body.iterancestors() for b in bodies):
                continue
            out.extend(block_paragraphs(body))
        return out

    def tags(self, page: Page) -> list[str]:
        dom = [text_of(el).lstrip("#") for el in page.css(
            ".tags--snippet__name, .tags--topics--item__link, .tags--snippet__link, .tags-list a, .tag-list a")]
        dom = dedupe(dom)
        return dom or super().tags(page)

    def lead(self, page: Page) -> str | None:
        for sel in (".read-page--header--subtitle", ".read-page--header--description", ".article-header__summary",
                    ".article-header__description"):
            el = page.first(sel)
            if el is not None and text_of(el):
                return text_of(el)
        return super().lead(page)

    def _names(self, page: Page, selector: str) -> list[str]:
        names = dedupe(text_of(el) for el in page.css(selector))
        return [n for n in names if not site_name_like(n, page)]

    def _visible_time(self, page: Page, selector: str):
        el = page.first(selector)
        if el is None:
            return None
        return parse_iso(el.get("datetime"), self.site_tz) or parse_visible(text_of(el), self.site_tz)


class Liputan6Desktop2019(Liputan6Base):
    name = "liputan6-desktop-2019"

    @classmethod
    def detect(cls, page: Page) -> bool:
        return (page.has_class("read-page--header--author__name") or page.has_class("read-page--header--author__datetime")
                or (page.has_class("read-page--header--title") and not page.has_class("read-page-box")))

    def authors(self, page: Page) -> list[str]:
        return self._names(page, ".read-page--header--author__name") or self.ld_authors(page)

    def published(self, page: Page):
        return super().published(page) or self._visible_time(page, "time.read-page--header--author__datetime")

    def updated(self, page: Page):
        return super().updated(page) or self._visible_time(page, ".read-page--header--author__modified-time")


class Liputan6Desktop2023(Liputan6Base):
    name = "liputan6-desktop-2023"

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.has_class("read-page-box__author__name") or page.has_class("read-page-box__author__updated") \
            or page.has_class("readpage__author__update")

    def authors(self, page: Page) -> list[str]:
        return self._names(page, ".read-page-box__author__name, .readpage__author__name") or self.ld_authors(page)

    def published(self, page: Page):
        return super().published(page) or self._visible_time(
            page, ".read-page-box__author__updated, .read-page-box__author__published, .readpage__author__update span")

    def updated(self, page: Page):
        return super().updated(page) or self._visible_time(page, ".read-page-box__author__modified")


class Liputan6Mobile(Liputan6Base):
    name = "liputan6-mobile"

    @classmethod
    def detect(cls, page: Page) -> bool:
        return page.has_class("article-header__title") or page.has_class("article-header__datetime")

    def title(self, page: Page) -> str | None:
        el = page.first(".article-header__title")
        return text_of(el) if el is not None and text_of(el) else super().title(page)

    def authors(self, page: Page) -> list[str]:
        credited = []
        for item in page.css(".article-credits__item"):
            role = text_of(item.cssselect(".article-credits__item-role")[0]) if item.cssselect(
                ".article-credits__item-role") else ""
            name_el = item.cssselect(".article-credits__item-name")
            if name_el and role.lower() in ("author", "penulis", "reporter"):
                credited.append(text_of(name_el[0]))
        credited = [n for n in dedupe(credited) if not site_name_like(n, page)]
        return credited or self._names(page, ".article-header__author-link") or self.ld_authors(page)

    def editors(self, page: Page) -> list[str]:
        out = []
        for item in page.css(".article-credits__item"):
            role = item.cssselect(".article-credits__item-role")
            name_el = item.cssselect(".article-credits__item-name")
            if role and name_el and text_of(role[0]).lower() in ("editor", "penyunting"):
                out.append(text_of(name_el[0]))
        return dedupe(out)

    def published(self, page: Page):
        return super().published(page) or self._visible_time(page, ".article-header__datetime")

    def updated(self, page: Page):
        el = page.first(".article-header__modified-time")
        visible = parse_visible(text_of(el), self.site_tz) if el is not None else None
        return super().updated(page) or visible


class Liputan6Amp(Liputan6Base):
    name = "liputan6-amp"
    body_selector = ".article-content-body, .amp-article-body, article .article-body"

    @classmethod
    def detect(cls, page: Page) -> bool:
        root = page.doc
        is_amp = root.get("amp") is not None or root.get("\u26a1") is not None or page.first("script[custom-element]") is not None
        return is_amp and ("liputan6" in (page.meta1("og:site_name") or "").lower()
                           or "liputan6.com" in (page.link("canonical") or "")
                           or page.has_class("article-content-body"))

    def authors(self, page: Page) -> list[str]:
        return (self._names(page, ".article-header__author-link, .amp-article-header__author, .read-page-box__author__name")
                or self.ld_authors(page))

    def published(self, page: Page):
        return super().published(page) or self._visible_time(page, "time[datetime]")

    def updated(self, page: Page):
        return super().updated(page) or self._visible_time(page, ".article-header__modified-time, .amp-article-header__modified")


def credits_editors(page: Page) -> list[str]:
    """Editors named in the page's data (``kmklabs.gtm.editors``) or credits list."""
    ed = (page.kmklabs.get("gtm") or {}).get("editors")
    names = re.split(r"\s*[,|]\s*", ed) if isinstance(ed, str) else []
    return dedupe(clean_ws(n) for n in names if n)
