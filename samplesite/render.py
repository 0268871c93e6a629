"""Render sample articles in each liputan6.com template generation, plus the site's listings.

The article texts are our own writing (``articles/*.json``); the markup follows the
template generations described in docs/extraction.md. Everything is rendered against a
``base`` URL (``http://127.0.0.1:PORT``) so that links, canonical URLs and sitemaps point at
the server that serves them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape
from importlib import resources
from typing import Any

GENERATIONS = ("desktop-2019", "desktop-2023", "mobile", "amp")
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember"]


@dataclass
class Article:
    data: dict[str, Any]

    def __getitem__(self, k):
        return self.data[k]

    def get(self, k, default=None):
        return self.data.get(k, default)

    @property
    def id(self) -> int:
        return int(self.data["id"])

    @property
    def path(self) -> str:
        return f"/{self['channel']}/read/{self.id}/{self['slug']}"

    @property
    def amp_path(self) -> str:
        return f"/amp/{self.id}/{self['slug']}"

    @property
    def published(self) -> datetime:
        return datetime.fromisoformat(self["published_at"])

    @property
    def updated(self) -> datetime:
        return datetime.fromisoformat(self.get("updated_at") or self["published_at"])

    @property
    def day(self) -> str:
        return self.published.strftime("%Y/%m/%d")


def load_articles() -> list[Article]:
    """The bundled sample articles, oldest first."""
    folder = resources.files(__package__).joinpath("articles")
    out = [Article(json.loads(f.read_text(encoding="utf-8"))) for f in folder.iterdir() if f.name.endswith(".json")]
    return sorted(out, key=lambda a: (a.published, a.id))


def short_time(dt: datetime) -> str:
    return f"{dt.day:02d} {MONTHS_SHORT[dt.month - 1]} {dt.year}, {dt:%H:%M} {_zone(dt)}"


def long_time(dt: datetime) -> str:
    return f"{dt.day} {MONTHS_LONG[dt.month - 1]} {dt.year}, {dt:%H:%M} {_zone(dt)}"


def _zone(dt: datetime) -> str:
    hours = int(dt.utcoffset().total_seconds() // 3600) if dt.utcoffset() is not None else 7
    return {7: "WIB", 8: "WITA", 9: "WIT"}.get(hours, "WIB")


def _e(s) -> str:
    return escape(str(s or ""), quote=True)


def _slug(s: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# --- head ------------------------------------------------------------------------------
def _head(a: Article, base: str, platform: str, amp: bool = False, ld_array: bool = False,
          canonical_base: str | None = None) -> str:
    url = (canonical_base or base) + a.path
    channel = a["channel"].capitalize()
    authors = a.get("authors") or []
    if ld_array:
        ld = [{
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "description": a.get("lead"), "datePublished": a["published_at"],
            "dateModified": a.get("updated_at") or a["published_at"],
            "author": [{"@type": "Person", "name": n, "url": f"{base}/author/{_slug(n)}"} for n in authors],
            "publisher": {"@type": "Organization", "name": "Liputan6.com"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        }, {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []}]
    else:
        ld = {
            "@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "description": a.get("lead"), "datePublished": a["published_at"],
            "dateModified": a.get("updated_at") or a["published_at"],
            "author": {"@type": "Person", "name": ", ".join(authors) or "Liputan6.com"},
            "publisher": {"@type": "Organization", "name": "Liputan6"},
            "mainEntityOfPage": url,
        }
    gtm = {
        "articleId": a.id, "articleTitle": a["slug"], "category": "article",
        "publicationDate": a.published.strftime("%Y-%m-%d"), "publicationTime": a.published.strftime("%H:%M:%S"),
        "subCategory": a["channel"], "tag": "|".join(a.get("tags") or []), "editors": ", ".join(a.get("editors") or []),
        "type": "TextTypeArticle",
    }
    parts = [
        '<meta charset="utf-8">',
        f"<title>{_e(a['title'])} - {channel} Liputan6.com</title>",
        f'<meta name="description" content="{_e(a.get("lead"))}">',
        f'<meta name="keywords" content="{_e(", ".join(a.get("tags") or []))}">',
        '<meta name="author" content="Liputan6.com">',
        f'<meta property="article:published_time" content="{_e(a["published_at"])}">',
        f'<meta property="article:modified_time" content="{_e(a.get("updated_at") or a["published_at"])}">',
        '<meta property="article:section" content="News">',
        f'<meta property="article:section2" content="{_e(channel)}">',
        '<meta property="og:site_name" content="liputan6.com">',
        f'<meta property="og:url" content="{_e(url)}">',
        f'<meta property="og:title" content="{_e(a["title"])}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{_e(url)}">',
    ]
    if not amp:
        parts.append(f'<link rel="amphtml" href="{_e(base + a.amp_path)}">')
    else:
        parts.append('<script async src="https://cdn.ampproject.org/v0.js"></script>')
        parts.append('<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>')
    parts.append(f'<script id="rich-card" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if not amp:
        parts.append(
            "<script>window.kmklabs = window.kmklabs || {}; window.kmklabs.gtm = "
            f"{json.dumps(gtm, ensure_ascii=False)}; window.kmklabs.platform = '{platform}';</script>"
        )
    return "<head>" + "".join(parts) + "</head>"


def _paragraph_html(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _dateline(a: Article, first: str, dash: bool = True) -> str:
    city = a.get("dateline")
    if not city:
        return _paragraph_html(first)
    label = f"Liputan6.com, {city} -" if dash else f"Liputan6.com, {city}"
    return f"<p><strong>{_e(label)}</strong> {_e(first)}</p>"


def _baca_juga(base: str, style: str) -> str:
    titles = ["Pemerintah Kaji Aturan Baru Platform Digital", "Tips Aman Berselancar di Internet untuk Keluarga"]
    if style == "2023":
        items = "".join(
            f'<div class="baca-juga-collections__detail" data-title="{_e(t)}">BACA JUGA:<a href="{base}/news/read/{5500000 + i}/{_slug(t)}">{_e(t)}</a></div>'
            for i, t in enumerate(titles))
        return f'<div class="baca-juga-collections" data-component-name="desktop:read-page:article-content-body:section:bacajuga">{items}</div>'
    items = "".join(f'<li><a target="_blank" title="{_e(t)}" href="{base}/news/read/{5500000 + i}/{_slug(t)}">{_e(t)}</a></li>'
                    for i, t in enumerate(titles))
    return f'<div class="baca-juga"><p class="baca-juga__header">Baca Juga</p><ul class="baca-juga__list">{items}</ul></div>'


def _page_paragraphs(a: Article, page_no: int, paragraphs: list[str], base: str, style: str, dash: bool = True) -> str:
    out = []
    last_page = page_no == len(a["pages"]) - 1
    for i, p in enumerate(paragraphs):
        if page_no == 0 and i == 0:
            out.append(_dateline(a, p, dash))
        else:
            out.append(_paragraph_html(p))
        if page_no == 0 and i == 1:
            out.append(_baca_juga(base, style))
        if i == 3:
            out.append('<div class="advertisement-placeholder"><div class="advertisement-text">Advertisement</div>'
                       '<div id="div-gpt-ad-liputan6-sc-1" class="article-ad"></div></div>')
    if last_page and a.get("editor_codes"):
        out.append(f"<p>({'/'.join(a['editor_codes'])})</p>")
    return "".join(out)


def _figure(a: Article, base: str, cls: str) -> str:
    imgs = a.get("images") or []
    if not imgs:
        return ""
    img = imgs[0]
    src = f"{base}/static/images/{a.id}.jpg"
    cap = f"{img.get('caption', '')} {img.get('credit', '')}".strip()
    return (f'<figure class="{cls}" data-image="{_e(src)}" data-title="{_e(a["title"][:40])}" '
            f'data-description="{_e("<p>" + (img.get("caption") or "") + "</p>")}"><picture>'
            f'<img class="js-lazyload" src="{base}/static/blank.png" data-src="{_e(src)}" alt=""></picture>'
            f'<figcaption class="read-page--photo-gallery--item__caption">{_e(cap)}</figcaption></figure>')


def _tags_snippet(a: Article, base: str) -> str:
    items = "".join(
        f'<li class="tags--snippet__item"><a class="tags--snippet__link js-tags-link" href="{base}/tag/{_slug(t)}">'
        f'<span class="tags--snippet__name">{_e(t)}</span></a></li>' for t in a.get("tags") or [])
    return f'<div class="tags--snippet"><ul class="tags--snippet__list">{items}</ul></div>'


def _chrome(base: str) -> tuple[str, str]:
    nav = ('<nav class="navbar"><ul>' + "".join(
        f'<li><a href="{base}/{c}">{c.capitalize()}</a></li>' for c in ("news", "bisnis", "tekno", "bola")) + "</ul></nav>")
    aside = ('<aside class="sidebar"><section class="popular"><h3>POPULER</h3><ol>'
             f'<li><a href="{base}/news/read/5500001/jadwal-krl-berubah-pekan-depan">Jadwal KRL Berubah Pekan Depan</a></li>'
             '</ol></section><div class="more"><a href="' + base + '/indeks">Berita Terkini Selengkapnya</a></div></aside>'
             '<footer class="footer"><p>Contoh situs arsip. Teks ditulis untuk pengujian.</p></footer>')
    return nav, aside


# --- generations ---------------------------------------------------------------------------
def render_desktop_2019(a: Article, base: str, canonical_base: str | None = None) -> str:
    nav, aside = _chrome(base)
    author = "".join(
        f'<a class="read-page--header--author__link url fn" href="{base}/me/{_slug(n)}"><span class="read-page--header--author__name fn">{_e(n)}</span></a>'
        for n in a.get("authors") or [])
    modified = ""
    if a.get("updated_at") and a["updated_at"] != a["published_at"]:
        modified = f'<span class="read-page--header--author__modified-time">diperbarui {short_time(a.updated)}</span>'
    pages = []
    for n, page in enumerate(a["pages"]):
        title = page.get("title") or ""
        h2 = (f'<h2 class="article-content-body__item-title" data-component-name="desktop:read-page:article-content-body:section:pagetitle">{_e(title)}</h2>'
              if n > 0 and title else "")
        media = f'<div class="article-content-body__item-media">{_figure(a, base, "read-page--photo-gallery--item")}</div>' if n == 1 else ""
        pages.append(
            f'<div class="article-content-body__item-page" data-page="{n + 1}" data-title="{_e(title)}">{h2}{media}'
            f'<div class="article-content-body__item-content" data-component-name="desktop:read-page:article-content-body:section:text">'
            f'{_page_paragraphs(a, n, page["paragraphs"], base, "2019")}</div></div>')
    pages.append(f'<div class="article-content-body__item-page" data-page="{len(a["pages"]) + 1}" data-title="Saksikan Video Pilihan Berikut Ini:">'
                 '<h2 class="article-content-body__item-title">Saksikan Video Pilihan Berikut Ini:</h2>'
                 f'<div class="article-content-body__item-media"><iframe class="vidio-embed" src="{base}/static/video/{a.id}"></iframe></div></div>')
    body = (
        f'<body class="articles show category-{_e(a["channel"])} immersive">{nav}'
        f'<ul class="read-page--breadcrumb"><li><a href="{base}/{a["channel"]}">{_e(a["channel"].capitalize())}</a></li></ul>'
        f'<article class="hentry main" data-article-id="{a.id}"><div class="read-page-upper"><header class="read-page--header">'
        f'<h1 class="read-page--header--title entry-title" itemprop="headline">{_e(a["title"])}</h1>'
        f'<div class="read-page--header--subtitle">{_e(a.get("lead"))}</div>'
        f'<div class="read-page--header--author"><span>oleh</span> {author} {modified}'
        f'<p class="read-page--header--author__datetime-wrapper">Diterbitkan <time class="read-page--header--author__datetime updated" '
        f'datetime="{a.published:%Y-%m-%d %H:%M:%S}">{short_time(a.published)}</time></p></div></header>'
        f'<div class="read-page--content"><div class="read-page--top-media">{_figure(a, base, "read-page--photo-gallery--item")}</div>'
        f'<div class="article-content-body article-content-body_with-aside">{"".join(pages)}'
        '<div class="article-content-body__item-loadmore">Lanjutkan Membaca ↓</div></div>'
        f'{_tags_snippet(a, base)}</div></div></article>{aside}</body>')
    return f'<!DOCTYPE html><html lang="id">{_head(a, base, "Desktop", canonical_base=canonical_base)}{body}</html>'


def render_desktop_2023(a: Article, base: str, canonical_base: str | None = None) -> str:
    nav, aside = _chrome(base)
    authors = ", ".join(f'<a class="read-page-box__author__name" href="{base}/author/{_slug(n)}">{_e(n)}</a>'
                        for n in a.get("authors") or [])
    modified = ""
    if a.get("updated_at"):
        modified = f'<span class="read-page-box__author__modified">Diperbarui {long_time(a.updated)}</span>'
    pages = []
    for n, page in enumerate(a["pages"]):
        title = page.get("title") or ""
        h2 = f'<h2 id="{_slug(title)}" class="article-content-body__item-title">{_e(title)}</h2>' if n > 0 and title else ""
        brk = '<div class="article-content-body__item-break"><span>Advertisement</span></div>' if n < len(a["pages"]) - 1 else ""
        pages.append(
            f'<div class="article-content-body__item-page " data-page="{n + 1}" data-title="{_e(title)}">{h2}'
            f'<div class="article-content-body__item-content" data-component="desktop:read-page:article-content-body:section:text">'
            f'{_page_paragraphs(a, n, page["paragraphs"], base, "2023")}'
            '<div id="div-revive-ad-liputan6-sc" class="article-ad" data-component-name="ads:revive-ads"><ins data-revive-zoneid="3"></ins></div>'
            f'</div>{brk}</div>')
    body = (
        f'<body class="articles show category-{_e(a["channel"])}">{nav}'
        f'<ul class="read-page--breadcrumb" data-component="desktop:read-page:breadcrumb"><li class="read-page--breadcrumb--item">'
        f'<a class="read-page--breadcrumb--item__title" href="{base}/{a["channel"]}"><span>{_e(a["channel"].capitalize())}</span></a></li></ul>'
        f'<article class="main" data-article-id="{a.id}" data-component-name="desktop:read-page"><div class="read-page-upper">'
        f'<header class="read-page--header"><h1 class="read-page--header--title entry-title" itemprop="headline">{_e(a["title"])}</h1>'
        f'<div class="read-page--header--description"><p>{_e(a.get("lead"))}</p></div>'
        f'<div class="read-page-box read-page-box-top" data-location="top"><div class="read-page-box__author__datetime__wrapper">'
        f'<span>Oleh</span> {authors}</div><span class="read-page-box__author__trigger">'
        f'<span class="read-page-box__author__updated">Diterbitkan {long_time(a.published)}</span>{modified}</span></div></header>'
        f'<div class="read-page--top-media">{_figure(a, base, "read-page--photo-gallery--item")}</div>'
        f'<div class="article-content-body article-content-body_with-aside">{"".join(pages)}</div></div>'
        '<div class="read-page--engagement"><div class="read-page-box__author__team-detail__people">'
        '<span class="read-page-box__author__team-detail__name">Tim Redaksi</span></div></div></article>'
        f'{aside}</body>')
    # 2023+ pages carry tags only in meta keywords
    return f'<!DOCTYPE html><html lang="id">{_head(a, base, "Desktop", ld_array=True, canonical_base=canonical_base)}{body}</html>'


def render_mobile(a: Article, base: str, canonical_base: str | None = None) -> str:
    total = len(a["pages"])
    items = []
    for n, page in enumerate(a["pages"]):
        title = page.get("title") or ""
        h2 = f'<h2 class="article-content-body__item-title">{_e(title)}</h2>' if n > 0 and title else ""
        brk = (f'<div class="article-content-body__break"><div class="article-content-body__item-index">{n + 2} dari {total} halaman</div>'
               '<hr class="article-content-body__line-break"></div>') if n < total - 1 else ""
        items.append(
            f'<div class="article-content-body__item">{h2}<div class="article-raw-content" itemprop="description">'
            f'{_page_paragraphs(a, n, page["paragraphs"], base, "2019", dash=False)}<p> </p></div>'
            '<div id="gpt-ad-liputan6-sc-1" class="article-ad"></div>'
            f'{brk}</div>')
    items.append('<div class="article-content-body__item"><h2 class="article-content-body__item-title">Saksikan video di bawah ini:</h2>'
                 f'<div class="article-video-gallery--item"><iframe class="vidio-embed" src="{base}/static/video/{a.id}"></iframe></div></div>')
    credits = "".join(
        f'<li class="article-credits__item"><a class="article-credits__item-link" href="{base}/me/{_slug(n)}">'
        f'<span class="article-credits__item-name">{_e(n)}</span><span class="article-credits__item-role">{role}</span></a></li>'
        for role, names in (("Author", a.get("authors") or []), ("Editor", a.get("editors") or [])) for n in names)
    modified = (f'<div class="article-header__modified-time"><span class="article-header__modified-time__text">Diperbarui </span>'
                f'{short_time(a.updated)}</div>') if a.get("updated_at") else ""
    tags = "".join(f'<li class="tags--topics--item"><a class="tags--topics--item__link" href="{base}/tag/{_slug(t)}">{_e(t)}</a></li>'
                   for t in a.get("tags") or [])
    first_author = (a.get("authors") or ["Liputan6.com"])[0]
    body = (
        f'<body class="mobile js-has-tb category-{_e(a["channel"])}">'
        f'<ul class="breadcrumb" id="breadcrumb"><li class="breadcrumb--item"><a class="breadcrumb--item__link" href="{base}/{a["channel"]}">'
        f'<span itemprop="name">{_e(a["channel"].capitalize())}</span></a></li></ul>'
        f'<div class="article-header" data-component-name="mobile:article-header"><h1 class="article-header__title">{_e(a["title"])}</h1>'
        f'<span class="article-header__authors"> Oleh <a class="article-header__author-link" href="{base}/me/{_slug(first_author)}">{_e(first_author)}</a></span>'
        f'<span class="article-header__datetime"> pada {short_time(a.published)}</span>{modified}</div>'
        f'{_figure(a, base, "article-photo-gallery--item")}'
        f'<div class="article-content-body multisection" itemprop="articleBody" data-component-name="mobile:article-content-body">'
        f'{"".join(items)}<div class="article-content-body__load-more yeah">Lanjutkan Membaca &darr;</div></div>'
        f'<div class="tags--topics"><h2 class="tags--topics--new-experience__title">Tag Terkait</h2><ul class="tags--topics__list">{tags}</ul></div>'
        f'<ul class="article-credits">{credits}</ul></body>')
    return f'<!DOCTYPE html><html lang="id">{_head(a, base, "Mobile", canonical_base=canonical_base)}{body}</html>'


def render_amp(a: Article, base: str, canonical_base: str | None = None) -> str:
    paras = []
    for n, page in enumerate(a["pages"]):
        if n > 0 and page.get("title"):
            paras.append(f'<h2 class="article-content-body__item-title">{_e(page["title"])}</h2>')
        paras.append(_page_paragraphs(a, n, page["paragraphs"], base, "2019"))
        paras.append('<div class="advertisement-text">Advertisement</div>'
                     '<amp-ad width="300" height="250" type="doubleclick" data-slot="/liputan6/amp"></amp-ad>')
    authors = ", ".join(f'<a class="article-header__author-link" href="{base}/me/{_slug(n)}">{_e(n)}</a>'
                        for n in a.get("authors") or [])
    modified = (f'<div class="article-header__modified-time">Diperbarui {short_time(a.updated)}</div>'
                if a.get("updated_at") else "")
    body = (
        f'<body><header class="amp-header"><a href="{base}/">Liputan6.com</a></header><article class="amp-article">'
        f'<h1 class="article-header__title">{_e(a["title"])}</h1>'
        f'<div class="article-header__meta"><span class="article-header__authors">Oleh {authors}</span> '
        f'<time datetime="{_e(a["published_at"])}">{short_time(a.published)}</time>{modified}</div>'
        f'<amp-img src="{base}/static/images/{a.id}.jpg" width="640" height="360" layout="responsive"></amp-img>'
        f'<div class="article-content-body">{"".join(paras)}</div>'
        f'{_tags_snippet(a, base)}</article></body>')
    return f'<!DOCTYPE html><html amp lang="id">{_head(a, base, "Mobile", amp=True, canonical_base=canonical_base)}{body}</html>'


RENDERERS = {
    "desktop-2019": render_desktop_2019,
    "desktop-2023": render_desktop_2023,
    "mobile": render_mobile,
    "amp": render_amp,
}


def render_article(a: Article, base: str, generation: str | None = None, canonical_base: str | None = None) -> str:
    """The article page as served at ``base``; its canonical URL is on ``canonical_base`` (default: ``base``),
    as a mirror serves pages that name their origin site."""
    return RENDERERS[generation or a.get("generation") or "desktop-2019"](a, base, canonical_base)


# --- listings ----------------------------------------------------------------------------------
def render_index(articles: list[Article], base: str, day: str, page: int, per_page: int, channel: str | None = None) -> str:
    """``/indeks/YYYY/MM/DD?page=N``: cards of that day's articles, newest first, with pagination."""
    chosen = sorted((a for a in articles if a.day == day and (channel is None or a["channel"] == channel)),
                    key=lambda a: a.published, reverse=True)
    pages = max(1, -(-len(chosen) // per_page))
    cards = []
    for a in chosen[(page - 1) * per_page: page * per_page]:
        cards.append(
            f'<article class="articles--rows--item" data-type="Article" data-slug="{_e(a["slug"])}">'
            f'<h4 class="articles--rows--item__title"><a class="articles--rows--item__title-link" href="{base}{a.path}" title="{_e(a["title"])}">{_e(a["title"])}</a></h4>'
            f'<time class="articles--rows--item__time timeago" datetime="{_e(a["published_at"])}">{short_time(a.published)}</time>'
            f'<div class="articles--rows--item__summary">{_e(a.get("lead"))}</div></article>')
    prefix = f"/{channel}" if channel else ""
    pager = "".join(
        f'<li class="simple-pagination__page-number" data-page="{n}">'
        + (f'<span class="simple-pagination__page-number-link_active">{n}</span>' if n == page else
           f'<a class="simple-pagination__page-number-link" href="{base}{prefix}/indeks/{day}?page={n}">{n}</a>')
        + "</li>" for n in range(1, pages + 1))
    nxt = f'<a class="simple-pagination__next-link" href="{base}{prefix}/indeks/{day}?page={page + 1}">Berikutnya</a>' if page < pages else ""
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Indeks Berita {day}</title></head><body>'
            f'<article class="main"><div id="indeks-articles"><div class="articles--list articles--list_rows">{"".join(cards)}</div></div>'
            f'<div class="simple-pagination__container"><ul>{pager}</ul>{nxt}</div></article></body></html>')


def render_tag(articles: list[Article], base: str, slug: str) -> str | None:
    chosen = [a for a in articles if slug in {_slug(t) for t in a.get("tags") or []}]
    if not chosen:
        return None
    # tag pages link the AMP variant of some articles, as real listings mix variants
    cards = "".join(
        f'<article class="articles--rows--item"><h4 class="articles--rows--item__title"><a class="articles--rows--item__title-link" '
        f'href="{base}{a.amp_path if i % 2 else a.path}">{_e(a["title"])}</a></h4></article>'
        for i, a in enumerate(sorted(chosen, key=lambda a: a.published, reverse=True)))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Tag {slug}</title></head><body>'
            f'<div class="articles--list articles--list_rows">{cards}</div></body></html>')


