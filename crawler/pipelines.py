"""Item pipelines: extract each fetched page, then hand records to the warehouse in batches.

The spider never touches the database: ``StorePipeline`` is the only seam between the crawl
and ``warehouse`` (later a DuckLake writer can take its place). It opens the warehouse per
batch and closes it, so other processes can read the file between two batches.

Order of writes, so that a crawl killed at any moment loses nothing and duplicates nothing:
the WARC records of a batch are synced first, then the batch's articles are loaded (one
transaction, idempotent by URL and content hash), then the fetch rows, the successful
article fetches last of all. A fetch row therefore never claims a page the database does
not hold; the next run fetches what the killed run had not stored.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import datetime

from scrapy.exceptions import DropItem

from .extraction import _extract_timed, _warm, _watch_parent, worker_count  # without Scrapy: the workers import only that
from .state import state_for

log = logging.getLogger(__name__)


class WorkerDied(Exception):
    pass


class ExtractPipeline:
    """``extract.extract_article`` on every page, in ``ARSIP_EXTRACT_WORKERS`` worker processes
    (by default one when there are two CPUs or more: see ``worker_count``) or in the crawler
    process (0)."""

    MAX_POOL_RESTARTS = 3

    def __init__(self, crawler):
        self.crawler = crawler
        self.state = state_for(crawler)
        self.workers = worker_count(crawler.settings.get("ARSIP_EXTRACT_WORKERS"))
        self.pool = None
        self.pool_restarts = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        # The first extraction imports and compiles a lot (about 2 s). Done now, before any
        # request is in flight, it cannot hold up the reactor while responses wait (which
        # would make them time out under a short DOWNLOAD_TIMEOUT).
        log.info("extraction in %s", f"{self.workers} worker process(es)" if self.workers else "the crawler process")
        if self.workers > 0:
            self.pool = self._new_pool()
            return
        _warm()

    def _new_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # the workers warm up in their own processes, beside the reactor
        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_watch_parent, initargs=(os.getpid(),))
        for _ in range(self.workers):
            pool.submit(_warm)
        return pool

    def _worker_died(self, pool) -> None:
        """A worker process died (killed, out of memory, a crash in a C library): its pool is
        broken. Start another, up to MAX_POOL_RESTARTS times; then extract in this process."""
        if pool is not self.pool:
            return  # another item already replaced it
        pool.shutdown(wait=False, cancel_futures=True)
        self.pool_restarts += 1
        self.state.counts["extraction_worker_restarts"] += 1
        if self.pool_restarts > self.MAX_POOL_RESTARTS:
            log.warning("extraction worker died again (%d times): extracting in the crawler process from now on",
                        self.pool_restarts)
            self.pool = None
        else:
            log.warning("extraction worker died; starting another (the pages it had are extracted again)")
            self.pool = self._new_pool()

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    async def process_item(self, item, spider=None):
        from extract import ExtractionError

        try:
            item["record"], seconds = await self._extract(item)
            self.state.timing["extract"] += seconds
        except ExtractionError as e:
            self._failed(item, f"not an article ({e})")
        except WorkerDied as e:
            log.error("%s: %s", item["url"], e)
            self._failed(item, "extraction worker died on the page")
        except Exception as e:  # a bug in extraction must not lose the page: it is in the archive
            log.exception("extraction failed for %s", item["url"])
            self._failed(item, f"extraction error ({e.__class__.__name__})")
        item["html"] = None  # the archive keeps the page; the batch only needs the record
        return item

    async def _extract(self, item) -> tuple[dict, float]:
        """In a worker when there is one; a page whose worker died is given to a new worker once
        (a page that kills a worker twice fails, and is retried on the next run)."""
        import asyncio
        from concurrent.futures.process import BrokenProcessPool

        for _attempt in (1, 2):
            pool = self.pool
            if pool is None:
                break
            try:
                return await asyncio.wrap_future(pool.submit(_extract_timed, item["html"], item["url"]))
            except BrokenProcessPool:
                self._worker_died(pool)
        else:
            raise WorkerDied("the extraction worker died twice on this page")
        return _extract_timed(item["html"], item["url"])

    def _failed(self, item, reason: str):
        self.state.failed[reason] += 1
        row = item.get("fetch_row")
        if row is not None:
            row.pop("_deferred", None)
            row["reason"] = "extract_failed"
            self.state.fetches.append(row)
        raise DropItem(f"{item['url']}: {reason}")


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.state = state_for(crawler)
        self.batch: list[dict] = []
        self.batch_rows: list[dict] = []
        self.batch_size = self.settings.getint("ARSIP_BATCH_SIZE", 500)
        self.flush_seconds = self.settings.getfloat("ARSIP_FLUSH_SECONDS", 10.0)
        self.topic = self.settings.get("ARSIP_TOPIC", "all")
        self.run_id = self.settings.getint("ARSIP_RUN_ID") or None
        self.since = self.settings.get("ARSIP_SINCE")
        self.until = self.settings.get("ARSIP_UNTIL")
        self.last_flush = time.monotonic()
        self.loop = None
        self.store_errors = 0
        self.writing = None
        self.threaded = self.settings.getbool("ARSIP_STORE_IN_THREAD", True)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        if self.flush_seconds > 0:
            from twisted.internet import task

            self.loop = task.LoopingCall(self._tick)
            self.loop.start(max(1.0, self.flush_seconds / 2), now=False)

    def _tick(self):
        if time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()

    def _in_window(self, published: str | None) -> bool:
        if not published or not (self.since or self.until):
            return True
        from extract.dates import WIB

        try:
            day = datetime.fromisoformat(published).astimezone(WIB).date().isoformat()
        except ValueError:
            return True
        return (not self.since or day >= self.since) and (not self.until or day <= self.until)

    def _skip(self, item, reason: str):
        self.state.skipped[reason] += 1
        row = item.get("fetch_row")
        if row is not None:  # fetched fine: known next time, so not fetched again
            row.pop("_deferred", None)
            row["canonical_url"] = item["record"].get("url")
            self.state.fetches.append(row)

    def process_item(self, item, spider=None):
        rec = dict(item["record"])
        if not self._in_window(rec.get("published_at")):
            self._skip(item, "outside the window (date on the page)")
            return item
        if self.topic != "all" and not rec.get("topic_relevant"):
            self._skip(item, "off topic (--topic)")
            return item
        rec.update({
            "fetched_url": item.get("url"), "fetched_at": item.get("fetched_at"), "warc_file": item.get("warc_file"),
            "warc_offset": item.get("warc_offset"), "http_etag": item.get("etag"),
            "http_last_modified": item.get("last_modified"),
        })
        self.batch.append(rec)
        row = item.get("fetch_row")
        if row is not None:
            row.pop("_deferred", None)
            row["canonical_url"] = rec.get("url")
            self.batch_rows.append(row)
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self, final: bool = False):
        """Hand the batch to the warehouse: in a thread while the crawl goes on (DuckDB works
        outside the GIL), one batch at a time; ``final`` waits and writes in this thread."""
        if self.writing is not None:
            return self.writing  # the next tick takes what came meanwhile
        self.last_flush = time.monotonic()
        records, self.batch = self.batch, []
        rows = self.state.fetches + self.batch_rows
        self.state.fetches, self.batch_rows = [], []
        if not records and not rows:
            return None
        self.state.archive.sync()  # the offsets about to be stored point at durable bytes
        if final or not self.threaded:
            self._write(records, rows, final)
            return None
        from twisted.internet.threads import deferToThread

        d = deferToThread(self._write, records, rows, False)

        def done(result):
            self.writing = None
            return result

        d.addBoth(done)
        d.addErrback(lambda f: log.error("warehouse: %s", f.getErrorMessage()))
        self.writing = d
        return d

    def _write(self, records: list[dict], rows: list[dict], final: bool) -> None:
        from warehouse import Warehouse, WarehouseError

        t = time.perf_counter()
        try:
            with Warehouse(self.settings.get("ARSIP_DB")) as wh:
                if records:
                    counts = wh.load(records, run_id=self.run_id)
                    for k, v in counts.items():
                        self.state.counts[k] += v
                    records = []
                if rows:
                    wh.record_fetches(rows, run_id=self.run_id)
        except WarehouseError as e:
            # keep what was not written and try again with the next batch; the pages are in the archive
            self.store_errors += 1
            self.batch = records + self.batch
            self.state.fetches = rows + self.state.fetches
            if final or self.store_errors >= 5:
                self.state.store_error = str(e)
                raise
            log.warning("warehouse: %s (will retry with the next batch)", e)
        finally:
            self.state.timing["store"] += time.perf_counter() - t

    async def close_spider(self, spider=None):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        try:
            if self.writing is not None:
                from scrapy.utils.defer import maybe_deferred_to_future

                await maybe_deferred_to_future(self.writing)
            self.flush(final=True)
        finally:
            self.state.archive.close()
