"""An older warehouse file is upgraded in place, keeping its data.

The v1 DDL is written out here on purpose (not imported from warehouse.schema): it is what
files created by schema version 1 contain, and must stay so even if schema.py changes.
"""
from __future__ import annotations

from datetime import datetime, timezone

import duckdb
import pytest

from warehouse import SCHEMA_VERSION, Warehouse, WarehouseError

V1_DDL = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL, description VARCHAR);
CREATE SEQUENCE crawl_run_id START 1;
CREATE TABLE crawl_runs (run_id INTEGER PRIMARY KEY DEFAULT nextval('crawl_run_id'), kind VARCHAR NOT NULL,
    params JSON, started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ, status VARCHAR NOT NULL,
    counts JSON, message VARCHAR);
CREATE TABLE articles (url VARCHAR PRIMARY KEY, site VARCHAR, section VARCHAR, article_id VARCHAR,
    title VARCHAR, lead VARCHAR, authors VARCHAR[], published_at TIMESTAMPTZ, updated_at TIMESTAMPTZ,
    dateline VARCHAR, editor_codes VARCHAR[], tags VARCHAR[], topic_relevant BOOLEAN, text VARCHAR,
    word_count INTEGER, content_hash VARCHAR NOT NULL, version INTEGER NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL, last_fetched_at TIMESTAMPTZ NOT NULL);
CREATE TABLE article_versions (url VARCHAR NOT NULL, version INTEGER NOT NULL, content_hash VARCHAR NOT NULL,
    title VARCHAR, lead VARCHAR, text VARCHAR, published_at TIMESTAMPTZ, updated_at TIMESTAMPTZ,
    first_seen_at TIMESTAMPTZ NOT NULL, last_seen_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (url, version));
CREATE TABLE quotes (url VARCHAR NOT NULL, version INTEGER NOT NULL, quote_no INTEGER NOT NULL, text VARCHAR,
    speaker VARCHAR, role VARCHAR, kind VARCHAR, cue VARCHAR, paragraph INTEGER);
CREATE TABLE figures (url VARCHAR NOT NULL, version INTEGER NOT NULL, figure_no INTEGER NOT NULL, text VARCHAR,
    value DOUBLE, unit VARCHAR, qualifier VARCHAR, sentence VARCHAR, paragraph INTEGER);
CREATE TABLE fetches (run_id INTEGER, url VARCHAR NOT NULL, status INTEGER, reason VARCHAR, warc_file VARCHAR,
    warc_offset BIGINT, fetched_at TIMESTAMPTZ NOT NULL);
INSERT INTO schema_version VALUES (1, TIMESTAMPTZ '2024-01-01 00:00:00+00', 'first layout');
"""

V1_DATA = """
INSERT INTO crawl_runs (kind, params, started_at, finished_at, status, counts)
    VALUES ('crawl', '{"seed": "x"}', TIMESTAMPTZ '2024-01-02 01:00:00+07', TIMESTAMPTZ '2024-01-02 02:00:00+07',
            'ok', '{"pages": 2}');
INSERT INTO articles VALUES ('https://www.contoh.id/news/read/1/lama', 'contoh.id', 'news', '1',
    'Banjir merendam ratusan rumah', 'Hujan deras sejak pagi.', ['Rina'], TIMESTAMPTZ '2024-01-01 07:00:00+07',
    NULL, 'Semarang', ['Rin'], ['banjir'], true, 'Banjir merendam ratusan rumah warga di tepi sungai.', 8,
    'h-old', 1, TIMESTAMPTZ '2024-01-02 01:30:00+07', TIMESTAMPTZ '2024-01-02 01:30:00+07');
INSERT INTO article_versions VALUES ('https://www.contoh.id/news/read/1/lama', 1, 'h-old',
    'Banjir merendam ratusan rumah', 'Hujan deras sejak pagi.', 'Banjir merendam ratusan rumah warga di tepi sungai.',
    TIMESTAMPTZ '2024-01-01 07:00:00+07', NULL, TIMESTAMPTZ '2024-01-02 01:30:00+07', TIMESTAMPTZ '2024-01-02 01:30:00+07');
INSERT INTO quotes VALUES ('https://www.contoh.id/news/read/1/lama', 1, 0, 'Air naik cepat sekali', 'Pak Darto',
    'warga', 'direct', 'kata', 0);
INSERT INTO figures VALUES ('https://www.contoh.id/news/read/1/lama', 1, 0, 'ratusan rumah', 300, 'house', 'ratusan',
    'Banjir merendam ratusan rumah warga.', 0);
INSERT INTO fetches VALUES (1, 'https://www.contoh.id/news/read/1/lama', 200, 'ok', 'a.warc.gz', 0,
    TIMESTAMPTZ '2024-01-02 01:30:00+07');
