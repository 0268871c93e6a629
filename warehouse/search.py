"""Full-text search over articles: BM25 with the fts extension's Indonesian stemmer.

The fts extension is loaded offline from the duckdb-ext-fts package (``extension_directory``
is set on every connection by ``warehouse.connect``). arsip builds the index itself, as
plain tables (``search_docs``, ``search_terms``, ``search_postings``, ``search_stats``;
docs/schema.md), with the extension's ``stem(word, 'indonesian')`` and the tokenizer and
BM25 formula of the extension's ``create_fts_index`` / ``match_bm25``. Why not those two
directly: ``match_bm25`` scores every document for every query (0.13-0.9 s at 100,000
articles on the project machine), while arsip reads only the postings of the query's
terms, stored sorted by term (~20 ms of SQL). Building is also faster: each distinct word
is stemmed once, not every occurrence (create_fts_index 47 s, this 27-43 s at 100,000
articles). A test checks that every article gets the score ``match_bm25`` gives it.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from .connect import WarehouseError, _first_line, extension_directory
from .schema import BM25_B, BM25_K, TOKENIZE, comment_statements

INDEX_TABLES = ("search_docs", "search_terms", "search_words", "search_postings", "search_stats")


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
    """Rebuild the four index tables inside the caller's transaction; returns indexed articles."""
    _load_fts(con)
    tok = TOKENIZE.format(s="body")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _search_tokens AS
        SELECT docid, unnest({tok}) AS word
        FROM (SELECT row_number() OVER (ORDER BY url)::INTEGER AS docid,
                     concat_ws(' ', title, lead, text) AS body
              FROM articles)""")
    # each distinct word is stemmed once
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_words AS
        SELECT word, stem(word, 'indonesian') AS term
        FROM (SELECT DISTINCT word FROM _search_tokens)
        WHERE word <> '' AND word NOT IN (SELECT sw FROM search_stopwords)""")
    con.execute("""
        CREATE OR REPLACE TABLE search_terms AS
        SELECT (row_number() OVER (ORDER BY term))::INTEGER AS termid, term, 0::INTEGER AS df
        FROM (SELECT DISTINCT term FROM _search_words)""")
    con.execute("""
        CREATE OR REPLACE TABLE search_words AS
        SELECT w.word, t.termid FROM _search_words w JOIN search_terms t USING (term) ORDER BY w.word""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_tf AS
        SELECT t.termid, k.docid, count(*)::INTEGER AS tf
        FROM _search_tokens k JOIN _search_words w USING (word) JOIN search_terms t USING (term)
        GROUP BY t.termid, k.docid""")
    con.execute("""
        CREATE OR REPLACE TABLE search_docs AS
        SELECT d.docid, d.url, d.section, d.published_at, coalesce(l.doc_len, 0)::INTEGER AS doc_len, d.version
        FROM (SELECT row_number() OVER (ORDER BY url)::INTEGER AS docid, url, section, published_at, version
              FROM articles) d
        LEFT JOIN (SELECT docid, sum(tf) AS doc_len FROM _search_tf GROUP BY docid) l USING (docid)
        ORDER BY d.docid""")
    con.execute("""
        CREATE OR REPLACE TABLE search_postings AS
        SELECT p.termid, p.docid, p.tf, d.doc_len
        FROM _search_tf p JOIN search_docs d USING (docid)
        ORDER BY p.termid, p.docid""")
    con.execute("""
        UPDATE search_terms SET df = c.df
        FROM (SELECT termid, count(*)::INTEGER AS df FROM _search_tf GROUP BY termid) c
        WHERE search_terms.termid = c.termid""")
    _set_stats(con)
    for t in ("_search_tokens", "_search_words", "_search_tf"):
        con.execute(f"DROP TABLE {t}")
    # CREATE OR REPLACE drops the column comments: put them back
    for stmt in comment_statements():
        if any(f" {t} " in stmt or f" {t}." in stmt for t in INDEX_TABLES):
            con.execute(stmt)
    _set_updated_docs(con, 0)
    return con.execute("SELECT num_docs FROM search_stats").fetchone()[0]


def _set_stats(con) -> None:
    con.execute("DELETE FROM search_stats")
    con.execute("""
        INSERT INTO search_stats
        SELECT count(*)::BIGINT AS num_docs, coalesce(avg(doc_len), 0)::DOUBLE AS avg_doc_len FROM search_docs""")


def _updated_docs(con) -> int:
    row = con.execute("SELECT value FROM warehouse_meta WHERE key = 'search_index_updated_docs'").fetchone()
    return int(row[0]) if row else 0


def _set_updated_docs(con, n: int) -> None:
    con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('search_index_updated_docs', ?)", [str(n)])


