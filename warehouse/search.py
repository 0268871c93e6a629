"""Full-text search over articles with DuckDB's fts extension (BM25, Indonesian stemmer).

The extension is loaded offline from the duckdb-ext-fts package (``extension_directory``
is set on every connection by ``warehouse.connect``). The index is a set of tables in the
schema ``fts_main_articles``; it is rebuilt, not updated, after loads.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .connect import WarehouseError, _first_line, extension_directory

INDEX_SCHEMA = "fts_main_articles"
FIELDS = ("title", "lead", "text")


def _load_fts(con) -> None:
    import duckdb

    try:
        con.execute("LOAD fts")
    except duckdb.Error as e:
        where = extension_directory() or "no duckdb_ext package found"
        raise WarehouseError(
            f"cannot load DuckDB's fts extension offline ({where}); install the duckdb-ext-fts "
            f"package matching duckdb: {_first_line(e)}") from e


def rebuild_index(con) -> int:
    """Drop and rebuild the index inside the caller's transaction; returns indexed articles."""
    _load_fts(con)
    fields = ", ".join(f"'{f}'" for f in FIELDS)
    con.execute(
        f"PRAGMA create_fts_index('articles', 'url', {fields}, stemmer = 'indonesian', "
        "stopwords = 'search_stopwords', ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, lower = 1, overwrite = 1)")
    return con.execute(f"SELECT count(*) FROM {INDEX_SCHEMA}.docs").fetchone()[0]


def has_index(con) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ? AND database_name = current_database()",
        [INDEX_SCHEMA]).fetchone()[0])


def _day_start(v) -> datetime | None:
    """A date / 'YYYY-MM-DD' / datetime -> naive WIB wall-clock time (midnight for dates)."""
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v
    if isinstance(v, date):
        return datetime(v.year, v.month, v.day)
    try:
        return datetime.fromisoformat(str(v))
    except ValueError:
        raise WarehouseError(f"not a date (YYYY-MM-DD): {v!r}") from None


def search(con, query: str, since=None, until=None, section: str | None = None, limit: int = 10) -> list[dict]:
    query = (query or "").strip()
    if not query:
        raise WarehouseError("empty search query")
    if not has_index(con):
        raise WarehouseError("no full-text index yet: load articles, then rebuild it (rebuild_search_index)")
    _load_fts(con)
    since_t = _day_start(since)
    until_t = _day_start(until)
    if until_t is not None and isinstance(until, (str, date)) and not isinstance(until, datetime) \
            and len(str(until)) <= 10:
        until_t = until_t + timedelta(days=1)  # --until 2018-07-31 includes that whole day
    where, params = ["score IS NOT NULL"], [query]
    if since_t is not None:
        where.append("a.published_at >= timezone('Asia/Jakarta', ?::TIMESTAMP)")
        params.append(since_t)
    if until_t is not None:
        where.append("a.published_at < timezone('Asia/Jakarta', ?::TIMESTAMP)")
        params.append(until_t)
    if section:
        where.append("a.section = ?")
        params.append(section)
    params.append(int(limit))
    sql = f"""
        WITH hits AS (
            SELECT url, score FROM (
                SELECT name AS url, {INDEX_SCHEMA}.match_bm25(name, ?) AS score FROM {INDEX_SCHEMA}.docs
            ) WHERE score IS NOT NULL
        )
        SELECT a.url, a.published_at, a.site, a.section, a.title, a.lead, a.text, h.score
        FROM hits h JOIN articles a ON a.url = h.url
        WHERE {' AND '.join(where)}
        ORDER BY h.score DESC, a.published_at DESC NULLS LAST
        LIMIT ?"""
    import duckdb

    try:
        rows = con.execute(sql, params).fetchall()
        stems = _stems(con, query)
    except duckdb.Error as e:
        raise WarehouseError(_first_line(e)) from e
    out = []
    for url, pub, site, sec, title, lead, text, score in rows:
        out.append({"url": url, "published_at": pub, "site": site, "section": sec, "title": title,
                    "score": round(float(score), 4), "snippet": snippet(stems, lead, text)})
    return out


_WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]+")


def _stems(con, query: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(query)]
    if not words:
        return []
    rows = con.execute("SELECT stem(w, 'indonesian') FROM unnest(?::VARCHAR[]) t(w)", [words]).fetchall()
    return sorted({s for (s,) in rows if s and len(s) >= 3} | {w for w in words if len(w) >= 3}, key=len,
                  reverse=True)


def snippet(stems: list[str], lead: str | None, text: str | None, width: int = 28) -> str:
    """About ``width`` words around the first word that carries a query stem, matches in «»."""
    for source in (text or "", lead or ""):
        words = source.split()
        if not words:
            continue
        low = [w.lower() for w in words]
        hit = next((i for i, w in enumerate(low) if any(s in w for s in stems)), None)
        if hit is None:
            continue
        start = max(0, hit - width // 3)
        end = min(len(words), start + width)
        part = [f"«{w}»" if any(s in lw for s in stems) else w
                for w, lw in zip(words[start:end], low[start:end])]
        return ("… " if start else "") + " ".join(part) + (" …" if end < len(words) else "")
    words = (lead or text or "").split()
    return " ".join(words[:width]) + (" …" if len(words) > width else "")
