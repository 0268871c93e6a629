"""The liputan6.com spider: discovers articles the ways the site publishes them, fetches them.

Discovery (``discover``, comma-separated or repeated):

* ``sitemap``: ``/sitemap.xml`` (a sitemap index) and its children, Google News form
  (``lastmod``, ``news:publication_date``);
* ``index``: the date index ``/indeks/YYYY/MM/DD?page=N`` for each day of the window;
* ``tag:SLUG[;SLUG...]``: tag pages ``/tag/{slug}``;
* ``rss``: ``/feed/rss``.

The spider yields ``PageItem``s only; extraction and storage are item pipelines.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree

from extract.dates import WIB, parse_iso, parse_visible

from ..items import PageItem
from ..state import state_for
from ..urls import article_id, is_article, normalise

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
              "news": "http://www.google.com/schemas/sitemap-news/0.9"}


def _day(s: str | None) -> date | None:
    if not s:
        return None
    if isinstance(s, date):
        return s
    return date.fromisoformat(s)


class Liputan6Spider(scrapy.Spider):
    name = "liputan6"

    def __init__(self, base_url: str = "https://www.liputan6.com", discover: str = "sitemap",
                 since: str | None = None, until: str | None = None, max_articles: str | int | None = None,
                 *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.base_url = base_url.rstrip("/")
        host = urlsplit(self.base_url).hostname or ""
        bare = host[4:] if host.startswith("www.") else host
        self.allowed_domains = [bare] if bare else []
        if isinstance(discover, str):
            discover = [d for d in discover.replace("|", ",").split(",") if d]
        self.discover = self._expand_discover(discover)
        self.since = _day(since)
        self.until = _day(until)
        self.max_articles = int(max_articles) if max_articles not in (None, "", 0, "0") else None
        self.requested_ids: set[str] = set()

    @staticmethod
    def _expand_discover(items) -> list[str]:
        out = []
        for d in items:
            d = d.strip()
            if d.startswith("tag:"):
                out.extend("tag:" + s for s in d[4:].replace(";", ",").split(",") if s)
            elif d:
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

    def start_requests_list(self) -> list[scrapy.Request]:
        reqs = []
        for d in self.discover:
            if d == "sitemap":
                reqs.append(scrapy.Request(self.base_url + "/sitemap.xml", self.parse_sitemap, meta={"kind": "sitemap"}))
            elif d == "index":
                for day in self.days():
                    reqs.append(scrapy.Request(f"{self.base_url}/indeks/{day:%Y/%m/%d}?page=1", self.parse_index,
                                               meta={"kind": "index"}))
            elif d.startswith("tag:"):
                reqs.append(scrapy.Request(f"{self.base_url}/tag/{d[4:]}", self.parse_listing, meta={"kind": "tag"}))
            elif d == "rss":
                reqs.append(scrapy.Request(self.base_url + "/feed/rss", self.parse_rss, meta={"kind": "rss"}))
            else:
                raise ValueError(f"unknown discovery method {d!r} (sitemap, index, tag:SLUG, rss)")
        return reqs

    # --- discovery ------------------------------------------------------------------------
    def parse_sitemap(self, response):
        if response.status != 200:
            self.state.failed[f"sitemap http_{response.status}"] += 1
            return
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            self.state.failed["sitemap unreadable"] += 1
            return
        if root is None:
            self.state.failed["sitemap unreadable"] += 1
            return
        for sm in root.findall("sm:sitemap", SITEMAP_NS):
            loc = (sm.findtext("sm:loc", namespaces=SITEMAP_NS) or "").strip()
            lastmod = parse_iso(sm.findtext("sm:lastmod", namespaces=SITEMAP_NS))
            if self.since and lastmod and lastmod.astimezone(WIB).date() < self.since:
                self.state.skipped["sitemap older than window"] += 1
                continue
            if loc:
                yield response.follow(loc, self.parse_sitemap, meta={"kind": "sitemap"})
        for url in root.findall("sm:url", SITEMAP_NS):
            loc = (url.findtext("sm:loc", namespaces=SITEMAP_NS) or "").strip()
            pub = parse_iso(url.findtext("news:news/news:publication_date", namespaces=SITEMAP_NS))
            lastmod = parse_iso(url.findtext("sm:lastmod", namespaces=SITEMAP_NS))
            if not loc or not is_article(loc):
                continue
            if not self.in_window(pub or lastmod):
                self.state.skipped["outside window"] += 1
                continue
            yield from self.article_request(response, loc, via="sitemap", lastmod=lastmod)

    def parse_index(self, response):
        yield from self.parse_listing(response)
        # pagination: simple-pagination links to ?page=N
        for href in response.css(".simple-pagination__container a::attr(href)").getall():
            yield response.follow(href, self.parse_index, meta={"kind": "index"})

    def parse_listing(self, response):
        if response.status != 200:
            self.state.failed[f"{response.meta.get('kind', 'listing')} http_{response.status}"] += 1
            return
        for card in response.css("article.articles--rows--item, .articles--iridescent-list--item"):
            href = card.css("a.articles--rows--item__title-link::attr(href), a::attr(href)").get()
            when = card.css("time::attr(datetime)").get()
            when_dt = parse_iso(when) if when else None
            if href and is_article(response.urljoin(href)):
                if not self.in_window(when_dt):
                    self.state.skipped["outside window"] += 1
                    continue
                yield from self.article_request(response, response.urljoin(href), via=response.meta.get("kind"))

    def parse_rss(self, response):
        if response.status != 200:
            self.state.failed[f"rss http_{response.status}"] += 1
            return
        for item in response.xpath("//item"):
            link = (item.xpath("link/text()").get() or "").strip()
            pub = parse_visible(item.xpath("pubDate/text()").get() or "")
            if link and is_article(link):
                if not self.in_window(pub):
                    self.state.skipped["outside window"] += 1
                    continue
                yield from self.article_request(response, link, via="rss")

    # --- articles -------------------------------------------------------------------------
    def article_request(self, response, url: str, via: str, lastmod: datetime | None = None):
        url = normalise(urljoin(response.url, url))
        aid = article_id(url)
        if aid in self.requested_ids:
            self.state.skipped["already requested (variant)"] += 1
            return
        if self.max_articles is not None and len(self.requested_ids) >= self.max_articles:
            self.state.skipped["over --max-articles"] += 1
            return
        self.requested_ids.add(aid)
        yield scrapy.Request(url, self.parse_article, errback=self.article_failed,
                             meta={"kind": "article", "via": via, "lastmod": lastmod})

    def parse_article(self, response):
        if response.status != 200:
            self.state.failed[f"http_{response.status}"] += 1
            return
        yield PageItem(
            url=response.url, html=response.text, status=response.status,
            fetched_at=response.meta.get("fetched_at"), warc_file=response.meta.get("warc_file"),
            warc_offset=response.meta.get("warc_offset"),
            etag=response.headers.get("ETag", b"").decode("latin-1") or None,
            last_modified=response.headers.get("Last-Modified", b"").decode("latin-1") or None,
            discovered_via=response.meta.get("via"),
        )

    def article_failed(self, failure):
        from ..middlewares import _exception_reason

        self.state.failed[_exception_reason(failure.value)] += 1
