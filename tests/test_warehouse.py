"""The warehouse on real DuckDB files (tmp_path): schema, loads, versions, incremental-crawl helpers."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import duckdb
import pytest

from warehouse import SCHEMA_VERSION, Warehouse, WarehouseError
from warehouse import schema

WIB = timezone(timedelta(hours=7))
T0 = datetime(2024, 3, 1, 8, 0, tzinfo=timezone.utc)


def rec(n: int, text: str | None = None, **kw) -> dict:
    """A small article record, the shape extract_article returns."""
    text = text or (f"Pemerintah daerah nomor {n} meresmikan jembatan baru di desa itu pada Senin pagi. "
                    "Warga menyambut peresmian dengan gembira.")
    title = kw.pop("title", f"Jembatan baru nomor {n} diresmikan")
    r = {
        "url": f"https://www.contoh.id/news/read/{1000 + n}/jembatan-{n}",
        "source": f"https://www.contoh.id/news/read/{1000 + n}/jembatan-{n}",
        "fetched_url": f"https://www.contoh.id/news/read/{1000 + n}/jembatan-{n}",
        "parser": "test", "site": "contoh.id", "section": "news", "article_id": str(1000 + n),
        "language": "id", "title": title, "lead": "Jembatan itu menghubungkan dua desa.",
        "authors": ["Siti Rahma"], "editors": ["Budi"],
        "published_at": "2024-02-28T09:15:00+07:00", "updated_at": None,
        "dateline": "Bandung", "editor_codes": ["Sit"], "tags": ["jembatan", "desa"],
        "topic_relevant": n % 2 == 0, "text": text, "word_count": len(text.split()),
        "content_hash": f"hash-{n}-{abs(hash((title, text))) % 10**8}",
        "images": [{"url": f"https://img.contoh.id/{n}.jpg", "caption": "Jembatan", "credit": None, "title": None}],
        "quotes": [{"text": "Jembatan ini sangat kami tunggu", "speaker": "Ahmad Yani", "role": "Kepala Desa",
                    "kind": "direct", "cue": "kata", "paragraph": 0}],
        "figures": [{"text": "Rp 2 miliar", "value": 2e9, "unit": "IDR", "qualifier": None,
                     "sentence": "Biayanya Rp 2 miliar.", "paragraph": 0}],
        "fetched_at": T0,
    }
    r.update(kw)
    return r


@pytest.fixture
def db(tmp_path):
    return tmp_path / "arsip.duckdb"


def test_new_file_has_documented_schema(db):
    with Warehouse(db) as wh:
        assert wh.schema_version() == SCHEMA_VERSION
    con = duckdb.connect(str(db), read_only=True)
    for table, _doc, cols, *_view in schema.TABLES:
        got = con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [table]).fetchall()
        assert [g[0] for g in got] == [c[0] for c in cols], table
        want = [con.execute(f"SELECT typeof(CAST(NULL AS {c[1]}))").fetchone()[0] for c in cols]
        assert [g[1] for g in got] == want, table
        assert all(g[2] for g in got), f"{table}: every column has a comment"
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {v[0] for v in schema.VIEWS} <= views
    con.close()


def test_docs_schema_md_is_generated_from_schema():
    from pathlib import Path

    md = Path(__file__).resolve().parent.parent / "docs" / "schema.md"
    assert md.read_text(encoding="utf-8") == schema.schema_markdown(), \
        "docs/schema.md is stale: python -m warehouse.schema > docs/schema.md"


def test_load_is_idempotent(db):
    records = [rec(i) for i in range(5)]
    with Warehouse(db) as wh:
        run = wh.begin_run(kind="crawl", params={"seed": "test"})
        assert wh.load(records, run_id=run) == {"new": 5, "updated": 0, "unchanged": 0}
        before = wh.query("SELECT * EXCLUDE (last_fetched_at) FROM articles ORDER BY url")
        later = [dict(r, fetched_at=T0 + timedelta(hours=3)) for r in records]
        assert wh.load(later, run_id=run) == {"new": 0, "updated": 0, "unchanged": 5}
        after = wh.query("SELECT * EXCLUDE (last_fetched_at) FROM articles ORDER BY url")
        assert before == after
        assert wh.query("SELECT DISTINCT last_fetched_at FROM articles")[1] == [(T0 + timedelta(hours=3),)]
        assert wh.query("SELECT DISTINCT first_seen_at FROM articles")[1] == [(T0,)]
        # an older fetch loaded late does not move last_fetched_at back
        assert wh.load(records)["unchanged"] == 5
        assert wh.query("SELECT DISTINCT last_fetched_at FROM articles")[1] == [(T0 + timedelta(hours=3),)]
        s = wh.stats()
        assert (s["articles"], s["article_versions"], s["quotes"], s["figures"]) == (5, 5, 5, 5)
        wh.finish_run(run, status="ok", counts={"pages": 10})
        cols, rows = wh.query("SELECT status, articles_new, articles_unchanged, counts->>'pages' FROM crawl_runs")
        assert rows == [("ok", 5, 5, "10")]  # the load without run_id is not counted


def test_changed_article_is_a_new_version(db):
    with Warehouse(db) as wh:
        wh.load([rec(1), rec(2)])
        changed = rec(1, text="Pemerintah daerah menunda peresmian jembatan karena hujan deras.",
                      title="Peresmian jembatan ditunda", fetched_at=T0 + timedelta(days=1),
                      quotes=[], figures=[{"text": "3 hari", "value": 3, "unit": "day", "paragraph": 0},
                                          {"text": "10-15 persen", "value": 10, "upper": 15, "unit": "percent"}])
        assert wh.load([changed, rec(2)]) == {"new": 0, "updated": 1, "unchanged": 1}
        url = changed["url"]
        _, rows = wh.query("SELECT title, version, first_seen_at, last_fetched_at FROM articles WHERE url = ?", [url])
        assert rows == [("Peresmian jembatan ditunda", 2, T0, T0 + timedelta(days=1))]
        _, rows = wh.query("SELECT version, title, changed FROM article_versions WHERE url = ? ORDER BY version", [url])
        assert rows == [(1, "Jembatan baru nomor 1 diresmikan", []), (2, "Peresmian jembatan ditunda", ["title", "text"])]
        # quotes and figures replaced: only the current version's
        assert wh.query("SELECT count(*) FROM quotes WHERE url = ?", [url])[1] == [(0,)]
        assert wh.query("SELECT version, figure_no, value, upper FROM figures WHERE url = ? ORDER BY figure_no",
                        [url])[1] == [(2, 0, 3.0, None), (2, 1, 10.0, 15.0)]
        _, rows = wh.query("SELECT url, version, changed FROM article_changes")
        assert rows == [(url, 2, ["title", "text"])]
        # the old version is kept once, in the history; the current one only in articles
        _, rows = wh.query("SELECT version, first_seen_at, last_seen_at, text FROM article_versions_past")
        assert rows == [(1, T0, T0, rec(1)["text"])]
        _, rows = wh.query("SELECT version, is_current, first_seen_at FROM article_versions WHERE url = ? ORDER BY 1", [url])
        assert rows == [(1, False, T0), (2, True, T0 + timedelta(days=1))]


def test_same_url_twice_in_one_batch_is_two_steps(db):
    with Warehouse(db) as wh:
        a = rec(1)
        b = rec(1, text="Isi berita sudah diperbarui oleh redaksi.", fetched_at=T0 + timedelta(minutes=5))
        assert wh.load([a, b, a]) == {"new": 1, "updated": 2, "unchanged": 0}
        assert wh.query("SELECT max(version), count(*) FROM article_versions")[1] == [(3, 3)]


def test_times_are_timestamptz_and_jakarta(db):
    with Warehouse(db) as wh:
        wh.load([rec(1, published_at="2019-01-23T11:30:00+08:00", updated_at="2019-01-23 11:30")])
        cols, rows = wh.query("SELECT published_at, updated_at, typeof(published_at), "
                              "current_setting('TimeZone'), CAST(published_at AS VARCHAR) FROM articles")
        pub, upd, typ, tz, text = rows[0]
        assert typ == "TIMESTAMP WITH TIME ZONE" and tz == "Asia/Jakarta"
        assert pub == datetime(2019, 1, 23, 3, 30, tzinfo=timezone.utc)
        assert upd == datetime(2019, 1, 23, 11, 30, tzinfo=WIB)  # no offset: read as WIB
        assert text == "2019-01-23 10:30:00+07"
        _, rows = wh.query("SELECT day, articles FROM articles_per_day")
        assert rows == [(datetime(2019, 1, 23).date(), 1)]


def test_bad_record_rejects_whole_batch(db):
    with Warehouse(db) as wh:
        wh.load([rec(1)])
        with pytest.raises(WarehouseError, match="published_at"):
            wh.load([rec(2), rec(3, published_at="kemarin sore")])
        with pytest.raises(WarehouseError, match="url"):
            wh.load([{"title": "tanpa url"}])
        assert wh.stats()["articles"] == 1


def test_known_pages_and_pending_failures(db):
    a, b = rec(1), rec(2)
    alias = "https://m.contoh.id/news/read/1001/jembatan-1"
    with Warehouse(db) as wh:
        run = wh.begin_run(kind="crawl")
        wh.load([dict(a, fetched_url=alias, http_etag='"v1"'), b], run_id=run)
        wh.record_fetches([
            {"url": alias, "status": 200, "reason": "ok", "fetched_at": T0, "etag": '"v1"',
             "last_modified": "Fri, 01 Mar 2024 08:00:00 GMT", "kind": "article", "canonical_url": a["url"],
             "warc_file": "a.warc.gz", "warc_offset": 0, "bytes": 1000, "content_type": "text/html"},
            {"url": "https://www.contoh.id/sitemap.xml", "status": 200, "reason": "ok", "fetched_at": T0,
             "etag": "sm1", "kind": "sitemap"},
            # failed twice, never succeeded
            {"url": "https://www.contoh.id/x/1", "status": None, "reason": "timeout", "fetched_at": T0},
            {"url": "https://www.contoh.id/x/1", "status": 503, "reason": "http_503", "fetched_at": T0 + timedelta(hours=1)},
            # gone: not pending
            {"url": "https://www.contoh.id/x/2", "status": 404, "reason": "http_404", "fetched_at": T0},
            # robots: not pending
            {"url": "https://www.contoh.id/x/3", "status": None, "reason": "robots", "fetched_at": T0},
            # failed, then succeeded: not pending
            {"url": "https://www.contoh.id/x/4", "status": 500, "reason": "http_500", "fetched_at": T0},
            {"url": "https://www.contoh.id/x/4", "status": 200, "reason": "ok", "fetched_at": T0 + timedelta(hours=1)},
            # succeeded, then failed once: pending with 1 attempt
            {"url": "https://www.contoh.id/x/5", "status": 200, "reason": "ok", "fetched_at": T0},
            {"url": "https://www.contoh.id/x/5", "status": None, "reason": "timeout", "fetched_at": T0 + timedelta(hours=2)},
        ], run_id=run)
        # recording the same rows again adds nothing
        assert wh.record_fetches([{"url": "https://www.contoh.id/x/4", "status": 200, "reason": "ok",
                                   "fetched_at": T0 + timedelta(hours=1)}]) == 0
        # a later 304 keeps the page known and moves its fetch time
        wh.record_fetches([{"url": alias, "status": 304, "reason": "not_modified",
                            "fetched_at": T0 + timedelta(days=1), "canonical_url": a["url"]}], run_id=run)
        known = wh.known_pages()
        for url in (a["url"], alias):
            k = known[url]
            assert k["content_hash"] == a["content_hash"] and k["version"] == 1
            assert k["etag"] == '"v1"'
        assert known[alias]["last_modified"] == "Fri, 01 Mar 2024 08:00:00 GMT"
        assert known[alias]["fetched_at"] == T0 + timedelta(days=1)
        assert known[b["url"]]["version"] == 1
        assert known["https://www.contoh.id/sitemap.xml"]["etag"] == "sm1"
        assert known["https://www.contoh.id/sitemap.xml"]["content_hash"] is None
        assert "https://www.contoh.id/x/1" not in known
        pend = {p["url"]: p for p in wh.pending_failures()}
        assert set(pend) == {"https://www.contoh.id/x/1", "https://www.contoh.id/x/5"}
        assert pend["https://www.contoh.id/x/1"]["attempts"] == 2
        assert pend["https://www.contoh.id/x/1"]["reason"] == "http_503"
        assert pend["https://www.contoh.id/x/1"]["last_tried_at"] == T0 + timedelta(hours=1)
        assert pend["https://www.contoh.id/x/5"]["attempts"] == 1
        _, rows = wh.query("SELECT fetches_ok, fetches_failed FROM crawl_runs WHERE run_id = ?", [run])
        assert rows == [(5, 6)]  # ok + not_modified vs the rest
        assert wh.gone_pages() == {"https://www.contoh.id/x/2": T0}
        (r,) = wh.runs(status="running")
        assert (r["run_id"], r["kind"], r["articles_new"], r["fetches_ok"], r["fetches_failed"]) == (run, "crawl", 2, 5, 6)
        assert wh.runs(status="ok") == [] and len(wh.runs()) == 1
        _, rows = wh.query("SELECT outcome, count(*) FROM fetches GROUP BY 1 ORDER BY 1")
        assert dict(rows) == {"failed": 4, "gone": 1, "not_modified": 1, "ok": 4, "skipped": 1}


def test_search_stems_indonesian(db):
    docs = [
        rec(1, title="Kominfo memblokir aplikasi video", text="Kementerian resmi memblokir akses aplikasi video pendek itu."),
        rec(2, title="Warga protes pemblokiran jalan", text="Warga memprotes pemblokiran jalan desa oleh pengembang."),
        rec(3, title="Harga cabai naik", text="Harga cabai rawit di pasar naik menjelang Lebaran.", section="bisnis"),
    ]
    with Warehouse(db) as wh:
        wh.load(docs)
        assert wh.search_index_stale() is None
        wh.rebuild_search_index()
        assert wh.search_index_stale() is False
        # "diblokirnya" is in no article: stemmed at query time (the others come from search_words)
        for q in ("blokir", "memblokir", "pemblokiran", "diblokir", "diblokirnya"):
            hits = wh.search(q)
            assert {h["url"] for h in hits} == {docs[0]["url"], docs[1]["url"]}, q
        hit = wh.search("pemblokiran jalan")[0]
        assert hit["url"] == docs[1]["url"]
        assert "«pemblokiran»" in hit["snippet"]
        assert [h["url"] for h in wh.search("cabai", section="bisnis")] == [docs[2]["url"]]
        assert wh.search("cabai", section="news") == []
        assert wh.search("blokir", since="2024-02-29") == []
        assert len(wh.search("blokir", since="2024-02-28", until="2024-02-28")) == 2
        assert wh.search("blokir", until="2024-02-27") == []
        assert len(wh.search("blokir", limit=1)) == 1
        wh.load([rec(4, title="Akun diblokir", text="Akun media sosial itu diblokir.")])
        assert wh.search_index_stale() is True
        wh.rebuild_search_index()
        assert wh.search_index_stale() is False
        wh.load([rec(4, title="Akun diblokir lagi", text="Akun media sosial itu diblokir lagi.")])
        assert wh.search_index_stale() is True  # a changed article, same count


def test_search_ranks_like_match_bm25(db):
    """arsip's index and ranking equal those of the fts extension's create_fts_index + match_bm25."""
    from warehouse.connect import connect

    words = ["blokir", "jalan", "harga", "cabai", "warga", "akses", "situs", "judi", "banjir", "desa"]
    docs = []
    for i in range(40):
        body = " ".join(words[(i * k) % len(words)] for k in range(1, 6 + i % 7))
        docs.append(rec(100 + i, title=f"Berita {words[i % len(words)]} {i}",
                        text=f"Pemerintah {body}. Memblokir {i % 3}, pemblokiran yang diblokir!"))
    with Warehouse(db) as wh:
        wh.load(docs)
        wh.rebuild_search_index()
    con = connect(str(db))  # the extension's own index, built the same way, for comparison
    con.execute("PRAGMA create_fts_index('articles', 'url', 'title', 'lead', 'text', stemmer = 'indonesian', "
                "stopwords = 'search_stopwords', ignore = '(\\.|[^a-z0-9])+', strip_accents = 1, lower = 1)")
    con.close()
    with Warehouse(db, read_only=True) as wh:
        _, theirs = wh.query("SELECT count(*) FROM fts_main_articles.dict")
        _, ours = wh.query("SELECT count(*) FROM search_terms")
        assert ours == theirs
        for q in ("blokir", "harga cabai", "pemblokiran situs judi", "banjir desa warga", "yang"):
            ours = [(h["url"], h["score"]) for h in wh.search(q, limit=40)]
            _, theirs = wh.query(
                "SELECT url, round(fts_main_articles.match_bm25(url, ?), 4) AS s FROM articles "
                "WHERE s IS NOT NULL ORDER BY s DESC, published_at DESC, url", [q])
            def key(r):
                return (-r[1], r[0])
            assert sorted(ours, key=key) == sorted(map(tuple, theirs), key=key), q  # same score per article
            assert [s for _, s in ours] == sorted((s for _, s in ours), reverse=True)  # best first
            _, sql = wh.query("SELECT url, round(score, 4) FROM search_articles(?, k := 40)", [q])
            assert sorted(map(tuple, sql), key=key) == sorted(ours, key=key), q


def test_read_only_warehouse(db):
    with pytest.raises(WarehouseError, match="no such database"):
        Warehouse(db, read_only=True).open()
    with Warehouse(db) as wh:
        wh.load([rec(1)])
    with Warehouse(db, read_only=True) as ro:
        assert ro.query("SELECT count(*) FROM articles")[1] == [(1,)]
        with pytest.raises(WarehouseError, match="read-only"):
            ro.load([rec(2)])
        for bad in ("DELETE FROM articles", "CREATE TABLE x (a INT)",
                    "COPY articles TO '/tmp/x.csv'", "ATTACH '/tmp/other.duckdb'"):
            with pytest.raises(WarehouseError, match="only queries"):
                ro.query(bad)
        with pytest.raises(WarehouseError, match="Catalog Error"):
            ro.query("SELECT * FROM no_such_table")
        with pytest.raises(WarehouseError, match="Parser Error"):
            ro.query("SELEC 1")


def test_not_an_arsip_file(tmp_path):
    p = tmp_path / "other.duckdb"
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE t (a INT)")
    con.close()
    with pytest.raises(WarehouseError, match="not an arsip warehouse"):
        Warehouse(p).open()


def test_random_load_sequence_matches_a_model(db):
    """Batches of new, repeated and changed records, in any mix: url stays unique, versions
    count the content changes, quotes belong to the current version."""
    import random

    rng = random.Random(7)
    model: dict[str, list[str]] = {}  # url -> hashes of its versions
    with Warehouse(db) as wh:
        for b in range(12):
            batch = []
            for _ in range(rng.randint(1, 40)):
                n = rng.randint(0, 30)
                h = rng.choice(["a", "b", "c"]) if rng.random() < 0.5 else "a"
                r = rec(n, text=f"Isi berita {n} versi {h}.", fetched_at=T0 + timedelta(minutes=b))
                r["content_hash"] = f"{n}-{h}"
                r["quotes"] = [{"text": f"kutipan {h}", "speaker": f"Pembicara {n}"}] * (1 + len(h))
                batch.append(r)
            expect = {"new": 0, "updated": 0, "unchanged": 0}
            for r in batch:
                hs = model.setdefault(r["url"], [])
                if not hs:
                    expect["new"] += 1
                    hs.append(r["content_hash"])
                elif hs[-1] == r["content_hash"]:
                    expect["unchanged"] += 1
                else:
                    expect["updated"] += 1
                    hs.append(r["content_hash"])
            assert wh.load(batch) == expect
        _, rows = wh.query("SELECT count(*), count(DISTINCT url) FROM articles")
        assert rows == [(len(model), len(model))]
        _, rows = wh.query("SELECT url, list(content_hash ORDER BY version), max(version) FROM article_versions GROUP BY url")
        assert {u: (hs, v) for u, hs, v in rows} == {u: (hs, len(hs)) for u, hs in model.items()}
        _, rows = wh.query("SELECT count(*) FROM quotes q JOIN articles a USING (url) WHERE q.version <> a.version")
        assert rows == [(0,)]
        _, rows = wh.query("SELECT count(*) FROM quotes")
        assert rows == [(2 * len(model),)]  # every hash here is one letter: two quotes each


def test_search_index_update_equals_a_full_rebuild(tmp_path, monkeypatch):
    """Articles added and changed after the index was built: update_search_index indexes
    only those, and every query gets exactly the hits and scores a full rebuild gives."""
    import shutil

    import warehouse.search as search_mod

    words = ["blokir", "jalan", "harga", "cabai", "warga", "akses", "situs", "judi", "banjir", "desa"]

    def doc(i, extra=""):
        body = " ".join(words[(i * k) % len(words)] for k in range(1, 6 + i % 7))
        return rec(200 + i, title=f"Berita {words[i % len(words)]} {i}",
                   text=f"Pemerintah {body}. Memblokir {i % 3}, pemblokiran yang diblokir! {extra}")

    queries = ("blokir", "harga cabai", "pemblokiran situs judi", "banjir desa warga", "moderasi", "zonk")
    db, full_db = tmp_path / "inc.duckdb", tmp_path / "full.duckdb"
    with Warehouse(db) as wh:
        wh.load([doc(i) for i in range(40)])
        assert wh.update_search_index()["mode"] == "full"  # no index yet
        assert wh.update_search_index()["mode"] == "current"
        # 3 changed articles (one loses a term, one gains new words) and 4 new ones
        wh.load([doc(1, "moderasi konten"), doc(2, "zonk"), rec(203, title="Berita kosong", text="Yang itu.")]
                + [doc(i, "moderasi") for i in range(40, 44)])
        info = wh.update_search_index()
        assert (info["mode"], info["indexed"], info["articles"]) == ("update", 7, 44)
        assert wh.search_index_stale() is False
    shutil.copy(db, full_db)
    with Warehouse(full_db) as wh:
        wh.rebuild_search_index()
    with Warehouse(db, read_only=True) as inc, Warehouse(full_db, read_only=True) as ref:
        for q in queries:
            got = [(h["url"], h["score"]) for h in inc.search(q, limit=50)]
            assert got == [(h["url"], h["score"]) for h in ref.search(q, limit=50)], q
            assert got, q
        for table in ("search_docs", "search_postings"):
            sql = (f"SELECT d.url, count(*), sum(p.tf), max(p.doc_len) FROM {table} p "
                   "JOIN search_docs d USING (docid) GROUP BY 1 ORDER BY 1") if table == "search_postings" \
                else "SELECT url, doc_len, version FROM search_docs ORDER BY url"
            assert inc.query(sql) == ref.query(sql), table
        df = ("SELECT t.term, t.df FROM search_terms t WHERE t.df > 0 ORDER BY t.term")
        assert inc.query(df) == ref.query(df)
        assert inc.query("SELECT * FROM search_stats") == ref.query("SELECT * FROM search_stats")
    # a large change rebuilds in full instead
    monkeypatch.setattr(search_mod, "UPDATED_SHARE", 0.0)
    with Warehouse(db) as wh:
        wh.load([doc(50)])
        assert wh.update_search_index()["mode"] == "full"
