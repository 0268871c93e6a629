"""Scrapy's log lines, with one change: a dropped item is logged in one line, its reason and
URL, not the whole item (which carries the page's HTML)."""
from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


class ArsipLogFormatter(LogFormatter):
    def dropped(self, item, exception, response, spider):
        return {"level": logging.WARNING, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}
