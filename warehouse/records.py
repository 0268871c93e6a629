"""Article records and fetch rows (Python dicts) to Arrow tables, column by column.

The loader hands these tables to DuckDB, which reads them without copying row by row
(``INSERT ... SELECT FROM`` a registered Arrow table). Times become UTC microseconds; a
time without an offset is taken as WIB (UTC+7), the zone Indonesian sites print by default.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from .connect import WarehouseError

WIB = timezone(timedelta(hours=7))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_US = timedelta(microseconds=1)


def to_micros(v: Any, field: str = "time", url: str | None = None) -> int | None:
    """Aware datetime / ISO 8601 string / date -> UTC microseconds since the epoch."""
    if v is None or v == "":
        return None
    if isinstance(v, str):
        s = v.strip()
        if s.endswith("Z"):
            s = s[:-1] + "+00:00"
        try:
            v = datetime.fromisoformat(s)
        except ValueError:
            raise WarehouseError(f"{url or 'record'}: {field} is not an ISO 8601 time: {v!r}") from None
    elif isinstance(v, date) and not isinstance(v, datetime):
        v = datetime(v.year, v.month, v.day)
    if not isinstance(v, datetime):
        raise WarehouseError(f"{url or 'record'}: {field} must be a datetime or ISO string, not {type(v).__name__}")
    if v.tzinfo is None or v.tzinfo.utcoffset(v) is None:
        v = v.replace(tzinfo=WIB)
    return (v - _EPOCH) // _US


def _strlist(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [str(x) for x in v if x is not None]


def _str(v: Any) -> str | None:
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


def _int(v: Any) -> int | None:
    if v is None or v == "":
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _float(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and f not in (float("inf"), float("-inf")) else None


ARTICLE_COLUMNS = (
    # name, arrow type key
    ("url", "str"), ("site", "str"), ("section", "str"), ("article_id", "str"), ("title", "str"),
    ("lead", "str"), ("authors", "strlist"), ("published_at", "ts"), ("updated_at", "ts"),
    ("dateline", "str"), ("editor_codes", "strlist"), ("tags", "strlist"), ("topic_relevant", "bool"),
    ("text", "str"), ("word_count", "int32"), ("content_hash", "str"), ("language", "str"),
    ("parser", "str"), ("editors", "strlist"), ("images", "images"), ("fetched_url", "str"),
    ("http_etag", "str"), ("http_last_modified", "str"), ("warc_file", "str"), ("warc_offset", "int64"),
    ("fetched_at", "ts"),
)
QUOTE_COLUMNS = (
    ("url", "str"), ("quote_no", "int32"), ("text", "str"), ("speaker", "str"), ("role", "str"),
    ("kind", "str"), ("cue", "str"), ("paragraph", "int32"),
)
FIGURE_COLUMNS = (
    ("url", "str"), ("figure_no", "int32"), ("text", "str"), ("value", "double"), ("unit", "str"),
    ("qualifier", "str"), ("sentence", "str"), ("paragraph", "int32"), ("upper", "double"),
    ("char_start", "int32"), ("char_end", "int32"),
)
FETCH_COLUMNS = (
    ("url", "str"), ("status", "int32"), ("reason", "str"), ("warc_file", "str"), ("warc_offset", "int64"),
    ("fetched_at", "ts"), ("content_type", "str"), ("bytes", "int64"), ("etag", "str"),
    ("last_modified", "str"), ("kind", "str"), ("canonical_url", "str"),
)


def _arrow_type(key: str):
    import pyarrow as pa

    return {
        "str": pa.string(), "strlist": pa.list_(pa.string()), "bool": pa.bool_(),
        "int32": pa.int32(), "int64": pa.int64(), "double": pa.float64(),
        "ts": pa.int64(),  # cast to timestamp below
        "images": pa.list_(pa.struct([("url", pa.string()), ("caption", pa.string()),
                                      ("credit", pa.string()), ("title", pa.string())])),
    }[key]


def _table(columns, data: dict[str, list]):
    import pyarrow as pa

    arrays, names = [], []
    for name, key in columns:
        arr = pa.array(data[name], type=_arrow_type(key))
        if key == "ts":
            arr = arr.cast(pa.timestamp("us", tz="UTC"))
        arrays.append(arr)
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def _content_hash(rec: dict) -> str:
    from extract.core import content_hash

    return content_hash(rec.get("title"), rec.get("lead"), rec.get("text") or "")


def split_rounds(records: Iterable[dict]) -> list[list[dict]]:
    """Records grouped so that no URL occurs twice in a group, keeping their order.

    Two fetches of one article in one batch are applied one after the other, exactly as
    if they had come in two batches.
    """
    rounds: list[list[dict]] = []
    seen: dict[str, int] = {}
    for rec in records:
        if not isinstance(rec, dict):
            raise WarehouseError(f"load expects dicts (article records), got {type(rec).__name__}")
        url = rec.get("url")
        if not url or not isinstance(url, str):
            raise WarehouseError(f"record without a url (source {rec.get('source')!r})")
        k = seen.get(url, 0)
        seen[url] = k + 1
        if k == len(rounds):
            rounds.append([])
        rounds[k].append(rec)
    return rounds


def article_tables(records: list[dict], now_us: int):
    """(articles, quotes, figures) Arrow tables of one round of records."""
    a = {name: [] for name, _ in ARTICLE_COLUMNS}
    q = {name: [] for name, _ in QUOTE_COLUMNS}
    f = {name: [] for name, _ in FIGURE_COLUMNS}
    for rec in records:
        url = rec["url"]
        a["url"].append(url)
        for name in ("site", "section", "article_id", "title", "lead", "dateline", "language", "parser",
                     "fetched_url", "warc_file"):
            a[name].append(_str(rec.get(name)))
        a["text"].append(_str(rec.get("text")))
        for name in ("authors", "editor_codes", "tags", "editors"):
            a[name].append(_strlist(rec.get(name)))
        a["published_at"].append(to_micros(rec.get("published_at"), "published_at", url))
        a["updated_at"].append(to_micros(rec.get("updated_at"), "updated_at", url))
        fetched = to_micros(rec.get("fetched_at"), "fetched_at", url)
        a["fetched_at"].append(fetched if fetched is not None else now_us)
        tr = rec.get("topic_relevant")
        a["topic_relevant"].append(None if tr is None else bool(tr))
        wc = _int(rec.get("word_count"))
        if wc is None and rec.get("text") is not None:
            wc = len(str(rec["text"]).split())
        a["word_count"].append(wc)
        a["content_hash"].append(_str(rec.get("content_hash")) or _content_hash(rec))
        a["http_etag"].append(_str(rec.get("http_etag", rec.get("etag"))))
        a["http_last_modified"].append(_str(rec.get("http_last_modified", rec.get("last_modified"))))
        a["warc_offset"].append(_int(rec.get("warc_offset")))
        imgs = []
        for im in rec.get("images") or ():
            if isinstance(im, dict):
                imgs.append({k: _str(im.get(k)) for k in ("url", "caption", "credit", "title")})
            elif isinstance(im, str):
                imgs.append({"url": im, "caption": None, "credit": None, "title": None})
        a["images"].append(imgs)
        for i, qt in enumerate(rec.get("quotes") or ()):
            if not isinstance(qt, dict):
                continue
            q["url"].append(url)
            q["quote_no"].append(i)
            for name in ("text", "speaker", "role", "kind", "cue"):
                q[name].append(_str(qt.get(name)))
            q["paragraph"].append(_int(qt.get("paragraph")))
        for i, fg in enumerate(rec.get("figures") or ()):
            if not isinstance(fg, dict):
                continue
            f["url"].append(url)
            f["figure_no"].append(i)
            for name in ("text", "unit", "qualifier", "sentence"):
                f[name].append(_str(fg.get(name)))
            f["value"].append(_float(fg.get("value")))
            f["upper"].append(_float(fg.get("upper")))
            f["paragraph"].append(_int(fg.get("paragraph")))
            f["char_start"].append(_int(fg.get("start")))
            f["char_end"].append(_int(fg.get("end")))
    return _table(ARTICLE_COLUMNS, a), _table(QUOTE_COLUMNS, q), _table(FIGURE_COLUMNS, f)


def fetch_table(rows: Iterable[dict], now_us: int):
    d = {name: [] for name, _ in FETCH_COLUMNS}
    for r in rows:
        if not isinstance(r, dict) or not r.get("url"):
            raise WarehouseError("record_fetches: every row needs a url")
        url = r["url"]
        d["url"].append(str(url))
        d["status"].append(_int(r.get("status")))
        for name in ("reason", "warc_file", "content_type", "etag", "last_modified", "kind", "canonical_url"):
            d[name].append(_str(r.get(name)))
        d["warc_offset"].append(_int(r.get("warc_offset")))
        d["bytes"].append(_int(r.get("bytes")))
        t = to_micros(r.get("fetched_at"), "fetched_at", url)
        d["fetched_at"].append(t if t is not None else now_us)
    return _table(FETCH_COLUMNS, d)


def now_micros() -> int:
    return (datetime.now(timezone.utc) - _EPOCH) // _US
