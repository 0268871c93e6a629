"""liputan6.com URL shapes: articles and their variants, listings, feeds.

An article has one canonical URL ``https://www.liputan6.com/{channel}/read/{id}/{slug}``
and variants that show the same article: the mobile host (``m.liputan6.com``, same path),
AMP (``/amp/{id}/{slug}``, no channel) and channel subdomains (``hot.liputan6.com/read/{id}/{slug}``).
The crawler identifies an article by ``article_key``: the site and the numeric id, so each
article is fetched once per crawl whichever variant a listing links.
"""
from __future__ import annotations

import ipaddress
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


def site_of(host: str | None, port: int | None = None) -> str:
    """The site a host belongs to: ``m.liputan6.com``, ``hot.liputan6.com`` -> ``liputan6.com``;
    an IP address or ``localhost`` keeps its port (each test server is its own site)."""
    host = (host or "").lower().rstrip(".")
    try:
        ipaddress.ip_address(host)
        is_ip = True
    except ValueError:
        is_ip = "." not in host
    if is_ip:
        return f"{host}:{port}" if port else host
    labels = host.split(".")
    site = ".".join(labels[-2:]) if len(labels) > 2 else host
    # two-level public suffixes (co.id, go.id, ac.id ...) keep three labels
    if len(labels) > 2 and len(labels[-2]) <= 3 and len(labels[-1]) == 2:
        site = ".".join(labels[-3:])
    return f"{site}:{port}" if port else site


def article_key(url: str) -> tuple[str, str] | None:
    """(site, article id): the same for every variant of one article."""
    aid = article_id(url)
    if aid is None:
        return None
    p = urlsplit(url)
    return site_of(p.hostname, p.port), aid


def same_site(url: str, hosts: set[str]) -> bool:
    """Is ``url`` on one of ``hosts`` or a subdomain of one (``m.``, ``hot.`` of liputan6.com)?"""
    h = (urlsplit(url).hostname or "").lower()
    return any(h == d or h.endswith("." + d) for d in hosts)


def desktop_host(host: str) -> str:
    """m.liputan6.com -> www.liputan6.com; other hosts unchanged."""
    return "www." + host[2:] if host.startswith("m.") else host


def normalise(url: str) -> str:
    """Drop fragments, and tracking queries (?source=search, utm_*) from an article URL."""
    parts = urlsplit(url)
    if is_article(url):
        return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
