"""The pages ``bench/extract.py --pages eval`` measures: every article of ``tests/eval`` once,
in the four template generations in turn, each read back to its own text (no timing here)."""
from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path

from extract import extract_article
from samplesite.render import GENERATIONS

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "bench" / "extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_eval_pages_hold_each_article_once_in_every_generation():
    articles = [a for f in sorted((ROOT / "tests" / "eval").glob("set*.json"))
                for a in json.loads(f.read_text(encoding="utf-8"))]
    pages = _bench().eval_pages()
    assert len(pages) == len(articles) == 243
    parsers = collections.Counter()
    seen: dict[str, str] = {}
    for (url, html), article in zip(pages, articles):
        rec = extract_article(html, url=url, quotes=False, figures=False)
        parsers[rec["parser"]] += 1
        body = rec["text"].split("\n\n")
        want = [p for p in article["paragraphs"] if p.strip()]
        # the article's own paragraphs (the first may lose its dateline, the last its editor
        # codes, a "Baca juga" line goes)
        assert all(any(p in w for w in want) for p in body), article["id"]
        assert sum(w in body for w in want) >= len(want) - 3, article["id"]
        for p in body:
            assert seen.setdefault(p, article["id"]) == article["id"], f"{p[:50]!r} repeats"
    assert sorted(parsers) == sorted(f"liputan6-{g}" for g in GENERATIONS)
    assert min(parsers.values()) >= 60
