"""What every parser shares: metadata from <head> and JSON-LD, and the body walker.

A site parser (Fundus style: one per site and template generation) subclasses
``Parser``, says in ``detect`` whether a page is its generation (by what the page
contains, never by host or file name), and overrides only what its markup shows
better than the metadata does.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

from ..dates import WIB, labelled_times, parse_iso, parse_visible, zone_in
from ..html import Page, clean_ws, inline_lines, inline_text, select, text_of
from ..text import BOLD_DATELINE

# Elements that are never article text, by class (exact class tokens)...
NOISE_CLASSES = frozenset(
    """
    baca-juga baca-juga-collections baca-juga__list baca-juga__header baca-juga-collections__detail bacajuga
    advertisement advertisement-placeholder advertisement-text article-ad seamless-ads ads ad adsbygoogle ad-slot
    ads-scrollpage parallaxindetail staticdetail_container ads_detail ads-container ad-container ad-label
    promo promo-above promo-below photo-gateway
    article-content-body__item-media article-content-body__item-break article-content-body__break
    article-content-body__item-loadmore article-content-body__load-more article-content-body__item-index
    read-page--photo-gallery--item article-photo-gallery--item article-video-gallery--item
    twitter-tweet twitter-video twitter-timeline instagram-media tiktok-embed fb-post fb-video vidio-embed
    embed-video video-wrapper embedded-video youtube-embed
    linksisip detail__body-tag detail__multiple related related-news relateds-slow--lattice read-page--related
    tags--snippet tags--topics article-credits share social-share read-page--social-share
    amp-ad-wrapper caption figure-caption wp-caption-text img-caption photo__caption
    read__related read__tag tag__article paging paging__wrap detail__long-nav
    baca pilihan-untukmu inner-link-baca-juga
    """.split()
)
# ...by tag (any ``amp-*`` element is media or an ad slot too)...
NOISE_TAGS = frozenset(
    "script style noscript template iframe figure figcaption picture img video audio svg canvas form button input "
    "select textarea nav aside footer header ins object embed table".split()
)
# ...by id prefix (ad slots)...
NOISE_ID = re.compile(r"^(?:div-)?(?:gpt-ad|revive-ad|div-revive-ad|ads?[-_]|iklan|related|baca-?juga|taboola)", re.I)
# ...and by what the KLY templates name their components.
NOISE_COMPONENT = re.compile(r":(?:bacajuga|related|ads?|promo|tags?|share)\b|^ads?:", re.I)

BLOCK_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt".split())
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo big cite code data del dfn em font i kbd mark q s samp small span strike strong sub sup "
    "time tt u var wbr label".split()
)
_NESTED_BLOCKS = frozenset("p div ul ol li blockquote h2 h3 h4 table section".split())
# Class-name words that mark page furniture around a body found by density (fallback mode only).
META_WORDS = frozenset(
    """author authors byline date datetime time share social tags tag related breadcrumb breadcrumbs caption credit
    credits meta header comment comments newsletter recommendation recommended popular terpopuler ads ad advert
    advertisement banner promo sidebar nav footer subscribe gallery video baca"""
    .split()
)

SITE_NAMES = re.compile(
    r"^(?:liputan\s*6(?:\.com)?|tim\s+redaksi|redaksi|admin|administrator|tim|kly|kapanlagi youniverse|"
    r"(?:tim\s+)?detik(?:com|news|finance|inet)?|cnn\s+indonesia|kompas(?:\.com)?|antara(?:\s+news)?|tribunnews(?:\.com)?)$",
    re.I,
)
TITLE_SUFFIX = re.compile(r"\s+[-|–—]\s+(?:[\w ]+\s)?(?:Liputan6\.com|Liputan6)\s*$", re.I)


def is_noise(el) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag in NOISE_TAGS or tag.startswith("amp-"):
        return True
    c = el.get("class")
    if c and not NOISE_CLASSES.isdisjoint(c.split()):
        return True
    eid = el.get("id")
    if eid and NOISE_ID.match(eid):
        return True
    comp = el.get("data-component-name") or el.get("data-component")
    if comp and NOISE_COMPONENT.search(comp):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return False


def is_meta_furniture(el) -> bool:
    """Bylines, dates, share bars, tag lists...: skipped when a body was found by density."""
    if is_noise(el):
        return True
    if el.tag in ("h1",):
        return True
    c = el.get("class")
    if c and el.tag not in BLOCK_TAGS:
        words = set(re.split(r"[-_\s]+", c.lower()))
        if not META_WORDS.isdisjoint(words):
            return True
    return False


def _has_nested_block(el) -> bool:
    for d in el.iterdescendants():
        if isinstance(d.tag, str) and d.tag in _NESTED_BLOCKS:
            return True
    return False


def paragraph_lines(el, skip=is_noise) -> list[str]:
    """The text of one paragraph element, one string per <br>-separated line.

    A bold dateline without its dash gets one: ``<p><b>Liputan6.com, Jakarta</b> Sepekan ...`` reads
    "Liputan6.com, Jakarta - Sepekan ...", so the text rules can tell where the dateline ends.
    """
    lines = inline_lines(el, skip)
    if lines and not (el.text or "").strip() and len(el):
        first = el[0]
        if isinstance(first.tag, str) and first.tag in ("b", "strong"):
            lead = clean_ws(text_of(first))
            text = lines[0]
            if lead and BOLD_DATELINE.match(lead) and text.startswith(lead):
                rest = text[len(lead):].strip()
                if rest and rest[0] not in "-–—:":
                    lines[0] = f"{lead} - {rest}"
    return lines


def paragraph_text(el, skip=is_noise) -> str:
    return " ".join(paragraph_lines(el, skip))


def block_paragraphs(container, skip=is_noise) -> list[str]:
    """The paragraphs of a body container, in order, skipping noise elements.

    Block elements (p, h2, li, blockquote...) are paragraphs; text and inline elements loose in a
    container are joined into a paragraph that ends at the next block, noise element or <br>.
    """
    out: list[str] = []

    def walk(el) -> None:
        run: list[str] = []

        def flush() -> None:
            if run:
                t = clean_ws("".join(run).replace("\n", " "))
                if t:
                    out.append(t)
                run.clear()

        if el.text:
            run.append(el.text)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                pass
            elif skip(child):
                if tag not in INLINE_TAGS:
                    flush()
            elif tag == "br":
                flush()
            elif tag == "h1":
                flush()
            elif tag in INLINE_TAGS and not _has_nested_block(child):
                if tag in ("b", "strong") and child.tail and not "".join(run).strip():
                    lead = clean_ws(text_of(child))
                    if BOLD_DATELINE.match(lead) and not child.tail.lstrip().startswith(("-", "–", "—", ":")):
                        run.append(lead + " - ")
                        run.append(child.tail)
                        continue
                run.append(inline_text(child, skip))
            elif tag in BLOCK_TAGS and not (tag in ("li", "blockquote", "dd") and _has_nested_block(child)):
                flush()
                out.extend(paragraph_lines(child, skip))
            else:
                flush()
                walk(child)
            if child.tail:
                run.append(child.tail)
        flush()

    if container.tag in BLOCK_TAGS and not _has_nested_block(container):
        return paragraph_lines(container, skip)
    walk(container)
    return out


def densest_container(root, skip=is_meta_furniture):
    """The smallest element that holds most of the page's paragraph text (for unknown markup).

    Every <p> not inside furniture adds its length to each ancestor; the deepest element with at
    least 80% of all paragraph text wins. Multi-page bodies split over several <div>s still resolve
    to their common parent.
    """
    cum: dict = {}
    depth: dict = {}
    total = 0
    for p in root.iter("p"):
        ancestors = list(p.iterancestors())
        if any(skip(a) for a in ancestors) or skip(p):
            continue
        n = len(text_of(p))
        if n < 2:
            continue
        total += n
        for d, a in enumerate(reversed(ancestors)):
            cum[a] = cum.get(a, 0) + n
            depth[a] = d
    if not total:
        return None
    best = None
    for el, n in cum.items():
        if n >= 0.8 * total and (best is None or depth[el] > depth[best]):
            best = el
    return best


def site_name_like(name: str, page: Page) -> bool:
    n = clean_ws(name)
    if not n or SITE_NAMES.match(n):
        return True
    low = re.sub(r"[^a-z0-9]", "", n.lower())
    publisher = page.article_ld.get("publisher")
    for site in (page.meta1("og:site_name"), publisher.get("name") if isinstance(publisher, dict) else None):
        if site:
            s = re.sub(r"[^a-z0-9]", "", site.lower())
            if s and (s in (low, low.replace("com", "")) or low in (s, s.replace("com", ""))):
                return True
    return bool(re.search(r"\.(com|co\.id|id|co)$", n.lower()))


def dedupe(items) -> list[str]:
    seen, out = set(), []
    for x in items:
        x = clean_ws(x)
        if x and x.lower() not in seen:
            seen.add(x.lower())
            out.append(x)
    return out


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def similar(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= 0.6


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


_SPLIT_NAMES = re.compile(r"\s*(?:,|;|\bdan\b|&|\|)\s*")


class Parser:
    """Generic metadata; subclasses override what their markup knows better."""

    name = "base"
    site_tz = WIB
    # selectors of body containers, most specific first; a subclass lists its own
    body_selectors: tuple[str, ...] = ()
    # where visible timestamps stand (byline, date line)
    time_selectors: tuple[str, ...] = ("time",)

    @classmethod
    def detect(cls, page: Page) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def tz(self, page: Page) -> timezone:
        """The site's zone, for times printed without one."""
        return self.site_tz

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
        for u in (url, page.meta1("og:url"), page.url):
            parts = urlsplit(u or "")
            path = [x for x in parts.path.split("/") if x]
            if len(path) >= 3 and path[1] == "read":
                return path[0].lower()
            host = (parts.hostname or "").split(".")
            if path[:1] == ["read"] and len(host) >= 3 and host[0] not in ("www", "m", "amp"):
                return host[0].lower()  # hot.liputan6.com/read/...: the vertical is the subdomain
        return self.meta_section(page)

    def meta_section(self, page: Page) -> str | None:
        gtm = page.kmklabs.get("gtm") or {}
        channel = page.kmklabs.get("channel") or {}
        for sec in (channel.get("full_slug"), page.meta1("article:section2"), gtm.get("subCategory"),
                    (page.meta1("adx:sections") or "").split("/")[0], page.meta1("article:section"),
                    page.article_ld.get("articleSection")):
            if isinstance(sec, list):
                sec = sec[0] if sec else None
            if isinstance(sec, str) and sec.strip():
                return slug(sec.split("/")[0])
        return None

    def article_id(self, page: Page, url: str | None) -> str | None:
        art = page.first("[data-article-id]")
        if art is not None and (art.get("data-article-id") or "").strip():
            return art.get("data-article-id").strip()
        for u in (url, page.meta1("og:url"), page.url):
            m = re.search(r"/(?:read|amp)/(\d+)(?:/|$)", u or "")
            if m:
                return m.group(1)
        gid = ((page.kmklabs.get("gtm") or {}).get("articleId") or (page.kmklabs.get("article") or {}).get("id")
               or page.meta1("dable:item_id"))
        return str(gid) if gid else None

    # --- headline ---------------------------------------------------------------
    title_selectors: tuple[str, ...] = ()

    def title(self, page: Page) -> str | None:
        ref = clean_ws(page.meta1("og:title", "twitter:title") or page.article_ld.get("headline") or "")
        doc_title = self.clean_title(page, text_of(page.first("title")))
        ref = self.clean_title(page, ref) or doc_title
        for sel in self.title_selectors + ("h1",):
            for h in page.css(sel):
                t = clean_ws(text_of(h))
                if t and not site_name_like(t, page) and (not ref or similar(t, ref)):
                    return self.clean_title(page, t)
        return ref or None

    def clean_title(self, page: Page, t: str) -> str:
        t = TITLE_SUFFIX.sub("", clean_ws(t))
        site = page.meta1("og:site_name")
        if site:
            t = re.sub(r"\s+[-|–—:]\s+[^-|–—]*" + re.escape(site) + r"[^-|–—]*$", "", t, flags=re.I)
        host = (urlsplit(page.url or page.meta1("og:url") or "").hostname or "").split(".")
        brand = host[-2] if len(host) >= 2 else ""
        if brand and len(brand) > 2:
            t = re.sub(r"\s+[-|–—]\s+[^-|–—]*" + re.escape(brand) + r"[^-|–—]*$", "", t, flags=re.I)
        return t.strip()

    def lead(self, page: Page) -> str | None:
        d = page.meta1("description", "og:description") or page.article_ld.get("description")
        return clean_ws(d) or None

    # --- people -----------------------------------------------------------------
    byline_selectors: tuple[str, ...] = ()

    def authors(self, page: Page) -> list[str]:
        """Journalists: the page's byline, else JSON-LD persons, else links to author pages.

        The site name is never a person; it is kept only when the page names nobody else
        (README: "never the site name ... unless no person is named").
        """
        site_like: list[str] = []
        for names in (self.byline_names(page), self.ld_names(page), self.author_link_names(page)):
            people = [n for n in names if not site_name_like(n, page)]
            if people:
                return people
            site_like.extend(names)
        meta_author = page.meta1("author", "article:author", "dable:author")
        if meta_author and not meta_author.startswith("http"):
            people = [n for n in dedupe(_SPLIT_NAMES.split(meta_author)) if not site_name_like(n, page)]
            if people:
                return people
            site_like.append(meta_author)
        return dedupe(site_like)[:1]

    def byline_names(self, page: Page) -> list[str]:
        out: list[str] = []
        for sel in self.byline_selectors:
            for el in page.css(sel):
                out.extend(_SPLIT_NAMES.split(_strip_byline_label(text_of(el))))
            if out:
                break
        return dedupe(out)

    def ld_names(self, page: Page) -> list[str]:
        a = page.article_ld.get("author")
        items = a if isinstance(a, list) else [a] if a else []
        names: list[str] = []
        for it in items:
            name = it.get("name") if isinstance(it, dict) else it if isinstance(it, str) else None
            if isinstance(name, str) and name and not name.startswith("http"):
                names.extend(_SPLIT_NAMES.split(name))
        return dedupe(names)

    def author_link_names(self, page: Page) -> list[str]:
        """Names linked to author pages (``/author/...``, ``/me/...``, ``/profile/...``) near the headline."""
        scope = page.first("article") if page.first("article") is not None else page.doc
        out = []
        for a in select(scope, "a[href*='/author/'], a[href*='/me/'], a[rel~=author]"):
            if any(is_noise(x) for x in a.iterancestors()):
                continue
            t = clean_ws(text_of(a))
            if t and len(t) <= 60 and not re.search(r"\d", t):
                out.append(t)
        return dedupe(out)

    def ld_authors(self, page: Page) -> list[str]:
        """JSON-LD persons (site names left out); kept for parsers that call it directly."""
        return [n for n in self.ld_names(page) if not site_name_like(n, page)]

    # --- time -------------------------------------------------------------------
    PUBLISHED_META = ("article:published_time", "og:published_time", "article:published", "datepublished",
                      "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
                      "dtk:publishdate", "content_publishedDate")
    UPDATED_META = ("article:modified_time", "og:updated_time", "article:modified", "datemodified", "lastmod",
                    "last-modified", "dc.date.modified")

    def published(self, page: Page) -> datetime | None:
        tz = self.tz(page)
        day_only = None  # "2019-01-23" without a time: used only when nothing better is found
        machine = [page.meta1(*self.PUBLISHED_META), page.article_ld.get("datePublished"),
                   (page.kmklabs.get("article") or {}).get("publishDate")]
        machine += [t.get("datetime") or t.get("content") for t in page.css("[itemprop=datePublished]")]
        for v in machine:
            dt = _machine_time(v, tz)
            if dt and not _has_time(v):
                day_only = day_only or dt
            elif dt:
                return dt
        for label, dt in self.visible_times(page):
            if label != "updated":
                return dt
        for label, dt in self.short_zoned_lines(page):
            if label != "updated":
                return dt
        for t in page.css("time[datetime]"):
            v = t.get("datetime")
            dt = parse_iso(v, tz)
            if dt and _has_time(v):
                return dt
        return day_only

    def updated(self, page: Page) -> datetime | None:
        tz = self.tz(page)
        for v in (page.meta1(*self.UPDATED_META), page.article_ld.get("dateModified")):
            dt = _machine_time(v, tz)
            if dt:
                return dt
        for t in page.css("[itemprop=dateModified]"):
            dt = _machine_time(t.get("datetime") or t.get("content"), tz)
            if dt:
                return dt
        for label, dt in self.visible_times(page):
            if label == "updated":
                return dt
        # any short line that says "Diperbarui ..." / "Diperbaharui ..." wherever the template puts it
        for node in page.doc.xpath("//text()[contains(., 'iperbarui') or contains(., 'iperbaharui')]"):
            el = node.getparent()
            while el is not None and len(text_of(el)) < 12:
                el = el.getparent()
            if el is None or el.tag in ("script", "style", "body", "html"):
                continue
            text = text_of(el)
            if len(text) <= 160:
                for label, dt in labelled_times(text, tz):
                    if label == "updated":
                        return dt
        return None

    def short_zoned_lines(self, page: Page) -> list[tuple[str | None, datetime]]:
        """Dates printed with a time and zone on a short line anywhere ("Selasa, 4 Maret 2025 15:22 WIB").

        Body sentences that mention a time ("Rabu (4/10/2023) pukul 17.00 WIB") are longer than a
        date line, so only lines of at most 80 characters count.
        """
        tz = self.tz(page)
        out = []
        for node in page.doc.xpath("//body//text()[contains(., 'WIB') or contains(., 'WITA') or contains(., 'WIT')]"):
            el = node.getparent()
            if el is None or el.tag in ("script", "style", "title"):
                continue
            text = text_of(el)
            if len(text) <= 80:
                out.extend(labelled_times(text, tz))
            if out:
                break
        return out

    def visible_times(self, page: Page) -> list[tuple[str | None, datetime]]:
        """Timestamps printed in the byline/date line, each with its label (published/updated/None)."""
        tz = self.tz(page)
        out: list[tuple[str | None, datetime]] = []
        seen = set()
        for sel in self.time_selectors:
            for el in page.css(sel):
                if any(el is s or s in el.iterancestors() for s in seen):
                    continue
                seen.add(el)
                attr = parse_iso(el.get("datetime"), tz)
                text = text_of(el)
                found = labelled_times(text, tz)
                if attr is not None:
                    label = found[0][0] if found else _label_of(el)
                    out.append((label, attr))
                    continue
                if not found:
                    dt = parse_visible(text, tz) if re.search(r"\d", text) else None
                    if dt is not None:
                        found = [(None, dt)]
                out.extend((lab or _label_of(el), dt) for lab, dt in found)
        return out

    # --- classification -----------------------------------------------------------
    def tags(self, page: Page) -> list[str]:
        props = page.meta.get("article:tag") or []
        if props:
            return dedupe(t for p in props for t in re.split(r"\s*,\s*", p))
        kw = page.meta1("keywords", "news_keywords")
        if kw:
            return dedupe(re.split(r"\s*[,;]\s*", kw))
        ld = page.article_ld.get("keywords")
        if isinstance(ld, list):
            return dedupe(str(x) for x in ld)
        if isinstance(ld, str) and ld.strip():
            return dedupe(re.split(r"\s*[,;]\s*", ld))
        tag = (page.kmklabs.get("gtm") or {}).get("tag")
        if isinstance(tag, str) and tag:
            return dedupe(tag.split("|"))
        return []

    # --- body -------------------------------------------------------------------
    def paragraphs(self, page: Page) -> list[str]:
        """Paragraphs of the first known body container that has text, else of the densest container."""
        return self.selector_paragraphs(page) or self.density_paragraphs(page)

    def selector_paragraphs(self, page: Page) -> list[str]:
        for sel in self.body_selectors:
            found = page.css(sel)
            if not found:
                continue
            paras: list[str] = []
            for el in _outermost(found):
                paras.extend(block_paragraphs(el))
            if sum(len(p) for p in paras) >= 80:
                return paras
        return []

    def density_paragraphs(self, page: Page) -> list[str]:
        scope = page.first("article") if page.first("article") is not None else page.doc
        box = densest_container(scope)
        if box is None and scope is not page.doc:
            box = densest_container(page.doc)
        if box is None:
            return []
        return block_paragraphs(box, skip=is_meta_furniture)

    def images(self, page: Page) -> list[dict]:
        out, seen = [], set()
        for fig in page.css("figure, .article-photo-gallery--item[data-image]"):
            if any(a.tag == "figure" for a in fig.iterancestors()):
                continue
            url = fig.get("data-image")
            if not url:
                img = select(fig, "img, amp-img")
                if img:
                    url = img[0].get("data-src") or img[0].get("src")
                    if url and "blank." in url:
                        url = img[0].get("data-src") or url
            if not url or url in seen:
                continue
            seen.add(url)
            caption = ""
            cap = select(fig, "figcaption, .article-photo-gallery--item__description")
            if cap:
                caption = text_of(cap[0])
            if not caption:
                desc = fig.get("data-description") or ""
                caption = clean_ws(re.sub(r"<[^>]+>", " ", desc))
            caption, credit = split_credit(re.sub(r"^\s*Perbesar\s*", "", caption))
            out.append({"url": url, "caption": caption or None, "credit": credit,
                        "title": clean_ws(fig.get("data-title")) or None})
        if not out:
            img = page.meta1("og:image")
            if img:
                out.append({"url": img, "caption": None, "credit": None, "title": None})
        return out


