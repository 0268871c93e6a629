"""Downloader middlewares: the archive (every response as WARC, every attempt as a fetch row)
and retries with backoff.

``ArchiveMiddleware`` sits next to the downloader (priority 950), so it sees each response
exactly as it came over the wire (redirects, 5xx answers before a retry, compressed bodies
with their Content-Encoding), and each download error before the retry middleware
reschedules it. The fetch row of a successful article page is not written at once: it
travels with the page to the store pipeline and is written after the article itself, so
the database never says "fetched" about an article it does not hold (a crawl can be killed
at any moment).

``BackoffRetryMiddleware`` replaces Scrapy's RetryMiddleware: the same rules
(``RETRY_TIMES``, ``RETRY_HTTP_CODES``, ``RETRY_EXCEPTIONS``) plus a wait before each retry
(exponential backoff with jitter, or the server's ``Retry-After``), and it retries pages
whose body is cut short although the connection said it was complete.
"""
from __future__ import annotations

import logging
import random
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest

from .state import state_for
from .urls import page_kind

log = logging.getLogger(__name__)


def _headers(h) -> list[tuple[str, str]]:
    out = []
    for k, values in h.items():
        for v in values:
            out.append((k.decode("latin-1"), v.decode("latin-1")))
    return out


def _h(headers, name: str) -> str | None:
    v = headers.get(name)
    return v.decode("latin-1") if v else None


def fetch_row(url: str, *, status: int | None, reason: str, kind: str, fetched_at: datetime | None = None,
              warc_file: str | None = None, warc_offset: int | None = None, response=None,
              canonical_url: str | None = None) -> dict:
    """One row of the warehouse's ``fetches`` table."""
    return {
        "url": url, "status": status, "reason": reason, "warc_file": warc_file, "warc_offset": warc_offset,
        "fetched_at": fetched_at or datetime.now(timezone.utc),
        "content_type": _h(response.headers, "Content-Type") if response is not None else None,
        "bytes": len(response.body) if response is not None else None,
        "etag": _h(response.headers, "ETag") if response is not None else None,
        "last_modified": _h(response.headers, "Last-Modified") if response is not None else None,
        "kind": kind, "canonical_url": canonical_url,
    }


def status_reason(status: int) -> str:
    if 200 <= status < 300:
        return "ok"
    if status == 304:
        return "not_modified"
    if 300 <= status < 400:
        return "redirect"
    return f"http_{status}"


