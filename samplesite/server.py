"""An HTTP server for the sample site on 127.0.0.1, with liputan6.com's paths.

Routes: ``/robots.txt``, ``/sitemap.xml`` (index) and ``/sitemap/YYYY/MM/DD.xml``,
``/indeks/YYYY/MM/DD?page=N`` and ``/{channel}/indeks/YYYY/MM/DD?page=N``, ``/tag/{slug}``,
``/feed/rss``, articles at ``/{channel}/read/{id}/{slug}`` (in their template generation) and
``/amp/{id}/{slug}`` (AMP variant). Conditional requests (``If-None-Match``,
``If-Modified-Since``) get 304. Tests change the site while it runs (``site.articles``) and
inject faults with ``site.faults[path] = callable``.

A fault is ``callable(handler) -> Reply | None | False``: a ``Reply`` is sent instead of the
page, ``None`` falls through to the normal reply, ``False`` means the fault wrote the
response itself (or dropped the connection). The factories below make the usual ones:
``fail`` (an HTTP error, optionally with ``Retry-After``), ``stall`` (a response that stops
in the middle), ``truncate`` (a body cut short), ``redirect``, ``encoded`` (the page in
another charset), ``gzipped``, ``slow``; each can be limited to the first ``times``
requests. ``site.hits`` records every request with its time, and ``site.max_active`` the
most requests the server was answering at once.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import socket
import threading
import time
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
    # every request: {"t": time.monotonic(), "method", "path" (with query), "headers"}
    hits: list[dict] = field(default_factory=list)
    delay: float = 0.0          # seconds every reply waits (to observe concurrency)
    active: int = 0
    max_active: int = 0
    robots: str | None = None   # robots.txt text instead of the rendered one
    # origin that article pages name as canonical (None: the serving address), as a mirror's pages name
    # their origin site; a fixed origin keeps the stored URLs stable whatever port the server gets
    canonical_base: str | None = None
    # Render each page once and serve the kept bytes (conditional requests still answered per
    # request). Only for a site whose articles do not change while it runs, like the crawl
    # benchmark's mirror: a remote site renders on its own CPU, and this server shares ours.
    cache: bool = False
    _rendered: dict = field(default_factory=dict, repr=False)
    _ids: dict | None = field(default=None, repr=False)

    def requests_for(self, path: str) -> list[dict]:
        """The hits whose path (without query) is ``path``."""
        return [h for h in self.hits if h["path"].split("?", 1)[0] == path]

    def by_id(self, aid: int) -> Article | None:
        if self.cache:
            if self._ids is None:
                self._ids = {a.id: a for a in self.articles}
            return self._ids.get(aid)
        for a in self.articles:
            if a.id == aid:
                return a
        return None

    def reply(self, path: str, query: dict, headers) -> Reply:
        if self.cache:
            key = (path, tuple(sorted((k, tuple(v)) for k, v in query.items())))
            kept = self._rendered.get(key)
            if kept is None:
                kept = self._rendered[key] = self._render(path, query)
        else:
            kept = self._render(path, query)
        reply, updated = kept
        return self._conditional(reply, updated, headers) if updated is not None else reply

    def _render(self, path: str, query: dict) -> tuple[Reply, datetime | None]:
        """The page at ``path`` and, for an article, the time it was last changed (which
        conditional requests are answered against)."""
        m = ARTICLE_PATH.match(path)
        if m:
            a = self.by_id(int(m["id"]))
            if a is None or a["channel"] != m["channel"]:
                return Reply(404, b"<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>"), None
            return self._page(render.render_article(a, self.base, canonical_base=self.canonical_base), a.updated), a.updated
        m = AMP_PATH.match(path)
        if m:
            a = self.by_id(int(m["id"]))
            if a is None:
                return Reply(404, b"not found"), None
            return self._page(render.render_amp(a, self.base, self.canonical_base), a.updated), a.updated
        return self._listing(path, query), None

    def _listing(self, path: str, query: dict) -> Reply:
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
            text = self.robots if self.robots is not None else render.render_robots(self.base)
            return Reply(200, text.encode(), {"Content-Type": "text/plain"})
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

    @staticmethod
    def _page(html: str, updated: datetime) -> Reply:
        body = html.encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        last_modified = format_datetime(updated.astimezone(timezone.utc), usegmt=True)
        return Reply(200, body, {"Content-Type": "text/html; charset=utf-8", "ETag": etag, "Last-Modified": last_modified})

    @staticmethod
    def _conditional(page: Reply, updated: datetime, headers) -> Reply:
        inm = headers.get("If-None-Match")
        ims = headers.get("If-Modified-Since")
        if inm and page.headers["ETag"] in [t.strip() for t in inm.split(",")]:
            return Reply(304, b"", dict(page.headers))
        if ims and not inm:
            try:
                if parsedate_to_datetime(ims) >= updated.replace(microsecond=0):
                    return Reply(304, b"", dict(page.headers))
            except (TypeError, ValueError):
                pass
        return Reply(200, page.body, dict(page.headers))


class _Handler(BaseHTTPRequestHandler):
    server_version = "SampleLiputan6/1.0"
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY, as web servers set it on keep-alive connections: the headers and the body
    # go out in two writes, and with Nagle's algorithm the body waited for the client's
    # delayed ACK of the headers (up to 40 ms a response on Linux)
    disable_nagle_algorithm = True

    def do_GET(self):  # noqa: N802 - http.server's naming
        site: SampleSite = self.server.site  # type: ignore[attr-defined]
        with site.lock:
            site.log.append(("GET", self.path, dict(self.headers)))
            site.hits.append({"t": time.monotonic(), "method": self.command, "path": self.path,
                              "headers": dict(self.headers)})
            site.active += 1
            site.max_active = max(site.max_active, site.active)
        try:
            if site.delay:
                time.sleep(site.delay)
            self._answer(site)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True
        finally:
            with site.lock:
                site.active -= 1

    def normal_reply(self) -> Reply:
        """What the site answers to this request without faults."""
        site: SampleSite = self.server.site  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        return site.reply(parts.path, parse_qs(parts.query), self.headers)

    def _answer(self, site: SampleSite) -> None:
        parts = urlsplit(self.path)
        fault = site.faults.get(parts.path)
        reply = fault(self) if fault else None
        if reply is False:  # the fault wrote the response itself (or dropped the connection)
            return
        if reply is None:
            reply = site.reply(parts.path, parse_qs(parts.query), self.headers)
        self.send_reply(reply)

    def send_reply(self, reply: Reply, body_bytes: int | None = None, content_length: int | None = None) -> None:
        """Send ``reply``; ``body_bytes`` sends only that many bytes of the body (a truncation)
        and ``content_length`` announces another length than the body's."""
        self.send_response(reply.status)
        headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(reply.body) if content_length is None else content_length))
        self.end_headers()
        if reply.body and self.command != "HEAD":
            self.wfile.write(reply.body if body_bytes is None else reply.body[:body_bytes])
        self.wfile.flush()

    do_HEAD = do_GET

    def log_message(self, format, *args):  # quiet: the site keeps its own log
        pass


