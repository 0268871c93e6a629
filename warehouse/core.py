"""The Warehouse: the one object that reads and writes the DuckDB file.

Connections are short-lived so that other processes (``arsip query``) get in between two
batches of a long crawl: a ``with Warehouse(path) as wh:`` block holds one connection for
the block; outside a block every call opens its own connection and closes it. Every write
is one transaction. Opening for writing creates the schema or upgrades it (schema.py).
"""
from __future__ import annotations

import json
import os
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from . import schema
from .connect import DEFAULT_LOCK_TIMEOUT, WarehouseError, _first_line, connect
from .records import article_tables, fetch_table, now_micros, split_rounds

# A commit larger than this is checkpointed straight into the file at COMMIT (DuckDB then
# skips the write-ahead log). A batch of articles is always larger, so each batch is written
# once, at its commit, instead of once to the WAL and again at the checkpoint on close:
# measured 5,800 vs 4,100 articles/s in batches of 5000. Readers never replay a WAL.
WAL_AUTOCHECKPOINT = "1MB"

# statements an analyst query may contain (arsip query's connection is read-only as well;
# this also keeps out COPY ... TO, ATTACH, INSTALL/LOAD and EXPORT, which a read-only
# connection would allow)
_READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "SET", "VARIABLE_SET", "CALL", "RELATION"}


