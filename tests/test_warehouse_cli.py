"""`arsip query`, `arsip search`, `arsip export` on a real warehouse file, through the real CLI."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extract import extract_article
from warehouse import Warehouse

PAGE = """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Pemerintah Blokir Situs Judi Daring</title>
<link rel="canonical" href="https://berita.contoh.id/tekno/read/777/pemerintah-blokir-situs-judi">
<meta property="og:title" content="Pemerintah Blokir Situs Judi Daring">
<meta name="description" content="Kementerian memblokir ribuan situs judi daring sepanjang pekan ini.">
<meta property="article:published_time" content="2024-05-02T09:30:00+07:00">
<meta name="author" content="Dian Permata">
</head><body><article><h1>Pemerintah Blokir Situs Judi Daring</h1>
<p>Jakarta - Kementerian Komunikasi memblokir 5.000 situs judi daring sepanjang pekan ini, Kamis (2/5/2024).</p>
<p>"Pemblokiran akan terus kami lakukan setiap hari," kata juru bicara kementerian, Andi Wijaya, di Jakarta.</p>
<p>Menurut Andi, nilai transaksi judi daring mencapai Rp 2 triliun per bulan.</p>
</article></body></html>"""


def simple(n, title, text, section="news", published="2024-03-10T08:00:00+07:00"):
    return {"url": f"https://berita.contoh.id/{section}/read/{n}/x", "site": "berita.contoh.id", "section": section,
            "title": title, "lead": None, "text": text, "content_hash": f"h{n}", "published_at": published,
            "authors": ["Redaksi"], "tags": ["uji"], "topic_relevant": False,
            "quotes": [{"text": "Kami siap", "speaker": "Rina Lestari", "role": "warga", "kind": "direct"}],
            "figures": [{"text": "10 persen", "value": 10, "unit": "persen"}]}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "arsip.duckdb"
    page = extract_article(PAGE, url="https://berita.contoh.id/tekno/read/777/pemerintah-blokir-situs-judi")
    records = [
        page,
        simple(1, "Warga protes pemblokiran jalan", "Warga memprotes pemblokiran jalan kampung oleh pengembang."),
        simple(2, "Harga cabai naik", "Harga cabai rawit naik tajam menjelang Lebaran.", section="bisnis",
               published="2023-12-31T23:30:00+07:00"),
        simple(3, "Tanpa tanggal", "Akses situs itu diblokir sejak kemarin.", published=None),
    ]
    with Warehouse(path) as wh:
        run = wh.begin_run(kind="test")
        wh.load(records, run_id=run)
        wh.finish_run(run, status="ok")
        wh.rebuild_search_index()
    return path


def test_query_table_csv_json(arsip, db):
    sql = "SELECT section, count(*) AS n FROM articles GROUP BY section ORDER BY section"
    r = arsip("query", "--db", db, sql)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["section", "|", "n"]
    assert [ln.split()[0] for ln in lines[2:]] == ["bisnis", "news", "tekno"]
    assert r.stderr.startswith("query: 3 row(s)") and " s" in r.stderr
    r = arsip("query", "--db", db, "--format", "csv", "SELECT url, authors, published_at FROM articles ORDER BY url")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 4
    assert json.loads(rows[0]["authors"]) == ["Redaksi"]
    assert rows[0]["published_at"] == "2023-12-31 23:30:00+07:00"  # shown in WIB
    r = arsip("query", "--db", db, "--format", "json", "SELECT title, tags, published_at FROM articles WHERE url LIKE '%777%'")
    obj = json.loads(r.stdout)
    assert obj == {"title": "Pemerintah Blokir Situs Judi Daring", "tags": [], "published_at": "2024-05-02T09:30:00+07:00"}
    # SQL from stdin
    r = subprocess.run([sys.executable, "-c", "import sys, pipeline; sys.exit(pipeline.main())", "query", "--db",
                        str(db), "-"], input="SELECT speaker, quotes FROM quotes_per_speaker ORDER BY speaker",
                       capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert "Andi Wijaya" in r.stdout and r.returncode == 0


@pytest.mark.parametrize("sql, message", [
    ("DELETE FROM articles", "only queries are allowed here, not DELETE"),
    ("DROP TABLE articles", "only queries are allowed here, not DROP"),
    ("INSERT INTO articles (url) VALUES ('x')", "only queries are allowed here, not INSERT"),
    ("COPY articles TO 'stolen.csv'", "only queries are allowed here, not COPY"),
    ("SELECT 1; UPDATE articles SET title = 'x'", "only queries are allowed here, not UPDATE"),
    ("SELEC * FROM articles", "Parser Error"),
    ("SELECT nope FROM articles", "Binder Error"),
])
def test_query_refuses_writes_and_bad_sql_in_one_line(arsip, db, sql, message):
    r = arsip("query", "--db", db, sql)
    assert r.returncode != 0
    assert r.stdout == ""
    err = r.stderr.strip().splitlines()
    assert len(err) == 1, r.stderr
    assert err[0].startswith("arsip: error:") and message in err[0]
    assert "Traceback" not in r.stderr
    # nothing was changed
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    con.close()


def test_query_missing_db(arsip, tmp_path):
    r = arsip("query", "--db", tmp_path / "none.duckdb", "SELECT 1")
    assert r.returncode != 0 and "no such database file" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_search_cli(arsip, db):
    r = arsip("search", "--db", db, "blokir")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Pemerintah Blokir Situs Judi Daring" in out and "2024-05-02 09:30" in out
    assert "Warga protes pemblokiran jalan" in out and "Tanpa tanggal" in out
    assert "«" in out
    assert r.stderr.strip().startswith("search: 3 article(s)")
    r = arsip("search", "--db", db, "memblokir", "--section", "tekno", "--format", "json")
    hits = [json.loads(x) for x in r.stdout.splitlines()]
    assert [h["url"] for h in hits] == ["https://berita.contoh.id/tekno/read/777/pemerintah-blokir-situs-judi"]
    r = arsip("search", "--db", db, "pemblokiran", "--since", "2024-03-01", "--until", "2024-03-10", "--format", "json")
    assert [json.loads(x)["title"] for x in r.stdout.splitlines()] == ["Warga protes pemblokiran jalan"]
    r = arsip("search", "--db", db, "cabai", "--until", "2023-12-31", "--limit", "1")
    assert "Harga cabai naik" in r.stdout  # 23:30 WIB on the 31st is still the 31st
    r = arsip("search", "--db", db, "blokir", "--since", "2024-05-03", "--until", "2024-05-01")
    assert r.returncode != 0 and "after" in r.stderr


def test_search_reindex_and_stale_warning(arsip, tmp_path):
    path = tmp_path / "s.duckdb"
    with Warehouse(path) as wh:
        wh.load([simple(1, "Banjir di kota", "Banjir merendam ratusan rumah.")])
    r = arsip("search", "--db", path, "banjir")
    assert r.returncode != 0 and "no full-text index" in r.stderr
    r = arsip("search", "--db", path, "--reindex", "banjir")
    assert r.returncode == 0 and "index rebuilt over 1 articles" in r.stderr and "Banjir di kota" in r.stdout
    with Warehouse(path) as wh:
        wh.load([simple(2, "Banjir lagi", "Banjir kembali datang.")])
    r = arsip("search", "--db", path, "banjir")
    assert "warning" in r.stderr and "Banjir lagi" not in r.stdout


def test_export_parquet_partitioned(arsip, db, tmp_path):
    out = tmp_path / "export"
    r = arsip("export", "--db", db, "--out", out)
    assert r.returncode == 0, r.stderr
    assert (out / "articles" / "year=2024" / "month=5").is_dir()
    assert (out / "articles" / "year=2023" / "month=12").is_dir()  # WIB month: 31 Dec 23:30
    assert (out / "quotes" / "year=2024" / "month=3").is_dir()
    assert (out / "crawl_runs.parquet").is_file() and (out / "fetches.parquet").is_file()
    con = duckdb.connect()
    rows = con.execute(f"SELECT year, month, count(*) FROM read_parquet('{out}/articles/**/*.parquet', "
                       "hive_partitioning = true) GROUP BY ALL ORDER BY ALL").fetchall()
    assert rows == [("2023", "12", 1), ("2024", "3", 1), ("2024", "5", 1), (None, None, 1)]
    got = con.execute(f"SELECT title, authors, typeof(published_at) FROM read_parquet('{out}/articles/**/*.parquet') "
                      "WHERE url LIKE '%777%'").fetchall()
    assert got == [("Pemerintah Blokir Situs Judi Daring", ["Dian Permata"], "TIMESTAMP WITH TIME ZONE")]
    n = con.execute(f"SELECT count(*) FROM read_parquet('{out}/figures/**/*.parquet')").fetchone()[0]
    assert n == 5
    assert "export:" in r.stderr and "rows" in r.stderr
    # a second export replaces the first
    r = arsip("export", "--db", db, "--out", out, "--table", "articles")
    assert r.returncode == 0
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/articles/**/*.parquet')").fetchone()[0] == 4


def test_export_csv_and_jsonl(arsip, db, tmp_path):
    out = tmp_path / "flat"
    r = arsip("export", "--db", db, "--out", out, "--format", "csv")
    assert r.returncode == 0, r.stderr
    con = duckdb.connect()
    rows = con.execute(f"SELECT title, authors FROM read_csv('{out}/articles.csv') ORDER BY title").fetchall()
    assert rows[0] == ("Harga cabai naik", '["Redaksi"]')
    assert con.execute(f"SELECT count(*) FROM read_csv('{out}/quotes.csv')").fetchone()[0] == 5
    r = arsip("export", "--db", db, "--out", out, "--format", "jsonl", "--table", "articles", "--table", "figures")
    assert r.returncode == 0, r.stderr
    rows = con.execute(f"SELECT title, authors, published_at FROM read_json('{out}/articles.jsonl') "
                       "WHERE title LIKE 'Pemerintah%'").fetchall()
    assert rows[0][0] == "Pemerintah Blokir Situs Judi Daring" and rows[0][1] == ["Dian Permata"]
    lines = (out / "figures.jsonl").read_text().splitlines()
    assert len(lines) == 5 and json.loads(lines[0])["url"]
    assert not (out / "crawl_runs.jsonl").exists()


def test_extracted_record_loads_with_quotes_and_figures(db):
    with Warehouse(db, read_only=True) as wh:
        _, rows = wh.query("SELECT quote_no, speaker, kind, cue, paragraph FROM quotes WHERE url LIKE '%777%' ORDER BY 1")
        assert rows == [(0, "Andi Wijaya", "direct", "kata", 1), (1, "Andi Wijaya", "indirect", "menurut", 2)]
        _, rows = wh.query("SELECT text, value, unit, qualifier, char_start, char_end FROM figures "
                           "WHERE url LIKE '%777%' ORDER BY figure_no")
        assert rows == [("5.000", 5000.0, "situs", None, 33, 38), ("Rp 2 triliun", 2e12, "rupiah", "mencapai", 51, 63)]
