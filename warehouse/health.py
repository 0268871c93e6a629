"""What the nightly refresh asks the database: the last good run, and a run's extraction coverage."""
from __future__ import annotations

from datetime import date, datetime


def last_successful_run(wh, kinds: tuple[str, ...] = ("refresh",)) -> datetime | None:
    """When the last run of these kinds that ended 'ok' started (None if there is none)."""
    placeholders = ", ".join("?" for _ in kinds)
    _, rows = wh.query(f"SELECT max(started_at) FROM crawl_runs WHERE status = 'ok' AND kind IN ({placeholders})",
                       list(kinds))
    return rows[0][0] if rows else None


_COVERAGE = """
WITH v AS (
    SELECT av.url, av.run_id, a.site,
           av.published_at IS NOT NULL                                   AS has_published,
           coalesce(len(av.authors), 0) > 0                              AS has_authors,
           coalesce(length(trim(av.title)), 0) > 0                       AS has_title,
           coalesce(av.word_count, 0) >= 30                              AS has_text,
           coalesce(a.parser, '') = 'generic'                           AS is_generic
    FROM article_versions av JOIN articles a USING (url)
    WHERE av.version = 1
)
SELECT count(*),
       avg(has_published::INT), avg(has_authors::INT), avg(has_title::INT), avg(has_text::INT), avg(is_generic::INT)
FROM v WHERE {where}
"""


def run_coverage(wh, run_id: int, since: date | str | None = None, until: date | str | None = None) -> dict:
    """Shares of the articles first seen in ``run_id`` that have each field, and the same over
    the earlier articles of the same sites (``baseline``); ``stored_in_window``: articles
    published in [since, until] (WIB) that the archive held before this run."""
    def stats(where: str, params: list) -> dict:
        _, rows = wh.query(_COVERAGE.format(where=where), params)
        n, pub, auth, title, text, generic = rows[0]
        if not n:
            return {"articles": 0}
        return {"articles": int(n), "published_at": float(pub), "authors": float(auth), "title": float(title),
                "text": float(text), "generic": float(generic)}

    now = stats("run_id = ?", [run_id])
    base = stats("run_id < ? AND site IN (SELECT a.site FROM article_versions av JOIN articles a USING (url) "
                 "WHERE av.run_id = ?)", [run_id, run_id])
    out = dict(now)
    out["baseline"] = base if base.get("articles") else {}
    stored = 0
    if since and until:
        _, rows = wh.query(
            "SELECT count(*) FROM articles a WHERE timezone('Asia/Jakarta', a.published_at)::DATE BETWEEN ?::DATE AND ?::DATE "
            "AND NOT EXISTS (SELECT 1 FROM article_versions av WHERE av.url = a.url AND av.version = 1 AND av.run_id >= ?)",
            [str(since), str(until), run_id])
        stored = int(rows[0][0])
    out["stored_in_window"] = stored
    return out


def status_report(wh, runs: int = 10) -> dict:
    """The last runs with their counts and health, and what the archive covers."""
    cols, rows = wh.query(
        "SELECT run_id, kind, status, started_at, finished_at, "
        "date_diff('millisecond', started_at, coalesce(finished_at, started_at)) / 1000.0 AS seconds, "
        "articles_new, articles_updated, articles_unchanged, fetches_ok, fetches_failed, message "
        "FROM crawl_runs ORDER BY run_id DESC LIMIT ?", [runs])
    recent = [dict(zip(cols, r)) for r in rows]
    _, rows = wh.query(
        "SELECT count(*), count(*) FILTER (WHERE topic_relevant), min(published_at), max(published_at), "
        "count(DISTINCT timezone('Asia/Jakarta', published_at)::DATE), count(*) FILTER (WHERE published_at IS NULL) "
        "FROM articles")
    n, relevant, first, last, days, undated = rows[0]
    _, rows = wh.query("SELECT (SELECT count(*) FROM article_versions), (SELECT count(*) FROM quotes), "
                       "(SELECT count(*) FROM figures), (SELECT count(*) FROM fetches)")
    versions, quotes, figures, fetches = rows[0]
    return {
        "runs": recent,
        "last_ok_refresh": last_successful_run(wh),
        "articles": int(n), "topic_relevant": int(relevant or 0), "first_published": first, "last_published": last,
        "days_with_articles": int(days or 0), "undated": int(undated or 0), "versions": int(versions),
        "quotes": int(quotes), "figures": int(figures), "fetches": int(fetches),
    }
