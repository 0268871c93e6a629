"""Progress of a crawl on stderr: pages, articles, errors and rate, every few seconds
(``ARSIP_PROGRESS_INTERVAL``, or the environment's ``ARSIP_PROGRESS``; 0 turns it off)."""
from __future__ import annotations

import sys
import time

from scrapy import signals

from .state import state_for


class Progress:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop = None
        self.last = (time.monotonic(), 0)

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler, crawler.settings.getfloat("ARSIP_PROGRESS_INTERVAL", 5.0))
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        if self.interval > 0:
            from twisted.internet import task

            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def line(self) -> str:
        st = state_for(self.crawler)
        now = time.monotonic()
        secs = max(now - st.started, 1e-6)
        c = st.counts
        stored = c["new"] + c["updated"] + c["unchanged"]
        then, articles_then = self.last
        recent = (c["articles"] - articles_then) / max(now - then, 1e-6)
        self.last = (now, c["articles"])
        return (f"crawl: {c['fetched']} pages, {c['articles']} articles ({c['new']} new, {c['updated']} updated, "
                f"{c['unchanged']} unchanged, {stored} stored), {sum(st.skipped.values())} skipped, "
                f"{c['errors']} errors ({c['retries']} retried, {sum(st.failed.values())} failed), "
                f"{c['fetched'] / secs:.1f} pages/s, {recent:.1f} articles/s")

    def report(self):
        print(self.line(), file=sys.stderr, flush=True)

    def closed(self, spider):
        if self.loop and self.loop.running:
            self.loop.stop()
