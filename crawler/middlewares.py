"""Downloader middleware that archives every response as WARC and logs every fetch.

It sits next to the downloader (priority 950), so it sees each response exactly as it came
over the wire (redirects, 5xx answers before a retry, compressed bodies with their
Content-Encoding), and each download error before the retry middleware reschedules it.
"""
from __future__ import annotations

from datetime import datetime, timezone

from .state import state_for
from .urls import page_kind


def _headers(h) -> list[tuple[str, str]]:
    out = []
    for k, values in h.items():
        for v in values:
            out.append((k.decode("latin-1"), v.decode("latin-1")))
    return out


class ArchiveMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.state = state_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        now = datetime.now(timezone.utc)
        resp_headers = [(k, v) for k, v in _headers(response.headers) if k.lower() != "transfer-encoding"]
        warc_file, offset = self.state.archive.write(
            response.url, response.status, _reason(response.status), resp_headers, response.body,
            request_headers=_headers(request.headers), method=request.method, fetched_at=now,
        )
        request.meta["warc_file"], request.meta["warc_offset"] = warc_file, offset
        request.meta["fetched_at"] = now
        self.state.counts["fetched"] += 1
        reason = "ok" if response.status < 300 else "not_modified" if response.status == 304 else \
            "redirect" if response.status < 400 else f"http_{response.status}"
        self.state.fetches.append({
            "url": response.url, "status": response.status, "reason": reason,
            "warc_file": warc_file, "warc_offset": offset, "fetched_at": now,
            "content_type": response.headers.get("Content-Type", b"").decode("latin-1") or None,
            "bytes": len(response.body),
            "etag": response.headers.get("ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get("Last-Modified", b"").decode("latin-1") or None,
            "kind": request.meta.get("kind") or page_kind(response.url),
            "canonical_url": None,
        })
        return response

    def process_exception(self, request, exception, spider=None):
        reason = _exception_reason(exception)
        self.state.fetches.append({
            "url": request.url, "status": None, "reason": reason, "warc_file": None, "warc_offset": None,
            "fetched_at": datetime.now(timezone.utc), "content_type": None, "bytes": None, "etag": None,
            "last_modified": None, "kind": request.meta.get("kind") or page_kind(request.url), "canonical_url": None,
        })
        return None  # let the retry middleware decide


def _exception_reason(exc) -> str:
    name = exc.__class__.__name__
    if "Timeout" in name or "TimedOut" in name:
        return "timeout"
    if "DNS" in name or "Lookup" in name:
        return "dns"
    if "Refused" in name:
        return "connection_refused"
    if "ResponseFailed" in name or "PartialDownload" in name or "DataLoss" in name:
        return "truncated"
    if "ConnectionLost" in name or "ConnectionDone" in name:
        return "connection_lost"
    return name.lower()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
