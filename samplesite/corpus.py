"""Write the sample articles as a scored corpus: ``<name>.html`` + ``<name>.gold.json`` per page.

The layout is the shared corpus' (``../shared/corpus``), so ``../shared/eval/score.py`` scores
extraction on our own pages in every template generation:

    python -m samplesite.corpus /tmp/sample-corpus
    arsip extract /tmp/sample-corpus/*.html > /tmp/pred.jsonl
    python ../shared/eval/score.py /tmp/sample-corpus /tmp/pred.jsonl -v
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .render import GENERATIONS, gold_record, load_articles, render_article

BASE = "https://www.liputan6.com"


def write_corpus(out: Path, base: str = BASE, all_generations: bool = False) -> int:
    """Write every sample article in its own generation (or, with ``all_generations``, every
    article in every generation, one sub-folder per generation); return the page count."""
    n = 0
    for a in load_articles():
        gens = GENERATIONS if all_generations else (a.get("generation") or "desktop-2019",)
        for gen in gens:
            folder = out / gen if all_generations else out
            folder.mkdir(parents=True, exist_ok=True)
            name = f"{a['channel']}-{a.id}-{gen}"
            (folder / f"{name}.html").write_text(render_article(a, base, gen), encoding="utf-8")
            gold = {**gold_record(a, base), "html": f"{name}.html"}
            (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            n += 1
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--base", default=BASE, help="site base URL the pages are rendered for")
    ap.add_argument("--all-generations", action="store_true", help="every article in all four generations")
    a = ap.parse_args(argv)
    n = write_corpus(a.out, a.base, a.all_generations)
    print(f"wrote {n} pages with answer keys to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
