"""liputan6.com URL shapes: articles and their variants, listings, feeds."""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

ARTICLE = re.compile(r"^/(?P<channel>[a-z0-9-]+)/read/(?P<id>\d+)/(?P<slug>[^/?#]+)")
AMP = re.compile(r"^/amp/(?P<id>\d+)/(?P<slug>[^/?#]+)")
HOST_READ = re.compile(r"^/read/(?P<id>\d+)/(?P<slug>[^/?#]+)")  # hot.liputan6.com/read/..., old subdomains


def article_id(url: str) -> str | None:
    path = urlsplit(url).path
    for pat in (ARTICLE, AMP, HOST_READ):
        m = pat.match(path)
        if m:
            return m.group("id")
    return None


def is_article(url: str) -> bool:
    return article_id(url) is not None


def page_kind(url: str) -> str:
    path = urlsplit(url).path
    if path == "/robots.txt":
        return "robots"
    if "sitemap" in path and path.endswith(".xml"):
        return "sitemap"
    if "/indeks" in path:
        return "index"
    if path.startswith("/tag/"):
        return "tag"
    if "rss" in path or path.startswith("/feed"):
        return "rss"
    if is_article(url):
        return "article"
    return "other"


def desktop_host(host: str) -> str:
    """m.liputan6.com -> www.liputan6.com; other hosts unchanged."""
    return "www." + host[2:] if host.startswith("m.") else host


def normalise(url: str) -> str:
    """Drop fragments and tracking queries (?source=search, utm_*) from an article URL."""
    parts = urlsplit(url)
    if is_article(url):
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
