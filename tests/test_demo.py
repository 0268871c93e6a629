"""`arsip demo` end to end: real HTTP on loopback, real Scrapy, real DuckDB file, real WARC files."""
from datetime import datetime

import duckdb
import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline import SAMPLE_ORIGIN
from samplesite.render import load_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    from conftest import run_arsip

    d = tmp_path_factory.mktemp("demo")
    db, archive = d / "arsip.duckdb", d / "archive"
    first = run_arsip("demo", "--db", db, "--archive", archive, timeout=600)
    return d, db, archive, first


def articles_in(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT url, title, published_at, authors, text FROM articles ORDER BY url").fetchall()
    finally:
        con.close()


def test_demo_stores_every_sample_article_once(demo_run):
    _, db, _, first = demo_run
    assert first.returncode == 0, first.stderr
    sample = load_articles()
    rows = articles_in(db)
    assert len(sample) >= 12
    assert len(rows) == len(sample)
    paths = sorted(a.path for a in sample)
    assert all(r[0].startswith(SAMPLE_ORIGIN + "/") for r in rows), "stored under the pages' canonical origin"
    assert sorted("/" + r[0].split("/", 3)[3] for r in rows) == paths
    for url, title, published, authors, text in rows:
        assert isinstance(published, datetime) and published.tzinfo is not None, url
        assert title and authors and len(text) > 200, url


def test_demo_summary_and_queries_are_printed(demo_run):
    _, _, _, first = demo_run
    err = first.stderr
    assert "pages fetched" in err and "articles extracted" in err
    assert "quotes" in err and "figures" in err
    assert err.count("arsip query") == 3


def test_demo_writes_warc_with_request_and_response_records(demo_run):
    _, _, archive, _ = demo_run
    files = sorted(archive.glob("*.warc.gz"))
    assert files
    kinds, uris = [], set()
    for f in files:
        with open(f, "rb") as fh:
            for rec in ArchiveIterator(fh):
                kinds.append(rec.rec_type)
                if rec.rec_type == "response":
                    uris.add(rec.rec_headers.get_header("WARC-Target-URI"))
    assert "warcinfo" in kinds and kinds.count("request") == kinds.count("response")
    assert any(u.endswith("/robots.txt") for u in uris)
    assert any(u.endswith("/sitemap.xml") for u in uris)
    assert sum("/read/" in u for u in uris) == len(load_articles())


def test_demo_again_adds_no_duplicate(demo_run):
    from conftest import run_arsip

    d, db, archive, _ = demo_run
    before = articles_in(db)
    again = run_arsip("demo", "--db", db, "--archive", archive, timeout=600)
    assert again.returncode == 0, again.stderr
    after = articles_in(db)
    assert after == before
    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = con.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
        dup = con.execute("SELECT count(*) FROM (SELECT url FROM articles GROUP BY url HAVING count(*) > 1)").fetchone()[0]
    finally:
        con.close()
    assert runs == 2 and dup == 0
