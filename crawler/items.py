"""What the spider hands to the item pipelines: a fetched article page, not yet extracted."""
import scrapy


class PageItem(scrapy.Item):
    url = scrapy.Field()            # the URL fetched (after redirects)
    requested_url = scrapy.Field()  # the URL asked for (before redirects)
    html = scrapy.Field()           # text of the page (archive.decode_html: header, meta, BOM charsets)
    status = scrapy.Field()
    fetched_at = scrapy.Field()     # aware datetime (= WARC-Date)
    warc_file = scrapy.Field()
    warc_offset = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    discovered_via = scrapy.Field()  # sitemap / index / tag / rss / retry
    fetch_row = scrapy.Field()      # the fetch row, written after the article is stored
    record = scrapy.Field()         # filled by ExtractPipeline: extract.extract_article's record
