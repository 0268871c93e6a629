"""Micro-benchmark of extract.quotes (a script, not a test).

    python bench/quotes.py [--articles N] [--repeat N] [--compare-blank] [--pages DIR]

Prints the one-time costs (importing the module, building the spaCy pipeline on
the first call) and the time of find_quotes per article after warm-up, over
articles generated from paragraph templates written for this benchmark.
With --compare-blank it also times spacy.blank("id") in a fresh process, the
pipeline this module avoids.  With --pages DIR (e.g. ../shared/corpus/dev) it
compares find_quotes with the extraction of each *.html page (quotes and figures
off), both as the best CPU time of several rounds: the budget is that quotes
(with figures) add at most 50% to extraction.
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PEOPLE = [
    ("Kepala Dinas Perhubungan Kota Tirtamulya", "Haryo Setiawan Nugroho", "Haryo"),
    ("peneliti Pusat Kajian Kebijakan Publik", "Maria Goreti Simanjuntak", "Maria"),
    ("Ketua Asosiasi Pedagang Pasar Tradisional", "Bonifasius Lado", "Bonifasius"),
    ("pengamat transportasi dari Universitas Bukit Raya", "Yulianti Rahmawati", "Yulianti"),
    ("Direktur Utama PT Sinar Jaya Abadi", "Agustinus Lumban Tobing", "Agustinus"),
    ("Wakil Wali Kota Tirtamulya", "Dewi Kartika Sari", "Dewi"),
]

TEMPLATES = [
    "Pemerintah Kota Tirtamulya mulai menerapkan aturan parkir elektronik di 40 ruas jalan sejak Senin (4/3/2024). "
    "Aturan itu ditetapkan lewat Peraturan Wali Kota Nomor 12 Tahun 2024.",
    "{role}, {name}, mengatakan penerapan aturan itu dilakukan bertahap agar warga tidak kaget.",
    "\"Bulan pertama kami masih sosialisasi. Petugas di lapangan akan membantu warga yang belum punya kartu,\" kata {short} di Balai Kota, Jl. Merdeka No. 1.",
    "Dia menuturkan, pendapatan parkir selama ini banyak yang bocor karena pembayaran tunai.",
    "\"Dengan sistem elektronik semua tercatat. Tidak ada lagi setoran yang hilang di jalan,\" ujarnya.",
    "Kebijakan Parkir Elektronik",
    "Berdasarkan data dinas setempat, ada sekitar 1.200 juru parkir yang terdaftar. Jumlah itu diperkirakan terus bertambah.",
    "Menurut {role}, {name}, pemerintah perlu memastikan juru parkir tidak kehilangan penghasilan.",
    "\"Mereka juga warga kota. Jangan sampai kebijakan yang bagus justru menambah pengangguran,\" tutur {short}.",
    "Acara bertajuk \"Parkir Tertib, Kota Nyaman\" itu dihadiri ratusan warga dan perwakilan komunitas ojek daring.",
    "Ia berharap pemerintah kota membuka pelatihan kerja bagi juru parkir yang terdampak.",
    "Sejumlah warga mengaku belum memahami cara mengisi saldo kartu parkir, kata {short}.",
    "",
    "\"Kami akan buka loket pengisian di setiap kecamatan,\" ucap {name}, {role}.",
    "Menurutnya, loket itu akan beroperasi mulai pukul 08.00 hingga 20.00 WIB setiap hari.",
    "Masyarakat yang mengalami kendala dapat menghubungi layanan pengaduan di nomor 112.",
]


def make_articles(n: int, seed: int = 7):
    rng = random.Random(seed)
    arts = []
    for _ in range(n):
        paras = []
        for t in TEMPLATES:
            role, name, short = rng.choice(PEOPLE)
            paras.append(t.format(role=role, name=name, short=short))
        arts.append(paras)
    return arts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--compare-blank", action="store_true", help='also time spacy.blank("id") in a fresh process')
    ap.add_argument("--pages", type=Path, help="a directory of article pages (*.html) to compare with extraction")
    a = ap.parse_args(argv)

    t0 = time.perf_counter()
    import extract  # noqa: E402,F401  (the package: other extractors, lxml...)

    t_pkg = time.perf_counter() - t0
    t0 = time.perf_counter()
    from extract import quotes  # noqa: E402

    t_import = time.perf_counter() - t0
    spacy_loaded = "spacy" in sys.modules
    arts = make_articles(a.articles)
    n_paras = sum(len(p) for p in arts)

    t0 = time.perf_counter()
    quotes.get_nlp()
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = quotes.find_quotes(arts[0])
    t_first = time.perf_counter() - t0

    per_article = []
    for _ in range(a.repeat):
        for art in arts:
            t = time.perf_counter()
            quotes.find_quotes(art)
            per_article.append(time.perf_counter() - t)
    n_quotes = sum(len(quotes.find_quotes(art)) for art in arts)

    print(f"import extract (package): {t_pkg * 1e3:8.1f} ms (not this module)")
    print(f"import extract.quotes   : {t_import * 1e3:8.1f} ms (spaCy imported: {spacy_loaded})")
    print(f"build pipeline (1st use): {t_build * 1e3:8.1f} ms (spaCy import + light Indonesian tokenizer + sentencizer)")
    print(f"first find_quotes call  : {t_first * 1e3:8.1f} ms ({len(found)} quotes)")
    print(f"articles                : {len(arts)} x {len(TEMPLATES)} paragraphs = {n_paras} paragraphs, "
          f"{n_quotes} quotes, {a.repeat} rounds")
    print(f"find_quotes per article : mean {statistics.mean(per_article) * 1e3:6.2f} ms, "
          f"median {statistics.median(per_article) * 1e3:6.2f} ms, "
          f"p95 {sorted(per_article)[int(0.95 * len(per_article))] * 1e3:6.2f} ms, "
          f"best {min(per_article) * 1e3:6.2f} ms")
    print(f"find_quotes per paragraph: mean {statistics.mean(per_article) / len(TEMPLATES) * 1e6:6.0f} µs")
    if a.compare_blank:
        code = "import time; t=time.perf_counter(); import spacy; n=spacy.blank('id'); n.add_pipe('sentencizer'); print(time.perf_counter()-t)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        code2 = ("import time; t=time.perf_counter(); import sys; sys.path.insert(0, %r); "
                 "from extract import quotes; quotes.get_nlp(); print(time.perf_counter()-t)") % str(ROOT)
        out2 = subprocess.run([sys.executable, "-c", code2], capture_output=True, text=True, check=True).stdout
        print(f"fresh process: spacy.blank('id')+sentencizer {float(out) * 1e3:8.1f} ms  vs  "
              f"quotes.get_nlp() {float(out2) * 1e3:8.1f} ms (both include importing spaCy)")
    if a.pages:
        compare_with_extraction(a.pages, quotes.find_quotes)


def compare_with_extraction(pages: Path, find_quotes, rounds: int = 20):
    from extract import extract_article

    docs = [(f, f.read_text(encoding="utf-8")) for f in sorted(pages.glob("*.html"))]
    if not docs:
        print(f"no *.html in {pages}")
        return
    paras = {f: extract_article(h, source=str(f), quotes=False, figures=False)["text"].split("\n\n") for f, h in docs}
    ext, quo = {}, {}
    for _ in range(rounds):
        for f, h in docs:
            t = time.process_time()
            extract_article(h, source=str(f), quotes=False, figures=False)
            e = time.process_time() - t
            t = time.process_time()
            find_quotes(paras[f])
            q = time.process_time() - t
            ext[f] = min(ext.get(f, e), e)
            quo[f] = min(quo.get(f, q), q)
    e_ms = statistics.mean(ext.values()) * 1e3
    q_ms = statistics.mean(quo.values()) * 1e3
    print(f"pages ({len(docs)}), best CPU of {rounds}: extraction {e_ms:.2f} ms/page, "
          f"find_quotes {q_ms:.2f} ms/page = {q_ms / e_ms:.0%} of extraction")


if __name__ == "__main__":
    main()
