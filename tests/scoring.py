"""Scoring predictions with the shared scorer (``../shared/eval/score.py``), for the corpus tests."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"
HAVE_SCORER = SCORER.is_file()


def score(gold_dir: Path, records: list[dict], tmp_path: Path) -> tuple[dict, str]:
    """(the scorer's JSON result, its verbose output) for ``records`` against ``gold_dir``."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = tmp_path / "score.json"
    run = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(pred), "--json", str(result), "--verbose"],
                         capture_output=True, text=True, check=True)
    return json.loads(result.read_text(encoding="utf-8")), run.stdout


def golds(gold_dir: Path) -> list[dict]:
    return [json.loads(g.read_text(encoding="utf-8")) for g in sorted(gold_dir.glob("*.gold.json"))]
