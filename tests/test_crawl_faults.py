"""`arsip crawl` against a flaky site: every fault of issue 6, one real crawl, then a second
crawl that retries what failed. Real HTTP on 127.0.0.1, real Scrapy in a subprocess, real
DuckDB and WARC files."""
from __future__ import annotations

import gzip

import pytest
from warcio.archiveiterator import ArchiveIterator

from samplesite import server as S
from sites import crawl, make_articles, query, serve

pytestmark = pytest.mark.slow

N = 24


@pytest.fixture(scope="module")
def flaky(tmp_path_factory):
    d = tmp_path_factory.mktemp("flaky")
    db, archive = d / "arsip.duckdb", d / "archive"
    arts = make_articles(N)
    a = {i: arts[i] for i in range(N)}
    with serve(arts) as server:
        site = server.site
        site.faults[a[1].path] = S.fail(503, times=2, retry_after=1)         # Retry-After honoured
        site.faults[a[2].path] = S.stall(30, times=1)                        # stalls past the timeout
        site.faults[a[3].path] = S.truncate(times=1)                         # connection ends early
        site.faults[a[4].path] = S.truncate(times=2, honest_length=True)     # half a page, "complete"
        site.faults[a[5].path] = S.redirect("/loop/b")                       # redirect loop
        site.faults["/loop/b"] = S.redirect(a[5].path)
        site.faults[a[6].path] = S.encoded("windows-1252")                   # charset in the header
        site.faults[a[7].path] = S.encoded("windows-1252", in_header=False)  # charset in <meta> only
        site.faults[a[8].path] = S.fail(404)                                 # gone
        site.faults[a[9].path] = S.redirect("http://elsewhere.invalid/x")    # redirect off the site
        site.faults[a[10].path] = S.fail(500)                                # fails every time
        site.faults[a[11].path] = S.gzipped()                                # Content-Encoding: gzip
        site.faults[a[12].path] = S.redirect(a[12].path.replace("/read/", "/read/") + "-baru", times=None)
        site.faults[a[12].path + "-baru"] = lambda h: S.Reply(200, *_page(h, a[12]))  # moved article
        a[6].data["title"] = "Café “Kopi” di Jakarta – Laporan Khusus"  # characters windows-1252 has
        a[7].data["title"] = "Résumé ‘Sidang’ Komisi — Catatan"
        first = crawl(server.base_url, db, archive)
        # second run: the 500 recovered, the rest as it was
        site.faults.pop(a[10].path)
        mark = len(site.hits)
        second = crawl(server.base_url, db, archive)
        yield {"db": db, "archive": archive, "a": a, "site": site, "first": first, "second": second,
               "mark": mark, "base": server.base_url}


def _page(handler, article):
    from samplesite.render import render_article

    site = handler.server.site
    return render_article(article, site.base).encode(), {"Content-Type": "text/html; charset=utf-8"}


def urls_of(db, table="articles", col="url"):
    return {r[0] for r in query(db, f"SELECT {col} FROM {table}")}


def test_first_run_stores_every_recoverable_article_once(flaky):
    db, a, base = flaky["db"], flaky["a"], flaky["base"]
    assert flaky["first"].returncode == 3, flaky["first"].stderr  # done, with failures listed
    stored = urls_of(db)  # after both runs: the 500 recovered in the second
    lost = {base + a[i].path for i in (5, 8, 9)}  # loop, 404, offsite
    expected = {base + x.path for i, x in a.items() if i not in (5, 8, 9)}
    assert expected - stored == set()
    assert stored & lost == set()
    dup = query(db, "SELECT url, count(*) FROM article_versions GROUP BY url HAVING count(*) > 1")
    assert dup == []


def test_retry_after_is_honoured(flaky):
    site, a = flaky["site"], flaky["a"]
    times = [h["t"] for h in site.requests_for(a[1].path)][:3]
    assert len(times) == 3
    assert times[1] - times[0] >= 0.95 and times[2] - times[1] >= 0.95