def _outermost(elements: list) -> list:
    ids = set(map(id, elements))
    return [el for el in elements if not any(id(a) in ids for a in el.iterancestors())]


def _has_time(v) -> bool:
    return isinstance(v, str) and bool(re.search(r"\d{1,2}[:.]\d{2}(?!\d)|T\d{2}", v))


def _machine_time(v, tz: timezone) -> datetime | None:
    if not isinstance(v, str) or not v.strip():
        return None
    return parse_iso(v, tz) or parse_visible(v, tz)


def _label_of(el) -> str | None:
    """"published"/"updated" from an element's class or itemprop ("...__modified-time", "datePublished")."""
    hint = " ".join(filter(None, [el.get("class"), el.get("itemprop"), el.get("id")])).lower()
    if re.search(r"modif|perbar|lastmod", hint):  # not "updated": hAtom marks the published time so
        return "updated"
    if re.search(r"publish|terbit|datetime|date|time", hint):
        return "published"
    return None


_BYLINE_LABEL = re.compile(r"^\s*(?:oleh|by|penulis|reporter|pewarta|ditulis oleh)\s*:?\s*", re.I)


def _strip_byline_label(t: str) -> str:
    t = _BYLINE_LABEL.sub("", t)
    return re.split(r"\s+(?:diperbarui|diperbaharui|diterbitkan|pada|editor)\b|\s+[-|]\s+", t, flags=re.I)[0]


_CREDIT = re.compile(
    r"\s*[\(\[]?\s*((?:Liputan6\.com|Merdeka\.com|Foto|Dok\.?|Istimewa|Sumber|AFP|Reuters|AP|ANTARA(?: FOTO)?|Instagram|Twitter"
    r"|[A-Z][\w]*\.com)\s*[/:]?\s*[^()\[\]]{0,60}?)\s*[\)\]]?\s*$"
)


def split_credit(caption: str) -> tuple[str, str | None]:
    """("Ilustrasi aplikasi.", "Liputan6.com/ Fikri") from "Ilustrasi aplikasi. Liputan6.com/ Fikri"."""
    if not caption:
        return caption, None
    m = re.search(r"\s*\(([^()]{2,60}/[^()]{1,60})\)\s*$", caption)  # "... (iStockphoto/Nama)"
    if m and m.start() > 0:
        return caption[: m.start()].strip(), clean_ws(m.group(1))
    m = _CREDIT.search(caption)
    if m and m.start() > 0:
        return caption[: m.start()].strip(), clean_ws(m.group(1))
    return caption, None
