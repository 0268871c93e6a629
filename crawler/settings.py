"""Scrapy settings of arsip's crawler (``scrapy.cfg`` points here).

Politeness first: robots.txt obeyed, AutoThrottle on, at most 4 concurrent requests per
host, an identifying User-Agent with a contact address (``--contact`` or ``ARSIP_CONTACT``),
no request outside the crawled site. Faults: 5xx, 408/429 and network errors are retried
with exponential backoff (``Retry-After`` honoured); a response that stalls past
``DOWNLOAD_TIMEOUT`` (30 s) is abandoned and retried; truncated bodies are retried.

Any of these can be overridden for one crawl with ``arsip crawl --setting KEY=VALUE``;
``ARSIP_DOWNLOAD_TIMEOUT`` (seconds) overrides the timeout from the environment.
"""
import os

BOT_NAME = "arsip"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

CONTACT = os.environ.get("ARSIP_CONTACT", "https://github.com/arsip-project/arsip")


def user_agent(contact: str = CONTACT) -> str:
    return f"arsip/0.1 (+{contact}; research archive of Indonesian news)"


USER_AGENT = user_agent()

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = float(os.environ.get("ARSIP_DOWNLOAD_TIMEOUT") or 30)
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 520, 521, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
HTTPERROR_ALLOW_ALL = True  # the spider sees 4xx/5xx answers and records them
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy's remote control (2.19): an HTTP server on localhost that runs Python code sent to it,
# with a token in a job file under ~/.local/state/scrapy. An unattended archive crawl has no
# use for it: no listening port, nothing written outside the database and the archive.
REMOTE_CONTROL_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("ARSIP_LOG_LEVEL", "WARNING")
LOG_FORMATTER = "crawler.logformatter.ArsipLogFormatter"  # a dropped page in one line, without its HTML
# breadth-first: listings are read before the articles they link, so a crawl stopped early
# has discovered (and recorded) the whole window rather than a deep corner of it
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
# Scrapy 2.19 runs a callback's output through CONCURRENT_ITEMS (default 100) asyncio tasks
# per response, made even when the callback yields one item (an article page does) or only
# requests (a listing): about 100 tasks per page. Items here are processed one at a time
# anyway (extraction holds the reactor), so one worker per response does the same work.
CONCURRENT_ITEMS = 1
# Scrapy re-reads and parses a callback's source to warn about `return value` in generators
# whenever its cache (weakly keyed by bound method) misses, which is often; ours have none.
WARN_ON_GENERATOR_RETURN_VALUE = False

DOWNLOADER_MIDDLEWARES = {
    # nothing outside the crawled site's host(s), redirects included
    "crawler.middlewares.SiteGuardMiddleware": 40,
    # retries with backoff and Retry-After, and retries truncated pages, in place of Scrapy's
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # archives every response (and records every failure) before anything else sees it
    "crawler.middlewares.ArchiveMiddleware": 950,
    # at most CONCURRENT_REQUESTS_PER_DOMAIN requests on the wire per host
    "crawler.middlewares.HostConcurrencyMiddleware": 960,
    # Scrapy's byte and status counters (downloader/*): the crawl keeps its own counts
    # (crawl_runs.counts, fetches), and these cost about 0.1 ms a page
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ExtractPipeline": 100,
    "crawler.pipelines.StorePipeline": 800,
}

# arsip's own settings (set by `arsip crawl` options or --setting)
ARSIP_DB = os.environ.get("ARSIP_DB", "arsip.duckdb")
ARSIP_ARCHIVE = os.environ.get("ARSIP_ARCHIVE", "archive")
ARSIP_WARC_MAX_BYTES = 1_000_000_000
ARSIP_BATCH_SIZE = 500          # article records per warehouse transaction (a batch is also stored every ARSIP_FLUSH_SECONDS)
ARSIP_FLUSH_SECONDS = 10.0      # ... or at least this often
ARSIP_TOPIC = "all"             # or "platform-regulation": store only topic-relevant articles
ARSIP_RUN_KIND = "crawl"
ARSIP_RETRY_BACKOFF = 2.0       # first retry after ~2 s, then 4, 8 ... (with jitter)
ARSIP_RETRY_BACKOFF_MAX = 60.0
ARSIP_RETRY_AFTER_MAX = 300.0   # longest Retry-After the crawler waits for before a retry
ARSIP_PROGRESS_INTERVAL = 5.0   # seconds between progress lines on stderr (0: none)
ARSIP_REBUILD_SEARCH = True     # update the full-text index at the end when articles changed
ARSIP_EXTRACT_WORKERS = "auto"  # extraction processes beside the crawler: N, 0 (in the crawler process)
                                # or "auto" (1 when the crawler may use 2 CPUs or more, else 0)
