"""Progress of a crawl on stderr: pages, articles, errors and rate, every few seconds."""
from __future__ import annotations

import sys
import time

from scrapy import signals
from twisted.internet import task

from .state import state_for


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("ARSIP_PROGRESS_INTERVAL", 5.0))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        if self.interval > 0:
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def report(self):
        st = state_for(self.crawler)
        secs = max(time.monotonic() - st.started, 1e-6)
        items = self.crawler.stats.get_value("item_scraped_count", 0)
        errors = sum(st.failed.values())
        print(f"crawl: {st.counts['fetched']} pages, {items} articles, {errors} errors, "
              f"{st.counts['fetched'] / secs:.1f} pages/s", file=sys.stderr, flush=True)

    def closed(self, spider):
        if self.loop and self.loop.running:
            self.loop.stop()
