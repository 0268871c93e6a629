"""Run a crawl in this process and return its summary (what ``arsip crawl`` and ``demo`` call).

Twisted's reactor runs once per process: call ``run_crawl`` once per process.

Around the Scrapy crawl, in this order:

1. take the crawl lock of the database (``<db>.crawl.lock``, an ``flock`` the operating system
   releases when the process dies, SIGKILL included): one crawl per database at a time;
2. mark runs left 'running' by a dead process as 'interrupted';
3. ``begin_run``; read ``known_pages()``, ``pending_failures()`` and the URLs gone (404/410),
   then close the database (the store pipeline opens it per batch);
4. crawl;
5. ``finish_run`` with the counts ('ok', 'interrupted' after Ctrl-C/SIGTERM, 'failed' when the
   crawl could not store its results) and rebuild the search index if articles changed.
"""
from __future__ import annotations

import json
import logging
import os
import socket
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import settings as default_settings


class CrawlBusy(RuntimeError):
    """Another crawl holds the database."""


class CrawlLock:
    def __init__(self, db: str):
        self.path = Path(str(db) + ".crawl.lock")
        self.fh = None
        self.taken_over: str | None = None  # what the file said when a dead holder's lock was taken over

    def acquire(self) -> "CrawlLock":
        import fcntl

        self.fh = open(self.path, "a+")
        try:
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.fh.seek(0)
            holder = self.fh.read().strip()
            self.fh.close()
            self.fh = None
            raise CrawlBusy(f"another crawl is writing {self.path.name[:-len('.crawl.lock')]} ({holder or 'unknown process'})")
        self.fh.seek(0)
        stale = self.fh.read().strip()
        if stale:
            # a holder that ended normally empties the file: this one died holding it (the
            # operating system released its flock), so its lock is taken over
            self.taken_over = stale
            logging.getLogger(__name__).warning("taking over the stale lock of a dead process (%s)", stale)
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"pid {os.getpid()} on {socket.gethostname()} since "
                      f"{datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
        self.fh.flush()
        return self

    def release(self) -> None:
        if self.fh is not None:
            import fcntl

            self.fh.seek(0)
            self.fh.truncate()
            self.fh.flush()
            fcntl.flock(self.fh.fileno(), fcntl.LOCK_UN)
            self.fh.close()
            self.fh = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


