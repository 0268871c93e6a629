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
    counts: Counter = field(default_factory=Counter)    # fetched, articles, new, updated, unchanged, retries ...
    skipped: Counter = field(default_factory=Counter)   # reason -> n (not fetched or not stored, on purpose)
    failed: Counter = field(default_factory=Counter)    # reason -> n (final: after every retry)
    started: float = field(default_factory=time.monotonic)
    timing: Counter = field(default_factory=Counter)    # seconds spent in extract / store
    store_error: str | None = None                       # set when a batch could not be stored

    def summary(self) -> dict:
        out = {k: int(v) for k, v in self.counts.items()}
        for k in ("fetched", "articles", "new", "updated", "unchanged", "not_modified", "retries", "errors"):
            out.setdefault(k, 0)
        out["skipped"] = dict(sorted(self.skipped.items()))
        out["failed"] = dict(sorted(self.failed.items()))
        out["seconds"] = round(time.monotonic() - self.started, 2)
        out["timing"] = {k: round(v, 2) for k, v in self.timing.items()}
        return out


def state_for(crawler) -> CrawlState:
    """The crawl's state, created on first use from the crawler's settings."""
    st = getattr(crawler, "arsip_state", None)
    if st is None:
        s = crawler.settings
        st = CrawlState(WarcArchive(s.get("ARSIP_ARCHIVE"), max_bytes=s.getint("ARSIP_WARC_MAX_BYTES")))
        crawler.arsip_state = st
    return st
