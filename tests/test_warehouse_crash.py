"""A loader killed with SIGKILL in the middle of a load leaves the file at its last commit.

And the DuckDB lock: a reader waits for a writer (and gives up with a clear error after
``lock_timeout``), because only one process can hold a read-write file.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from warehouse import Warehouse, WarehouseError

ROOT = Path(__file__).resolve().parents[1]
BATCH = 300
QUOTES_PER_ARTICLE = 2

LOADER = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(ROOT)!r})
    from warehouse import Warehouse

    def rec(i):
        text = ("Petugas gabungan memeriksa kendaraan yang melintas di perbatasan kota nomor %d. " % i) * 20
        return {{"url": "https://www.contoh.id/news/read/%d/razia" % i, "title": "Razia kendaraan %d" % i,
                 "section": "news", "text": text, "content_hash": "h%d" % i,
                 "published_at": "2024-05-01T10:00:00+07:00",
                 "quotes": [{{"text": "Kami periksa semua", "speaker": "Kapolres", "kind": "direct"}}] * {QUOTES_PER_ARTICLE},
                 "figures": [{{"text": "%d kendaraan" % i, "value": i, "unit": "kendaraan"}}]}}

    wh = Warehouse(sys.argv[1]).open()
    run = wh.begin_run(kind="test-crash")
    n = 0
    for b in range(1000):
        wh.load([rec(b * {BATCH} + k) for k in range({BATCH})], run_id=run)
        n += {BATCH}
        print("committed", n, flush=True)
""")


def _check_consistent(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        arts, vers, quotes, figs, counted = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_versions), "
            "(SELECT count(*) FROM quotes), (SELECT count(*) FROM figures), "
            "(SELECT sum(articles_new) FROM crawl_runs)").fetchone()
    finally:
        con.close()
    assert arts % BATCH == 0, f"partial batch in the file: {arts} articles"
    assert vers == arts and figs == arts and quotes == QUOTES_PER_ARTICLE * arts
    assert counted == arts, "the run's counter was committed with its batch"
    return arts


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.4, 0.7])
def test_sigkill_mid_load_leaves_last_committed_batch(tmp_path, delay):
    db = tmp_path / "crash.duckdb"
    script = tmp_path / "loader.py"
    script.write_text(LOADER)
    proc = subprocess.Popen([sys.executable, str(script), str(db)], stdout=subprocess.PIPE, text=True)
    try:
        committed = 0
        deadline = time.monotonic() + 120
        while committed < 2 * BATCH and time.monotonic() < deadline:
            line = proc.stdout.readline()
            assert line, f"loader ended early (rc {proc.poll()})"
            committed = int(line.split()[1])
        time.sleep(delay)  # somewhere inside a later batch (or between two)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        seen = [int(x.split()[1]) for x in proc.stdout.read().split("\n") if x.startswith("committed")]
        committed = max([committed] + seen)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    arts = _check_consistent(db)
    # every batch reported as committed is there; at most the one being loaded beyond it
    assert committed <= arts <= committed + BATCH
    # the file is fully usable afterwards: same records again are unchanged, the run is still 'running'
    with Warehouse(db) as wh:
        _, rows = wh.query("SELECT status, finished_at FROM crawl_runs")
        assert rows == [("running", None)]
        assert wh.load([{"url": "https://www.contoh.id/news/read/0/razia", "title": "Razia kendaraan 0",
                         "text": "x", "content_hash": "h0"}]) == {"new": 0, "updated": 0, "unchanged": 1}
        wh.rebuild_search_index()
        assert wh.search("razia")


HOLDER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from warehouse.connect import connect
    con = connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(float(sys.argv[3]))
    con.close()
""")


def test_reader_waits_for_writer_then_reads(tmp_path):
    db = tmp_path / "busy.duckdb"
    with Warehouse(db) as wh:
        wh.load([{"url": "https://x.id/1", "title": "Satu", "text": "satu dua", "content_hash": "a"}])
    holder = tmp_path / "holder.py"
    holder.write_text(HOLDER)

    def hold(seconds):
        p = subprocess.Popen([sys.executable, str(holder), str(db), str(ROOT), str(seconds)],
                             stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline().strip() == "holding"
        return p

    p = hold(1.0)
    try:
        t0 = time.monotonic()
        assert Warehouse(db, read_only=True, lock_timeout=30).query("SELECT count(*) FROM articles")[1] == [(1,)]
        assert time.monotonic() - t0 >= 0.3  # it did have to wait
    finally:
        p.wait(timeout=30)
        p.stdout.close()
    p = hold(5.0)
    try:
        with pytest.raises(WarehouseError, match="busy"):
            Warehouse(db, read_only=True, lock_timeout=0.3).query("SELECT 1")
        with pytest.raises(WarehouseError, match="busy"):
            Warehouse(db, lock_timeout=0.3).load([{"url": "https://x.id/2", "text": "x", "content_hash": "b"}])
    finally:
        p.kill()
        p.wait(timeout=30)
        p.stdout.close()
