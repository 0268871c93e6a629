"""Pieces of the crawler that need no crawl: URL shapes, retry timing, truncation, charsets,
settings on the command line, the WARC archive and its damaged tails."""
from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone

import pytest

from crawler.archive import WarcArchive, body_truncated, decode_html, iter_responses, read_record
from crawler.middlewares import retry_after_seconds
from crawler.run import parse_setting
from crawler.urls import article_key, desktop_host, page_kind, same_site, site_of


def test_variants_of_one_article_have_one_key():
    keys = {article_key(u) for u in (
        "https://www.liputan6.com/news/read/5007510/judul",
        "https://m.liputan6.com/news/read/5007510/judul",
        "https://www.liputan6.com/amp/5007510/judul",
        "https://hot.liputan6.com/read/5007510/judul")}
    assert keys == {("liputan6.com", "5007510")}
    assert article_key("http://127.0.0.1:8001/news/read/1/a") != article_key("http://127.0.0.1:8002/news/read/1/a")
    assert site_of("berita.example.co.id") == "example.co.id"
    assert desktop_host("m.liputan6.com") == "www.liputan6.com"
    assert same_site("https://hot.liputan6.com/read/1/a", {"liputan6.com"})
    assert not same_site("https://liputan6.com.evil.org/read/1/a", {"liputan6.com"})


@pytest.mark.parametrize("url,kind", [
    ("https://www.liputan6.com/robots.txt", "robots"), ("https://www.liputan6.com/sitemap.xml", "sitemap"),
    ("https://www.liputan6.com/indeks/2024/05/13?page=2", "index"), ("https://www.liputan6.com/tag/pinjol", "tag"),
    ("https://www.liputan6.com/feed/rss", "rss"), ("https://www.liputan6.com/amp/1/a", "article")])
def test_page_kind(url, kind):
    assert page_kind(url) == kind


def test_retry_after_seconds_and_dates():
    now = datetime(2024, 5, 13, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("7") == 7
    assert retry_after_seconds("Mon, 13 May 2024 12:00:30 GMT", now) == 30
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_backoff_grows_and_respects_retry_after():
    from scrapy.settings import Settings

    from crawler import settings as defaults
    from crawler.middlewares import BackoffRetryMiddleware

    s = Settings()
    s.setmodule(defaults)
    mw = BackoffRetryMiddleware(s)
    d1, d3 = mw._delay(1), mw._delay(3)
    assert 1.5 <= d1 <= 2.5 and 6 <= d3 <= 10

    class R:
        headers = {"Retry-After": b"45"}

    assert mw._delay(1, R()) == 45


def test_truncated_bodies():
    assert body_truncated(b"<html><body><p>half", "text/html")
    assert not body_truncated(b"<html><body><p>x</p></body></html>\n", "text/html; charset=utf-8")
    assert body_truncated(b'<?xml version="1.0"?><urlset xmlns="x"><url><loc>a</loc></url>', "application/xml")
    assert not body_truncated(b'<?xml version="1.0"?><urlset xmlns="x"></urlset>', "application/xml")
    assert body_truncated(b"   ", "text/html")


def test_decode_html_by_header_then_meta():
    page = '<html><head><meta charset="windows-1252"></head><body>Café “Kopi” – ok</body></html>'
    body = page.encode("cp1252")
    assert "Café “Kopi” – ok" in decode_html(body, "text/html; charset=windows-1252")
    assert "Café “Kopi” – ok" in decode_html(body, "text/html")  # the meta charset
    assert "Café" in decode_html("<p>Café</p>".encode(), None)  # UTF-8 by default


def test_parse_setting():
    assert parse_setting("DOWNLOAD_TIMEOUT=2") == ("DOWNLOAD_TIMEOUT", 2)
    assert parse_setting("AUTOTHROTTLE_ENABLED=false") == ("AUTOTHROTTLE_ENABLED", False)
    assert parse_setting("USER_AGENT=me bot") == ("USER_AGENT", "me bot")
    with pytest.raises(ValueError):
        parse_setting("timeout=2")
    assert parse_setting("ARSIP_EXTRACT_WORKERS=auto") == ("ARSIP_EXTRACT_WORKERS", "auto")
    for bad in ("-1", "1.5", "two", "true"):
        with pytest.raises(ValueError, match="whole number"):
            parse_setting(f"ARSIP_EXTRACT_WORKERS={bad}")


def test_extraction_workers_auto_means_one_with_a_second_cpu(monkeypatch):
    import os

    from crawler import settings
    from crawler.extraction import worker_count

    assert settings.ARSIP_EXTRACT_WORKERS == "auto"
    for cpus, expected in ((1, 0), (2, 1), (16, 1)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid, n=cpus: set(range(n)), raising=False)
        assert worker_count("auto") == expected and worker_count(None) == expected
    assert worker_count(0) == 0 and worker_count("3") == 3


def test_warc_roundtrip_rotation_and_damaged_tail(tmp_path):
    when = datetime(2024, 5, 13, 5, 6, 7, 891011, tzinfo=timezone.utc)
    with WarcArchive(tmp_path, max_bytes=2000) as w:
        offsets = []
        for i in range(6):
            body = (f"<html><body>{i}</body></html>" + " " * 3000).encode()
            offsets.append(w.write(f"http://x.test/news/read/{i}/a", 200, "OK",
                                   [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], body,
                                   request_headers=[("User-Agent", "arsip")], fetched_at=when + timedelta(seconds=i)))
        gz = gzip.compress(b"<html><body>zip</body></html>")
        offsets.append(w.write("http://x.test/news/read/9/z", 200, "OK", [("Content-Encoding", "gzip")], gz))
    assert len({f for f, _ in offsets}) > 1  # rotated
    url, status, headers, body = read_record(tmp_path, *offsets[2])
    assert (url, status) == ("http://x.test/news/read/2/a", 200) and b"<body>2</body>" in body
    assert ("Content-Length", str(len(body))) in headers and not any(k == "Transfer-Encoding" for k, _ in headers)
    assert read_record(tmp_path, *offsets[-1])[3] == b"<html><body>zip</body></html>"  # decoded like a client
    items = list(iter_responses(tmp_path))
    assert [(i["warc_file"], i["warc_offset"]) for i in items] == offsets
    assert items[3]["fetched_at"] == when + timedelta(seconds=3)  # microseconds kept
    # a crash in the middle of a record: readers stop there and say so
    last = sorted(tmp_path.glob("*.warc.gz"))[-1]
    data = last.read_bytes()
    last.write_bytes(data + data[-300:-100])
    problems = []
    assert len(list(iter_responses(tmp_path, problems=problems))) == len(offsets)
    assert problems and last.name in problems[0]
