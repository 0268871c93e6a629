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
BM25_K, BM25_B = 1.2, 0.75  # the fts extension's defaults


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
    """Drop and rebuild the index inside the caller's transaction; returns indexed articles.

    1. ``PRAGMA create_fts_index`` builds the fts extension's index (schema
       ``fts_main_articles``: docs, dict, terms, stats, and the ``match_bm25`` macro).
    2. ``search_postings`` regroups its ``terms`` table as one row per (term, document) with
       the term frequency, sorted by term: a query reads only the row groups of its terms
       (DuckDB skips the others by their min/max), instead of scanning every term
       occurrence as ``match_bm25`` does. Same BM25 formula, same ranking.
    3. ``search_docs`` keeps the section and publication time next to the document id, so
       the filters of ``arsip search`` need no join with ``articles``.
    """
    _load_fts(con)
    fields = ", ".join(f"'{f}'" for f in FIELDS)
    con.execute(
        f"PRAGMA create_fts_index('articles', 'url', {fields}, stemmer = 'indonesian', "
        "stopwords = 'search_stopwords', ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, lower = 1, overwrite = 1)")
    con.execute(f"""
        CREATE OR REPLACE TABLE search_postings AS
        SELECT t.termid::INTEGER AS termid, t.docid::INTEGER AS docid, count(*)::INTEGER AS tf,
               any_value(d.len)::INTEGER AS doc_len
        FROM {INDEX_SCHEMA}.terms t JOIN {INDEX_SCHEMA}.docs d USING (docid)
        GROUP BY t.termid, t.docid
        ORDER BY t.termid, t.docid""")
    con.execute(f"""
        CREATE OR REPLACE TABLE search_docs AS
        SELECT d.docid::INTEGER AS docid, d.name AS url, a.section, a.published_at, d.len::INTEGER AS doc_len
        FROM {INDEX_SCHEMA}.docs d JOIN articles a ON a.url = d.name
        ORDER BY d.docid""")
    for stmt in INDEX_COMMENTS:
        con.execute(stmt)
    return con.execute("SELECT count(*) FROM search_docs").fetchone()[0]


INDEX_COMMENTS = [
    "COMMENT ON TABLE search_postings IS 'Full-text index: one row per (stemmed term, article), sorted by term. Rebuilt by rebuild_search_index.'",
    "COMMENT ON COLUMN search_postings.termid IS 'Term (fts_main_articles.dict.termid).'",
    "COMMENT ON COLUMN search_postings.docid IS 'Article (search_docs.docid).'",
    "COMMENT ON COLUMN search_postings.tf IS 'How often the term occurs in the article (title, lead, text).'",
    "COMMENT ON COLUMN search_postings.doc_len IS 'Indexed terms in the article (BM25 length).'",
    "COMMENT ON TABLE search_docs IS 'Full-text index: the indexed articles with the fields search filters on.'",
    "COMMENT ON COLUMN search_docs.docid IS 'Document id of the index (fts_main_articles.docs.docid).'",
    "COMMENT ON COLUMN search_docs.url IS 'The article (articles.url).'",
    "COMMENT ON COLUMN search_docs.section IS 'articles.section when the index was built.'",
    "COMMENT ON COLUMN search_docs.published_at IS 'articles.published_at when the index was built.'",
    "COMMENT ON COLUMN search_docs.doc_len IS 'Indexed terms in the article.'",
]


def index_state(con) -> str:
    """What the index must match: number of articles and the sum of their versions."""
    n, v = con.execute("SELECT count(*), coalesce(sum(version), 0) FROM articles").fetchone()
    return f"{n}:{v}"


def has_index(con) -> bool:
    n = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND "
        "((schema_name = 'main' AND table_name IN ('search_postings', 'search_docs')) "
        f" OR (schema_name = '{INDEX_SCHEMA}' AND table_name = 'dict'))").fetchone()[0]
    return n == 3


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
    import duckdb

    query = (query or "").strip()
    if not query:
        raise WarehouseError("empty search query")
    if not has_index(con):
        raise WarehouseError("no full-text index yet: load articles, then rebuild it (arsip search --reindex)")
    _load_fts(con)
    since_t = _day_start(since)
    until_t = _day_start(until)
    if until_t is not None and not isinstance(until, datetime) and len(str(until)) <= 10:
        until_t = until_t + timedelta(days=1)  # --until 2018-07-31 includes that whole day
    try:
        # the query's terms, tokenised and stemmed exactly as the documents were
        terms = con.execute(
            f"""SELECT q.word, q.term, d.termid, d.df FROM (
                    SELECT DISTINCT word, stem(word, 'indonesian') AS term
                    FROM (SELECT unnest({INDEX_SCHEMA}.tokenize(?)) AS word) WHERE word <> '') q
                LEFT JOIN {INDEX_SCHEMA}.dict d ON d.term = q.term""", [query]).fetchall()
        found = [(int(tid), int(df)) for _w, _t, tid, df in terms if tid is not None]
        if not found:
            return []
        where, params = [], []
        if since_t is not None:
            where.append("d.published_at >= timezone('Asia/Jakarta', ?::TIMESTAMP)")
            params.append(since_t)
        if until_t is not None:
            where.append("d.published_at < timezone('Asia/Jakarta', ?::TIMESTAMP)")
            params.append(until_t)
        if section:
            where.append("d.section = ?")
            params.append(section)
        params.append(int(limit))
        values = ", ".join(f"({tid}, {df})" for tid, df in found)
        ids = ", ".join(str(tid) for tid, _ in found)
        # BM25 as fts_main_articles.match_bm25 computes it (k=1.2, b=0.75), over the
        # postings of the query's terms only (the literal IN list lets DuckDB skip the rest)
        hits = con.execute(f"""
            WITH qt(termid, df) AS (VALUES {values}),
            st AS (SELECT num_docs, avgdl FROM {INDEX_SCHEMA}.stats),
            scores AS (
                SELECT p.docid,
                       sum(ln(1 + (st.num_docs - qt.df + 0.5) / (qt.df + 0.5))
                           * p.tf * ({BM25_K} + 1)
                           / (p.tf + {BM25_K} * (1 - {BM25_B} + {BM25_B} * p.doc_len / st.avgdl))) AS score
                FROM search_postings p JOIN qt USING (termid), st
                WHERE p.termid IN ({ids})
                GROUP BY p.docid)
            SELECT d.url, s.score FROM scores s JOIN search_docs d USING (docid)
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY s.score DESC, d.published_at DESC NULLS LAST, d.url
            LIMIT ?""", params).fetchall()
        if not hits:
            return []
        rows = con.execute(
            "SELECT url, published_at, site, section, title, lead, text FROM articles WHERE url IN "
            f"({', '.join('?' for _ in hits)})", [u for u, _ in hits]).fetchall()
    except duckdb.Error as e:
        raise WarehouseError(_first_line(e)) from e
    by_url = {r[0]: r for r in rows}
    stems = sorted({t for _w, t, _i, _d in terms if t and len(t) >= 3} |
                   {w for w, _t, _i, _d in terms if w and len(w) >= 3}, key=len, reverse=True)
    out = []
    for url, score in hits:
        r = by_url.get(url)
        if r is None:  # removed since the index was built
            continue
        _u, pub, site, sec, title, lead, text = r
        out.append({"url": url, "published_at": pub, "site": site, "section": sec, "title": title,
                    "score": round(float(score), 4), "snippet": snippet(stems, lead, text)})
    return out


_WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]+")


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
