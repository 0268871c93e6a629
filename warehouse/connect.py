"""Opening the DuckDB file: offline extensions, WIB session time zone, lock waiting.

DuckDB lets one *process* open a file for writing, and then no other process can open it
at all (not even read-only) until it closes; several processes may open it read-only at
the same time, and then no process can open it for writing. arsip therefore keeps every
connection short (open, do one batch, close) and waits for the lock when it finds the file
busy, instead of failing at once. See docs/warehouse.md, "Locking".
"""
from __future__ import annotations

import importlib.util
import os
import time
from functools import lru_cache

SESSION_TIMEZONE = "Asia/Jakarta"
DEFAULT_LOCK_TIMEOUT = 60.0  # seconds to wait for another process to release the file

# Rows per row group for what a writing connection appends (DuckDB's default is 122,880).
# DuckDB appends each committed batch as new row groups and, at each checkpoint, merges
# adjacent partial ones until they reach this size, rewriting them every time: with the
# default, a 100,000-article load rewrote its rows about log2(122880 / batch) times and each
# batch got slower as the file grew (spikes of 2-7 s every 2nd, 4th, 8th ... batch). With
# 10,240 the merges stop early: about a quarter less CPU for the load, the same cost for
# every batch; the analyst queries and searches of bench/warehouse.py took as long as
# before (docs/warehouse.md). Only writers set it; readers open the file as it is.
ROW_GROUP_SIZE = 10_240


class WarehouseError(Exception):
    """A warehouse problem the user can act on (bad SQL, busy or missing file ...). One line."""


@lru_cache(maxsize=1)
def extension_directory() -> str | None:
    """``<site-packages>/duckdb_ext/extensions`` of the duckdb-ext-fts package, or None."""
    try:
        spec = importlib.util.find_spec("duckdb_ext")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        d = os.path.join(base, "extensions")
        if os.path.isdir(d):
            return d
    return None


def _is_lock_error(e: Exception) -> bool:
    msg = str(e)
    # the last one: another connection of this process has the file open for writing
    return "Could not set lock" in msg or "Conflicting lock" in msg or "Unique file handle conflict" in msg


def _open(path: str, read_only: bool, config: dict):
    """Readers: the file itself. Writers: an in-memory session that attaches the file with
    ``ROW_GROUP_SIZE`` (an ATTACH option only) and makes it the default database, under
    the same name ``duckdb.connect`` would give it (the file name without extension)."""
    import duckdb

    if read_only:
        return duckdb.connect(str(path), read_only=True, config=config)
    con = duckdb.connect(":memory:", config=config)
    try:
        con.execute(f"ATTACH '{_sql_str(path)}' AS {_alias(path)} (ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
        con.execute(f"USE {_alias(path)}")
    except BaseException:
        con.close()
        raise
    return con


def _sql_str(s: str) -> str:
    return str(s).replace("'", "''")


def _alias(path: str) -> str:
    stem = os.path.basename(str(path)).split(".")[0]
    name = stem if stem and stem not in ("memory", "system", "temp", "main") else "arsip"
    return '"' + name.replace('"', '""') + '"'


def connect(path: str, read_only: bool = False, lock_timeout: float = DEFAULT_LOCK_TIMEOUT):
    """A configured DuckDB connection to ``path``; waits up to ``lock_timeout`` s for the lock."""
    import duckdb

    config = {"autoinstall_known_extensions": False}
    ext = extension_directory()
    if ext:
        config["extension_directory"] = ext
    if read_only and not os.path.exists(path):
        raise WarehouseError(f"{path}: no such database file")
    deadline = time.monotonic() + max(lock_timeout, 0.0)
    delay = 0.02
    while True:
        try:
            con = _open(path, read_only, config)
        except (duckdb.IOException, duckdb.BinderException) as e:
            if not _is_lock_error(e):
                raise WarehouseError(f"{path}: {_first_line(e)}") from e
            if time.monotonic() >= deadline:
                raise WarehouseError(
                    f"{path}: the file is busy (another process has it open for "
                    f"{'writing' if read_only else 'reading or writing'}); gave up after {lock_timeout:g} s"
                ) from e
            time.sleep(delay)
            delay = min(delay * 1.5, 0.1)
        except duckdb.Error as e:
            raise WarehouseError(f"{path}: {_first_line(e)}") from e
        else:
            break
    try:
        # ICU is built into the wheel; the setting can't go in config (applied before ICU loads)
        con.execute(f"SET TimeZone = '{SESSION_TIMEZONE}'")
    except duckdb.Error:
        con.close()
        raise
    return con


def _first_line(e: Exception) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else e.__class__.__name__
