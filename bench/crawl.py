"""Crawl benchmark: a mirror of N Liputan6-style articles served on 127.0.0.1, crawled end to
end into DuckDB by the real `arsip crawl`, against `arsip extract` on the same pages from disk.

    .venv/bin/python bench/crawl.py [--articles 2000] [--workers auto|N] [--keep DIR]

Steps, in one run:

1. generate N articles (tests/sites.py: four template generations, quotes, figures);
2. serve them with samplesite.server on 127.0.0.1 (each page rendered once, before the crawl,
   and served from memory, like a remote mirror whose rendering is not on our CPU) and write
   every article page, exactly as served, to DIR/pages/*.html;
3. `arsip crawl` (a subprocess; AutoThrottle and delays off, as they are for any loopback
   mirror) into DIR/arsip.duckdb and DIR/archive: sitemap index, child sitemaps, articles,
   WARC, extraction, batched loads;
4. `arsip extract DIR/pages` (a subprocess, stdout to /dev/null): extraction alone;
5. print articles per second of both, their ratio, and the peak memory (max RSS) of the
   crawl process (and its extraction workers, if any, added).

Targets (issue 6): crawl at least 70 % as fast per article as extraction alone; peak
memory under 500 MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from samplesite.server import SampleSite, SiteServer  # noqa: E402
from sites import make_articles  # noqa: E402

ARSIP = [sys.executable, "-c", "import sys, pipeline; sys.exit(pipeline.main())"]


def _peak_rss_mb(pid: int, stop: threading.Event, out: dict) -> None:
    """Sample the RSS of ``pid`` and its children (extraction workers) every 50 ms."""
    def rss(p: int) -> int:
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def children(p: int) -> list[int]:
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                return [int(x) for x in fh.read().split()]
        except OSError:
            return []

    while not stop.is_set():
        main, workers = rss(pid), sum(rss(c) for c in children(pid))
        out["peak_kb"] = max(out.get("peak_kb", 0), main + workers)
        out["main_kb"] = max(out.get("main_kb", 0), main)
        out["workers_kb"] = max(out.get("workers_kb", 0), workers)
        stop.wait(0.05)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", default="auto", help="ARSIP_EXTRACT_WORKERS for the crawl (default: auto)")
    ap.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE",
                    help="extra crawl setting (repeatable), e.g. ARSIP_BATCH_SIZE=500")
    ap.add_argument("--keep", help="work in this directory and keep it (default: a temporary one)")
    args = ap.parse_args()

    work = Path(args.keep or tempfile.mkdtemp(prefix="arsip-bench-"))
    pages = work / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for old in [work / "arsip.duckdb", work / "arsip.duckdb.wal"]:
        old.unlink(missing_ok=True)
    t0 = time.perf_counter()
    articles = make_articles(args.articles, per_day=40)
    # cache: every page is rendered once, here, before the crawl; the server then sends kept
    # bytes, as a remote site's server would (its rendering is not on our CPU)
    site = SampleSite(articles=articles, per_page=20, cache=True)
    with SiteServer(site) as server:
        for a in articles:
            reply = site.reply(a.path, {}, {})
            assert reply.status == 200, (a.path, reply.status)
            (pages / f"{a.id}.html").write_bytes(reply.body)
        for path in ["/robots.txt", "/sitemap.xml", *sorted({f"/sitemap/{a.day}.xml" for a in articles})]:
            assert site.reply(path, {}, {}).status == 200, path
        print(f"bench: {len(articles)} articles over {len({a.day for a in articles})} days, "
              f"mirror at {server.base_url}, pages in {pages} ({time.perf_counter() - t0:.1f} s to generate)",
              file=sys.stderr)
        env = {**os.environ, "ARSIP_PROGRESS": "5"}
        cmd = [*ARSIP, "crawl", "--base-url", server.base_url, "--db", str(work / "arsip.duckdb"),
               "--archive", str(work / "archive"), "--setting", "AUTOTHROTTLE_ENABLED=false",
               "--setting", "DOWNLOAD_DELAY=0", "--setting", f"ARSIP_EXTRACT_WORKERS={args.workers}",
               *[x for kv in args.setting for x in ("--setting", kv)]]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        stop, mem = threading.Event(), {}
        sampler = threading.Thread(target=_peak_rss_mb, args=(proc.pid, stop, mem), daemon=True)
        sampler.start()
        _, err = proc.communicate()
        stop.set()
        sampler.join()
        crawl_s = time.perf_counter() - t
    sys.stderr.write(err)
    if proc.returncode != 0:
        print(f"bench: crawl failed ({proc.returncode})", file=sys.stderr)
        return 1
    import duckdb

    con = duckdb.connect(str(work / "arsip.duckdb"), read_only=True)
    stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    peak_mb = max(mem.get("peak_kb", 0), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024

    t = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        ex = subprocess.run([*ARSIP, "extract", str(pages)], cwd=ROOT, stdout=devnull, stderr=subprocess.PIPE,
                            text=True)
    extract_s = time.perf_counter() - t
    if ex.returncode != 0:
        print(ex.stderr, file=sys.stderr)
        return 1

    crawl_rate = stored / crawl_s
    extract_rate = len(articles) / extract_s
    ratio = crawl_rate / extract_rate
    print(f"articles:            {len(articles)} served, {stored} stored")
    print(f"crawl (end to end):  {crawl_s:7.1f} s  {crawl_rate:6.1f} articles/s")
    print(f"extract (from disk): {extract_s:7.1f} s  {extract_rate:6.1f} articles/s")
    print(f"crawl / extract:     {ratio:7.0%}   (target >= 70 %)  {'OK' if ratio >= 0.7 else 'BELOW TARGET'}")
    print(f"peak memory (crawl): {peak_mb:7.0f} MB  (target < 500 MB)  {'OK' if peak_mb < 500 else 'ABOVE TARGET'}"
          f"  (crawler process {mem.get('main_kb', 0) / 1024:.0f} MB, extraction workers "
          f"{mem.get('workers_kb', 0) / 1024:.0f} MB, each at its own peak)")
    print(f"work directory:      {work}{'' if args.keep else ' (temporary)'}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if stored == len(articles) else 1


if __name__ == "__main__":
    sys.exit(main())
