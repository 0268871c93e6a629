"""Incremental crawls and re-extraction: a second run fetches no unchanged article, picks up
a changed and a new one; index discovery uses conditional requests (304); `arsip reextract`
rebuilds the tables from the archive without the network."""
from __future__ import annotations

import json

import pytest

from conftest import run_arsip
from sites import article_hits, change, crawl, make_articles, query, serve

pytestmark = pytest.mark.slow

N = 15


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    d = tmp_path_factory.mktemp("incr")
    db, archive = d / "arsip.duckdb", d / "archive"
    arts = make_articles(N + 1, per_day=5)  # 3 days; the last one is published later
    newcomer = arts.pop()
    out = {"db": db, "archive": archive, "dir": d, "arts": arts, "new": newcomer}
    with serve(arts) as server:
        site = server.site
        out["base"] = base = server.base_url
        out["first"] = crawl(base, db, archive)
        t1 = site.hits[-1]["t"]
        out["second"] = crawl(base, db, archive)
        t2 = site.hits[-1]["t"]
        out["second_hits"] = article_hits(site, t1 + 1e-6)
        change(arts[4])
        site.articles.append(newcomer)
        out["third"] = crawl(base, db, archive)
        out["third_hits"] = article_hits(site, t2 + 1e-6)
        t3 = site.hits[-1]["t"]
        days = sorted({a.published.date() for a in site.articles})
        out["index"] = crawl(base, db, archive, "--discover", "index", "--since", days[0], "--until", days[-1])
        out["index_hits"] = article_hits(site, t3 + 1e-6)
    # the site is gone now: re-extraction works from the archive alone
    out["reextract_same"] = run_arsip("reextract", "--db", db, "--archive", archive)
    out["fresh_db"] = d / "fresh.duckdb"
    out["reextract_fresh"] = run_arsip("reextract", "--db", out["fresh_db"], "--archive", archive)
    return out


def test_first_run_stores_everything(runs):
    assert runs["first"].returncode == 0, runs["first"].stderr
    assert f"{N} new" in runs["first"].stderr
    counts = json.loads(query(runs["db"], "SELECT counts::VARCHAR FROM crawl_runs WHERE run_id = 1")[0][0])
    assert counts["new"] == N and counts["articles"] == N and counts["failed"] == {}
    assert query(runs["db"], "SELECT count(*), count(DISTINCT url) FROM articles") == [(N + 1, N + 1)]


def test_second_run_fetches_no_unchanged_article(runs):
    assert runs["second"].returncode == 0, runs["second"].stderr
    assert runs["second_hits"] == []
    counts = json.loads(query(runs["db"], "SELECT counts::VARCHAR FROM crawl_runs WHERE run_id = 2")[0][0])
    assert counts["skipped"] == {"unchanged since last fetch": N}
    assert counts["new"] == counts["updated"] == 0
    assert f"{N} skipped" in runs["second"].stderr and "unchanged since last fetch" in runs["second"].stderr


def test_third_run_picks_up_the_changed_and_the_new_article(runs):
    arts, base, db = runs["arts"], runs["base"], runs["db"]
    assert runs["third"].returncode == 0, runs["third"].stderr
    fetched = sorted(h["path"] for h in runs["third_hits"])
    assert fetched == sorted([arts[4].path, runs["new"].path])
    changed = [h for h in runs["third_hits"] if h["path"] == arts[4].path][0]
    assert changed["headers"].get("If-None-Match")  # conditional request for the known article
    assert query(db, "SELECT version FROM articles WHERE url = ?", [base + arts[4].path]) == [(2,)]
    assert query(db, "SELECT count(*) FROM article_versions WHERE url = ?", [base + arts[4].path]) == [(2,)]
    assert query(db, "SELECT version FROM articles WHERE url = ?", [base + runs["new"].path]) == [(1,)]
    assert "1 new, 1 updated" in runs["third"].stderr


def test_index_discovery_uses_conditional_requests(runs):
    assert runs["index"].returncode == 0, runs["index"].stderr
    hits = runs["index_hits"]
    assert len(hits) == N + 1
    assert all(h["headers"].get("If-None-Match") and h["headers"].get("If-Modified-Since") for h in hits)
    counts = json.loads(query(runs["db"], "SELECT counts::VARCHAR FROM crawl_runs WHERE run_id = 4")[0][0])
    assert counts["not_modified"] == N + 1 and counts["unchanged"] == N + 1 and counts["new"] == 0
    assert query(runs["db"], "SELECT count(*) FROM fetches WHERE run_id = 4 AND status = 304") == [(N + 1,)]
    assert "answered 304 Not Modified" in runs["index"].stderr


def test_every_fetch_has_its_warc_record(runs):
    from crawler.archive import read_record

    rows = query(runs["db"], "SELECT url, status, warc_file, warc_offset FROM fetches WHERE warc_file IS NOT NULL")
    assert len(rows) > 3 * N
    for url, status, wf, off in rows:
        u, st, _, _ = read_record(runs["archive"], wf, off)
        assert (u, st) == (url, status)
    kinds = {r[0] for r in query(runs["db"], "SELECT DISTINCT kind FROM fetches")}
    assert {"robots", "sitemap", "index", "article"} <= kinds


def test_reextract_same_extractor_changes_nothing(runs):
    r = runs["reextract_same"]
    assert r.returncode == 0, r.stderr
    assert f"{N + 1} unchanged" in r.stderr and "0 new, 0 updated" in r.stderr
    assert query(runs["db"], "SELECT kind, status FROM crawl_runs ORDER BY run_id DESC LIMIT 1") == [("reextract", "ok")]


def test_reextract_into_an_empty_database_rebuilds_the_history(runs):
    r = runs["reextract_fresh"]
    assert r.returncode == 0, r.stderr
    sql = "SELECT url, version, content_hash, title, text, published_at FROM {} ORDER BY url, version"
    assert query(runs["fresh_db"], sql.format("articles")) == query(runs["db"], sql.format("articles"))
    vsql = "SELECT url, version, content_hash FROM article_versions ORDER BY url, version"
    assert query(runs["fresh_db"], vsql) == query(runs["db"], vsql)


def test_reextract_applies_a_changed_extractor_as_new_versions(runs, tmp_path):
    """A different extractor (here: one that upper-cases titles) makes every article a new version."""
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(runs["db"], db)
    code = ("import sys, extract.core as c, pipeline; f = c.extract_article\n"
            "def g(*a, **k):\n    r = f(*a, **k); r['title'] = r['title'].upper(); "
            "r['content_hash'] = c.content_hash(r['title'], r['lead'], r['text']); return r\n"
            "import extract; extract.extract_article = g\n"
            "sys.exit(pipeline.main(['reextract', '--db', sys.argv[1], '--archive', sys.argv[2]]))")
    import subprocess
    import sys

    p = subprocess.run([sys.executable, "-c", code, str(db), str(runs["archive"])], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    assert f"0 new, {N + 1} updated" in p.stderr
    rows = query(db, "SELECT title FROM articles")
    assert len(rows) == N + 1 and all(t == t.upper() for (t,) in rows)