def test_stalled_response_is_abandoned_and_retried(flaky):
    site, a, db, base = flaky["site"], flaky["a"], flaky["db"], flaky["base"]
    hits = site.requests_for(a[2].path)
    assert len(hits) >= 2
    assert 1.5 <= hits[1]["t"] - hits[0]["t"] < 10  # DOWNLOAD_TIMEOUT=2 in the tests, not 30 s
    reasons = [r[0] for r in query(db, "SELECT reason FROM fetches WHERE url = ? ORDER BY fetched_at", [base + a[2].path])]
    assert reasons[0] == "timeout" and reasons[-1] == "ok"


@pytest.mark.parametrize("i", [3, 4])
def test_truncated_bodies_are_retried(flaky, i):
    site, a, db, base = flaky["site"], flaky["a"], flaky["db"], flaky["base"]
    assert len(site.requests_for(a[i].path)) >= 2
    reasons = [r[0] for r in query(db, "SELECT reason FROM fetches WHERE url = ? ORDER BY fetched_at", [base + a[i].path])]
    assert reasons[0] == "truncated" and reasons[-1] == "ok"
    text = query(db, "SELECT text FROM articles WHERE url = ?", [base + a[i].path])[0][0]
    assert text.rstrip().endswith(a[i]["pages"][-1]["paragraphs"][-1].rstrip()[-40:])


def test_redirect_loop_is_stopped_and_recorded(flaky):
    site, a, db, base, mark = flaky["site"], flaky["a"], flaky["db"], flaky["base"], flaky["mark"]
    first_run = [h for h in site.hits[:mark] if h["path"] in (a[5].path, "/loop/b")]
    assert 3 <= len(first_run) <= 6  # REDIRECT_MAX_TIMES = 5, then given up
    rows = query(db, "SELECT reason, outcome FROM fetches WHERE url = ? AND status IS NULL", [base + a[5].path])
    assert ("redirect_loop", "failed") in rows
    assert "failed: 1 redirect_loop" in flaky["first"].stderr


def test_redirect_is_followed_and_both_urls_kept(flaky):
    a, db, base = flaky["a"], flaky["db"], flaky["base"]
    row = query(db, "SELECT url, fetched_url FROM articles WHERE article_id = ?", [str(a[12].id)])
    assert row == [(base + a[12].path, base + a[12].path + "-baru")]


@pytest.mark.parametrize("i", [6, 7])
def test_windows_1252_pages_are_decoded(flaky, i):
    a, db, base = flaky["a"], flaky["db"], flaky["base"]
    assert query(db, "SELECT title FROM articles WHERE url = ?", [base + a[i].path]) == [(a[i]["title"],)]


def test_gzip_page_is_archived_encoded_and_stored_decoded(flaky):
    a, db, archive, base = flaky["a"], flaky["db"], flaky["archive"], flaky["base"]
    assert query(db, "SELECT title FROM articles WHERE url = ?", [base + a[11].path]) == [(a[11]["title"],)]
    wf, off = query(db, "SELECT warc_file, warc_offset FROM articles WHERE url = ?", [base + a[11].path])[0]
    with open(archive / wf, "rb") as fh:
        fh.seek(off)
        recs = iter(ArchiveIterator(fh))
        resp = next(recs)
        assert resp.rec_type == "response"
        assert resp.http_headers.get_header("Content-Encoding") == "gzip"
        raw = resp.raw_stream.read()
        req = next(recs)
        assert req.rec_type == "request"
        assert req.rec_headers.get_header("WARC-Concurrent-To") == resp.rec_headers.get_header("WARC-Record-ID")
    assert a[11]["title"].encode() in gzip.decompress(raw)


def test_404_is_recorded_and_not_retried(flaky):
    site, a, db, base, mark = flaky["site"], flaky["a"], flaky["db"], flaky["base"], flaky["mark"]
    rows = query(db, "SELECT status, outcome FROM fetches WHERE url = ?", [base + a[8].path])
    assert rows == [(404, "gone")]  # once, in the first run: not retried, not requeued
    assert [h for h in site.hits[mark:] if h["path"] == a[8].path] == []
    assert "failed: 1 http_404" in flaky["first"].stderr
    assert "gone (404/410 before)" in flaky["second"].stderr


