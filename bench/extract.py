"""Extraction speed: arsip's ``extract_article`` against bare trafilatura, and what quotes and
figures add to it, same pages, same run.

    .venv/bin/python bench/extract.py [--pages 320 | --pages eval | --pages DIR] [--repeat 7]
                                      [--profile] [--no-trafilatura] [--cold [ROUNDS]]

The pages are generated (``--pages N``): every bundled sample article (``samplesite/articles``)
rendered in all four liputan6 template generations, with the paragraphs rotated and the id changed
so that no two pages are the same (but their paragraphs recur); ``--pages eval``: each of the 243
hand-annotated articles of ``tests/eval`` once, rendered in the four generations in turn, so that
no paragraph recurs (for ``--cold``); or ``--pages DIR``: every ``*.html`` in a directory (e.g.
``/work/shared/corpus/dev``).

1. arsip without quotes and figures against trafilatura's ``bare_extraction(html,
   with_metadata=True)``: ms/page for both and the ratio (target: arsip within 1.5x).
2. What quotes and figures add (issue 4, target: together at most +50%): every page is extracted
   with both off, quotes only, figures only and both on, and ``find_quotes`` / ``find_figures``
   are timed alone on the page's paragraphs. Each time is the page's best CPU time
   (``time.process_time``) over ``--repeat`` rounds, the variants interleaved page by page, so
   that other processes on a shared machine inflate none of them; then the mean over pages.

3. ``--cold [ROUNDS]``: the same on text the process has never seen (spaCy's tokenizer and the
   quotes module keep what they learn about a text's chunks). In each of ROUNDS fresh processes:
   warm-up on text written for the benchmark (``bench/quotes.py``), then for each page the best
   CPU time of extraction without quotes and figures over ``--repeat`` rounds, then extraction
   with both, once: the first time quotes and figures see the text. Per page, the best of the
   processes. The first time is one run per process, so it is compared with one run of the
   extraction without (a single run costs more than a best of several by its noise alone). Only
   pages whose body text was not seen before count. With generated pages that is the 2019
   generation only, and the rotated variants of an article repeat its paragraphs: use ``--pages
   eval`` (243 articles, all generations) or ``--pages DIR``.

``--profile`` prints the top functions of arsip with quotes and figures on.
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
TARGET_OVERHEAD = 0.50


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


def eval_pages() -> list[tuple[str, str]]:
    """One page for each article of the hand-annotated sets (``tests/eval/set*.json``: 243
    articles by eight testers, no two sharing a paragraph), its paragraphs rendered in the
    four template generations in turn, with the metadata of a bundled sample article: text
    the sample site never repeats, for ``--cold``."""
    import json

    from samplesite.render import GENERATIONS, _slug, load_articles, render_article

    templates = load_articles()
    files = sorted((Path(__file__).resolve().parents[1] / "tests" / "eval").glob("set*.json"))
    if not files or not templates:
        raise SystemExit("no tests/eval/set*.json or no sample articles")
    pages: list[tuple[str, str]] = []
    for f in files:
        for item in json.loads(f.read_text(encoding="utf-8")):
            k = len(pages)
            a = copy.deepcopy(templates[k % len(templates)])
            a.data.update(id=str(7000000 + k), slug=_slug(item["id"]), dateline=None, editor_codes=[],
                          pages=[{"title": "", "paragraphs": [p for p in item["paragraphs"] if p.strip()]}])
            gen = GENERATIONS[k % len(GENERATIONS)]
            url = BASE + (a.amp_path if gen == "amp" else a.path)
            pages.append((url, render_article(a, BASE, gen)))
    return pages


def read_pages(directory: Path) -> list[tuple[str | None, str]]:
    """(None, html) of every ``*.html`` in ``directory``: the page's own canonical URL is used."""
    files = sorted(directory.glob("*.html"))
    if not files:
        raise SystemExit(f"no *.html in {directory}")
    return [(None, f.read_text(encoding="utf-8", errors="replace")) for f in files]