# an update rebuilds in full instead when it would re-index more than this share of the
# indexed articles, or when the articles indexed by updates since the last full rebuild
# would pass this share (their postings are appended, not sorted with the others, so a
# query reads more row groups as they accumulate)
FULL_REBUILD_SHARE = 0.5
UPDATED_SHARE = 0.25


def update_index(con) -> dict:
    """Bring the index up to date inside the caller's transaction: index the articles added
    since it was built or whose version changed, and update df and the statistics (the
    scores are those a full rebuild gives). Rebuilds in full when there is no index yet, or
    when the update would be large (see FULL_REBUILD_SHARE, UPDATED_SHARE).

    Returns ``{"articles": indexed articles, "indexed": articles (re)indexed now, "mode":
    "full" | "update" | "current"}``."""
    def full() -> dict:
        n = rebuild_index(con)
        return {"articles": n, "indexed": n, "mode": "full"}

    if not has_index(con) or con.execute("SELECT count(*) FROM search_docs WHERE version IS NULL").fetchone()[0]:
        return full()
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_ids AS
        SELECT a.url, a.version, a.section, a.published_at, d.docid AS old_docid
        FROM articles a LEFT JOIN search_docs d USING (url)
        WHERE d.url IS NULL OR d.version IS DISTINCT FROM a.version""")
    changed = con.execute("SELECT count(*) FROM _search_ids").fetchone()[0]
    num_docs = con.execute("SELECT num_docs FROM search_stats").fetchone()[0]
    if not changed:
        con.execute("DROP TABLE _search_ids")
        return {"articles": num_docs, "indexed": 0, "mode": "current"}
    updated = _updated_docs(con) + changed
    if changed > FULL_REBUILD_SHARE * num_docs or updated > UPDATED_SHARE * num_docs:
        con.execute("DROP TABLE _search_ids")
        return full()
    _load_fts(con)
    # new articles get the next docids; a changed one keeps its own
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_ids AS
        SELECT url, version, section, published_at, old_docid,
               coalesce(old_docid, (SELECT coalesce(max(docid), 0) FROM search_docs)
                        + row_number() OVER (PARTITION BY old_docid IS NULL ORDER BY url))::INTEGER AS docid
        FROM _search_ids""")
    tok = TOKENIZE.format(s="concat_ws(' ', a.title, a.lead, a.text)")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _search_tokens AS
        SELECT i.docid, unnest({tok}) AS word
        FROM _search_ids i JOIN articles a USING (url)""")
    # words never indexed before: stemmed once, new terms numbered after the others
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_words AS
        SELECT word, stem(word, 'indonesian') AS term
        FROM (SELECT DISTINCT word FROM _search_tokens)
        WHERE word <> '' AND word NOT IN (SELECT sw FROM search_stopwords)
          AND word NOT IN (SELECT word FROM search_words)""")
    con.execute("""
        INSERT INTO search_terms
        SELECT ((SELECT coalesce(max(termid), 0) FROM search_terms) + row_number() OVER (ORDER BY term))::INTEGER,
               term, 0
        FROM (SELECT DISTINCT term FROM _search_words WHERE term NOT IN (SELECT term FROM search_terms))""")
    con.execute("""
        INSERT INTO search_words
        SELECT w.word, t.termid FROM _search_words w JOIN search_terms t USING (term) ORDER BY w.word""")
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_tf AS
        SELECT w.termid, k.docid, count(*)::INTEGER AS tf
        FROM _search_tokens k JOIN search_words w USING (word)
        GROUP BY w.termid, k.docid""")
    # the terms whose df changes: those of the new postings and of the replaced ones
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _search_affected AS
        SELECT DISTINCT termid FROM (
            SELECT termid FROM _search_tf
            UNION ALL
            SELECT termid FROM search_postings
            WHERE docid IN (SELECT old_docid FROM _search_ids WHERE old_docid IS NOT NULL))""")
    for t in ("search_postings", "search_docs"):
        con.execute(f"DELETE FROM {t} WHERE docid IN (SELECT old_docid FROM _search_ids WHERE old_docid IS NOT NULL)")
    con.execute("""
        INSERT INTO search_docs BY NAME
        SELECT i.docid, i.url, i.section, i.published_at, coalesce(l.doc_len, 0)::INTEGER AS doc_len, i.version
        FROM _search_ids i LEFT JOIN (SELECT docid, sum(tf) AS doc_len FROM _search_tf GROUP BY docid) l USING (docid)
        ORDER BY i.docid""")
    con.execute("""
        INSERT INTO search_postings
        SELECT p.termid, p.docid, p.tf, i.doc_len
        FROM _search_tf p JOIN (SELECT docid, sum(tf)::INTEGER AS doc_len FROM _search_tf GROUP BY docid) i USING (docid)
        ORDER BY p.termid, p.docid""")
    con.execute("""
        UPDATE search_terms SET df = c.df
        FROM (SELECT a.termid, count(p.docid)::INTEGER AS df
              FROM _search_affected a LEFT JOIN search_postings p USING (termid) GROUP BY a.termid) c
        WHERE search_terms.termid = c.termid""")
    _set_stats(con)
    for t in ("_search_ids", "_search_tokens", "_search_words", "_search_tf", "_search_affected"):
        con.execute(f"DROP TABLE {t}")
    _set_updated_docs(con, updated)
    return {"articles": con.execute("SELECT num_docs FROM search_stats").fetchone()[0], "indexed": changed,
            "mode": "update"}


