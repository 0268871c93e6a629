"""Extraction as the crawl runs it, in a module that does not import Scrapy: the extraction
workers (``ARSIP_EXTRACT_WORKERS``) are spawned processes that import only this and
``extract`` (about 25 MB and a second less than with Scrapy and Twisted)."""
from __future__ import annotations

import os
import time


def _extract(html: str, url: str) -> dict:
    from extract import extract_article

    return extract_article(html, url=url, source=url)


def _extract_timed(html: str, url: str) -> tuple[dict, float]:
    """``_extract`` and the seconds it took (in a worker: the work, not the wait for the worker)."""
    t = time.perf_counter()
    record = _extract(html, url)
    return record, time.perf_counter() - t


_WARMUP = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Contoh - News Liputan6.com</title>'
    '<meta property="article:published_time" content="2024-05-13T19:20:00+07:00"></head><body>'
    '<article class="hentry main"><h1 class="read-page--header--title entry-title">Contoh Berita</h1>'
    '<time class="read-page--header--author__datetime updated" datetime="2024-05-13 19:20:00">13 Mei 2024, 19:20 WIB</time>'
    '<div class="article-content-body__item-content"><p><strong>Liputan6.com, Jakarta -</strong> Pemerintah '
    'memblokir 1.200 situs pada Senin (13/5/2024).</p><p>"Kami terus memantau," kata Budi Santoso, '
    'Direktur Jenderal, di Jakarta.</p></div></article></body></html>')


def _watch_parent(parent: int, every: float = 1.0) -> None:
    """In a worker: exit as soon as the crawler process that started it is gone. A crawler
    killed with SIGKILL cannot stop its workers, and a worker waits for work forever."""
    import threading

    def watch():
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="arsip-parent-watch", daemon=True).start()


def _warm() -> None:
    try:
        _extract(_WARMUP, "https://www.liputan6.com/news/read/1/contoh")
    except Exception:
        pass


def worker_count(value) -> int:
    """The number of extraction worker processes for ``ARSIP_EXTRACT_WORKERS``: a whole number
    (0: extract in the crawler process), or ``"auto"`` (the default): one worker when this
    process may use two CPUs or more, else none. A crawler process spends about 4 ms of
    Scrapy, Twisted and WARC work on a page and extraction about 7 ms, so with a second core
    one worker takes extraction off the crawler's core (``bench/crawl.py``; docs/crawling.md).
    Raises ValueError, with a one-line reason, for anything else."""
    if value is None or str(value).strip().lower() in ("", "auto"):
        try:
            cpus = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            cpus = os.cpu_count() or 1
        return 1 if cpus >= 2 else 0
    try:
        n = int(value)
    except (TypeError, ValueError):
        n = -1
    if isinstance(value, bool) or n < 0 or str(n) != str(value).strip():
        raise ValueError(f"ARSIP_EXTRACT_WORKERS must be a whole number >= 0 or 'auto', not {value!r}")
    return n
