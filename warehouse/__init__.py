"""The DuckDB warehouse: schema, batch loads, full-text search, analyst queries, export.

All SQL of arsip lives in this package. ``import warehouse`` is light: duckdb and pyarrow
are imported when a Warehouse is used.

    from warehouse import Warehouse, WarehouseError
    with Warehouse("arsip.duckdb") as wh:
        run_id = wh.begin_run(kind="crawl", params={...})
        wh.load(records, run_id=run_id)
        wh.finish_run(run_id, status="ok")

See docs/warehouse.md and docs/schema.md.
"""
from .connect import WarehouseError
from .core import Warehouse
from .schema import SCHEMA_VERSION

__all__ = ["Warehouse", "WarehouseError", "SCHEMA_VERSION"]
