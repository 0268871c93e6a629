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


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def test_a_killed_extraction_worker_is_replaced_and_nothing_is_lost(tmp_path):
    """SIGKILL the extraction worker mid-crawl (as the OOM killer would): a new worker takes
    the pages the dead one had, every article is stored once, the summary says so."""
    import os
    import signal
    import subprocess
    import time

    from conftest import ROOT
    from sites import crawl_cmd

    arts = make_articles(30)
    with serve(arts) as server:
        server.site.delay = 0.1  # a crawl of several seconds, so the worker is killed while it works
        proc = subprocess.Popen(crawl_cmd(server.base_url, tmp_path / "a.duckdb", tmp_path / "archive",
                                          "--setting", "ARSIP_EXTRACT_WORKERS=1"),
                                cwd=ROOT, env={**os.environ, "ARSIP_PROGRESS": "0"},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        killed = None
        deadline = time.monotonic() + 60
        while killed is None and time.monotonic() < deadline and proc.poll() is None:
            # the worker is the spawned child that is not multiprocessing's resource tracker
            workers = [c for c in _children(proc.pid)
                       if b"resource_tracker" not in open(f"/proc/{c}/cmdline", "rb").read()]
            fetched = [h for h in server.site.hits if "/read/" in h["path"]]
            if workers and len(fetched) >= 8:
                killed = workers[0]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.05)
        out, err = proc.communicate(timeout=180)
    assert killed is not None, "the crawl ended before its worker could be killed"
    assert proc.returncode == 0, err
    assert "extraction worker died; starting another" in err
    assert "the extraction worker died 1 time(s)" in out + err
    assert query(tmp_path / "a.duckdb", "SELECT count(*), count(DISTINCT url) FROM articles") == [(30, 30)]
    assert query(tmp_path / "a.duckdb", "SELECT count(*) FROM quotes")[0][0] > 0


def test_the_worker_of_a_killed_crawl_exits(tmp_path):
    """A crawl killed with SIGKILL cannot stop its extraction worker: the worker notices and
    exits (it used to wait for work forever, holding its memory)."""
    import os
    import signal
    import subprocess
    import time

    from conftest import ROOT
    from sites import crawl_cmd

    with serve(make_articles(30)) as server:
        server.site.delay = 0.1
        proc = subprocess.Popen(crawl_cmd(server.base_url, tmp_path / "a.duckdb", tmp_path / "archive",
                                          "--setting", "ARSIP_EXTRACT_WORKERS=1"),
                                cwd=ROOT, env={**os.environ, "ARSIP_PROGRESS": "0"},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        children = []
        while time.monotonic() < deadline and proc.poll() is None:
            children = _children(proc.pid)
            if children and [h for h in server.site.hits if "/read/" in h["path"]]:
                break
            time.sleep(0.05)
        assert children and proc.poll() is None, "no worker seen while the crawl ran"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(os.path.exists(f"/proc/{c}") for c in children):
            time.sleep(0.1)
        alive = [c for c in children if os.path.exists(f"/proc/{c}")]
        for c in alive:
            os.kill(c, signal.SIGKILL)
    assert not alive, "the worker (or multiprocessing's helper) outlived the killed crawl"
