"""Printing query results: an aligned text table, CSV or JSON lines (no SQL here)."""
from __future__ import annotations

import csv
import json
import math
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Iterable, TextIO
from uuid import UUID


def jsonable(v: Any) -> Any:
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, timedelta):
        return v.total_seconds()
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v).hex()
    if isinstance(v, UUID):
        return str(v)
    return str(v)


def cell(v: Any) -> str:
    """A value as text for the table and CSV formats (lists and structs as JSON)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(jsonable(v), ensure_ascii=False)
    if isinstance(v, float):
        return repr(v) if math.isfinite(v) else ""
    return str(jsonable(v))


def write_table(out: TextIO, cols: list[str], rows: Iterable[tuple], max_width: int = 60) -> None:
    def clip(s: str) -> str:
        s = s.replace("\r", " ").replace("\n", " ⏎ ").replace("\t", " ")
        if max_width and len(s) > max_width:
            return s[: max_width - 1] + "…"
        return s

    rows = list(rows)
    text = [[clip(cell(v)) for v in r] for r in rows]
    header = [clip(c) for c in cols]
    widths = [len(h) for h in header]
    for r in text:
        for i, s in enumerate(r):
            widths[i] = max(widths[i], len(s))
    numeric = [bool(rows) and all(r[i] is None or (isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool))
                                  for r in rows) for i in range(len(cols))]

    def line(parts):
        return " | ".join(
            (p.rjust(w) if num else p.ljust(w)) for p, w, num in zip(parts, widths, numeric)).rstrip()

    out.write(line(header) + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for r in text:
        out.write(line(r) + "\n")


def write_csv(out: TextIO, cols: list[str], rows: Iterable[tuple]) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([cell(v) for v in r])


def write_jsonl(out: TextIO, cols: list[str], rows: Iterable[tuple]) -> None:
    for r in rows:
        out.write(json.dumps({c: jsonable(v) for c, v in zip(cols, r)}, ensure_ascii=False) + "\n")