def render_sitemap_index(articles: list[Article], base: str) -> str:
    days = sorted({a.day for a in articles})
    items = "".join(
        f"<sitemap><loc>{base}/sitemap/{d}.xml</loc><lastmod>{max(x.updated for x in articles if x.day == d).isoformat()}</lastmod></sitemap>"
        for d in days)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'


def render_sitemap_day(articles: list[Article], base: str, day: str) -> str | None:
    chosen = [a for a in articles if a.day == day]
    if not chosen:
        return None
    urls = "".join(
        f"<url><loc>{base}{a.path}</loc><lastmod>{a.updated.isoformat()}</lastmod><news:news><news:publication>"
        f"<news:name>Liputan6</news:name><news:language>id</news:language></news:publication>"
        f"<news:publication_date>{a['published_at']}</news:publication_date><news:title>{_e(a['title'])}</news:title>"
        f"</news:news></url>" for a in chosen)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')


def render_rss(articles: list[Article], base: str) -> str:
    items = "".join(
        f"<item><title>{_e(a['title'])}</title><link>{base}{a.path}</link><description>{_e(a.get('lead'))}</description>"
        f"<pubDate>{format_datetime(a.published)}</pubDate></item>"
        for a in sorted(articles, key=lambda a: a.published, reverse=True))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Liputan6 (contoh)</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


def render_robots(base: str) -> str:
    return f"User-agent: *\nDisallow: /search\nDisallow: /private/\n\nSitemap: {base}/sitemap.xml\n"


def gold_record(a: Article, base: str) -> dict:
    """What extraction must produce for this article (the corpus gold format)."""
    paragraphs = []
    for n, page in enumerate(a["pages"]):
        if n > 0 and page.get("title"):
            paragraphs.append(page["title"])
        paragraphs.extend(page["paragraphs"])
    gold = a.get("gold") or {}
    updated = a.get("updated_at")
    return {
        "url": base + a.path, "title": a["title"], "lead": a.get("lead"), "authors": a.get("authors") or [],
        "published_at": a["published_at"], "updated_at": updated, "section": a["channel"],
        "dateline": a.get("dateline"), "editor_codes": a.get("editor_codes") or [], "tags": a.get("tags") or [],
        "topic_relevant": bool(a.get("topic_relevant")), "text": "\n\n".join(paragraphs),
        "quotes": gold.get("quotes", []), "figures": gold.get("figures", []),
    }
