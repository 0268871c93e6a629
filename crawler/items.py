"""What the spider hands to the item pipelines: a fetched article page, not yet extracted."""
import scrapy


class PageItem(scrapy.Item):
    url = scrapy.Field()          # the URL fetched (after redirects)
    html = scrapy.Field()         # decoded text of the page (Scrapy's charset detection)
    status = scrapy.Field()
    fetched_at = scrapy.Field()   # aware datetime
    warc_file = scrapy.Field()
    warc_offset = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    discovered_via = scrapy.Field()  # sitemap / index / tag / rss
    record = scrapy.Field()       # filled by ExtractPipeline: extract.extract_article's record