class SiteGuardMiddleware:
    """No request leaves the crawled site: Scrapy's offsite filter lets ``dont_filter``
    requests (and their redirects) through, this one does not. It runs first (priority 40),
    before robots.txt would be fetched for a foreign host."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        from .urls import same_site

        hosts = getattr(self.crawler.spider, "hosts", None)
        if hosts and not same_site(request.url, hosts):
            raise IgnoreRequest(f"Filtered offsite request to {request.url}")
        return None


class HostConcurrencyMiddleware:
    """At most ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests in flight per host, enforced
    right next to the downloader (priority 960).

    Scrapy's own per-slot limit is checked in a loop that schedules downloads without
    marking them as transferring first (Scrapy 2.19), so a burst of queued requests can all
    start at once (we measured 11 at a time on the test site). This middleware holds a
    per-host semaphore from the moment a request goes to the network until its response or
    error comes back.
    """

    def __init__(self, crawler):
        s = crawler.settings
        self.limit = s.getint("CONCURRENT_REQUESTS_PER_IP") or s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or 8
        self.sems: dict = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        from twisted.internet.defer import DeferredSemaphore

        from scrapy.utils.defer import maybe_deferred_to_future

        host = urlsplit(request.url).hostname or ""
        sem = self.sems.get(host)
        if sem is None:
            sem = self.sems[host] = DeferredSemaphore(self.limit)
        await maybe_deferred_to_future(sem.acquire())
        request.meta["_host_slot"] = host
        return None

    def _release(self, request):
        host = request.meta.pop("_host_slot", None)
        if host is not None:
            self.sems[host].release()

    def process_response(self, request, response, spider=None):
        self._release(request)
        return response

    def process_exception(self, request, exception, spider=None):
        self._release(request)
        return None


class ArchiveMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.state = state_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        now = datetime.now(timezone.utc)
        warc_file, offset = self.state.archive.write(
            response.url, response.status, _http_phrase(response.status), _headers(response.headers), response.body,
            request_headers=_headers(request.headers), method=request.method, fetched_at=now,
        )
        kind = request.meta.get("kind") or page_kind(response.url)
        row = fetch_row(response.url, status=response.status, reason=status_reason(response.status), kind=kind,
                        fetched_at=now, warc_file=warc_file, warc_offset=offset, response=response,
                        canonical_url=request.meta.get("known_canonical") if response.status == 304 else None)
        request.meta.update(warc_file=warc_file, warc_offset=offset, fetched_at=now, fetch_row=row)
        self.state.counts["fetched"] += 1
        if kind == "article" and row["reason"] == "ok":
            row["_deferred"] = True  # written with the article by the store pipeline
        else:
            self.state.fetches.append(row)
            if response.status >= 400:
                self.state.counts["errors"] += 1
        return response

    def process_exception(self, request, exception, spider=None):
        kind = request.meta.get("kind") or page_kind(request.url)
        reason = exception_reason(exception)
        if isinstance(exception, IgnoreRequest) and reason not in ("robots", "offsite"):
            return None  # the spider's errback records it
        self.state.fetches.append(fetch_row(request.url, status=None, reason=reason, kind=kind))
        if not isinstance(exception, IgnoreRequest):
            self.state.counts["errors"] += 1
            self.state.counts["exceptions"] += 1  # attempts with no answer (errors also counts 4xx/5xx answers)
        return None  # let the retry middleware decide


def exception_reason(exc) -> str:
    """A short, stable name for why a request failed (the ``reason`` of its fetch row)."""
    if isinstance(exc, IgnoreRequest):
        msg = str(exc).lower()
        if "robots" in msg:
            return "robots"
        if "offsite" in msg:
            return "offsite"
        if "redirect" in msg:
            return "redirect_loop"
        return "ignored"
    name = exc.__class__.__name__
    if "Timeout" in name or "TimedOut" in name:
        return "timeout"
    if "DNS" in name or "Lookup" in name or "Resolve" in name:
        return "dns"
    if "Refused" in name:
        return "connection_refused"
    if "DataLoss" in name or "PartialDownload" in name:
        return "truncated"
    if "ResponseFailed" in name or "ResponseNeverReceived" in name or "DownloadFailed" in name:
        inner = " ".join(repr(r) for r in getattr(exc, "reasons", []) or [])
        if "DataLoss" in inner or "PotentialDataLoss" in inner:
            return "truncated"
        return "connection_lost"
    if "ConnectionLost" in name or "ConnectionDone" in name or "ConnectError" in name:
        return "connection_lost"
    if "MaxSize" in name or "cancelled" in str(exc).lower() and "size" in str(exc).lower():
        return "too_large"
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "error"


def looks_truncated(response) -> bool:
    """A 200 page whose markup stops before its end although the transfer was complete
    (a proxy or server cut it short with a matching Content-Length)."""
    from .archive import body_truncated

    return response.status == 200 and body_truncated(response.body, _h(response.headers, "Content-Type"))


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


async def _sleep(seconds: float) -> None:
    if seconds <= 0:
        return
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    from scrapy.utils.defer import maybe_deferred_to_future

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("ARSIP_RETRY_BACKOFF", 2.0)
        self.backoff_max = settings.getfloat("ARSIP_RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("ARSIP_RETRY_AFTER_MAX", 300.0)

    @classmethod
    def from_crawler(cls, crawler):
        o = cls(crawler.settings)
        o.crawler = crawler
        o.state = state_for(crawler)
        return o

    def _delay(self, attempt: int, response=None) -> float:
        delay = min(self.backoff_max, self.backoff * (2 ** max(0, attempt - 1))) * random.uniform(0.75, 1.25)
        if response is not None:
            ra = retry_after_seconds(_h(response.headers, "Retry-After"))
            if ra is not None:
                delay = max(delay, min(ra, self.retry_after_max))
        return delay

    async def _retry_later(self, request, reason, response=None):
        new = self._retry(request, reason)
        if new is None:
            return None
        for k in ("fetch_row", "warc_file", "warc_offset", "fetched_at", "gave_up"):
            new.meta.pop(k, None)
        self.state.counts["retries"] += 1
        delay = self._delay(new.meta.get("retry_times", 1), response)
        log.info("retrying %s in %.1f s (%s)", request.url, delay, reason)
        await _sleep(delay)
        return new

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False):
            return response
        reason = None
        if response.status in self.retry_http_codes:
            reason = f"http_{response.status}"
        elif looks_truncated(response):
            reason = "truncated"
            row = request.meta.get("fetch_row")
            if row is not None:
                row["reason"] = "truncated"
                if row.pop("_deferred", False):
                    self.state.fetches.append(row)
                self.state.counts["errors"] += 1
        if reason is None:
            return response
        new = await self._retry_later(request, reason, response)
        if new is not None:
            return new
        request.meta["gave_up"] = reason
        return response

    async def process_exception(self, request, exception, spider=None):
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            return await self._retry_later(request, exception_reason(exception))
        return None


def _http_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