class Warehouse:
    """The arsip DuckDB file. ``read_only=True`` never writes and never upgrades.

    Connections: a ``with Warehouse(path) as wh:`` block holds one connection, and with it
    DuckDB's file lock, from its start to its end (so keep blocks short: one batch). Outside
    a block every call opens its own connection and closes it again.
    """

    def __init__(self, path: str | os.PathLike, read_only: bool = False,
                 lock_timeout: float = DEFAULT_LOCK_TIMEOUT):
        self.path = os.fspath(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self._checked = False
        self._con = None  # the connection of a `with` block
        self._lock = threading.RLock()

    # --- lifecycle -------------------------------------------------------------------
    def __enter__(self) -> "Warehouse":
        with self._lock:
            if self._con is None:
                self._con = self._new_connection()
            try:
                self.open()
            except BaseException:
                self.close()
                raise
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> "Warehouse":
        """Create the file or bring its schema up to date (read-only: check it is current)."""
        if not self._checked:
            with self._connection() as con:
                self._check(con)
        return self

    def _check(self, con) -> None:
        if self._checked:
            return
        if self.read_only:
            v = _schema_version(con)
            if v == 0:
                raise WarehouseError(f"{self.path}: not an arsip warehouse (no schema_version table)")
            if v < schema.SCHEMA_VERSION:
                raise WarehouseError(
                    f"{self.path}: schema version {v} is older than {schema.SCHEMA_VERSION}; "
                    "open it once for writing (any loading command) to upgrade it")
            if v > schema.SCHEMA_VERSION:
                raise WarehouseError(f"{self.path}: schema version {v} is newer than this arsip ({schema.SCHEMA_VERSION})")
        else:
            migrate(con)
        self._checked = True

    def close(self) -> None:
        """Close the connection of a `with` block (DuckDB checkpoints the file as it closes)."""
        with self._lock:
            con, self._con = self._con, None
            if con is not None:
                con.close()

    def _new_connection(self):
        if not self.read_only:
            d = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(d):
                raise WarehouseError(f"{self.path}: directory {d} does not exist")
        con = connect(self.path, read_only=self.read_only, lock_timeout=self.lock_timeout)
        if not self.read_only:
            con.execute(f"SET wal_autocheckpoint = '{WAL_AUTOCHECKPOINT}'")
        return con

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """The block's connection, or a fresh one closed afterwards."""
        with self._lock:
            if self._con is not None:
                yield self._con
                return
        con = self._new_connection()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _write(self) -> Iterator[Any]:
        """One write transaction; rolled back on any error."""
        if self.read_only:
            raise WarehouseError(f"{self.path}: opened read-only")
        import duckdb

        with self._connection() as con:
            self._check(con)
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException as e:
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:
                    pass
                if isinstance(e, duckdb.Error):
                    raise WarehouseError(_first_line(e)) from e
                raise

    @contextmanager
    def _read(self) -> Iterator[Any]:
        with self._connection() as con:
            self._check(con)  # on the same connection: one open per call
            yield con

    # --- runs ------------------------------------------------------------------------
    def begin_run(self, kind: str, params: dict | None = None) -> int:
        """A new ``crawl_runs`` row with status 'running'; returns its run_id."""
        with self._write() as con:
            row = con.execute(
                "INSERT INTO crawl_runs (kind, params, started_at, status) "
                "VALUES (?, ?, now(), 'running') RETURNING run_id",
                [kind, json.dumps(params or {}, ensure_ascii=False, default=str)],
            ).fetchone()
        return int(row[0])

    def finish_run(self, run_id: int, status: str = "ok", counts: dict | None = None,
                   message: str | None = None) -> None:
        with self._write() as con:
            n = con.execute(
                "UPDATE crawl_runs SET finished_at = now(), status = ?, "
                "counts = CAST(? AS JSON), message = ? WHERE run_id = ? RETURNING run_id",
                [status, json.dumps(counts or {}, ensure_ascii=False, default=str), message, run_id],
            ).fetchall()
            if not n:
                raise WarehouseError(f"no crawl run {run_id}")

    # --- loads -----------------------------------------------------------------------
    def load(self, records: Iterable[dict], run_id: int | None = None) -> dict[str, int]:
        """Load one batch of article records in one transaction.

        Returns ``{"new": n, "updated": n, "unchanged": n}``. The same content again is
        ``unchanged`` (only ``last_fetched_at`` moves); a different ``content_hash`` is a
        new version. Either the whole batch is in the file afterwards, or none of it.
        """
        rounds = split_rounds(records)
        counts = {"new": 0, "updated": 0, "unchanged": 0}
        if not rounds:
            return counts
        now_us = now_micros()
        tables = [article_tables(r, now_us) for r in rounds]  # all conversions before the lock
        with self._write() as con:
            for arts, quotes, figures in tables:
                c = _load_round(con, arts, quotes, figures, run_id)
                for k in counts:
                    counts[k] += c[k]
            if run_id is not None:
                con.execute(
                    "UPDATE crawl_runs SET articles_new = articles_new + ?, articles_updated = articles_updated + ?, "
                    "articles_unchanged = articles_unchanged + ? WHERE run_id = ?",
                    [counts["new"], counts["updated"], counts["unchanged"], run_id])
        return counts

    def record_fetches(self, rows: Iterable[dict], run_id: int | None = None) -> int:
        """Append fetch rows (one per HTTP request). A row already stored (same url and
        fetched_at) is skipped, so re-recording is harmless. Returns the rows added."""
        rows = list(rows)
        if not rows:
            return 0
        tbl = fetch_table(rows, now_micros())
        with self._write() as con:
            con.register("_fetches_in", tbl)
            added = con.execute(
                f"""INSERT INTO fetches (run_id, url, status, reason, warc_file, warc_offset, fetched_at,
                        content_type, bytes, etag, last_modified, kind, canonical_url, outcome)
                    SELECT ?, url, status, reason, warc_file, warc_offset, fetched_at, content_type, bytes,
                           etag, last_modified, kind, canonical_url, {schema.OUTCOME_SQL}
                    FROM (SELECT DISTINCT ON (url, fetched_at) * FROM _fetches_in) i
                    WHERE NOT EXISTS (SELECT 1 FROM fetches f WHERE f.url = i.url AND f.fetched_at = i.fetched_at)
                    RETURNING outcome""", [run_id]).fetchall()
            con.unregister("_fetches_in")
            if run_id is not None and added:
                ok = sum(1 for (o,) in added if o in ("ok", "not_modified"))
                con.execute("UPDATE crawl_runs SET fetches_ok = fetches_ok + ?, fetches_failed = fetches_failed + ? "
                            "WHERE run_id = ?", [ok, len(added) - ok, run_id])
        return len(added)

    # --- what the crawler needs for incremental crawls --------------------------------
    def known_pages(self) -> dict[str, dict]:
        """Every URL known to have been fetched successfully (fetched and canonical URLs),
        with ``content_hash``, ``etag``, ``last_modified``, ``fetched_at`` and ``version`` of
        its latest successful fetch / current version (None where unknown, e.g. sitemaps)."""
        with self._read() as con:
            arts = con.execute(
                "SELECT url, fetched_url, content_hash, version, last_fetched_at, http_etag, http_last_modified "
                "FROM articles").fetchall()
            fetched = con.execute(
                """SELECT url, max(fetched_at) AS fetched_at,
                          arg_max(etag, fetched_at) FILTER (WHERE etag IS NOT NULL),
                          arg_max(last_modified, fetched_at) FILTER (WHERE last_modified IS NOT NULL),
                          arg_max(canonical_url, fetched_at) FILTER (WHERE canonical_url IS NOT NULL)
                   FROM fetches WHERE outcome IN ('ok', 'not_modified') GROUP BY url""").fetchall()
        out: dict[str, dict] = {}
        by_url: dict[str, dict] = {}
        for url, furl, h, ver, last, etag, lm in arts:
            e = {"content_hash": h, "etag": etag, "last_modified": lm, "fetched_at": last, "version": ver}
            by_url[url] = e
            out[url] = e
            if furl and furl != url and furl not in out:
                out[furl] = dict(e)
        for url, fat, etag, lm, canon in fetched:
            art = by_url.get(canon) if canon else None
            if art is None:
                art = by_url.get(url)
            e = out.get(url)
            if e is None:
                e = {"content_hash": None, "etag": None, "last_modified": None, "fetched_at": None, "version": None}
                if art is not None:
                    e["content_hash"], e["version"] = art["content_hash"], art["version"]
                out[url] = e
            if e["fetched_at"] is None or fat >= e["fetched_at"]:
                e["fetched_at"] = fat
                if etag is not None:
                    e["etag"] = etag
                if lm is not None:
                    e["last_modified"] = lm
        return out

    def pending_failures(self) -> list[dict]:
        """URLs whose last fetch failed (not 404/410 gone, not robots.txt) and never
        succeeded since: ``{"url", "reason", "attempts", "last_tried_at"}``, oldest first."""
        with self._read() as con:
            rows = con.execute(
                "SELECT url, reason, attempts, last_tried_at FROM pending_failures ORDER BY last_tried_at, url"
            ).fetchall()
        return [{"url": u, "reason": r, "attempts": int(a), "last_tried_at": t} for u, r, a, t in rows]

    def runs(self, status: str | None = None) -> list[dict]:
        """crawl_runs rows (all, or those with ``status``, e.g. 'running'), oldest first."""
        with self._read() as con:
            rel = con.execute(
                "SELECT run_id, kind, status, started_at, finished_at, articles_new, articles_updated, "
                "articles_unchanged, fetches_ok, fetches_failed, message FROM crawl_runs "
                "WHERE ?::VARCHAR IS NULL OR status = ? ORDER BY run_id", [status, status])
            cols = [d[0] for d in rel.description]
            return [dict(zip(cols, r)) for r in rel.fetchall()]

    def gone_pages(self) -> dict[str, Any]:
        """URLs whose latest fetch answered 404 or 410: {url: fetched_at}."""
        with self._read() as con:
            return dict(con.execute("SELECT url, fetched_at FROM latest_fetches WHERE outcome = 'gone'").fetchall())

    # --- search and analyst queries ----------------------------------------------------
    def rebuild_search_index(self) -> dict:
        """Rebuild the full-text index over articles (title, lead, text), Indonesian stemmer."""
        from .search import index_state, rebuild_index

        t0 = time.perf_counter()
        with self._write() as con:
            n = rebuild_index(con)
            _set_meta(con, "search_index_built_at", datetime.now(timezone.utc).isoformat())
            _set_meta(con, "search_index_state", index_state(con))
        return {"articles": n, "seconds": round(time.perf_counter() - t0, 3)}

    def update_search_index(self) -> dict:
        """Index the articles added or changed since the index was built (a full rebuild when
        there is no index yet or most of it would change); the scores equal a full rebuild's.
        Returns ``{"articles", "indexed", "mode", "seconds"}``."""
        from .search import index_state, update_index

        t0 = time.perf_counter()
        with self._write() as con:
            info = update_index(con)
            if info["mode"] != "current":
                _set_meta(con, "search_index_built_at", datetime.now(timezone.utc).isoformat())
            _set_meta(con, "search_index_state", index_state(con))
        return {**info, "seconds": round(time.perf_counter() - t0, 3)}

    def search_index_stale(self) -> bool | None:
        """True if articles were added or changed since the index was built; None if there
        is no index."""
        from .search import has_index, index_state

        with self._read() as con:
            if not has_index(con):
                return None
            row = con.execute("SELECT value FROM warehouse_meta WHERE key = 'search_index_state'").fetchone()
            return row is None or row[0] != index_state(con)

    def search(self, query: str, since=None, until=None, section: str | None = None,
               limit: int = 10) -> list[dict]:
        """Articles matching ``query`` (BM25, Indonesian stems), best first, with a snippet."""
        from .search import search

        with self._read() as con:
            return search(con, query, since=since, until=until, section=section, limit=limit)

    def query(self, sql: str, params: list | dict | None = None, max_rows: int | None = None):
        """Run analyst SQL (reads only). Returns ``(column_names, rows)`` of the last statement."""
        import duckdb

        with self._read() as con:
            try:
                stmts = con.extract_statements(sql)
            except duckdb.Error as e:
                raise WarehouseError(_first_line(e)) from e
            if not stmts:
                raise WarehouseError("no SQL statement given")
            for st in stmts:
                kind = st.type.name
                if kind not in _READ_STATEMENTS:
                    raise WarehouseError(f"only queries are allowed here, not {kind} statements "
                                         "(the warehouse is changed by arsip's loading commands)")
            try:
                for st in stmts[:-1]:
                    con.execute(st.query)
                rel = con.execute(stmts[-1].query, params) if params else con.execute(stmts[-1].query)
                cols = [d[0] for d in rel.description] if rel.description else []
                rows = rel.fetchmany(max_rows) if max_rows else rel.fetchall()
            except duckdb.Error as e:
                raise WarehouseError(_first_line(e)) from e
        return cols, rows

    def export(self, out_dir: str | os.PathLike, fmt: str = "parquet", tables: list[str] | None = None) -> dict:
        """Write the tables to ``out_dir`` (see warehouse.export)."""
        from .export import export

        with self._read() as con:
            return export(con, os.fspath(out_dir), fmt, tables)

    def schema_version(self) -> int:
        with self._connection() as con:
            return _schema_version(con)

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables."""
        with self._read() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("articles", "article_versions", "quotes", "figures", "crawl_runs", "fetches")}


# --- schema -------------------------------------------------------------------------------
def _schema_version(con) -> int:
    has = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main' "
        "AND database_name = current_database()").fetchone()[0]
    if not has:
        return 0
    v = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(v or 0)


def migrate(con) -> list[int]:
    """Apply missing schema steps (each in its own transaction) and refresh views/comments."""
    import duckdb

    current = _schema_version(con)
    if current > schema.SCHEMA_VERSION:
        raise WarehouseError(f"schema version {current} is newer than this arsip ({schema.SCHEMA_VERSION})")
    if current == 0:
        n = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()").fetchone()[0]
        if n:
            raise WarehouseError("the file has tables but no schema_version: not an arsip warehouse")
    applied = []
    for version, description, statements in schema.MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for st in statements:
                con.execute(st)
            con.execute("INSERT INTO schema_version VALUES (?, now(), ?)", [version, description])
            con.execute("COMMIT")
        except duckdb.Error as e:
            con.execute("ROLLBACK")
            raise WarehouseError(f"upgrading the schema to version {version} failed: {_first_line(e)}") from e
        applied.append(version)
    vh = schema.views_hash()
    stored = con.execute("SELECT value FROM warehouse_meta WHERE key = 'views_hash'").fetchone()
    if applied or not stored or stored[0] != vh:
        con.execute("BEGIN TRANSACTION")
        for st in schema.view_statements() + schema.comment_statements():
            con.execute(st)
        _set_meta(con, "views_hash", vh)
        con.execute("COMMIT")
    return applied


def _set_meta(con, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO warehouse_meta VALUES (?, ?)", [key, value])


# --- the load of one round (no URL twice) -------------------------------------------------
_CHANGED = [("title", "title"), ("lead", "lead"), ("text", "text"), ("authors", "authors"),
            ("tags", "tags"), ("published_at", "published_at"), ("updated_at", "updated_at")]


def _load_round(con, arts, quotes, figures, run_id) -> dict[str, int]:
    con.register("_in_articles", arts)
    con.register("_in_quotes", quotes)
    con.register("_in_figures", figures)
    try:
        # cheap columns only: joining on the text columns would read every stored article
        con.execute("""
            CREATE OR REPLACE TEMP TABLE _stage AS
            SELECT i.url,
                   CASE WHEN a.url IS NULL THEN 'new'
                        WHEN a.content_hash = i.content_hash THEN 'unchanged'
                        ELSE 'updated' END AS change,
                   coalesce(a.version, 0) + 1 AS new_version,
                   a.version AS old_version,
                   coalesce(a.first_seen_at, i.fetched_at) AS first_seen_at,
                   []::VARCHAR[] AS changed
            FROM _in_articles i LEFT JOIN articles a ON a.url = i.url""")
        counts = dict(con.execute("SELECT change, count(*) FROM _stage GROUP BY change").fetchall())
        if counts.get("unchanged"):
            con.execute("""
                UPDATE articles SET
                    last_fetched_at = greatest(articles.last_fetched_at, i.fetched_at),
                    http_etag = CASE WHEN i.fetched_at >= articles.last_fetched_at
                                     THEN coalesce(i.http_etag, articles.http_etag) ELSE articles.http_etag END,
                    http_last_modified = CASE WHEN i.fetched_at >= articles.last_fetched_at
                                     THEN coalesce(i.http_last_modified, articles.http_last_modified)
                                     ELSE articles.http_last_modified END
                FROM _in_articles i JOIN _stage s ON s.url = i.url AND s.change = 'unchanged'
                WHERE articles.url = i.url""")
        if counts.get("updated"):
            # which fields changed, for the (few) updated articles only
            changed = ", ".join(
                f"CASE WHEN a.{c} IS DISTINCT FROM i.{c} THEN '{name}' END" for c, name in _CHANGED)
            con.execute(f"""
                UPDATE _stage SET changed = d.changed
                FROM (SELECT i.url, list_filter([{changed}], x -> x IS NOT NULL) AS changed
                      FROM _in_articles i JOIN articles a ON a.url = i.url
                      WHERE a.url IN (SELECT url FROM _stage WHERE change = 'updated')) d
                WHERE _stage.url = d.url""")
            # the replaced version moves to the history, as it was
            con.execute("""
                INSERT INTO article_versions_past BY NAME
                SELECT url, version, content_hash, title, lead, text, published_at, updated_at,
                       version_seen_at AS first_seen_at, last_fetched_at AS last_seen_at, authors, tags,
                       word_count, changed, fetched_url, warc_file, warc_offset, run_id
                FROM articles WHERE url IN (SELECT url FROM _stage WHERE change = 'updated')""")
            for t in ("articles", "quotes", "figures"):
                con.execute(f"DELETE FROM {t} WHERE url IN (SELECT url FROM _stage WHERE change = 'updated')")
        if counts.get("new") or counts.get("updated"):
            con.execute("""
                INSERT INTO articles BY NAME
                SELECT i.url, i.site, i.section, i.article_id, i.title, i.lead, i.authors, i.published_at,
                       i.updated_at, i.dateline, i.editor_codes, i.tags, i.topic_relevant, i.text,
                       i.word_count, i.content_hash, s.new_version AS version, s.first_seen_at,
                       i.fetched_at AS last_fetched_at, i.language, i.parser, i.editors, i.images,
                       i.fetched_url, i.http_etag, i.http_last_modified, i.warc_file, i.warc_offset,
                       ?::INTEGER AS run_id, i.fetched_at AS version_seen_at, s.changed
                FROM _in_articles i JOIN _stage s ON s.url = i.url AND s.change <> 'unchanged'""", [run_id])
            if quotes.num_rows:
                con.execute("""
                    INSERT INTO quotes BY NAME
                    SELECT q.url, s.new_version AS version, q.quote_no, q.text, q.speaker, q.role, q.kind,
                           q.cue, q.paragraph
                    FROM _in_quotes q JOIN _stage s ON s.url = q.url AND s.change <> 'unchanged'""")
            if figures.num_rows:
                con.execute("""
                    INSERT INTO figures BY NAME
                    SELECT f.url, s.new_version AS version, f.figure_no, f.text, f.value, f.unit, f.qualifier,
                           f.sentence, f.paragraph, f.upper, f.char_start, f.char_end
                    FROM _in_figures f JOIN _stage s ON s.url = f.url AND s.change <> 'unchanged'""")
        con.execute("DROP TABLE _stage")
    finally:
        for name in ("_in_articles", "_in_quotes", "_in_figures"):
            con.unregister(name)
    return {k: int(counts.get(k, 0)) for k in ("new", "updated", "unchanged")}
