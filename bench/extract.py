"""Extraction speed: arsip's ``extract_article`` against bare trafilatura, same pages, same run.

    .venv/bin/python bench/extract.py [--pages 320] [--repeat 3] [--profile]

The pages are generated: every bundled sample article (``samplesite/articles``) rendered in all
four liputan6 template generations, with the paragraphs rotated and the id changed so that no two
pages are the same. arsip runs without quotes and figures (the fields other modules add);
trafilatura runs ``bare_extraction(html, with_metadata=True)``. Prints ms/page for both and the
ratio (target: arsip within 1.5x of trafilatura). ``--profile`` prints arsip's top functions.
"""
from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BASE = "https://www.liputan6.com"


def generate_pages(n: int) -> list[tuple[str, str]]:
    """``n`` (url, html) pairs: sample articles x generations x rotated variants."""
    from samplesite.render import GENERATIONS, load_articles, render_article

    articles = load_articles()
    if not articles:
        raise SystemExit("no sample articles in samplesite/articles")
    pages: list[tuple[str, str]] = []
    variant = 0
    while len(pages) < n:
        for a in articles:
            b = copy.deepcopy(a)
            b.data["id"] = int(a.id) + 100000 * (variant + 1)
            for page in b.data["pages"]:
                paras = page["paragraphs"]
                k = variant % max(1, len(paras))
                page["paragraphs"] = paras[k:] + paras[:k]
            for gen in GENERATIONS:
                url = BASE + (b.amp_path if gen == "amp" else b.path)
                pages.append((url, render_article(b, BASE, gen)))
                if len(pages) >= n:
                    return pages
        variant += 1
    return pages


def time_per_page(fn, pages, repeat: int) -> float:
    """Median over ``repeat`` passes of the mean seconds per page."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for url, html in pages:
            fn(html, url)
        runs.append((time.perf_counter() - started) / len(pages))
    return statistics.median(runs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=320)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    a = ap.parse_args(argv)

    import trafilatura

    from extract import extract_article

    def arsip(html, url):
        return extract_article(html, url=url, quotes=False, figures=False)

    def bare(html, url):
        return trafilatura.bare_extraction(html, url=url, with_metadata=True)

    pages = generate_pages(a.pages)
    for url, html in pages[:8]:  # warm-up: imports, first-call caches, selector compilation
        arsip(html, url)
        bare(html, url)
    t_arsip = time_per_page(arsip, pages, a.repeat)
    t_traf = time_per_page(bare, pages, a.repeat)
    ratio = t_arsip / t_traf
    print(f"pages: {len(pages)} (mean {sum(len(h) for _, h in pages) / len(pages) / 1024:.1f} KiB)")
    print(f"arsip extract_article (no quotes/figures): {t_arsip * 1000:.2f} ms/page")
    print(f"trafilatura.bare_extraction(with_metadata): {t_traf * 1000:.2f} ms/page")
    print(f"ratio arsip/trafilatura: {ratio:.2f}x (target <= 1.5x) {'OK' if ratio <= 1.5 else 'SLOW'}")
    if a.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for url, html in pages:
            arsip(html, url)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
