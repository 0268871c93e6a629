"""An HTTP server for the sample site on 127.0.0.1, with liputan6.com's paths.

Routes: ``/robots.txt``, ``/sitemap.xml`` (index) and ``/sitemap/YYYY/MM/DD.xml``,
``/indeks/YYYY/MM/DD?page=N`` and ``/{channel}/indeks/YYYY/MM/DD?page=N``, ``/tag/{slug}``,
``/feed/rss``, articles at ``/{channel}/read/{id}/{slug}`` (in their template generation) and
``/amp/{id}/{slug}`` (AMP variant). Conditional requests (``If-None-Match``,
``If-Modified-Since``) get 304. Tests change the site while it runs (``site.articles``) and
inject faults with ``site.faults[path] = callable``.
"""
from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from . import render
from .render import Article, load_articles

ARTICLE_PATH = re.compile(r"^/(?P<channel>[a-z0-9-]+)/read/(?P<id>\d+)/(?P<slug>[a-z0-9-]+)/?$")
AMP_PATH = re.compile(r"^/amp/(?P<id>\d+)/(?P<slug>[a-z0-9-]+)/?$")
INDEX_PATH = re.compile(r"^(?:/(?P<channel>[a-z0-9-]+))?/indeks/(?P<day>\d{4}/\d{2}/\d{2})/?$")
SITEMAP_DAY = re.compile(r"^/sitemap/(?P<day>\d{4}/\d{2}/\d{2})\.xml$")
TAG_PATH = re.compile(r"^/tag/(?P<slug>[a-z0-9-]+)/?$")


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class SampleSite:
    """The site's content and behaviour; the server asks it for every reply."""

    articles: list[Article] = field(default_factory=load_articles)
    per_page: int = 3
    base: str = ""
    # path (without query) -> callable(handler) -> Reply | None; None falls through to the normal reply
    faults: dict[str, Callable] = field(default_factory=dict)
    log: list[tuple[str, str, dict]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def by_id(self, aid: int) -> Article | None:
        for a in self.articles:
            if a.id == aid:
                return a
        return None

    def reply(self, path: str, query: dict, headers) -> Reply:
        m = ARTICLE_PATH.match(path)
        if m:
            a = self.by_id(int(m["id"]))
            if a is None or a["channel"] != m["channel"]:
                return Reply(404, b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>")
            return self._conditional(render.render_article(a, self.base), a.updated, headers)
        m = AMP_PATH.match(path)
        if m:
            a = self.by_id(int(m["id"]))
            if a is None:
                return Reply(404, b"not found")
            return self._conditional(render.render_amp(a, self.base), a.updated, headers)
        m = INDEX_PATH.match(path)
        if m:
            page = int((query.get("page") or ["1"])[0] or 1)
            return Reply(200, render.render_index(self.articles, self.base, m["day"], page, self.per_page,
                                                  m["channel"]).encode(), {"Content-Type": "text/html; charset=utf-8"})
        m = SITEMAP_DAY.match(path)
        if m:
            xml = render.render_sitemap_day(self.articles, self.base, m["day"])
            return Reply(200, xml.encode(), {"Content-Type": "application/xml"}) if xml else Reply(404, b"")
        m = TAG_PATH.match(path)
        if m:
            html = render.render_tag(self.articles, self.base, m["slug"])
            return Reply(200, html.encode(), {"Content-Type": "text/html; charset=utf-8"}) if html else Reply(404, b"")
        if path == "/robots.txt":
            return Reply(200, render.render_robots(self.base).encode(), {"Content-Type": "text/plain"})
        if path in ("/sitemap.xml", "/sitemap_index.xml"):
            return Reply(200, render.render_sitemap_index(self.articles, self.base).encode(), {"Content-Type": "application/xml"})
        if path in ("/feed/rss", "/rss"):
            return Reply(200, render.render_rss(self.articles, self.base).encode(), {"Content-Type": "application/rss+xml"})
        if path in ("/", "/indeks"):
            days = sorted({a.day for a in self.articles}, reverse=True)
            links = "".join(f'<li><a href="{self.base}/indeks/{d}">{d}</a></li>' for d in days)
            return Reply(200, f"<!DOCTYPE html><html><body><h1>Liputan6 (contoh)</h1><ul>{links}</ul></body></html>".encode(),
                         {"Content-Type": "text/html; charset=utf-8"})
        return Reply(404, b"<html><body>404</body></html>", {"Content-Type": "text/html"})

    def _conditional(self, html: str, updated: datetime, headers) -> Reply:
        body = html.encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        last_modified = format_datetime(updated.astimezone(timezone.utc), usegmt=True)
        h = {"Content-Type": "text/html; charset=utf-8", "ETag": etag, "Last-Modified": last_modified}
        inm = headers.get("If-None-Match")
        ims = headers.get("If-Modified-Since")
        if inm and etag in [t.strip() for t in inm.split(",")]:
            return Reply(304, b"", h)
        if ims and not inm:
            try:
                if parsedate_to_datetime(ims) >= updated.replace(microsecond=0):
                    return Reply(304, b"", h)
            except (TypeError, ValueError):
                pass
        return Reply(200, body, h)


class _Handler(BaseHTTPRequestHandler):
    server_version = "SampleLiputan6/1.0"
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 - http.server's naming
        site: SampleSite = self.server.site  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        with site.lock:
            site.log.append(("GET", self.path, dict(self.headers)))
        fault = site.faults.get(parts.path)
        reply = fault(self) if fault else None
        if reply is False:  # the fault wrote the response itself (or dropped the connection)
            return
        if reply is None:
            reply = site.reply(parts.path, parse_qs(parts.query), self.headers)
        self.send_response(reply.status)
        headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.body and self.command != "HEAD":
            self.wfile.write(reply.body)

    do_HEAD = do_GET

    def log_message(self, format, *args):  # quiet: the site keeps its own log
        pass


class SiteServer:
    """``with SiteServer() as server: server.base_url`` serves the sample site on 127.0.0.1."""

    def __init__(self, site: SampleSite | None = None, port: int = 0, host: str = "127.0.0.1"):
        self.site = site or SampleSite()
        self.httpd = ThreadingHTTPServer((host, port), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.site = self.site  # type: ignore[attr-defined]
        self.base_url = f"http://{host}:{self.httpd.server_address[1]}"
        self.site.base = self.base_url
        self._thread: threading.Thread | None = None

    def start(self) -> "SiteServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="sample-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
