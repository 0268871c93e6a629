"""The shared gold corpus through the real command line (`arsip extract`) and the shared scorer.

Skipped when ../shared is not beside the repository. Asserts the extraction targets of issue 3:
every field at least 98%, text token F1 at least 0.97 on every page, no boilerplate leaks.
Quotes and figures are asserted by their own tests.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_arsip

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPORA = sorted(p.parent for p in (SHARED / "corpus").glob("*/*.gold.json")) if SHARED.is_dir() else []
CORPORA = sorted(set(CORPORA))


@pytest.mark.skipif(not CORPORA or not SCORER.is_file(), reason="../shared corpus or scorer is not present")
@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_meets_the_extraction_targets(corpus, tmp_path):
    pages = sorted(corpus.glob("*.html"))
    out = run_arsip("extract", *pages, "--no-quotes", "--no-figures", timeout=600)
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert len(records) == len(pages), out.stderr
    preds = tmp_path / "pred.jsonl"
    preds.write_text(out.stdout, encoding="utf-8")
    result = tmp_path / "score.json"
    scored = subprocess.run([sys.executable, str(SCORER), str(corpus), str(preds), "--json", str(result), "-v"],
                            capture_output=True, text=True, timeout=300)
    assert scored.returncode == 0, scored.stderr
    r = json.loads(result.read_text(encoding="utf-8"))
    misses = "\n".join(l for l in scored.stdout.splitlines() if "quote" not in l and "figure" not in l)
    assert not r["missing"], misses
    for field, value in r["fields"].items():
        assert value >= 0.98, f"{field} {value:.1%}\n{misses}"
    assert r["text_min_f1"] >= 0.97, misses
    assert r["boilerplate_leaks"] == 0, misses
