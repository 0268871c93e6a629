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


_CLEAN = {"str": _str, "int32": _int, "int64": _int, "double": _float, "bool": lambda v: None if v is None else bool(v),
          "strlist": _strlist}


def _array(values: list, key: str):
    """An Arrow array of ``values``; well-typed input (what extract_article returns) takes the
    fast path, anything else is cleaned value by value (ints as text, None lists ...)."""
    import pyarrow as pa

    typ = _arrow_type(key)
    if key == "strlist" and any(isinstance(v, str) for v in values):
        return pa.array([_strlist(v) for v in values], type=typ)  # not a list of characters
    try:
        return pa.array(values, type=typ)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        clean = _CLEAN[key]
        return pa.array([clean(v) for v in values], type=typ)


def _ts_array(values: list):
    import pyarrow as pa

    return pa.array(values, type=pa.int64()).cast(pa.timestamp("us", tz="UTC"))


def article_tables(records: list[dict], now_us: int):
    """(articles, quotes, figures) Arrow tables of one round of records.

    Fast path: the plain columns, and the quotes and figures of all records, are read by
    Arrow straight from the dicts (one struct array each, in C++); records that don't fit
    the types (ints as text, a quote that is not a dict ...) take the careful path, value
    by value, which gives the same tables.
    """
    import pyarrow as pa

    cols = _plain_columns(records)
    cols["content_hash"] = _array([r.get("content_hash") or _content_hash(r) for r in records], "str")
    cols["http_etag"] = _array([r.get("http_etag", r.get("etag")) for r in records], "str")
    cols["http_last_modified"] = _array([r.get("http_last_modified", r.get("last_modified")) for r in records], "str")
    for name in ("published_at", "updated_at"):
        cols[name] = _ts_array([to_micros(r.get(name), name, r["url"]) for r in records])
    fetched = [to_micros(r.get("fetched_at"), "fetched_at", r["url"]) for r in records]
    cols["fetched_at"] = _ts_array([now_us if t is None else t for t in fetched])
    wc = [r.get("word_count") for r in records]
    if any(v is None for v in wc):
        wc = [len(str(r.get("text") or "").split()) if v is None and r.get("text") is not None else v
              for v, r in zip(wc, records)]
    cols["word_count"] = _array(wc, "int32")
    images = [r.get("images") or [] for r in records]
    try:
        cols["images"] = pa.array(images, type=_arrow_type("images"))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        cols["images"] = pa.array([[_image(im) for im in imgs if isinstance(im, (dict, str))] for imgs in images],
                                  type=_arrow_type("images"))
    arts = pa.Table.from_arrays([cols[name] for name, _ in ARTICLE_COLUMNS], names=[n for n, _ in ARTICLE_COLUMNS])
    return arts, _items(records, "quotes", QUOTE_COLUMNS, "quote_no", {}), \
        _items(records, "figures", FIGURE_COLUMNS, "figure_no", {"char_start": "start", "char_end": "end"})


# the article columns Arrow reads as they are (strings, string lists, bool, int64)
_PLAIN_KEYS = {name: key for name, key in ARTICLE_COLUMNS
               if key in ("str", "strlist", "bool", "int64")
               and name not in ("content_hash", "http_etag", "http_last_modified")}
_PLAIN_NAMES = tuple(_PLAIN_KEYS)
_STRLIST_NAMES = tuple(n for n, k in _PLAIN_KEYS.items() if k == "strlist")


def _plain_columns(records: list[dict], fast: bool = True) -> dict[str, Any]:
    """The plain article columns: in one struct array read by Arrow if the values fit,
    else column by column with cleaning. A missing list is an empty one."""
    import pyarrow as pa

    cols: dict[str, Any] = {}
    plain = None
    # Arrow would read a lone string as a list of its characters
    if fast and not any(isinstance(r.get(n), str) for n in _STRLIST_NAMES for r in records):
        try:
            plain = pa.array(records, type=pa.struct([(n, _arrow_type(k)) for n, k in _PLAIN_KEYS.items()]))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            plain = None
    if plain is not None:
        cols.update(zip(_PLAIN_NAMES, plain.flatten()))
    else:
        for name in _PLAIN_NAMES:
            cols[name] = _array([r.get(name) for r in records], _PLAIN_KEYS[name])
    for name in _STRLIST_NAMES:
        if cols[name].null_count:
            cols[name] = _array([v if v is not None else [] for v in cols[name].to_pylist()], "strlist")
    return cols


def _items(records: list[dict], field: str, columns, number: str, renamed: dict[str, str]):
    """The quotes (or figures) of all records as one table: url, position in its record's
    list, then the item's fields (``renamed``: column -> key in the item dict)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    fields = [(name, key) for name, key in columns if name not in ("url", number)]
    struct = pa.struct([(renamed.get(name, name), _arrow_type(key)) for name, key in fields])
    lists = [r.get(field) or [] for r in records]
    try:
        nested = pa.array(lists, type=pa.list_(struct))
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return _items_slow(records, field, columns, number, renamed)
    flat = nested.flatten()
    parent = pc.list_parent_indices(nested)
    urls = pa.array([r["url"] for r in records], type=pa.string()).take(parent)
    starts = nested.offsets.take(parent)  # offset of each item's list in the flat array
    no = pc.subtract(pa.array(range(len(flat)), type=pa.int32()), starts)
    arrays = [urls, no.cast(pa.int32()), *flat.flatten()]
    return pa.Table.from_arrays(arrays, names=["url", number, *(name for name, _ in fields)])


def _items_slow(records: list[dict], field: str, columns, number: str, renamed: dict[str, str]):
    """The same table as ``_items``, value by value: items that are not dicts are left out,
    values of the wrong type are converted where they can be (else null)."""
    import pyarrow as pa

    items = [(r["url"], i, it) for r in records for i, it in enumerate(r.get(field) or ()) if isinstance(it, dict)]
    data = {"url": [u for u, _, _ in items], number: [i for _, i, _ in items]}
    for name, key in columns:
        if name not in data:
            src = renamed.get(name, name)
            data[name] = [it.get(src) for _, _, it in items]
    return pa.Table.from_arrays([_array(data[n], k) for n, k in columns], names=[n for n, _ in columns])


def _image(im) -> dict:
    if isinstance(im, str):
        return {"url": im, "caption": None, "credit": None, "title": None}
    return {k: _str(im.get(k)) for k in ("url", "caption", "credit", "title")}


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
