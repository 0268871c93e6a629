"""`ARSIP_EXTRACT_WORKERS`: extraction in worker processes stores exactly what extraction in
the crawler process stores (real crawl, real worker processes)."""
from __future__ import annotations

import pytest

from sites import crawl, make_articles, query, serve

pytestmark = pytest.mark.slow

SQL = {
    "articles": "SELECT url, title, content_hash, published_at, authors, tags, word_count FROM articles ORDER BY url",
    "quotes": "SELECT url, quote_no, text, speaker FROM quotes ORDER BY url, quote_no",
    "figures": "SELECT url, figure_no, text, value, unit FROM figures ORDER BY url, figure_no",
}


def test_extraction_workers_store_what_the_crawler_process_stores(tmp_path):
    arts = make_articles(12)
    with serve(arts) as server:
        runs = {}
        for workers in (0, 1):
            d = tmp_path / f"w{workers}"
            d.mkdir()
            r = crawl(server.base_url, d / "arsip.duckdb", d / "archive", "--setting",
                      f"ARSIP_EXTRACT_WORKERS={workers}")
            assert r.returncode == 0, r.stderr
            runs[workers] = {k: query(d / "arsip.duckdb", sql) for k, sql in SQL.items()}
    assert len(runs[0]["articles"]) == 12 and runs[0]["quotes"] and runs[0]["figures"]
    for k in SQL:
        assert runs[1][k] == runs[0][k], k