def index_state(con) -> str:
    """What the index must match: number of articles and the sum of their versions."""
    n, v = con.execute("SELECT count(*), coalesce(sum(version), 0) FROM articles").fetchone()
    return f"{n}:{v}"


def has_index(con) -> bool:
    try:
        return bool(con.execute("SELECT count(*) FROM search_stats").fetchone()[0])
    except Exception:
        return False


def query_terms(con, query: str) -> list[tuple]:
    """(word, term, termid, df) of each word of the query, split and stemmed exactly as the
    articles were. Words the articles contain are looked up in search_words; only the others
    need the stemmer (and so the fts extension)."""
    words = [w for (w,) in con.execute(
        f"""SELECT DISTINCT word FROM (SELECT unnest({TOKENIZE.format(s='?')}) AS word)
            WHERE word <> '' AND word NOT IN (SELECT sw FROM search_stopwords)""", [query]).fetchall()]
    if not words:
        return []
    known = {w: (term, tid, df) for w, term, tid, df in con.execute(
        """SELECT w.word, t.term, t.termid, t.df FROM search_words w JOIN search_terms t USING (termid)
           WHERE w.word IN (SELECT unnest(?::VARCHAR[]))""", [words]).fetchall()}
    out = [(w, *known[w]) for w in words if w in known]
    unknown = [w for w in words if w not in known]
    if unknown:
        _load_fts(con)
        out += con.execute(
            """SELECT q.word, q.term, t.termid, t.df FROM (
                   SELECT w AS word, stem(w, 'indonesian') AS term FROM unnest(?::VARCHAR[]) u(w)) q
               LEFT JOIN search_terms t ON t.term = q.term""", [unknown]).fetchall()
    return out


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
    since_t = _day_start(since)
    until_t = _day_start(until)
    if until_t is not None and not isinstance(until, datetime) and len(str(until)) <= 10:
        until_t = until_t + timedelta(days=1)  # --until 2018-07-31 includes that whole day
    try:
        terms = query_terms(con, query)
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
        # BM25 (the fts extension's formula) over the postings of the query's terms only: the
        # literal IN list lets DuckDB skip every row group of search_postings without them
        hits = con.execute(f"""
            WITH qt(termid, df) AS (VALUES {values}),
            scores AS (
                SELECT p.docid,
                       sum(log10(1 + (st.num_docs - qt.df + 0.5) / (qt.df + 0.5))
                           * p.tf * ({BM25_K} + 1)
                           / (p.tf + {BM25_K} * (1 - {BM25_B} + {BM25_B} * p.doc_len / st.avg_doc_len))) AS score
                FROM search_postings p JOIN qt USING (termid), search_stats st
                WHERE p.termid IN ({ids})
                GROUP BY p.docid)
            SELECT d.url, s.score FROM scores s JOIN search_docs d USING (docid)
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY s.score DESC, d.published_at DESC NULLS LAST, d.url
            LIMIT ?""", params).fetchall()
        if not hits:
            return []
        rows = _fetch_articles(con, [u for u, _ in hits])
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


def _fetch_articles(con, urls: list[str]) -> list[tuple]:
    """The hits' rows of articles. A filter on url other than a constant makes DuckDB read
    every text of the table (~0.5 s at 100,000 articles); so: the rowids from the url
    column alone (a constant IN list), then each row by its rowid (a few ms each)."""
    lit = ", ".join("'" + u.replace("'", "''") + "'" for u in urls)
    ids = [r for (r,) in con.execute(f"SELECT rowid FROM articles WHERE url IN ({lit})").fetchall()]
    out = []
    for rid in ids:
        out += con.execute("SELECT url, published_at, site, section, title, lead, text FROM articles "
                           f"WHERE rowid = {int(rid)}").fetchall()
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
