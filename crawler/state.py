"""The per-crawl state shared by the archive middleware, the spider and the store pipeline."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from .archive import WarcArchive


@dataclass
class CrawlState:
    archive: WarcArchive
    fetches: list[dict] = field(default_factory=list)   # fetch rows not yet handed to the warehouse
    counts: Counter = field(default_factory=Counter)    # fetched, new, updated, unchanged, stored...
    skipped: Counter = field(default_factory=Counter)   # reason -> n
    failed: Counter = field(default_factory=Counter)    # reason -> n
    started: float = field(default_factory=time.monotonic)

    def summary(self) -> dict:
        return {
            **{k: int(v) for k, v in self.counts.items()},
            "skipped": dict(self.skipped), "failed": dict(self.failed),
            "seconds": round(time.monotonic() - self.started, 2),
        }


def state_for(crawler) -> CrawlState:
    """The crawl's state, created on first use from the crawler's settings."""
    st = getattr(crawler, "arsip_state", None)
    if st is None:
        s = crawler.settings
        st = CrawlState(WarcArchive(s.get("ARSIP_ARCHIVE"), max_bytes=s.getint("ARSIP_WARC_MAX_BYTES")))
        crawler.arsip_state = st
    return st