INSERT INTO fetches VALUES (1, 'https://www.contoh.id/news/read/2/gagal', NULL, 'timeout', NULL, NULL,
    TIMESTAMPTZ '2024-01-02 01:31:00+07');
"""


def write_v1(path):
    con = duckdb.connect(str(path))
    con.execute(V1_DDL)
    con.execute(V1_DATA)
    con.close()


def test_v1_file_is_upgraded_in_place_keeping_data(tmp_path):
    p = tmp_path / "old.duckdb"
    write_v1(p)
    # read-only cannot upgrade: a clear error, and the file stays v1
    with pytest.raises(WarehouseError, match="older"):
        Warehouse(p, read_only=True).open()
    with Warehouse(p) as wh:
        assert wh.schema_version() == SCHEMA_VERSION
        _, rows = wh.query("SELECT version FROM schema_version ORDER BY version")
        assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
        _, rows = wh.query("SELECT url, title, version, authors, language FROM articles")
        assert rows == [("https://www.contoh.id/news/read/1/lama", "Banjir merendam ratusan rumah", 1, ["Rina"], None)]
        # the v1 version row became the current version's version_seen_at (v4)
        _, rows = wh.query("SELECT version, is_current, last_seen_at FROM article_versions")
        assert rows == [(1, True, datetime(2024, 1, 1, 18, 30, tzinfo=timezone.utc))]
        assert wh.query("SELECT count(*) FROM article_versions_past")[1] == [(0,)]
        assert wh.query("SELECT speaker FROM quotes")[1] == [("Pak Darto",)]
        assert wh.query("SELECT value, upper FROM figures")[1] == [(300.0, None)]
        # the new outcome column was filled for the old fetches
        _, rows = wh.query("SELECT url, outcome FROM fetches ORDER BY url")
        assert [r[1] for r in rows] == ["ok", "failed"]
        assert [p["url"] for p in wh.pending_failures()] == ["https://www.contoh.id/news/read/2/gagal"]
        known = wh.known_pages()
        assert known["https://www.contoh.id/news/read/1/lama"]["content_hash"] == "h-old"
        # run counters exist and start at 0; the run sequence continues
        _, rows = wh.query("SELECT run_id, status, articles_new FROM crawl_runs")
        assert rows == [(1, "ok", 0)]
        assert wh.begin_run(kind="crawl") == 2
        # loading on the upgraded file: same content unchanged, new content a version 2
        same = {"url": "https://www.contoh.id/news/read/1/lama", "title": "Banjir merendam ratusan rumah",
                "text": "x", "content_hash": "h-old", "published_at": "2024-01-01T07:00:00+07:00",
                "fetched_at": datetime(2024, 2, 1, tzinfo=timezone.utc)}
        assert wh.load([same]) == {"new": 0, "updated": 0, "unchanged": 1}
        assert wh.load([dict(same, content_hash="h-new", text="Banjir mulai surut.")])["updated"] == 1
        _, rows = wh.query("SELECT version, is_current, text, first_seen_at FROM article_versions ORDER BY version")
        assert [r[:3] for r in rows] == [(1, False, "Banjir merendam ratusan rumah warga di tepi sungai."),
                                         (2, True, "Banjir mulai surut.")]
        assert rows[0][3] == datetime(2024, 1, 1, 18, 30, tzinfo=timezone.utc)  # kept from the v1 row
        # views work on the upgraded file
        assert wh.query("SELECT speaker, quotes FROM quotes_per_speaker")[1] == []  # old quote replaced
        assert wh.query("SELECT count(*) FROM articles_per_day")[1] == [(1,)]
    # a second open is a no-op
    with Warehouse(p) as wh:
        assert wh.schema_version() == SCHEMA_VERSION
    with Warehouse(p, read_only=True) as ro:
        assert ro.query("SELECT count(*) FROM articles")[1] == [(1,)]


def test_upgraded_file_equals_new_file(tmp_path):
    old, new = tmp_path / "old.duckdb", tmp_path / "new.duckdb"
    write_v1(old)
    Warehouse(old).open()
    Warehouse(new).open()

    def layout(p):
        con = duckdb.connect(str(p), read_only=True)
        cols = con.execute("SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
                           "WHERE NOT internal ORDER BY table_name, column_index").fetchall()
        views = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()
        con.close()
        return cols, views

    assert layout(old) == layout(new)


def test_newer_file_is_refused(tmp_path):
    p = tmp_path / "future.duckdb"
    Warehouse(p).open()
    con = duckdb.connect(str(p))
    con.execute("INSERT INTO schema_version VALUES (?, now(), 'from the future')", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(WarehouseError, match="newer"):
        Warehouse(p).open()
    with pytest.raises(WarehouseError, match="newer"):
        Warehouse(p, read_only=True).open()
