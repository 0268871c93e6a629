"""Export the warehouse tables as files other tools read: Parquet, CSV or JSON lines.

Layout of ``out_dir``:

* parquet: ``articles/``, ``article_versions/``, ``quotes/``, ``figures/`` are Hive-partitioned
  by the article's publication year and month in WIB (``articles/year=2018/month=7/data_0.parquet``;
  undated articles go to ``year=NULL/month=NULL``); ``crawl_runs.parquet``, ``fetches.parquet``.
* csv: one ``<table>.csv`` per table, with a header; list and struct columns as JSON text.
* jsonl: one ``<table>.jsonl`` per table, one JSON object per line.

Times keep their offset (``+07`` as the session is in Asia/Jakarta). An existing export of a
table in ``out_dir`` is replaced.
"""
from __future__ import annotations

import os

from .connect import WarehouseError, _first_line

FORMATS = ("parquet", "csv", "jsonl")
TABLES = ("articles", "article_versions", "quotes", "figures", "crawl_runs", "fetches")
PARTITIONED = ("articles", "article_versions", "quotes", "figures")

_YM = ("year(timezone('Asia/Jakarta', {c}))::INTEGER AS year, "
       "month(timezone('Asia/Jakarta', {c}))::INTEGER AS month")


def _source(table: str, fmt: str, con) -> str:
    cols = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database() "
        "AND schema_name = 'main' ORDER BY column_index", [table]).fetchall()
    sel = []
    for name, typ in cols:
        if fmt == "csv" and (typ.endswith("[]") or typ.startswith(("STRUCT", "MAP"))):
            sel.append(f"to_json(t.{name}) AS {name}")
        else:
            sel.append(f"t.{name}")
    body = ", ".join(sel)
    if fmt == "parquet" and table in PARTITIONED:
        if table in ("articles", "article_versions"):
            return f"SELECT {body}, {_YM.format(c='t.published_at')} FROM {table} t"
        return (f"SELECT {body}, {_YM.format(c='a.published_at')} FROM {table} t "
                f"LEFT JOIN articles a ON a.url = t.url")
    order = {"crawl_runs": "t.run_id", "fetches": "t.fetched_at, t.url"}.get(table, "t.url")
    return f"SELECT {body} FROM {table} t ORDER BY {order}"


def export(con, out_dir: str, fmt: str = "parquet", tables=None) -> dict[str, dict]:
    """Export ``tables`` (default: all) to ``out_dir``; returns {table: {"rows", "path"}}."""
    import duckdb

    if fmt not in FORMATS:
        raise WarehouseError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    tables = list(tables or TABLES)
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise WarehouseError(f"unknown table(s) {', '.join(unknown)} (use {', '.join(TABLES)})")
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise WarehouseError(f"{out_dir}: {e.strerror or e}") from e
    out: dict[str, dict] = {}
    for table in tables:
        src = _source(table, fmt, con)
        if fmt == "parquet" and table in PARTITIONED:
            path = os.path.join(out_dir, table)
            opts = "FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, month), OVERWRITE"
        elif fmt == "parquet":
            path = os.path.join(out_dir, f"{table}.parquet")
            opts = "FORMAT parquet, COMPRESSION zstd"
        elif fmt == "csv":
            path = os.path.join(out_dir, f"{table}.csv")
            opts = "FORMAT csv, HEADER true"
        else:
            path = os.path.join(out_dir, f"{table}.jsonl")
            opts = "FORMAT json"
        try:
            rows = con.execute(f"COPY ({src}) TO '{_quote(path)}' ({opts})").fetchone()
        except duckdb.Error as e:
            raise WarehouseError(f"export of {table} to {path}: {_first_line(e)}") from e
        out[table] = {"rows": int(rows[0]) if rows else 0, "path": path}
    return out


def _quote(path: str) -> str:
    return path.replace("'", "''")
