"""Micro-benchmark of extract.figures (a script, not a test).

    python bench/figures.py [--repeat N]

Prints the mean time of parse_number per number (target: under 50 µs) and of
find_figures per paragraph. The sample text is written for this benchmark.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.figures import find_figures, parse_number  # noqa: E402

NUMBERS = [
    "1.234.567", "2,5", "10 juta", "Rp 5 M", "dua juta", "US$ 1,5 miliar", "30 persen",
    "Rp 12.500.000,00", "150 rb", "7 milyar", "satu setengah juta", "45%", "0,75", "abc",
    "dua ratus lima puluh ribu", "Rp 2 T",
]

PARAGRAPHS = [
    "Dinas kesehatan mencatat 41.870 kasus demam berdarah sepanjang 2023, naik dari 28.300 kasus pada tahun "
    "sebelumnya. Sekitar 60 persen di antaranya menimpa anak usia sekolah.",
    "Harga cabai rawit di pasar tradisional turun menjadi Rp 42.000 per kilogram setelah pasokan dari Jawa Tengah "
    "pulih. Ketentuan harga acuan diatur dalam Peraturan Badan Nomor 5 Tahun 2024.",
    "\"Kami menargetkan 750 ribu pelaku usaha kecil naik kelas tahun ini,\" kata dia di Surabaya, Kamis (7/3/2024).",
    "Tim tamu menyerah 0-3 di hadapan 17.500 suporter. Kiper mereka melakukan 8 penyelamatan, sementara tuan rumah "
    "kini mengumpulkan 12 poin dari 5 laga.",
    "Jumlah pelanggan internet rumah di provinsi itu sudah mencapai 2,3 juta, sedangkan pelanggan seluler 9 juta.",
    "Sesi Tanya Jawab",
    "Pendaftaran dibuka hingga 30 Juni pukul 23.59 WIB melalui laman resmi; informasi lanjut di nomor 081234567890.",
    "Nilai ekspor furnitur diperkirakan menembus US$ 3,1 miliar, atau kurang lebih 12 persen dari total ekspor nonmigas.",
]


def bench(fn, args, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for a in args:
            fn(a)
        times.append((time.perf_counter() - t0) / len(args))
    return min(times), statistics.mean(times)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2000)
    a = ap.parse_args(argv)
    best, mean = bench(parse_number, NUMBERS, a.repeat)
    print(f"parse_number : {mean * 1e6:8.2f} µs/number (best {best * 1e6:.2f}), {len(NUMBERS)} inputs x {a.repeat}")
    print(f"               target < 50 µs: {'OK' if mean < 50e-6 else 'TOO SLOW'}")
    rep = max(1, a.repeat // 10)
    best, mean = bench(lambda p: find_figures([p]), PARAGRAPHS, rep)
    print(f"find_figures : {mean * 1e6:8.2f} µs/paragraph (best {best * 1e6:.2f}), {len(PARAGRAPHS)} paragraphs x {rep}")
    n_figs = sum(len(find_figures([p])) for p in PARAGRAPHS)
    t0 = time.perf_counter()
    for _ in range(rep):
        find_figures(PARAGRAPHS)
    per_article = (time.perf_counter() - t0) / rep
    print(f"find_figures : {per_article * 1e3:8.3f} ms per {len(PARAGRAPHS)}-paragraph article ({n_figs} figures)")


if __name__ == "__main__":
    main()
