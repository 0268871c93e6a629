"""Scrapy settings of arsip's crawler (``scrapy.cfg`` points here).

Politeness first: robots.txt obeyed, AutoThrottle on, at most 4 concurrent requests per
host, an identifying User-Agent with a contact address (set ``ARSIP_CONTACT``).
"""
import os

BOT_NAME = "arsip"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

CONTACT = os.environ.get("ARSIP_CONTACT", "https://github.com/arsip-project/arsip")
USER_AGENT = f"arsip/0.1 (+{CONTACT}; research archive of Indonesian news)"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
HTTPERROR_ALLOW_ALL = True  # the spider sees 4xx/5xx answers and records them
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("ARSIP_LOG_LEVEL", "INFO")

DOWNLOADER_MIDDLEWARES = {
    # archives every response (and records every failure) before anything else sees it
    "crawler.middlewares.ArchiveMiddleware": 950,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 100,
    "crawler.pipelines.StorePipeline": 800,
}

# arsip's own settings (overridden by `arsip crawl` options)
ARSIP_DB = os.environ.get("ARSIP_DB", "arsip.duckdb")
ARSIP_ARCHIVE = os.environ.get("ARSIP_ARCHIVE", "archive")
ARSIP_WARC_MAX_BYTES = 1_000_000_000
ARSIP_BATCH_SIZE = 50
ARSIP_TOPIC = "all"  # or "platform-regulation": store only topic-relevant articles
ARSIP_RUN_KIND = "crawl"