def parse_setting(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` (VALUE as JSON when it parses: numbers, true/false, lists) -> (KEY, value)."""
    if "=" not in text:
        raise ValueError(f"{text!r}: expected KEY=VALUE")
    k, v = text.split("=", 1)
    k = k.strip()
    if not k or not k.replace("_", "").isalnum() or k.upper() != k:
        raise ValueError(f"{k!r} is not a setting name (upper case, e.g. DOWNLOAD_TIMEOUT)")
    try:
        value = json.loads(v)
    except ValueError:
        value = v
    if k == "ARSIP_EXTRACT_WORKERS":
        from .extraction import worker_count

        worker_count(value)  # a bad value is refused here, before the crawl starts
    return k, value


def crawl_settings(db: str, archive: str, **overrides: Any):
    from scrapy.settings import Settings

    s = Settings()
    s.setmodule(default_settings, priority="project")
    s.set("ARSIP_DB", str(db), priority="cmdline")
    s.set("ARSIP_ARCHIVE", str(archive), priority="cmdline")
    s.set("EXTENSIONS", {"crawler.extensions.Progress": 500}, priority="cmdline")
    env_progress = os.environ.get("ARSIP_PROGRESS")
    if env_progress not in (None, ""):
        try:
            s.set("ARSIP_PROGRESS_INTERVAL", float(env_progress), priority="cmdline")
        except ValueError:
            pass
    for k, v in overrides.items():
        if v is not None:
            s.set(k, v, priority="cmdline")
    return s


def mark_interrupted(wh) -> list[int]:
    """Runs still 'running' while we hold the crawl lock belong to a process that died."""
    out = []
    for r in wh.runs(status="running"):
        counts = {"fetches_ok": r["fetches_ok"], "fetches_failed": r["fetches_failed"], "new": r["articles_new"],
                  "updated": r["articles_updated"], "unchanged": r["articles_unchanged"]}
        wh.finish_run(r["run_id"], status="interrupted", counts=counts,
                      message="the crawl process ended before finishing (killed); a later run resumed the work")
        out.append(int(r["run_id"]))
    return out


def run_crawl(base_url: str, db: str, archive: str, discover: list[str] | str = "sitemap",
              since: str | None = None, until: str | None = None, max_articles: int | None = None,
              topic: str = "all", kind: str = "crawl", log_level: str | None = None,
              contact: str | None = None, extra_settings: dict | None = None, **settings: Any) -> dict:
    """Crawl ``base_url`` into ``db`` and ``archive``; return the run's counts.

    ``settings`` and ``extra_settings`` are Scrapy/arsip settings for this crawl
    (``DOWNLOAD_TIMEOUT=2``, ``AUTOTHROTTLE_ENABLED=False`` ...); they win over the defaults.
    """
    from warehouse import Warehouse

    from .extraction import worker_count

    worker_count({**settings, **(extra_settings or {})}.get("ARSIP_EXTRACT_WORKERS"))  # refused before any write
    if isinstance(discover, str):
        discover = [discover]
    discover = list(discover)
    params = {"base_url": base_url, "discover": discover, "since": since, "until": until,
              "max_articles": max_articles, "topic": topic, "archive": str(Path(archive).resolve()),
              "pid": os.getpid(), "host": socket.gethostname()}
    lock = CrawlLock(db).acquire()
    try:
        with Warehouse(db) as wh:
            interrupted = mark_interrupted(wh)
            run_id = wh.begin_run(kind=kind, params=params)
            known = wh.known_pages()
            retry = wh.pending_failures()
            gone = wh.gone_pages()
        overrides = dict(settings)
        overrides.update(extra_settings or {})
        if contact:
            overrides.setdefault("USER_AGENT", default_settings.user_agent(contact))
        if log_level:
            overrides["LOG_LEVEL"] = log_level
        s = crawl_settings(db, archive, ARSIP_TOPIC=topic, ARSIP_RUN_KIND=kind, ARSIP_RUN_ID=run_id,
                           ARSIP_SINCE=since, ARSIP_UNTIL=until, **overrides)
        summary = _crawl(s, run_id, base_url, discover, since, until, max_articles, known, retry, gone)
        summary["interrupted_runs"] = interrupted
        if lock.taken_over:
            summary["stale_lock_taken_over"] = lock.taken_over
        summary["requeued_failures"] = summary.get("requeued", 0)
        with Warehouse(db) as wh:
            wh.finish_run(run_id, status=summary["status"], counts=summary, message=summary.get("message"))
            if s.getbool("ARSIP_REBUILD_SEARCH") and (summary.get("new") or summary.get("updated")):
                try:
                    # only the articles added or changed (a full build when there is no index
                    # yet or most of it changed): an incremental crawl does not re-index the archive
                    wh.update_search_index()
                except Exception as e:  # the index is a convenience: never fail a crawl for it
                    logging.getLogger(__name__).warning("search index not rebuilt: %s", e)
        return summary
    finally:
        lock.release()


def _crawl(s, run_id, base_url, discover, since, until, max_articles, known, retry, gone) -> dict:
    from scrapy.crawler import CrawlerProcess

    from .spiders.liputan6 import Liputan6Spider

    s.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(s)
    # Extraction makes many short-lived objects; with Scrapy's long-lived heap around, the
    # default cyclic GC thresholds make full collections frequent and slow. Freeze what
    # exists now and collect less often.
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 50)
    logging.getLogger("scrapy").setLevel(s.get("LOG_LEVEL"))
    crawler = process.create_crawler(Liputan6Spider)
    process.crawl(crawler, base_url=base_url, discover=discover, since=since, until=until,
                  max_articles=max_articles, known=known, retry=retry, gone=gone)
    error = None
    try:
        process.start()
    except Exception as e:  # pragma: no cover - reported in the run's status
        error = e
    state = getattr(crawler, "arsip_state", None)
    summary = state.summary() if state else {}
    stats = crawler.stats
    reason = stats.get_value("finish_reason") if stats else None
    summary["run_id"] = run_id
    summary["articles_scraped"] = stats.get_value("item_scraped_count", 0) if stats else 0
    summary["finish_reason"] = reason
    store_failed = stats.get_value("log_count/ERROR", 0) if stats else 0
    store_error = getattr(state, "store_error", None)
    if error is not None:
        summary["status"], summary["message"] = "failed", f"{error.__class__.__name__}: {error}"
    elif store_error:
        summary["status"] = "failed"
        summary["message"] = f"could not store the last batch ({store_error}); `arsip reextract` recovers it from the archive"
    elif reason in ("shutdown",):
        summary["status"], summary["message"] = "interrupted", "stopped by a signal (Ctrl-C or SIGTERM)"
    elif reason in (None, "finished") or str(reason).startswith("closespider"):
        summary["status"] = "ok"
    else:
        summary["status"], summary["message"] = "failed", f"crawl ended: {reason}"
    summary["log_errors"] = store_failed
    return summary
