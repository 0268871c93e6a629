"""Benchmark of the DuckDB warehouse: batch load, file size, analyst queries, full-text search.

    .venv/bin/python bench/warehouse.py                 # 100,000 articles (the target size)
    .venv/bin/python bench/warehouse.py --articles 20000 --batch 500 --keep bench.duckdb

Generates synthetic Indonesian-looking articles (with quotes and figures) in memory, loads
them through ``Warehouse.load`` in batches (each batch its own connection and transaction,
as the crawler does), then times the search-index rebuild, five typical analyst queries
and a full-text search, each through the public API (connection opening included).

Targets (2-core machine): load >= 5,000 articles/s, each query < 1 s, a search < 300 ms.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse import Warehouse  # noqa: E402

SECTIONS = ["news", "bisnis", "tekno", "bola", "showbiz", "health", "otomotif", "regional", "global", "citizen6"]
REAL = ("pemerintah kementerian memblokir blokir pemblokiran diblokir aplikasi tiktok kominfo harga cabai "
        "beras naik turun warga desa kota jalan banjir gempa presiden menteri gubernur bupati polisi "
        "menangkap tersangka kasus korupsi anggaran rupiah miliar triliun persen pasar saham investor "
        "ekspor impor pabrik pekerja buruh upah sekolah siswa guru rumah sakit pasien dokter vaksin "
        "pemilu partai calon suara kampanye sidang hakim jaksa putusan konten media sosial internet "
        "platform regulasi moderator video pengguna akun layanan operator seluler jaringan listrik").split()
FUNCTION = "yang dan di ke dari ini itu dengan untuk pada dalam akan juga tidak sudah oleh karena".split()
SPEAKERS = [f"{a} {b}" for a in ("Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Agus", "Sri", "Joko", "Rina", "Hendra",
                                 "Yusuf", "Putri", "Bambang", "Wati", "Eko")
            for b in ("Santoso", "Wijaya", "Saputra", "Nugraha", "Lestari", "Hidayat", "Pratama", "Kusuma",
                      "Setiawan", "Rahman", "Susanti", "Gunawan")]
ROLES = ["Menteri Kominfo", "Kepala Desa", "Juru bicara", "Ekonom", "Gubernur", "Kapolres", "Direktur Utama", "warga"]
UNITS = ["rupiah", "persen", "orang", "unit", "ton", "dolar", "kilometer", "rumah"]
WIB = timezone(timedelta(hours=7))


def vocabulary(rng: random.Random, n: int = 4000) -> list[str]:
    syl = ["ba", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "da", "ga", "ja", "ng", "ku", "ri", "si", "tu",
           "an", "in", "un", "er", "em", "ber", "per", "ter", "me", "pe", "se", "di", "kan", "nya", "lah"]
    words = set(REAL)
    while len(words) < n:
        words.add("".join(rng.choice(syl) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentences(rng: random.Random, vocab: list[str], n: int = 6000) -> list[str]:
    out = []
    for _ in range(n):
        k = rng.randint(8, 22)
        ws = [rng.choice(FUNCTION) if rng.random() < 0.25 else rng.choice(vocab) for _ in range(k)]
        out.append(ws[0].capitalize() + " " + " ".join(ws[1:]) + ".")
    return out


def generate(n: int, seed: int = 7):
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    sents = sentences(rng, vocab)
    start = datetime(2018, 1, 1, tzinfo=WIB)
    fetched = datetime(2024, 6, 1, tzinfo=timezone.utc)
    for i in range(n):
        paras = [" ".join(rng.choices(sents, k=rng.randint(2, 4))) for _ in range(rng.randint(4, 7))]
        text = "\n\n".join(paras)
        title = " ".join(rng.choices(vocab, k=rng.randint(5, 10))).capitalize()
        section = rng.choice(SECTIONS)
        pub = start + timedelta(minutes=rng.randint(0, 6 * 365 * 24 * 60))
        quotes = [{"text": rng.choice(sents), "speaker": rng.choice(SPEAKERS) if rng.random() < 0.9 else None,
                   "role": rng.choice(ROLES), "kind": rng.choice(("direct", "indirect")),
                   "cue": rng.choice(("kata", "ujar", "menurut", "mengatakan")), "paragraph": rng.randint(0, 3)}
                  for _ in range(rng.randint(0, 5))]
        figures = [{"text": "x", "value": rng.choice((rng.randint(1, 100), rng.random() * 1e12)),
                    "upper": None, "unit": rng.choice(UNITS), "qualifier": rng.choice((None, "sekitar", "lebih dari")),
                    "sentence": rng.choice(sents), "paragraph": rng.randint(0, 3)}
                   for _ in range(rng.randint(0, 5))]
        url = f"https://www.liputan6.example/{section}/read/{4000000 + i}/artikel-{i}"
        yield {
            "url": url, "source": url, "fetched_url": url, "parser": "bench", "site": "liputan6.example",
            "section": section, "article_id": str(4000000 + i), "language": "id", "title": title,
            "lead": rng.choice(sents), "authors": [rng.choice(SPEAKERS)], "editors": [rng.choice(SPEAKERS)],
            "published_at": pub.isoformat(), "updated_at": (pub + timedelta(minutes=30)).isoformat(),
            "dateline": "Jakarta", "editor_codes": ["Abc"], "tags": rng.sample(REAL, 3),
            "topic_relevant": rng.random() < 0.2, "text": text, "word_count": len(text.split()),
            "content_hash": f"{i:08x}{rng.getrandbits(64):016x}", "images": [],
            "quotes": quotes, "figures": figures, "fetched_at": fetched + timedelta(seconds=i),
            "warc_file": f"arsip-{i // 5000:05d}.warc.gz", "warc_offset": (i % 5000) * 9000,
        }


QUERIES = [
    ("articles per day and section, one year",
     "SELECT day, section, articles, topic_relevant FROM articles_per_day "
     "WHERE day BETWEEN DATE '2020-01-01' AND DATE '2020-12-31' ORDER BY day, section"),
    ("top 20 speakers",
     "SELECT speaker, quotes, articles, usual_role FROM quotes_per_speaker ORDER BY quotes DESC LIMIT 20"),
    ("one speaker per month",
     "SELECT month, quotes, articles FROM quotes_per_speaker_month WHERE speaker = 'Siti Wijaya' ORDER BY month"),
    ("rupiah figures per month",
     "SELECT month, figures, median_value, sum_value FROM figures_by_unit_month WHERE unit = 'rupiah' ORDER BY month"),
    ("topic coverage and top 5 tags per section",
     "WITH tags AS (SELECT section, tag, count(*) AS n FROM (SELECT section, unnest(tags) AS tag FROM articles) "
     "GROUP BY ALL), top AS (SELECT section, list(tag ORDER BY n DESC)[1:5] AS top_tags FROM tags GROUP BY section) "
     "SELECT c.section, sum(c.articles) AS articles, sum(c.relevant) AS relevant, "
     "round(sum(c.relevant) / sum(c.articles), 3) AS share, any_value(t.top_tags) AS top_tags "
     "FROM topic_coverage c JOIN top t USING (section) GROUP BY c.section ORDER BY articles DESC"),
]
SEARCHES = ["blokir tiktok", "memblokir", "harga cabai naik", "korupsi anggaran", "pemblokiran konten"]


def timed(fn, repeat=1):
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return result, times


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", "-n", type=int, default=100_000, help="articles to generate (default 100000)")
    ap.add_argument("--batch", type=int, default=5000, help="articles per load batch (default 5000)")
    ap.add_argument("--mode", choices=("batch", "session"), default="batch",
                    help="batch: open-load-close per batch, as the crawler does (default); "
                         "session: one connection for the whole import")
    ap.add_argument("--keep", metavar="PATH", help="write the database here and keep it (default: a temp file)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each query (median reported)")
    args = ap.parse_args(argv)

    tmp = None
    if args.keep:
        path = Path(args.keep)
        for suffix in ("", ".wal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="arsip-bench-")
        path = Path(tmp.name) / "bench.duckdb"
    print(f"warehouse bench: {args.articles} articles, batches of {args.batch} ({args.mode} mode), "
          f"{os.cpu_count()} CPU(s), load average {os.getloadavg()[0]:.1f}, file {path}")

    t0 = time.perf_counter()
    records = list(generate(args.articles))
    gen_s = time.perf_counter() - t0
    nq = sum(len(r["quotes"]) for r in records)
    nf = sum(len(r["figures"]) for r in records)
    words = sum(r["word_count"] for r in records)
    print(f"generated in {gen_s:.1f} s (not counted): {nq} quotes, {nf} figures, {words / len(records):.0f} words/article")

    wh = Warehouse(path).open()
    run = wh.begin_run(kind="bench", params={"articles": args.articles, "batch": args.batch, "mode": args.mode})
    batch_times = []
    t0 = time.perf_counter()
    if args.mode == "batch":
        # the crawler's pattern: each batch opens the file, loads, closes (checkpoint included)
        for i in range(0, len(records), args.batch):
            tb = time.perf_counter()
            with Warehouse(path) as w:
                w.load(records[i:i + args.batch], run_id=run)
            batch_times.append(time.perf_counter() - tb)
    else:
        # one connection for the whole import (readers wait until it ends)
        with Warehouse(path) as w:
            for i in range(0, len(records), args.batch):
                tb = time.perf_counter()
                w.load(records[i:i + args.batch], run_id=run)
                batch_times.append(time.perf_counter() - tb)
    load_s = time.perf_counter() - t0
    wh.finish_run(run, status="ok", counts={"articles": len(records)})
    size = path.stat().st_size
    rate = len(records) / load_s
    print(f"\nload ({args.mode} mode): {len(records)} articles in {load_s:.1f} s = {rate:,.0f} articles/s "
          f"({(len(records) + nq + nf) / load_s:,.0f} rows/s incl. quotes and figures); "
          f"batch median {statistics.median(batch_times) * 1000:.0f} ms, max {max(batch_times) * 1000:.0f} ms  "
          f"[target >= 5,000 articles/s: {'OK' if rate >= 5000 else 'MISSED'}]")

    # reload of the same batch: idempotent path
    _, t = timed(lambda: wh.load(records[: args.batch]))
    print(f"reload of one unchanged batch ({args.batch}): {t[0] * 1000:.0f} ms")

    _, t = timed(wh.rebuild_search_index)
    print(f"search index rebuild: {t[0]:.1f} s")
    # what a nightly crawl adds: 500 new articles and 100 changed ones, then the index update
    extra = [dict(r, url=f"https://www.liputan6.example/{r['section']}/read/{9000000 + j}/tambahan-{j}")
             for j, r in enumerate(generate(500, seed=11))]
    changed = [dict(r, text=r["text"] + " moderasi konten platform", content_hash=r["content_hash"] + "-2")
               for r in records[:100]]
    with Warehouse(path) as w:
        _, tl = timed(lambda: w.load(extra + changed))
        info, tu = timed(w.update_search_index)
    print(f"a nightly increment (500 new, 100 changed articles): load {tl[0]:.2f} s, "
          f"search index update {tu[0]:.1f} s ({info['mode']}, {info['indexed']} articles indexed)")
    size_idx = path.stat().st_size
    print(f"file size: {size / 2**20:.0f} MiB after load, {size_idx / 2**20:.0f} MiB with the search index "
          f"({size_idx / len(records) / 1024:.1f} KiB/article)")

    ro = Warehouse(path, read_only=True).open()
    print(f"\nanalyst queries (read-only Warehouse.query, connection included; median of {args.repeat}):")
    worst = 0.0
    for name, sql in QUERIES:
        (cols, rows), t = timed(lambda: ro.query(sql), args.repeat)
        med = statistics.median(t)
        worst = max(worst, med)
        print(f"  {med * 1000:7.0f} ms  (first {t[0] * 1000:.0f} ms)  {len(rows):5d} rows  {name}")
    print(f"  [target each < 1 s: {'OK' if worst < 1 else 'MISSED'}]")

    print(f"\nfull-text search (Warehouse.search, limit 10, connection and fts load included; median of {args.repeat}):")
    worst = 0.0
    for q in SEARCHES:
        hits, t = timed(lambda: ro.search(q, limit=10), args.repeat)
        med = statistics.median(t)
        worst = max(worst, med)
        print(f"  {med * 1000:7.0f} ms  (first {t[0] * 1000:.0f} ms)  {len(hits):2d} hits  {q!r}")
    hits, t = timed(lambda: ro.search("blokir tiktok", since="2020-01-01", until="2020-06-30", section="tekno"),
                    args.repeat)
    med = statistics.median(t)
    worst = max(worst, med)
    print(f"  {med * 1000:7.0f} ms  (first {t[0] * 1000:.0f} ms)  {len(hits):2d} hits  'blokir tiktok' --since --until --section")
    print(f"  [target each < 300 ms: {'OK' if worst < 0.3 else 'MISSED'}]")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