def time_per_page(fn, pages, repeat: int) -> float:
    """Median over ``repeat`` passes of the mean seconds per page."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for url, html in pages:
            fn(html, url)
        runs.append((time.perf_counter() - started) / len(pages))
    return statistics.median(runs)


def best_cpu_per_page(variants: dict, pages, repeat: int) -> dict[str, float]:
    """For each variant: the mean over pages of the page's best CPU seconds over ``repeat``
    rounds. Variants run one after the other on each page (interleaved), rounds in turn."""
    clock = time.process_time
    best = {name: [float("inf")] * len(pages) for name in variants}
    for _ in range(repeat):
        for i, page in enumerate(pages):
            for name, fn in variants.items():
                t = clock()
                fn(page)
                t = clock() - t
                if t < best[name][i]:
                    best[name][i] = t
    return {name: statistics.fmean(ts) for name, ts in best.items()}


def overhead_report(pages, repeat: int) -> dict[str, float]:
    from extract import extract_article
    from extract.figures import find_figures
    from extract.quotes import find_quotes

    def ex(quotes, figures):
        return lambda p: extract_article(p[1], url=p[0], source=p[0] or "page", quotes=quotes, figures=figures)

    paragraphs = [extract_article(h, url=u, quotes=False, figures=False)["text"].split("\n\n") for u, h in pages]
    items = [(u, h, paras) for (u, h), paras in zip(pages, paragraphs)]
    variants = {
        "base": ex(False, False),
        "quotes": ex(True, False),
        "figures": ex(False, True),
        "both": ex(True, True),
        "find_quotes": lambda p: find_quotes(p[2]),
        "find_figures": lambda p: find_figures(p[2]),
    }
    for p in items[:8]:  # warm-up: spaCy pipeline, regex caches
        for fn in variants.values():
            fn(p)
    t = best_cpu_per_page(variants, items, repeat)
    base = t["base"]
    n_par = statistics.fmean(len(p) for p in paragraphs)
    print(f"quotes and figures (best CPU of {repeat} rounds per page, mean over {len(pages)} pages, "
          f"{n_par:.1f} paragraphs/page):")
    print(f"  extraction, no quotes/figures : {base * 1e3:6.2f} ms/page")
    for name, label in (("quotes", "with quotes"), ("figures", "with figures"), ("both", "with quotes+figures")):
        print(f"  extraction {label:<20}: {t[name] * 1e3:6.2f} ms/page  (+{(t[name] - base) / base:.0%})")
    print(f"  find_quotes alone             : {t['find_quotes'] * 1e3:6.2f} ms/page  "
          f"(+{t['find_quotes'] / base:.0%} of extraction)")
    print(f"  find_figures alone            : {t['find_figures'] * 1e3:6.2f} ms/page  "
          f"(+{t['find_figures'] / base:.0%} of extraction)")
    over = (t["both"] - base) / base
    print(f"  overhead quotes+figures       : +{over:.0%} (target <= +{TARGET_OVERHEAD:.0%}) "
          f"{'OK' if over <= TARGET_OVERHEAD else 'SLOW'}")
    return t


def cold_times(pages, repeat: int) -> list[tuple[float, float, float, float]]:
    """(base, cold, warm, base_once) CPU seconds for each page whose body text this process
    has not seen before: base is the best of ``repeat`` extractions without quotes and
    figures, cold the first extraction with both, warm the best of ``repeat`` more, and
    base_once the first of the base extractions (one run, like cold: a single run is
    slower than a best of several by its noise alone, so cold is compared with it)."""
    from extract import extract_article
    from extract.figures import find_figures
    from extract.quotes import find_quotes

    sys.path.append(str(Path(__file__).resolve().parent))
    from quotes import make_articles  # text written for the benchmarks, in no corpus

    for paras in make_articles(4, seed=11):  # warm-up: spaCy pipeline, regex caches
        find_quotes(paras)
        find_figures(paras)
    clock = time.process_time
    seen: set[str] = set()
    rows = []
    for url, html in pages:
        def run(quotes_figures, url=url, html=html):
            t = clock()
            rec = extract_article(html, url=url, source=url or "page", quotes=quotes_figures, figures=quotes_figures)
            return clock() - t, rec

        rec = run(False)[1]
        if rec["text"] in seen or not rec["text"]:
            rows.append(None)
            continue
        seen.add(rec["text"])
        base_once = run(False)[0]
        base = min([base_once] + [run(False)[0] for _ in range(max(1, repeat) - 1)])
        cold = run(True)[0]
        warm = min(run(True)[0] for _ in range(max(1, repeat)))
        rows.append((base, cold, warm, base_once))
    return rows


def cold_report(pages_arg: str, pages, rounds: int, repeat: int) -> dict[str, float]:
    """Each round is a fresh process (``cold_times``); per page, the best of the rounds."""
    import json
    import subprocess

    best: list | None = None
    for _ in range(max(1, rounds)):
        out = subprocess.run([sys.executable, __file__, "--pages", pages_arg, "--repeat", str(repeat),
                              "--cold-child"], capture_output=True, text=True, check=True).stdout
        rows = json.loads(out.splitlines()[-1])
        best = rows if best is None else [
            None if r is None else tuple(min(x, y) for x, y in zip(r, b)) for r, b in zip(rows, best)]
    rows = [r for r in best if r is not None]
    if not rows:
        raise SystemExit("no page with a body text")
    base, cold, warm, base_once = (statistics.fmean(r[k] for r in rows) for k in range(4))
    print(f"quotes and figures on text never seen before ({len(rows)} pages with distinct text; best CPU "
          f"time of {rounds} fresh processes, each page seen for the first time in each):")
    print(f"  extraction, no quotes/figures : {base * 1e3:6.2f} ms/page")
    print(f"  the same, one run only        : {base_once * 1e3:6.2f} ms/page  (the best of one run per process, "
          f"as for the 1st time below)")
    print(f"  with quotes+figures, 1st time : {cold * 1e3:6.2f} ms/page  (+{(cold - base_once) / base_once:.0%} "
          f"against one run; +{(cold - base) / base:.0%} against the best of {repeat})")
    print(f"  with quotes+figures, again    : {warm * 1e3:6.2f} ms/page  (+{(warm - base) / base:.0%})")
    over = (cold - base_once) / base_once
    print(f"  overhead quotes+figures, cold : +{over:.0%} (target <= +{TARGET_OVERHEAD:.0%}) "
          f"{'OK' if over <= TARGET_OVERHEAD else 'SLOW'}")
    return {"base": base, "cold": cold, "warm": warm}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", default="320", metavar="N|eval|DIR",
                    help="number of generated pages, 'eval' (the articles of tests/eval, each once), "
                         "or a directory of *.html pages")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip the comparison with trafilatura")
    ap.add_argument("--cold", type=int, nargs="?", const=5, default=0, metavar="ROUNDS",
                    help="only the overhead of quotes and figures on text never seen before, best of "
                         "ROUNDS fresh processes (default 5)")
    ap.add_argument("--cold-child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    from extract import extract_article

    def arsip(html, url):
        return extract_article(html, url=url, quotes=False, figures=False)

    if a.pages.isdigit():
        pages = generate_pages(int(a.pages))
    elif a.pages == "eval":
        pages = eval_pages()
    else:
        pages = read_pages(Path(a.pages))
    if a.cold_child:
        import json

        print(json.dumps(cold_times(pages, a.repeat)))
        return 0
    print(f"pages: {len(pages)} (mean {sum(len(h) for _, h in pages) / len(pages) / 1024:.1f} KiB)"
          + ("" if a.pages.isdigit() else f" from {'tests/eval' if a.pages == 'eval' else a.pages}"))
    if a.cold:
        cold_report(a.pages, pages, a.cold, a.repeat)
        return 0
    if not a.no_trafilatura:
        import trafilatura

        def bare(html, url):
            return trafilatura.bare_extraction(html, url=url, with_metadata=True)

        for url, html in pages[:8]:  # warm-up: imports, first-call caches, selector compilation
            arsip(html, url)
            bare(html, url)
        t_arsip = time_per_page(arsip, pages, a.repeat)
        t_traf = time_per_page(bare, pages, a.repeat)
        ratio = t_arsip / t_traf
        print(f"arsip extract_article (no quotes/figures): {t_arsip * 1000:.2f} ms/page")
        print(f"trafilatura.bare_extraction(with_metadata): {t_traf * 1000:.2f} ms/page")
        print(f"ratio arsip/trafilatura: {ratio:.2f}x (target <= 1.5x) {'OK' if ratio <= 1.5 else 'SLOW'}")
    overhead_report(pages, a.repeat)
    if a.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for url, html in pages:
            extract_article(html, url=url)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
