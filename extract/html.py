"""Small lxml helpers shared by the parsers: parsing, text, metadata, JSON-LD."""
from __future__ import annotations

import json
import re
from functools import cached_property

import lxml.html
from lxml import etree

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2009\u200b]+")


def clean_ws(s: str | None) -> str:
    if not s:
        return ""
    s = _WS.sub(" ", s.replace("\u200b", ""))
    s = re.sub(r" *\n *", "\n", s)
    return s.strip()


def text_of(el) -> str:
    """Visible text of an element, whitespace folded to single spaces."""
    if el is None:
        return ""
    return clean_ws(" ".join(el.itertext()).replace("\n", " "))


def inline_text(el) -> str:
    """Text of a paragraph-like element: inline tags joined without invented spaces, <br> as a space."""
    if el is None:
        return ""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append(" ")
        elif tag not in ("script", "style") and isinstance(child.tag, str):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return clean_ws("".join(parts).replace("\n", " "))


def classes(el) -> set[str]:
    return set((el.get("class") or "").split())


def parse_html(html: str | bytes):
    """An lxml document; bytes are decoded by their declared charset (meta or BOM)."""
    if isinstance(html, bytes):
        parser = lxml.html.HTMLParser(remove_comments=True)
        doc = lxml.html.document_fromstring(html, parser=parser)
    else:
        if html.startswith("<?xml"):
            html = re.sub(r"^<\?xml[^>]*\?>", "", html)
        doc = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(remove_comments=True))
    return doc


class Page:
    """A parsed page with lazily computed metadata lookups."""

    def __init__(self, html: str | bytes, url: str | None = None):
        self.doc = parse_html(html)
        self.url = url

    def css(self, selector: str):
        return self.doc.cssselect(selector)

    def first(self, selector: str):
        found = self.doc.cssselect(selector)
        return found[0] if found else None

    def xpath(self, path: str):
        return self.doc.xpath(path)

    def has_class(self, name: str) -> bool:
        return bool(self.doc.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')][1]"))

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
            if (el.get("rel") or "").lower() == rel and el.get("href"):
                return el.get("href").strip()
        return None

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
            if any(x in ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle") for x in types):
                return item
        return {}

    @cached_property
    def kmklabs(self) -> dict:
        """``window.kmklabs.gtm`` and ``window.kmklabs.article`` objects of KLY pages, merged."""
        out: dict = {}
        for s in self.doc.xpath("//script[not(@src)][contains(., 'kmklabs')]"):
            for name, body in re.findall(r"window\.kmklabs\.(gtm|article)\s*=\s*(\{.*?\})\s*;", s.text or "", re.S):
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