# --- fault factories ------------------------------------------------------------------------
class _Counted:
    """A fault that acts on the first ``times`` requests (None: on all), then falls through."""

    def __init__(self, act: Callable, times: int | None):
        self.act = act
        self.times = times
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, handler):
        with self.lock:
            self.calls += 1
            n = self.calls
        if self.times is not None and n > self.times:
            return None
        return self.act(handler)


def fail(status: int = 503, times: int | None = None, retry_after: str | int | None = None,
         body: bytes = b"<html><body>error</body></html>") -> Callable:
    """Answer ``status`` (with ``Retry-After`` if given)."""
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return _Counted(lambda h: Reply(status, body, headers), times)


def stall(seconds: float, times: int | None = 1, after_bytes: int = 200) -> Callable:
    """Send the headers and the first ``after_bytes`` of the page, then stop for ``seconds``
    before sending the rest (a client with a shorter timeout gives up)."""
    def act(h):
        reply = h.normal_reply()
        h.send_reply(reply, body_bytes=after_bytes, content_length=len(reply.body))
        time.sleep(seconds)
        try:
            h.wfile.write(reply.body[after_bytes:])
            h.wfile.flush()
        except OSError:
            pass
        return False
    return _Counted(act, times)


def truncate(times: int | None = 1, keep: float = 0.5, honest_length: bool = False) -> Callable:
    """Send only ``keep`` of the body and close the connection. The Content-Length is the
    full length (the client sees the connection end early), or with ``honest_length`` the
    length of the part sent (the client sees a complete response with half a page)."""
    def act(h):
        reply = h.normal_reply()
        n = int(len(reply.body) * keep)
        h.send_reply(reply, body_bytes=n, content_length=n if honest_length else len(reply.body))
        h.close_connection = True
        try:
            h.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        return False
    return _Counted(act, times)


def redirect(location: str, status: int = 301, times: int | None = None) -> Callable:
    """Redirect to ``location`` (a path on this site or an absolute URL)."""
    def act(h):
        site: SampleSite = h.server.site  # type: ignore[attr-defined]
        to = location if "://" in location else site.base + location
        return Reply(status, b"", {"Location": to})
    return _Counted(act, times)


def encoded(charset: str = "windows-1252", in_header: bool = True, times: int | None = None) -> Callable:
    """The normal page re-encoded in ``charset``, declared in the Content-Type header (or,
    with ``in_header=False``, only in its ``<meta charset>``)."""
    def act(h):
        reply = h.normal_reply()
        if reply.status != 200:
            return reply
        text = reply.body.decode("utf-8").replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
        headers = dict(reply.headers)
        headers["Content-Type"] = f"text/html; charset={charset}" if in_header else "text/html"
        return Reply(200, text.encode(charset, errors="xmlcharrefreplace"), headers)
    return _Counted(act, times)


def gzipped(times: int | None = None) -> Callable:
    """The normal reply with ``Content-Encoding: gzip``."""
    def act(h):
        reply = h.normal_reply()
        if not reply.body:
            return reply
        return Reply(reply.status, gzip.compress(reply.body), {**reply.headers, "Content-Encoding": "gzip"})
    return _Counted(act, times)


def slow(seconds: float, times: int | None = None) -> Callable:
    """The normal reply after ``seconds``."""
    def act(h):
        time.sleep(seconds)
        return None
    return _Counted(act, times)


def sequence(*faults: Callable) -> Callable:
    """One fault after the other: request 1 gets the first, request 2 the second ...; then normal."""
    state = {"n": 0}
    lock = threading.Lock()

    def act(h):
        with lock:
            n = state["n"]
            state["n"] += 1
        return faults[n](h) if n < len(faults) else None
    return act


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, socket.timeout)):
            return  # a client that gave up (a timeout test): not the server's error
        super().handle_error(request, client_address)


class SiteServer:
    """``with SiteServer() as server: server.base_url`` serves the sample site on 127.0.0.1."""

    def __init__(self, site: SampleSite | None = None, port: int = 0, host: str = "127.0.0.1"):
        self.site = site or SampleSite()
        self.httpd = _Server((host, port), _Handler)
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