def test_no_request_leaves_the_site(flaky):
    db = flaky["db"]
    rows = query(db, "SELECT url, outcome FROM fetches WHERE url LIKE '%elsewhere%'")
    assert rows and all(o == "skipped" for _, o in rows)
    assert "offsite (not on the crawled site)" in flaky["first"].stderr


def test_5xx_retried_with_backoff_then_failed_and_kept_for_the_next_run(flaky):
    site, a, db, base, mark = flaky["site"], flaky["a"], flaky["db"], flaky["base"], flaky["mark"]
    first_run = [h for h in site.hits[:mark] if h["path"] == a[10].path]
    assert len(first_run) == 4  # 1 + RETRY_TIMES
    gaps = [y["t"] - x["t"] for x, y in zip(first_run, first_run[1:])]
    assert min(gaps) >= 0.035  # a wait before each retry (backoff 0.05, 0.1, 0.2 s, +-25 %; see test_crawl_units)
    assert "failed: 1 http_500" in flaky["first"].stderr
    # the second run requeued it and stored it
    assert [h for h in site.hits[mark:] if h["path"] == a[10].path]
    assert base + a[10].path in urls_of(db)
    assert "failures of earlier runs requeued" in flaky["second"].stderr


def test_second_run_fetches_no_stored_article_again(flaky):
    site, a, mark, base, db = flaky["site"], flaky["a"], flaky["mark"], flaky["base"], flaky["db"]
    again = {h["path"].split("?")[0] for h in site.hits[mark:] if "/read/" in h["path"]}
    allowed = {a[5].path, "/loop/b", a[9].path, a[10].path}  # the failures, requeued
    assert again - allowed == set(), again - allowed
    pending = {r[0] for r in query(db, "SELECT url FROM pending_failures")}
    assert pending == {base + a[5].path}  # the loop still fails; the 500 recovered


def test_runs_and_counts_are_recorded(flaky):
    db = flaky["db"]
    runs = query(db, "SELECT run_id, status, counts::VARCHAR FROM crawl_runs ORDER BY run_id")
    assert [r[1] for r in runs] == ["ok", "ok"]
    import json

    c1, c2 = json.loads(runs[0][2]), json.loads(runs[1][2])
    assert c1["new"] == N - 4 and c1["failed"] == {"http_404": 1, "http_500": 1, "redirect_loop": 1}
    assert c1["skipped"]["offsite (not on the crawled site)"] == 1
    assert c1["retries"] >= 8 and c1["fetched"] > N
    assert c2["new"] == 1 and c2["failed"] == {"redirect_loop": 1}
    assert c2["skipped"]["unchanged since last fetch"] >= N - 5
    err = flaky["first"].stderr
    assert "pages fetched" in err and f"{N - 4} new" in err and "retries" in err


def test_a_page_that_is_no_article_is_recorded_with_its_reason_in_one_log_line(tmp_path):
    arts = make_articles(3)
    with serve(arts) as server:
        bad = arts[1]
        server.site.faults[bad.path] = lambda h: S.Reply(
            200, b"<!-- kosong --></html>", {"Content-Type": "text/html; charset=utf-8"})  # no document
        r = crawl(server.base_url, tmp_path / "arsip.duckdb", tmp_path / "archive")
        url = server.base_url + bad.path
    dropped = [line for line in r.stderr.splitlines() if "Dropped:" in line]
    assert len(dropped) == 1 and url in dropped[0] and "not an article (not HTML" in dropped[0], r.stderr
    assert "'html'" not in r.stderr and "fetch_row" not in r.stderr  # not the item
    assert query(tmp_path / "arsip.duckdb", "SELECT reason FROM fetches WHERE url = ?", [url]) == [("extract_failed",)]
    assert len(query(tmp_path / "arsip.duckdb", "SELECT url FROM articles")) == 2
