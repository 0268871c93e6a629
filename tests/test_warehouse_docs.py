"""The example queries of docs/warehouse.md run on a real warehouse (so the docs stay true)."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from warehouse import Warehouse

DOC = Path(__file__).resolve().parents[1] / "docs" / "warehouse.md"


def example_queries() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Example queries", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def test_docs_have_examples():
    assert len(example_queries()) >= 8


@pytest.fixture(scope="module")
def wh(tmp_path_factory):
    path = tmp_path_factory.mktemp("docs") / "arsip.duckdb"
    t0 = datetime(2018, 7, 10, 5, 0, tzinfo=timezone.utc)
    recs = []
    for i in range(12):
        recs.append({
            "url": f"https://www.liputan6.com/tekno/read/{3558140 + i}/berita-{i}", "site": "liputan6.com",
            "section": ["tekno", "news", "bisnis"][i % 3], "title": f"Kominfo blokir aplikasi {i}",
            "lead": "Pemerintah memblokir aplikasi.", "text": "Kominfo memblokir aplikasi video. Nilainya Rp 5 miliar.",
            "published_at": (t0 + timedelta(days=i)).isoformat(), "tags": ["Kominfo", "Tik Tok"],
            "topic_relevant": i % 2 == 0, "content_hash": f"h{i}", "authors": ["Yudha"],
            "quotes": [{"text": "Kami blokir", "speaker": "Rudiantara", "role": "Menteri Kominfo", "kind": "direct",
                        "cue": "kata", "paragraph": 0}],
            "figures": [{"text": "Rp 5 miliar", "value": 5e9, "unit": "rupiah", "qualifier": None,
                         "sentence": "Nilainya Rp 5 miliar.", "paragraph": 0}],
            "fetched_at": t0 + timedelta(days=i, hours=2), "warc_file": "a.warc.gz", "warc_offset": i * 1000,
        })
    with Warehouse(path) as w:
        run = w.begin_run(kind="test")
        w.load(recs, run_id=run)
        w.load([dict(recs[0], title="Kominfo buka blokir", content_hash="h0b", fetched_at=t0 + timedelta(days=20))],
               run_id=run)
        w.record_fetches([{"url": "https://www.liputan6.com/x", "status": None, "reason": "timeout",
                           "fetched_at": t0}], run_id=run)
        w.finish_run(run, status="ok")
    return Warehouse(path, read_only=True)


@pytest.mark.parametrize("sql", example_queries(), ids=lambda s: s.split("\n")[0][:40])
def test_example_query_runs(wh, sql):
    cols, rows = wh.query(sql)
    assert cols
    assert rows, "every example returns something on this small warehouse"
