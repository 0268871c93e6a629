"""`arsip refresh`, the unattended nightly job, on a test site on 127.0.0.1 (real HTTP, Scrapy, DuckDB, WARC).

Articles are dated today and yesterday (WIB), so they fall in a refresh's window.
"""
import os
import signal
import subprocess
import time
from datetime import datetime, timedelta

import pytest
from sites import FAST, WIB, article_hits, change, make_articles, query, serve

from conftest import ARSIP, ROOT, run_arsip
from samplesite.server import Reply

pytestmark = pytest.mark.slow

TODAY = datetime.now(WIB).date()
N = 8
ARTICLES_SQL = "SELECT url, content_hash, version, published_at, authors FROM articles ORDER BY url"


def recent_articles(n=N, first_id=5_800_000, seed=11):
    # per_day n//2 over yesterday and today; times before now so nothing is "in the future"
    arts = make_articles(n, start=TODAY - timedelta(days=1), per_day=max(n // 2, 1), seed=seed, first_id=first_id)
    now = datetime.now(WIB)
    for a in arts:
        pub = datetime.fromisoformat(a["published_at"])
        if pub > now - timedelta(minutes=5):
            pub = now - timedelta(minutes=30)
            a.data["published_at"] = pub.replace(microsecond=0).isoformat()
            a.data["updated_at"] = (pub + timedelta(minutes=10)).replace(microsecond=0).isoformat()
    return arts


def refresh_args(base_url, db, archive, *extra):
    return ["refresh", "--base-url", base_url, "--db", db, "--archive", archive, *FAST, *extra]


def refresh(base_url, db, archive, *extra, timeout=240):
    return run_arsip(*refresh_args(base_url, db, archive, *extra), timeout=timeout)


@pytest.fixture
def site():
    with serve(recent_articles()) as server:
        yield server


def test_refresh_cycle_stores_everything_then_only_what_changed(site, tmp_path):
    db, archive = tmp_path / "a.duckdb", tmp_path / "warc"
    first = refresh(site.base_url, db, archive)
    assert first.returncode == 0, first.stderr
    assert "first refresh" in first.stderr and "refresh: healthy" in first.stderr
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(N, N)]
    assert query(db, "SELECT kind, status FROM crawl_runs") == [("refresh", "ok")]

    t = time.monotonic()
    second = refresh(site.base_url, db, archive)
    assert second.returncode == 0, second.stderr
    assert article_hits(site.site, t) == [], "an unchanged article page was fetched again"
    assert "last successful refresh" in second.stderr
    assert query(db, "SELECT count(*) FROM articles") == [(N,)]

    changed = site.site.articles[2]
    change(changed)
    new = recent_articles(1, first_id=5_899_000, seed=3)[0]
    site.site.articles.append(new)
    t = time.monotonic()
    third = refresh(site.base_url, db, archive)
    assert third.returncode == 0, third.stderr
    fetched = {h["path"] for h in article_hits(site.site, t)}
    assert fetched == {changed.path, new.path}
    assert query(db, "SELECT count(*) FROM articles") == [(N + 1,)]
    assert query(db, f"SELECT version FROM articles WHERE url LIKE '%/{changed.id}/%'") == [(2,)]
    assert query(db, "SELECT articles_new, articles_updated FROM crawl_runs ORDER BY run_id DESC LIMIT 1") == [(1, 1)]

    st = run_arsip("status", "--db", db, "--archive", archive)
    assert st.returncode == 0, st.stderr
    assert f"articles: {N + 1}" in st.stdout and st.stdout.count("refresh ") >= 3
    assert "last successful refresh: 20" in st.stdout


def test_second_refresh_is_refused_while_one_runs_and_a_killed_one_resumes(site, tmp_path):
    db, archive = tmp_path / "k.duckdb", tmp_path / "warc"
    site.site.delay = 0.4  # slow: the first refresh is still running when the second starts
    t = time.monotonic()
    proc = subprocess.Popen([*ARSIP, *map(str, refresh_args(site.base_url, db, archive, "--setting",
                                                            "ARSIP_BATCH_SIZE=2", "--concurrency", "1"))],
                            cwd=ROOT, env={**os.environ, "ARSIP_PROGRESS": "0"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        while len(article_hits(site.site, t)) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the refresh ended before the test could overlap it"
        busy = refresh(site.base_url, db, archive)
        assert busy.returncode == 4, busy.stderr
        assert "another crawl is writing" in busy.stderr and f"pid {proc.pid}" in busy.stderr
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    site.site.delay = 0.0
    resumed = refresh(site.base_url, db, archive)
    assert resumed.returncode == 0, resumed.stderr
    assert "took over a stale lock" in resumed.stderr
    assert query(db, "SELECT count(*), count(DISTINCT url), max(version) FROM article_versions") == [(N, N, 1)]
    assert query(db, "SELECT status FROM crawl_runs ORDER BY run_id") == [("interrupted",), ("ok",)]
    # the same database as one clean refresh
    clean_db = tmp_path / "clean.duckdb"
    clean = refresh(site.base_url, clean_db, tmp_path / "clean-warc")
    assert clean.returncode == 0, clean.stderr
    assert query(db, ARTICLES_SQL) == query(clean_db, ARTICLES_SQL)
    assert query(db, "SELECT count(*) FROM quotes") == query(clean_db, "SELECT count(*) FROM quotes")


def _bare_page(article):
    """The same story in a new, unknown layout: no byline, no dates, no metadata."""
    paras = "".join(f"<p>{p}</p>" for p in article["pages"][0]["paragraphs"])
    html = f"<!DOCTYPE html><html><body><main class='story-v2'><h2>{article['title']}</h2>{paras}</main></body></html>"
    return lambda handler: Reply(200, html.encode(), {"Content-Type": "text/html; charset=utf-8"})


def test_markup_change_trips_the_coverage_check(site, tmp_path):
    db, archive = tmp_path / "m.duckdb", tmp_path / "warc"
    assert refresh(site.base_url, db, archive).returncode == 0
    redesigned = recent_articles(4, first_id=5_890_000, seed=5)
    for a in redesigned:
        site.site.articles.append(a)
        site.site.faults[a.path] = _bare_page(a)
    second = refresh(site.base_url, db, archive)
    assert second.returncode == 12, second.stderr
    line = [l for l in second.stderr.splitlines() if "UNHEALTHY" in l]
    assert len(line) == 1 and "coverage" in line[0] and "authors on 0%" in line[0] and "generic parser" in line[0]
    assert query(db, "SELECT status FROM crawl_runs ORDER BY run_id DESC LIMIT 1") == [("unhealthy",)]
    # the articles are stored all the same: nothing is lost, a person decides what to do
    assert query(db, "SELECT count(*) FROM articles") == [(N + 4,)]


def test_a_site_that_shows_no_articles_fails_the_run(site, tmp_path):
    db, archive = tmp_path / "n.duckdb", tmp_path / "warc"
    assert refresh(site.base_url, db, archive).returncode == 0
    empty = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>')
    site.site.faults["/sitemap.xml"] = lambda h: Reply(200, empty.encode(), {"Content-Type": "application/xml"})
    second = refresh(site.base_url, db, archive)
    assert second.returncode == 10, second.stderr
    assert "no article found" in second.stderr and f"{N} article(s) published in the window" in second.stderr


def test_many_failed_fetches_fail_the_run(tmp_path):
    arts = recent_articles()
    with serve(arts) as server:
        for a in arts[:4]:
            server.site.faults[a.path] = lambda h: Reply(503, b"sedang pemeliharaan", {"Content-Type": "text/plain"})
        r = refresh(server.base_url, tmp_path / "f.duckdb", tmp_path / "warc")
    assert r.returncode == 11, r.stderr
    assert "URLs failed" in r.stderr and "http_503" in r.stderr


def test_init_writes_a_config_that_refresh_uses(site, tmp_path):
    init = run_arsip("init", "--base-url", site.base_url, "--contact", "mailto:peneliti@example.org",
                     "--db", "data.duckdb", "--archive", "warc", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    cfg = tmp_path / "arsip.toml"
    text = cfg.read_text()
    assert site.base_url in text and "overlap_days = 2" in text
    # the test site needs no politeness delays: put FAST's settings in the config
    settings = ", ".join(f"{k} = {v}" for k, v in (s.split("=", 1) for s in FAST[1::2]))
    cfg.write_text(text.replace("# settings = {", f"settings = {{ {settings} }}\n# was: {{"))
    again = run_arsip("init", cwd=tmp_path)
    assert again.returncode == 1 and "exists" in again.stderr
    r = run_arsip("refresh", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert query(tmp_path / "data.duckdb", "SELECT count(*) FROM articles") == [(N,)]
    assert any(site.site.hits) and all("peneliti@example.org" in h["headers"].get("User-Agent", "")
                                       for h in site.site.hits)


@pytest.mark.parametrize("content, message", [
    ("db = 3\n", "wrong type"),
    ("[crawl]\nbase_urll = 'x'\n", "unknown key"),
    ("[nightly]\n", "unknown section"),
    ("db = \n", "not valid TOML"),
])
def test_a_bad_config_is_one_clear_line(tmp_path, content, message):
    (tmp_path / "arsip.toml").write_text(content)
    r = run_arsip("status", cwd=tmp_path)
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr
