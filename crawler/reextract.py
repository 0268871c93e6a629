"""``arsip reextract``: rebuild the extracted tables from the WARC archive, without the network.

Every archived article response (status 200, an article URL, HTML) is decoded exactly as
the crawl decoded it (``archive.decode_html``), run through ``extract.extract_article``
again and loaded with ``Warehouse.load`` in batches. The warehouse is idempotent by URL
and content hash, so an unchanged extractor changes nothing, and an improved one creates
a new version of each article whose record changed.

Which responses are used, per article (all variants of one article count as one):

* an article the database already holds: its newest archived response only (older
  responses are older versions of the page; loading them after the newest would make
  them look like new versions);
* an article the database does not hold (a fresh database, or pages archived by a crawl
  killed before it stored them): every archived response, oldest first, so the version
  history is rebuilt as the crawls saw it.

This module does not import Scrapy.
"""
from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from typing import Callable

from .archive import body_truncated, decode_html, header, iter_responses, read_record
from .urls import article_key, page_kind

log = logging.getLogger(__name__)


def _is_html(headers) -> bool:
    ctype = (header(headers, "Content-Type") or "text/html").lower()
    return "html" in ctype or "xml" not in ctype and "json" not in ctype


def plan(archive: str, known: dict, problems: list | None = None) -> tuple[list[dict], Counter]:
    """The archived article responses to re-extract, oldest first, and counts of the rest."""
    counts: Counter = Counter()
    by_key: dict = defaultdict(list)
    for r in iter_responses(archive, problems=problems):
        counts["responses"] += 1
        if r["status"] != 200:
            counts["not 200"] += 1
            continue
        url = r["url"] or ""
        if page_kind(url) != "article" or not _is_html(r["headers"]):
            counts["not an article page"] += 1
            continue
        # a page cut short (the crawl retried it) is not a version of the article
        body = r.pop("body")
        if body_truncated(body, header(r["headers"], "Content-Type") or "text/html"):
            counts["truncated pages"] += 1
            continue
        by_key[article_key(url)].append(r)
    known_keys = {article_key(u) for u in known}
    chosen = []
    for key, rs in by_key.items():
        rs.sort(key=lambda r: (r["fetched_at"] is None, r["fetched_at"], r["warc_file"], r["warc_offset"]))
        if key in known_keys:
            counts["older responses of stored articles"] += len(rs) - 1
            chosen.append(rs[-1])
        else:
            chosen.extend(rs)
    chosen.sort(key=lambda r: (r["fetched_at"] is None, r["fetched_at"], r["warc_file"], r["warc_offset"]))
    return chosen, counts


def reextract(db: str, archive: str, topic: str = "all", batch_size: int = 2000,
              progress: Callable[[str], None] | None = None, progress_every: float = 5.0) -> dict:
    """Re-extract the archive into ``db``; returns the counts (also stored in ``crawl_runs``)."""
    from extract import ExtractionError, extract_article
    from warehouse import Warehouse

    from .run import CrawlLock, mark_interrupted

    started = time.monotonic()
    problems: list[str] = []
    summary: Counter = Counter()
    failed: Counter = Counter()
    skipped: Counter = Counter()
    with CrawlLock(db):
        with Warehouse(db) as wh:
            interrupted = mark_interrupted(wh)
            run_id = wh.begin_run(kind="reextract", params={"archive": str(archive), "topic": topic})
            known = wh.known_pages()
        todo, counts = plan(archive, known, problems)
        summary["responses"] = counts.pop("responses", 0)
        for k, v in counts.items():
            skipped[k] += v
        batch: list[dict] = []

        def flush():
            if not batch:
                return
            with Warehouse(db) as w:
                for k, v in w.load(batch, run_id=run_id).items():
                    summary[k] += v
            batch.clear()

        last = time.monotonic()
        status, message = "ok", None
        try:
            for n, r in enumerate(todo, 1):
                try:
                    url, status_code, headers, body = read_record(archive, r["warc_file"], r["warc_offset"])
                except Exception as e:  # a damaged record: count it, go on
                    failed[f"unreadable record ({e.__class__.__name__})"] += 1
                    continue
                html = decode_html(body, header(headers, "Content-Type"))
                try:
                    rec = extract_article(html, url=url, source=url)
                except ExtractionError as e:
                    failed[f"not an article ({e})"] += 1
                    continue
                except Exception as e:
                    log.exception("extraction failed for %s", url)
                    failed[f"extraction error ({e.__class__.__name__})"] += 1
                    continue
                summary["articles"] += 1
                if topic != "all" and not rec.get("topic_relevant"):
                    skipped["off topic (--topic)"] += 1
                    continue
                rec.update({"fetched_url": url, "fetched_at": r["fetched_at"], "warc_file": r["warc_file"],
                            "warc_offset": r["warc_offset"], "http_etag": header(headers, "ETag"),
                            "http_last_modified": header(headers, "Last-Modified")})
                batch.append(rec)
                if len(batch) >= batch_size:
                    flush()
                if progress and time.monotonic() - last >= progress_every:
                    last = time.monotonic()
                    progress(f"reextract: {n}/{len(todo)} pages, {summary['new']} new, {summary['updated']} updated, "
                             f"{summary['unchanged']} unchanged, {sum(failed.values())} failed")
            flush()
        except BaseException as e:
            status = "interrupted" if isinstance(e, KeyboardInterrupt) else "failed"
            message = f"{e.__class__.__name__}: {e}"
            raise
        finally:
            out = {k: int(summary.get(k, 0)) for k in ("responses", "articles", "new", "updated", "unchanged")}
            out.update(skipped=dict(sorted(skipped.items())), failed=dict(sorted(failed.items())),
                       damaged=problems, interrupted_runs=interrupted, run_id=run_id, status=status,
                       seconds=round(time.monotonic() - started, 2))
            if status == "ok" and problems:
                message = f"{len(problems)} damaged WARC tail(s) skipped"
            try:
                with Warehouse(db) as wh:
                    wh.finish_run(run_id, status=status, counts=out, message=message)
                    if status == "ok" and (out["new"] or out["updated"]):
                        wh.update_search_index()  # only what changed; in full when most did
            except Exception as e:  # pragma: no cover - the original error matters more
                log.warning("could not record the end of run %s: %s", run_id, e)
    return out
