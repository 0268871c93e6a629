"""A crawl killed with SIGKILL at any moment and started again finishes the job without
duplicates: the final database equals a clean run's."""
from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest

from conftest import ROOT, run_arsip
from sites import article_hits, crawl, crawl_cmd, make_articles, query, serve

pytestmark = pytest.mark.slow

N = 40
ARTICLES_SQL = "SELECT url, version, content_hash, title, text, published_at, topic_relevant FROM articles ORDER BY url"


@pytest.fixture(scope="module")
def site_and_clean(tmp_path_factory):
    d = tmp_path_factory.mktemp("resume")
    arts = make_articles(N, per_day=8)
    with serve(arts) as server:
        clean = crawl(server.base_url, d / "clean.duckdb", d / "clean-archive")
        assert clean.returncode == 0, clean.stderr
        yield server, d


@pytest.mark.parametrize("kill_after", [4, 25])
def test_sigkilled_crawl_resumes_to_the_same_database(site_and_clean, kill_after):
    server, d = site_and_clean
    site = server.site
    db, archive = d / f"killed-{kill_after}.duckdb", d / f"killed-{kill_after}"
    site.delay = 0.03  # slow enough to kill in the middle
    start = time.monotonic()
    cmd = crawl_cmd(server.base_url, db, archive, "--setting", "ARSIP_BATCH_SIZE=3", "--concurrency", "2")
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "ARSIP_PROGRESS": "0"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while len(article_hits(site, start)) < kill_after and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    site.delay = 0.0
    stored_before = {r[0] for r in query(db, "SELECT url FROM articles")} if db.exists() else set()
    assert len(stored_before) < N
    resume_start = time.monotonic()
    resumed = crawl(server.base_url, db, archive)
    assert resumed.returncode == 0, resumed.stderr
    # nothing stored by the killed run is fetched again
    again = {server.base_url + h["path"] for h in article_hits(site, resume_start)}
    assert again & stored_before == set()
    # the same articles as a clean run, each once, each version 1
    assert query(db, ARTICLES_SQL) == query(d / "clean.duckdb", ARTICLES_SQL)
    assert query(db, "SELECT count(*), count(DISTINCT url), max(version) FROM article_versions") == [(N, N, 1)]
    assert query(db, "SELECT count(*) FROM quotes") == query(d / "clean.duckdb", "SELECT count(*) FROM quotes")
    runs = query(db, "SELECT status FROM crawl_runs ORDER BY run_id")
    assert runs == [("interrupted",), ("ok",)]
    assert "marked interrupted" in resumed.stderr
    # and the archive, damaged tail and all, rebuilds the same articles without the network
    fresh = d / f"fresh-{kill_after}.duckdb"
    r = run_arsip("reextract", "--db", fresh, "--archive", archive)
    assert r.returncode == 0, r.stderr
    assert query(fresh, ARTICLES_SQL) == query(d / "clean.duckdb", ARTICLES_SQL)


def test_a_second_crawl_on_the_same_database_is_refused(site_and_clean, tmp_path):
    server, _ = site_and_clean
    from crawler.run import CrawlLock

    db = tmp_path / "busy.duckdb"
    with CrawlLock(str(db)):
        p = crawl(server.base_url, db, tmp_path / "a")
    assert p.returncode == 4 and "another crawl is writing" in p.stderr
