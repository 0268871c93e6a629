"""The liputan6.com spider: discovers articles the ways the site publishes them, fetches them.

Discovery (``discover``, comma-separated or a list):

* ``sitemap``: ``/sitemap.xml`` (a sitemap index) and its children, Google News form
  (``lastmod``, ``news:publication_date``);
* ``index``: the date index ``/indeks/YYYY/MM/DD?page=N`` for each day of the window, and
  ``index:CHANNEL[;CHANNEL]`` the channel's ``/{channel}/indeks/YYYY/MM/DD?page=N``;
* ``tag:SLUG[;SLUG...]``: tag pages ``/tag/{slug}`` (and their pages);
* ``rss``: ``/feed/rss``.

Incremental: ``known`` (the warehouse's ``known_pages()``) tells what is archived already.
An article whose sitemap ``lastmod`` is not after its last fetch is not requested at all;
other known articles are requested with ``If-None-Match``/``If-Modified-Since`` (a 304 is
counted unchanged). ``retry`` (``pending_failures()``) is requeued first; ``gone`` URLs
(404/410 before) are not requested again unless the sitemap shows them modified since.

The spider yields ``PageItem``s only; extraction and storage are item pipelines. Every
request it makes ends in exactly one of: an item, a 304 (unchanged), a count under
``skipped`` or a count under ``failed`` (with its fetch rows in the database).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree

from extract.dates import WIB, parse_iso

from ..archive import decode_html
from ..items import PageItem
from ..middlewares import exception_reason, fetch_row
from ..state import state_for
from ..urls import article_key, desktop_host, is_article, normalise, page_kind, same_site

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
              "news": "http://www.google.com/schemas/sitemap-news/0.9"}
MAX_LISTING_PAGES = 500  # per index day / tag: a guard against endless pagination


def _day(s) -> date | None:
    if not s:
        return None
    if isinstance(s, date):
        return s
    return date.fromisoformat(s)


def _aware(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


class Liputan6Spider(scrapy.Spider):
    name = "liputan6"

    def __init__(self, base_url: str = "https://www.liputan6.com", discover="sitemap",
                 since: str | None = None, until: str | None = None, max_articles: str | int | None = None,
                 known: dict | None = None, retry: list | None = None, gone: dict | None = None,
                 *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.base_url = base_url.rstrip("/")
        host = (urlsplit(self.base_url).hostname or "").lower()
        bare = host[4:] if host.startswith("www.") else host[2:] if host.startswith("m.") else host
        self.allowed_domains = [bare] if bare else []
        self.hosts = set(self.allowed_domains)
        if isinstance(discover, str):
            discover = [d for d in discover.replace("|", ",").split(",") if d]
        self.discover = self._expand_discover(discover)
        self.since = _day(since)
        self.until = _day(until)
        self.max_articles = int(max_articles) if max_articles not in (None, "", 0, "0") else None
        self.requested: set = set()        # article keys requested (or deliberately skipped) in this crawl
        self.issued = 0                    # article requests made
        self.known = known or {}
        self.known_by_key: dict = {}
        for url, entry in self.known.items():
            k = article_key(url)
            if k is None:
                continue
            prev = self.known_by_key.get(k)
            if prev is None or (_aware(entry.get("fetched_at")) or datetime.min.replace(tzinfo=timezone.utc)) > \
                    (_aware(prev.get("fetched_at")) or datetime.min.replace(tzinfo=timezone.utc)):
                self.known_by_key[k] = {**entry, "url": url}
        self.retry = retry or []
        self.gone = gone or {}

    @staticmethod
    def _expand_discover(items) -> list[str]:
        out = []
        for d in items:
            d = d.strip()
            for prefix in ("tag:", "index:"):
                if d.startswith(prefix):
                    out.extend(prefix + s for s in d[len(prefix):].replace(";", ",").split(",") if s)
                    break
            else:
                if d:
                    out.append(d)
        return out

    @property
    def state(self):
        return state_for(self.crawler)

    # --- window -------------------------------------------------------------------------
    def in_window(self, when: datetime | date | None) -> bool:
        if when is None:
            return True
        d = when.astimezone(WIB).date() if isinstance(when, datetime) else when
        return (self.since is None or d >= self.since) and (self.until is None or d <= self.until)

    def days(self) -> list[date]:
        until = self.until or datetime.now(WIB).date()
        since = self.since or until
        return [since + timedelta(days=n) for n in range((until - since).days + 1)]

    # --- start ----------------------------------------------------------------------------
    async def start(self):
        for req in self.start_requests_list():
            yield req

    def listing_request(self, url: str, kind: str, **meta) -> scrapy.Request:
        callback = {"sitemap": self.parse_sitemap, "index": self.parse_index, "tag": self.parse_listing,
                    "rss": self.parse_rss}.get(kind, self.parse_listing)
        return scrapy.Request(url, callback, errback=self.request_failed, meta={"kind": kind, **meta})

    def start_requests_list(self) -> list[scrapy.Request]:
        reqs = []
        # last run's failures first (they were wanted then; the window is checked after extraction)
        for f in self.retry:
            url = f["url"]
            if not same_site(url, self.hosts):
                continue
            kind = page_kind(url)
            if kind == "article":
                reqs.extend(self.article_requests(url, via="retry"))
            elif kind in ("sitemap", "index", "tag", "rss"):
                reqs.append(self.listing_request(url, kind, retrying=True))
        if reqs:
            self.state.counts["requeued"] += len(reqs)
        for d in self.discover:
            if d == "sitemap":
                reqs.append(self.listing_request(self.base_url + "/sitemap.xml", "sitemap"))
            elif d == "index" or d.startswith("index:"):
                prefix = "/" + d[6:] if d.startswith("index:") else ""
                for day in self.days():
                    reqs.append(self.listing_request(f"{self.base_url}{prefix}/indeks/{day:%Y/%m/%d}?page=1", "index"))
            elif d.startswith("tag:"):
                reqs.append(self.listing_request(f"{self.base_url}/tag/{d[4:]}", "tag"))
            elif d == "rss":
                reqs.append(self.listing_request(self.base_url + "/feed/rss", "rss"))
            else:
                raise ValueError(f"unknown discovery method {d!r} (sitemap, index, index:CHANNEL, tag:SLUG, rss)")
        return reqs

    # --- outcomes -------------------------------------------------------------------------
    def fail(self, kind: str, reason: str) -> None:
        self.state.failed[reason if kind == "article" else f"{kind} {reason}"] += 1

    def bad_response(self, response) -> bool:
        """Count a response that is not a usable 200 (after every retry); True if so."""
        kind = response.meta.get("kind", "listing")
        if response.meta.get("gave_up"):
            self.fail(kind, response.meta["gave_up"])
            return True
        if response.status == 304 and kind == "article":
            self.state.counts["not_modified"] += 1
            self.state.counts["unchanged"] += 1
            return True
        if response.status != 200:
            self.fail(kind, f"http_{response.status}")
            return True
        return False

    def request_failed(self, failure):
        """Errback of every request: after the last retry, or when a request is dropped."""
        from scrapy.exceptions import IgnoreRequest

        request = failure.request
        kind = request.meta.get("kind") or page_kind(request.url)
        reason = exception_reason(failure.value)
        if isinstance(failure.value, IgnoreRequest):
            if reason == "robots":
                self.state.skipped["forbidden by robots.txt"] += 1
                return
            if reason == "offsite":
                self.state.skipped["offsite (not on the crawled site)"] += 1
                return
            # a redirect loop (or chain longer than REDIRECT_MAX_TIMES): recorded under the
            # URL that was asked for, so the next run tries it again
            first = (request.meta.get("redirect_urls") or [request.url])[0]
            self.state.fetches.append(fetch_row(first, status=None, reason=reason, kind=kind))
            self.state.counts["errors"] += 1
        self.fail(kind, reason)

    # --- discovery ------------------------------------------------------------------------
    def parse_sitemap(self, response):
        if self.bad_response(response):
            return
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False,
                                                                          no_network=True, huge_tree=True))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            self.fail("sitemap", "unreadable")
            return
        for sm in root.findall("sm:sitemap", SITEMAP_NS):
            loc = (sm.findtext("sm:loc", namespaces=SITEMAP_NS) or "").strip()
            lastmod = parse_iso(sm.findtext("sm:lastmod", namespaces=SITEMAP_NS))
            if self.since and lastmod and lastmod.astimezone(WIB).date() < self.since:
                self.state.skipped["sitemap not modified in the window"] += 1
                continue
            if loc:
                url = response.urljoin(loc)
                if not same_site(url, self.hosts):
                    self.state.skipped["offsite (not on the crawled site)"] += 1
                    continue
                yield self.listing_request(url, "sitemap")
        for url in root.findall("sm:url", SITEMAP_NS):
            loc = (url.findtext("sm:loc", namespaces=SITEMAP_NS) or "").strip()
            pub = parse_iso(url.findtext("news:news/news:publication_date", namespaces=SITEMAP_NS))
            lastmod = parse_iso(url.findtext("sm:lastmod", namespaces=SITEMAP_NS))
            if not loc or not is_article(loc):
                continue
            if not self.in_window(pub or lastmod):
                self.state.skipped["outside the window"] += 1
                continue
            yield from self.article_requests(response.urljoin(loc), via="sitemap", lastmod=lastmod)

    def parse_index(self, response):
        requests, cards = self._listing(response)
        yield from requests
        if not cards:
            return
        # pagination: simple-pagination links to ?page=N (the dupefilter drops pages seen)
        yield from self._pages(response, "index")

    def parse_listing(self, response):
        """Tag (and other listing) pages: article cards, then the next pages."""
        requests, cards = self._listing(response)
        yield from requests
        if cards:
            yield from self._pages(response, response.meta.get("kind", "tag"))

    def _pages(self, response, kind: str):
        for href in response.css(".simple-pagination__container a::attr(href)").getall():
            url = response.urljoin(href)
            if same_site(url, self.hosts) and self._page_no(url) <= MAX_LISTING_PAGES:
                yield self.listing_request(url, kind)

    @staticmethod
    def _page_no(url: str) -> int:
        from urllib.parse import parse_qs

        try:
            return int((parse_qs(urlsplit(url).query).get("page") or ["1"])[0])
        except ValueError:
            return 1

    def _listing(self, response) -> tuple[list, int]:
        """Article requests of the cards (``article.articles--rows--item``) of an index or tag
        page, and the number of cards (0 ends pagination)."""
        if self.bad_response(response):
            return [], 0
        kind = response.meta.get("kind", "listing")
        cards = response.css("article.articles--rows--item, article.articles--iridescent-list--item, "
                             "li.promotion-article--list__item")
        out = []
        for card in cards:
            href = card.css("a.articles--rows--item__title-link::attr(href), "
                            "a.articles--iridescent-list--text-item__title-link::attr(href), a::attr(href)").get()
            if not href:
                continue
            url = response.urljoin(href)
            if not is_article(url):
                continue
            when = card.css("time::attr(datetime)").get()
            when_dt = parse_iso(when) if when else None
            if not self.in_window(when_dt):
                self.state.skipped["outside the window"] += 1
                continue
            out.extend(self.article_requests(url, via=kind))
        return out, len(cards)

    def parse_rss(self, response):
        if self.bad_response(response):
            return
        for item in response.xpath("//item"):
            link = (item.xpath("link/text()").get() or "").strip()
            pub = None
            raw = (item.xpath("pubDate/text()").get() or "").strip()
            if raw:
                try:
                    pub = parsedate_to_datetime(raw)
                except (TypeError, ValueError):
                    pub = None
            if link and is_article(link):
                if not self.in_window(pub):
                    self.state.skipped["outside the window"] += 1
                    continue
                yield from self.article_requests(response.urljoin(link), via="rss")

    # --- articles -------------------------------------------------------------------------
    def article_requests(self, url: str, via: str, lastmod: datetime | None = None):
        """Zero or one request for the article at ``url`` (any of its variants)."""
        url = normalise(urljoin(self.base_url + "/", url))
        parts = urlsplit(url)
        if parts.hostname and parts.hostname.startswith("m.") and urlsplit(self.base_url).hostname != parts.hostname:
            url = parts._replace(netloc=desktop_host(parts.netloc)).geturl()  # the desktop page is canonical
        if not same_site(url, self.hosts):
            self.state.skipped["offsite (not on the crawled site)"] += 1
            return
        key = article_key(url)
        if key in self.requested:
            self.state.skipped["already requested (same article)"] += 1
            return
        self.state.counts["discovered"] += 1  # distinct articles found in the window (health checks use it)
        known = self.known.get(url) or self.known_by_key.get(key)
        if known is not None and lastmod is not None:
            last = _aware(known.get("fetched_at"))
            if last is not None and _aware(lastmod) <= last:
                self.requested.add(key)
                self.state.skipped["unchanged since last fetch"] += 1
                return
        gone_at = self.gone.get(url)
        if gone_at is not None and via != "retry" and (lastmod is None or _aware(lastmod) <= _aware(gone_at)):
            self.requested.add(key)
            self.state.skipped["gone (404/410 before)"] += 1
            return
        if self.max_articles is not None and self.issued >= self.max_articles:
            self.state.skipped["over --max-articles"] += 1
            return
        self.requested.add(key)
        self.issued += 1
        headers = {}
        meta = {"kind": "article", "via": via, "lastmod": lastmod}
        if known is not None:
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
            meta["known_canonical"] = known.get("url") or url
        # dont_filter: each article is requested once by key (above), and a redirect loop
        # must run into REDIRECT_MAX_TIMES (and be recorded) rather than vanish in the dupefilter
        yield scrapy.Request(url, self.parse_article, errback=self.request_failed, headers=headers,
                             meta=meta, dont_filter=True)

    def parse_article(self, response):
        if self.bad_response(response):
            return
        self.state.counts["articles"] += 1
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        yield PageItem(
            url=response.url, html=decode_html(response.body, ctype), status=response.status,
            fetched_at=response.meta.get("fetched_at"), warc_file=response.meta.get("warc_file"),
            warc_offset=response.meta.get("warc_offset"),
            etag=response.headers.get("ETag", b"").decode("latin-1") or None,
            last_modified=response.headers.get("Last-Modified", b"").decode("latin-1") or None,
            discovered_via=response.meta.get("via"), fetch_row=response.meta.get("fetch_row"),
            requested_url=(response.meta.get("redirect_urls") or [response.url])[0],
        )
