"""What every parser shares: metadata from <head> and JSON-LD, and the body walker.

A site parser (Fundus style: one per site and template generation) subclasses
``Parser``, says in ``detect`` whether a page is its generation (by what the page
contains, never by host or file name), and overrides only what its markup shows
better than the metadata does.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..dates import WIB, parse_iso, parse_visible
from ..html import Page, classes, clean_ws, inline_text, text_of

# Elements that are never article text, by class (exact class tokens)...
NOISE_CLASSES = frozenset(
    """
    baca-juga baca-juga-collections baca-juga__list baca-juga__header baca-juga-collections__detail
    advertisement advertisement-placeholder advertisement-text article-ad seamless-ads ads ad
    promo promo-above promo-below photo-gateway
    article-content-body__item-media article-content-body__item-break article-content-body__break
    article-content-body__item-loadmore article-content-body__load-more article-content-body__item-index
    read-page--photo-gallery--item article-photo-gallery--item article-video-gallery--item
    twitter-tweet instagram-media tiktok-embed vidio-embed embed-video video-wrapper
    linksisip detail__body-tag detail__multiple related related-news relateds-slow--lattice
    tags--snippet tags--topics article-credits share social-share read-page--social-share
    amp-ad-wrapper ad-label caption figure-caption wp-caption-text
    """.split()
)
# ...by tag...
NOISE_TAGS = frozenset(
    "script style noscript iframe figure figcaption picture img video audio svg form button nav aside footer header "
    "amp-ad amp-embed amp-img amp-iframe amp-video amp-twitter amp-instagram amp-social-share table".split()
)
# ...and by id prefix (ad slots).
NOISE_ID = re.compile(r"^(?:div-)?(?:gpt-ad|revive-ad|div-revive-ad|ads?[-_]|iklan)", re.I)
BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt".split())
CONTAINER_TAGS = frozenset("div section article main ul ol dl span center font strong b em i".split())

SITE_NAMES = re.compile(
    r"^(?:liputan\s*6(?:\.com)?|tim\s+redaksi|redaksi|admin|tim|kly|kapanlagi youniverse)$", re.I
)
TITLE_SUFFIX = re.compile(r"\s+[-|–—]\s+(?:[\w ]+\s)?(?:Liputan6\.com|Liputan6)\s*$", re.I)


def is_noise(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag:
        return True
    if tag in NOISE_TAGS:
        return True
    if classes(el) & NOISE_CLASSES:
        return True
    eid = el.get("id") or ""
    if eid and NOISE_ID.match(eid):
        return True
    if el.get("data-component-name", "").endswith(":bacajuga"):
        return True
    return False


def block_paragraphs(container) -> list[str]:
    """The paragraphs of a body container, in order, skipping noise elements."""
    out: list[str] = []

    def walk(el):
        if is_noise(el):
            return
        tag = el.tag
        if tag in BLOCK_TAGS:
            if tag == "li" and el.xpath(".//p"):
                for child in el:
                    walk(child)
                return
            t = inline_text(el)
            if t:
                out.append(t)
            return
        if tag == "br":
            return
        # loose text directly inside a container is a paragraph of its own
        if el.text and el.text.strip() and tag in ("div", "section", "article", "main"):
            out.append(clean_ws(el.text))
        for child in el:
            if not isinstance(child.tag, str):
                continue
            walk(child)
            if child.tail and child.tail.strip() and tag in ("div", "section", "article", "main"):
                out.append(clean_ws(child.tail))

    walk(container)
    return out


def site_name_like(name: str, page: Page) -> bool:
    n = clean_ws(name)
    if not n or SITE_NAMES.match(n):
        return True
    low = re.sub(r"[^a-z0-9]", "", n.lower())
    for site in (page.meta1("og:site_name"), (page.article_ld.get("publisher") or {}).get("name")
                 if isinstance(page.article_ld.get("publisher"), dict) else None):
        if site and re.sub(r"[^a-z0-9]", "", site.lower()) in (low, low.replace("com", "")):
            return True
    return bool(re.search(r"\.(com|co\.id|id)$", n.lower()))


def dedupe(items) -> list[str]:
    seen, out = set(), []
    for x in items:
        x = clean_ws(x)
        if x and x.lower() not in seen:
            seen.add(x.lower())
            out.append(x)
    return out


class Parser:
    """Generic metadata; subclasses override what their markup knows better."""

    name = "base"
    site_tz = WIB

    @classmethod
    def detect(cls, page: Page) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- identity -------------------------------------------------------------
    def canonical_url(self, page: Page) -> str | None:
        for cand in (page.link("canonical"), page.meta1("og:url")):
            if cand and cand.startswith("http"):
                return cand
        ld = page.article_ld.get("mainEntityOfPage")
        if isinstance(ld, dict):
            ld = ld.get("@id")
        if isinstance(ld, str) and ld.startswith("http"):
            return ld
        return page.url

    def section(self, page: Page, url: str | None) -> str | None:
        path = urlsplit(url or "").path.strip("/").split("/")
        if len(path) >= 3 and path[1] == "read":
            return path[0].lower()
        sec = page.meta1("article:section2") or page.meta1("article:section")
        if not sec:
            sec = page.article_ld.get("articleSection")
            if isinstance(sec, list):
                sec = sec[0] if sec else None
        return sec.strip().lower() if isinstance(sec, str) and sec.strip() else None

    def article_id(self, page: Page, url: str | None) -> str | None:
        art = page.first("article[data-article-id]")
        if art is not None:
            return art.get("data-article-id")
        m = re.search(r"/(?:read|amp)/(\d+)(?:/|$)", url or "") or re.search(r"/(?:read|amp)/(\d+)(?:/|$)", page.url or "")
        if m:
            return m.group(1)
        gid = (page.kmklabs.get("gtm") or {}).get("articleId") or (page.kmklabs.get("article") or {}).get("id")
        return str(gid) if gid else None

    # --- headline ---------------------------------------------------------------
    def title(self, page: Page) -> str | None:
        h1 = page.first("h1")
        t = text_of(h1) if h1 is not None else ""
        if not t:
            t = page.meta1("og:title", "twitter:title") or page.article_ld.get("headline") or ""
        if not t:
            t = text_of(page.first("title"))
        t = TITLE_SUFFIX.sub("", clean_ws(t))
        site = page.meta1("og:site_name")
        if site:
            t = re.sub(r"\s+[-|–—]\s+" + re.escape(site) + r"\s*$", "", t, flags=re.I)
        return t or None

    def lead(self, page: Page) -> str | None:
        d = page.meta1("description", "og:description") or page.article_ld.get("description")
        return clean_ws(d) or None

    # --- people -----------------------------------------------------------------
    def authors(self, page: Page) -> list[str]:
        return self.ld_authors(page)

    def ld_authors(self, page: Page) -> list[str]:
        a = page.article_ld.get("author")
        items = a if isinstance(a, list) else [a] if a else []
        names = []
        for it in items:
            name = it.get("name") if isinstance(it, dict) else it if isinstance(it, str) else None
            if name:
                names.extend(re.split(r"\s*(?:,|\bdan\b|&)\s*", name))
        names = [n for n in dedupe(names) if not site_name_like(n, page)]
        if not names:
            meta_author = page.meta1("author", "article:author", "dable:author")
            if meta_author and not site_name_like(meta_author, page) and not meta_author.startswith("http"):
                names = [clean_ws(meta_author)]
        return names

    # --- time -------------------------------------------------------------------
    def published(self, page: Page):
        for v in (page.meta1("article:published_time", "og:published_time", "datepublished", "pubdate",
                             "publish-date", "publishdate"),
                  page.article_ld.get("datePublished")):
            dt = parse_iso(v, self.site_tz) or (parse_visible(v, self.site_tz) if v else None)
            if dt:
                return dt
        t = page.first("time[datetime]")
        if t is not None:
            return parse_iso(t.get("datetime"), self.site_tz)
        return None

    def updated(self, page: Page):
        for v in (page.meta1("article:modified_time", "og:updated_time", "datemodified", "lastmod"),
                  page.article_ld.get("dateModified")):
            dt = parse_iso(v, self.site_tz) or (parse_visible(v, self.site_tz) if v else None)
            if dt:
                return dt
        return None

    # --- classification -----------------------------------------------------------
    def tags(self, page: Page) -> list[str]:
        kw = page.meta1("keywords", "news_keywords")
        if kw:
            return dedupe(re.split(r"\s*[,;]\s*", kw))
        ld = page.article_ld.get("keywords")
        if isinstance(ld, list):
            return dedupe(str(x) for x in ld)
        if isinstance(ld, str):
            return dedupe(re.split(r"\s*[,;]\s*", ld))
        tag = (page.kmklabs.get("gtm") or {}).get("tag")
        if isinstance(tag, str) and tag:
            return dedupe(tag.split("|"))
        return []

    # --- body -------------------------------------------------------------------
    def paragraphs(self, page: Page) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def images(self, page: Page) -> list[dict]:
        out = []
        for fig in page.css("figure[data-image], .article-photo-gallery--item[data-image]"):
            caption = ""
            cap = fig.cssselect("figcaption, .article-photo-gallery--item__description")
            if cap:
                caption = text_of(cap[0])
            if not caption:
                desc = fig.get("data-description") or ""
                caption = clean_ws(re.sub(r"<[^>]+>", " ", desc))
            caption, credit = split_credit(caption)
            out.append({"url": fig.get("data-image"), "caption": caption or None, "credit": credit,
                        "title": clean_ws(fig.get("data-title")) or None})
        if not out:
            img = page.meta1("og:image")
            if img:
                out.append({"url": img, "caption": None, "credit": None, "title": None})
        return out


_CREDIT = re.compile(
    r"\s*[\(\[]?\s*((?:Liputan6\.com|Merdeka\.com|Foto|Dok\.?|Istimewa|Sumber|AFP|Reuters|AP|ANTARA(?: FOTO)?|Instagram|Twitter)"
    r"\s*[/:]?\s*[^()\[\]]{0,60}?)\s*[\)\]]?\s*$"
)


def split_credit(caption: str) -> tuple[str, str | None]:
    """("Ilustrasi aplikasi.", "Liputan6.com/ Fikri") from "Ilustrasi aplikasi. Liputan6.com/ Fikri"."""
    if not caption:
        return caption, None
    m = _CREDIT.search(caption)
    if m and m.start() > 0:
        return caption[: m.start()].strip(), clean_ws(m.group(1))
    return caption, None
