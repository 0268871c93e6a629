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
import os

# Arrow's default allocator (mimalloc) keeps what a batch conversion freed: a crawler process
# that loads batches of 500 articles grew by about 50 MB more than with the system allocator
# (bench/crawl.py and a load loop; converting records took 33-53 us an article with it and
# 34-50 us with mimalloc, the same within noise). Only takes effect
# when pyarrow is not imported yet (warehouse imports it lazily); an explicit
# ARROW_DEFAULT_MEMORY_POOL in the environment wins.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

from .connect import WarehouseError  # noqa: E402
from .core import Warehouse  # noqa: E402
from .schema import SCHEMA_VERSION  # noqa: E402

__all__ = ["Warehouse", "WarehouseError", "SCHEMA_VERSION"]
