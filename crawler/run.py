"""Run a crawl in this process and return its summary (what ``arsip crawl`` and ``demo`` call).

Twisted's reactor runs once per process: call ``run_crawl`` once per process.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from . import settings as default_settings
from .spiders.liputan6 import Liputan6Spider


def crawl_settings(db: str, archive: str, **overrides: Any) -> Settings:
    s = Settings()
    s.setmodule(default_settings, priority="project")
    s.set("ARSIP_DB", str(db), priority="cmdline")
    s.set("ARSIP_ARCHIVE", str(archive), priority="cmdline")
    s.set("EXTENSIONS", {"crawler.extensions.Progress": 500}, priority="cmdline")
    for k, v in overrides.items():
        if v is not None:
            s.set(k, v, priority="cmdline")
    return s


def run_crawl(base_url: str, db: str, archive: str, discover: list[str] | str = "sitemap",
              since: str | None = None, until: str | None = None, max_articles: int | None = None,
              topic: str = "all", kind: str = "crawl", log_level: str = "WARNING", **settings: Any) -> dict:
    """Crawl ``base_url`` into ``db`` and ``archive``; return the run's counts."""
    if isinstance(discover, (list, tuple)):
        discover = ",".join(discover)
    params = {"base_url": base_url, "discover": discover, "since": since, "until": until,
              "max_articles": max_articles, "topic": topic}
    s = crawl_settings(db, archive, ARSIP_TOPIC=topic, ARSIP_RUN_KIND=kind, ARSIP_RUN_PARAMS=params,
                       LOG_LEVEL=log_level, **settings)
    process = CrawlerProcess(s, install_root_handler=True)
    logging.getLogger("scrapy").setLevel(log_level)
    crawler = process.create_crawler(Liputan6Spider)
    process.crawl(crawler, base_url=base_url, discover=discover, since=since, until=until, max_articles=max_articles)
    process.start()
    state = getattr(crawler, "arsip_state", None)
    summary = state.summary() if state else {}
    summary["run_id"] = getattr(crawler, "arsip_run_id", None)
    summary["articles_scraped"] = crawler.stats.get_value("item_scraped_count", 0) if crawler.stats else 0
    summary["finish_reason"] = crawler.stats.get_value("finish_reason") if crawler.stats else None
    return summary
