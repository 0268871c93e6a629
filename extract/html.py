"""Small lxml helpers shared by the parsers: parsing, text, metadata, JSON-LD.

Speed matters (the crawler extracts every page it fetches): a page is parsed once,
CSS selectors are compiled once per process (``select``), and the set of class names a
page uses is built in one pass so that generation detection is a set lookup.
"""
from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2009\u200a\u202f\u200b\ufeff]+")
_NL = re.compile(r" *\n *")


def clean_ws(s: str | None) -> str:
    if not s:
        return ""
    s = _WS.sub(" ", s.replace("\u200b", "").replace("\ufeff", ""))
    if "\n" in s:
        s = _NL.sub("\n", s)
    return s.strip()


@lru_cache(maxsize=512)
def compiled(selector: str) -> CSSSelector:
    """A compiled CSS selector (compiling costs far more than matching: cache it)."""
    return CSSSelector(selector)


def select(el, selector: str) -> list:
    """``el.cssselect(selector)`` with the selector compiled once per process."""
    return compiled(selector)(el)


def select1(el, selector: str):
    found = compiled(selector)(el)
    return found[0] if found else None


def text_of(el) -> str:
    """Visible text of an element, whitespace folded to single spaces (scripts and styles left out)."""
    if el is None:
        return ""
    return clean_ws(" ".join(_itertext(el)).replace("\n", " "))


def _itertext(el):
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and child.tag not in ("script", "style", "noscript", "template"):
            yield from _itertext(child)
        if child.tail:
            yield child.tail


def inline_text(el, skip=None) -> str:
    """Text of a paragraph-like element: inline tags joined without invented spaces, <br> as a space.

    ``skip(child)`` says which descendants are not text (ads, embeds) and are left out.
    """
    return " ".join(inline_lines(el, skip))


def inline_lines(el, skip=None) -> list[str]:
    """Like ``inline_text``, but split where the element has a <br>: one string per line."""
    if el is None:
        return []
    parts: list[str] = []
    _inline(el, parts, skip)
    lines = "".join(parts).replace("\n", " ").split("\x00")
    return [t for t in (clean_ws(x) for x in lines) if t]


def _inline(el, parts: list[str], skip) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\x00")
        elif tag and tag not in ("script", "style", "noscript", "template") and not (skip and skip(child)):
            if tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"):
                parts.append(" ")
            _inline(child, parts, skip)
        if child.tail:
            parts.append(child.tail)


def classes(el) -> set[str]:
    c = el.get("class")
    return set(c.split()) if c else set()


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)


def parse_html(html: str | bytes):
    """An lxml document; bytes are decoded by their declared charset (meta or BOM), else as UTF-8.

    libxml2 reads undeclared bytes as Latin-1, which turns "Jum’at" into mojibake: bytes that
    declare nothing (or declare UTF-8) and decode as UTF-8 are decoded here first.
    """
    parser = lxml.html.HTMLParser(remove_comments=True)
    if isinstance(html, bytes):
        m = _CHARSET.search(html[:4096])
        declared = m.group(1).decode("ascii", "ignore").lower() if m else ""
        if declared in ("", "utf-8", "utf8"):
            try:
                html = html.decode("utf-8")
            except UnicodeDecodeError:
                pass
    if isinstance(html, str):
        if html.startswith("\ufeff"):
            html = html[1:]
        if html.lstrip().startswith("<?xml"):
            html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    return lxml.html.document_fromstring(html, parser=parser)


ARTICLE_TYPES = frozenset(("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting"))


class Page:
    """A parsed page with lazily computed metadata lookups."""

    def __init__(self, html: str | bytes, url: str | None = None):
        self.doc = parse_html(html)
        self.url = url

    def css(self, selector: str):
        return compiled(selector)(self.doc)

    def first(self, selector: str):
        found = compiled(selector)(self.doc)
        return found[0] if found else None

    def xpath(self, path: str):
        return self.doc.xpath(path)

    @cached_property
    def class_names(self) -> frozenset[str]:
        """Every class token used anywhere on the page (one pass; detection is then a set lookup)."""
        out: set[str] = set()
        for c in self.doc.xpath("//@class"):
            out.update(c.split())
        return frozenset(out)

    def has_class(self, name: str) -> bool:
        return name in self.class_names

    def has_any_class(self, *names: str) -> bool:
        return not self.class_names.isdisjoint(names)

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for m in self.doc.iter("meta"):
            key = m.get("property") or m.get("name") or m.get("itemprop")
            content = m.get("content")
            if key and content is not None:
                out.setdefault(key.strip().lower(), []).append(content.strip())
        return out

    def meta1(self, *keys: str) -> str | None:
        for k in keys:
            v = self.meta.get(k.lower())
            if v and v[0]:
                return v[0]
        return None

    def link(self, rel: str) -> str | None:
        for el in self.doc.iter("link"):
            if rel in (el.get("rel") or "").lower().split() and el.get("href"):
                return el.get("href").strip()
        return None

    @cached_property
    def is_amp(self) -> bool:
        root = self.doc
        return any(k in root.attrib for k in ("amp", "\u26a1", "AMP")) or root.get("amp") is not None

    @cached_property
    def jsonld(self) -> list[dict]:
        """Every JSON-LD object on the page, arrays and @graph flattened."""
        out: list[dict] = []
        for s in self.doc.xpath("//script[@type='application/ld+json']"):
            raw = (s.text or "").strip()
            if not raw:
                continue
            try:
                data = json.loads(raw)
            except ValueError:
                try:
                    data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
                except ValueError:
                    continue
            stack = data if isinstance(data, list) else [data]
            for item in stack:
                if isinstance(item, dict):
                    out.append(item)
                    graph = item.get("@graph")
                    if isinstance(graph, list):
                        out.extend(g for g in graph if isinstance(g, dict))
        return out

    @cached_property
    def article_ld(self) -> dict:
        for item in self.jsonld:
            t = item.get("@type")
            types = t if isinstance(t, list) else [t]
            if any(x in ARTICLE_TYPES for x in types):
                return item
        return {}

    @cached_property
    def kmklabs(self) -> dict:
        """``window.kmklabs.{gtm,article,channel,category}`` objects of KLY pages."""
        out: dict = {}
        for s in self.doc.xpath("//script[not(@src)][contains(., 'kmklabs')]"):
            for name, body in re.findall(r"window\.kmklabs\.(gtm|article|channel|category)\s*=\s*(\{.*?\})\s*;",
                                         s.text or "", re.S):
                try:
                    out[name] = json.loads(body)
                except ValueError:
                    continue
        return out

    @cached_property
    def lang(self) -> str | None:
        v = self.doc.get("lang") or self.meta1("og:locale", "content-language", "language")
        return v.split("_")[0].split("-")[0].lower() if v else None


def drop(elements) -> None:
    """Remove elements from the tree, keeping their tails."""
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        el.drop_tree()


def to_string(el) -> str:
    return etree.tostring(el, encoding="unicode", method="html")
