"""Records to Arrow: the fast path (Arrow reads the dicts) gives exactly the tables of the
careful path (value by value), and irregular records still load."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import duckdb

from warehouse import Warehouse
from warehouse.connect import ROW_GROUP_SIZE
from warehouse.records import (FIGURE_COLUMNS, QUOTE_COLUMNS, _items, _items_slow, _plain_columns,
                               article_tables)
from test_warehouse import rec

RENAMED = {"char_start": "start", "char_end": "end"}


def many(n=40):
    out = []
    for i in range(n):
        r = rec(i)
        r["quotes"] = [dict(r["quotes"][0], text=f"kutipan {i}.{k}", paragraph=k) for k in range(i % 4)]
        r["figures"] = [{"text": f"{k} unit", "value": k * 1.5 if k % 2 else k, "unit": "unit", "qualifier": None,
                         "sentence": "s", "paragraph": k, "upper": None, "start": k, "end": k + 3}
                        for k in range(i % 3)]
        if i % 5 == 0:
            r["tags"] = None  # a missing list becomes an empty one
        if i % 7 == 0:
            r.pop("dateline")
        out.append(r)
    return out


def test_fast_plain_columns_equal_careful_ones():
    records = many()
    fast, slow = _plain_columns(records), _plain_columns(records, fast=False)
    assert fast.keys() == slow.keys()
    for name in fast:
        assert fast[name].equals(slow[name]), name
    assert fast["tags"].to_pylist()[0] == []


def test_fast_items_equal_careful_ones():
    records = many()
    for field, cols, no, ren in (("quotes", QUOTE_COLUMNS, "quote_no", {}),
                                 ("figures", FIGURE_COLUMNS, "figure_no", RENAMED)):
        fast = _items(records, field, cols, no, ren)
        slow = _items_slow(records, field, cols, no, ren)
        assert fast.equals(slow), field
        assert fast.num_rows == sum(len(r[field]) for r in records) > 0
    q = _items(records, "quotes", QUOTE_COLUMNS, "quote_no", {}).to_pylist()
    assert [x["quote_no"] for x in q if x["url"] == records[3]["url"]] == [0, 1, 2]
    f = _items(records, "figures", FIGURE_COLUMNS, "figure_no", RENAMED).to_pylist()
    assert {(x["char_start"], x["char_end"]) for x in f} == {(0, 3), (1, 4)}


def test_irregular_records_take_the_careful_path():
    records = many(6)
    records[1]["article_id"] = 1001           # an int where text is expected
    records[2]["authors"] = "Siti Rahma"      # one name, not a list
    records[3]["quotes"] = ["not a dict", records[3]["quotes"][0]]  # position 1 kept as quote_no 1
    records[4]["figures"] = [dict(records[4]["figures"][0], value="12")]  # a number as text
    arts, quotes, figures = article_tables(records, 0)
    assert arts.column("article_id").to_pylist()[1] == "1001"
    assert arts.column("authors").to_pylist()[2] == ["Siti Rahma"]
    assert [(u, n) for u, n in zip(quotes.column("url").to_pylist(), quotes.column("quote_no").to_pylist())
            if u == records[3]["url"]] == [(records[3]["url"], 1)]
    assert [f["value"] for f in figures.to_pylist() if f["url"] == records[4]["url"]] == [12.0]


def test_loads_keep_row_groups_bounded(tmp_path):
    """Writers append with ROW_GROUP_SIZE rows per row group (DuckDB's default is 122,880;
    its merges of partial row groups made every checkpoint rewrite a growing share)."""
    db = tmp_path / "arsip.duckdb"
    n = ROW_GROUP_SIZE + 2000
    base = rec(0)
    t0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
    records = [dict(base, url=f"https://www.contoh.id/news/read/{i}/x", content_hash=f"h{i}",
                    fetched_at=t0 + timedelta(seconds=i)) for i in range(n)]
    for i in range(0, n, 4000):
        with Warehouse(db) as wh:
            wh.load(records[i:i + 4000])
    con = duckdb.connect(str(db), read_only=True)
    sizes = [r[0] for r in con.execute(
        "SELECT sum(count) FROM pragma_storage_info('articles') WHERE column_name = 'url' AND segment_type = 'VARCHAR' "
        "GROUP BY row_group_id").fetchall()]
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == n
    con.close()
    assert max(sizes) <= ROW_GROUP_SIZE and len(sizes) >= 2


def test_arrow_conversions_use_the_system_allocator(tmp_path):
    """Arrow's default allocator kept ~50 MB that each batch conversion freed, in a crawler process
    loading batch after batch; warehouse makes the system allocator the default, unless the
    environment names one."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    code = ("import sys; sys.path.insert(0, 'tests'); import warehouse; from test_warehouse import rec; "
            f"wh = warehouse.Warehouse({str(tmp_path / 'a.duckdb')!r}); wh.load([rec(1)]); "
            "import pyarrow; print(pyarrow.default_memory_pool().backend_name)")
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["system"]
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**env, "ARROW_DEFAULT_MEMORY_POOL": "mimalloc"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["mimalloc"]
