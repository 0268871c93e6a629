"""Item pipelines: extract each fetched page, then hand records to the warehouse in batches.

The spider never touches the database: ``StorePipeline`` is the only seam between the crawl
and ``warehouse`` (later a DuckLake writer can take its place).
"""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from extract import ExtractionError, extract_article

from .state import state_for

log = logging.getLogger(__name__)


class ExtractPipeline:
    def __init__(self, crawler):
        self.state = state_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        try:
            item["record"] = extract_article(item["html"], url=item["url"], source=item["url"])
        except ExtractionError as e:
            self.state.failed[f"extract: {e}"] += 1
            log.warning("extraction failed for %s: %s", item["url"], e)
            raise DropItem(f"extraction failed: {e}")
        return item


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.state = state_for(crawler)
        self.batch: list[dict] = []
        self.batch_size = self.settings.getint("ARSIP_BATCH_SIZE", 50)
        self.topic = self.settings.get("ARSIP_TOPIC", "all")
        self.run_id = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _warehouse(self):
        from warehouse import Warehouse

        return Warehouse(self.settings.get("ARSIP_DB"))

    def open_spider(self, spider=None):
        with self._warehouse() as wh:
            self.run_id = wh.begin_run(kind=self.settings.get("ARSIP_RUN_KIND", "crawl"),
                                       params=self.settings.getdict("ARSIP_RUN_PARAMS") or {})
        self.crawler.arsip_run_id = self.run_id

    def process_item(self, item, spider=None):
        rec = dict(item["record"])
        if self.topic != "all" and not rec.get("topic_relevant"):
            self.state.skipped["off_topic"] += 1
            return item
        rec.update({
            "fetched_at": item.get("fetched_at"), "warc_file": item.get("warc_file"),
            "warc_offset": item.get("warc_offset"), "http_etag": item.get("etag"),
            "http_last_modified": item.get("last_modified"),
        })
        self.batch.append(rec)
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self):
        fetches, self.state.fetches = self.state.fetches, []
        records, self.batch = self.batch, []
        if not records and not fetches:
            return
        with self._warehouse() as wh:
            if records:
                counts = wh.load(records, run_id=self.run_id)
                for k, v in counts.items():
                    self.state.counts[k] += v
            if fetches:
                wh.record_fetches(fetches, run_id=self.run_id)

    def close_spider(self, spider=None):
        self.flush()
        self.state.archive.close()
        reason = self.crawler.stats.get_value("finish_reason") if self.crawler.stats else None
        summary = self.state.summary()
        status = "ok" if reason in (None, "finished", "closespider_itemcount") else str(reason)
        with self._warehouse() as wh:
            wh.finish_run(self.run_id, status=status, counts=summary)
            if self.settings.getbool("ARSIP_REBUILD_SEARCH", True):
                wh.rebuild_search_index()
