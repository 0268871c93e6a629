"""Timestamps of Indonesian news pages, always time-zone aware.

Two paths, fast one first:

* ``parse_iso`` reads machine values (meta tags, JSON-LD, ``datetime`` attributes) with
  ``datetime.fromisoformat``; a value without an offset is wall-clock time of the site
  (WIB unless the caller says otherwise).
* ``parse_visible`` reads what a reader sees ("Diterbitkan 21 Apr 2019, 14:00 WIB",
  "pada 26 Jun 2020, 13:58 WIB", "Rabu, 02 Okt 2024 09:15 WIT", "23/01/2019, 11:30 WIB")
  with a small regular grammar of Indonesian month names and zones, and falls back to
  dateparser (``languages=['id']``) only for forms the grammar does not know.

Nothing here returns a naive datetime: when no zone can be known, the site's zone is used.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT}

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "ags": 8, "agt": 8, "agst": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12,
}

# Labels that precede a visible timestamp; "oleh X diperbarui ..." keeps only the date part.
_LABELS = re.compile(
    r"^.*?\b(?:diterbitkan|diperbarui|diperbaharui|dipublikasikan|terbit|update[d]?|pada|tayang)\b[\s:]*",
    re.I,
)
_DAYNAME = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
_ZONE = r"(?P<zone>WITA|WIB|WIT|GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?|UTC)?"
_TIME = r"(?:(?:\s*[,|\u2013\u2014-]\s*|\s+)(?:pukul\s+|jam\s+|pkl\.?\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?\s*" + _ZONE + r")?"
_TEXT_DATE = re.compile(
    r"(?:" + _DAYNAME + r",?\s*)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<y>\d{4})" + _TIME,
    re.I,
)
_NUM_DATE = re.compile(
    r"(?:" + _DAYNAME + r",?\s*)?\(?(?P<d>\d{1,2})[/-](?P<mon>\d{1,2})[/-](?P<y>\d{4})\)?" + _TIME,
    re.I,
)
_ISO_LIKE = re.compile(r"^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}")


def _zone(name: str | None, default: timezone) -> timezone:
    if not name:
        return default
    name = name.upper().replace(" ", "")
    if name in ZONES:
        return ZONES[name]
    if name == "UTC":
        return timezone.utc
    m = re.match(r"GMT([+-])(\d{1,2})(?::?(\d{2}))?", name)
    if m:
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return timezone(delta if m.group(1) == "+" else -delta)
    return default


def parse_iso(value: str | None, default_tz: timezone = WIB) -> datetime | None:
    """An ISO 8601 value ("2019-01-23T11:30:00+07:00", "2019-04-21 14:00:00", "...Z")."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    if not _ISO_LIKE.match(s):
        return None
    if "/" in s[:10]:  # "2025/10/29 16:10:27" (detik's publishdate)
        s = re.sub(r"^(\d{4})/(\d{1,2})/(\d{1,2})", lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", s)
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    # "+0700" -> "+07:00" for older Pythons' fromisoformat and for safety
    s = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", s)
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        return None
    if dt.tzinfo is None or dt.utcoffset() is None:
        dt = dt.replace(tzinfo=default_tz)
    return dt


def parse_visible(text: str | None, default_tz: timezone = WIB) -> datetime | None:
    """A timestamp as printed on an Indonesian page; None when there is none."""
    if not text:
        return None
    s = re.sub(r"\s+", " ", text).strip()
    if not s:
        return None
    iso = parse_iso(s, default_tz)
    if iso is not None:
        return iso
    body = _LABELS.sub("", s, count=1) if _LABELS.match(s) else s
    for pattern, numeric in ((_TEXT_DATE, False), (_NUM_DATE, True)):
        for m in pattern.finditer(body):
            dt = _from_match(m, numeric, default_tz)
            if dt is not None:
                return dt
    return _dateparser_fallback(body, default_tz)


_PUBLISHED_LABEL = re.compile(r"\b(?:diterbitkan|terbit|dipublikasikan|dipublikasi|publikasi|published|posted|tayang|pada|dibuat)\b", re.I)
_UPDATED_LABEL = re.compile(r"\b(?:diperbarui|diperbaharui|diupdate|diupdate|pembaruan|update[d]?|modified|terakhir\s+diubah)\b", re.I)


def labelled_times(text: str | None, default_tz: timezone = WIB) -> list[tuple[str | None, datetime]]:
    """Every timestamp printed in ``text`` with the label before it: "published", "updated" or None.

    "oleh Jeko I. R. diperbarui 21 Apr 2019, 14:00 WIB Diterbitkan 21 Apr 2019, 13:00 WIB" gives
    [("updated", 14:00), ("published", 13:00)].
    """
    if not text:
        return []
    s = re.sub(r"\s+", " ", text).strip()
    found = []
    for pattern, numeric in ((_TEXT_DATE, False), (_NUM_DATE, True)):
        for m in pattern.finditer(s):
            dt = _from_match(m, numeric, default_tz)
            if dt is not None:
                found.append((m.start(), m.end(), dt))
    found.sort()
    out, prev_end = [], 0
    for start, end, dt in found:
        if start < prev_end:
            continue
        before = s[prev_end:start]
        last_pub = max((x.end() for x in _PUBLISHED_LABEL.finditer(before)), default=-1)
        last_upd = max((x.end() for x in _UPDATED_LABEL.finditer(before)), default=-1)
        label = None if last_pub == last_upd == -1 else ("updated" if last_upd > last_pub else "published")
        out.append((label, dt))
        prev_end = end
    return out


def zone_in(text: str | None) -> timezone | None:
    """The zone a page prints beside its times (WIB/WITA/WIT), if any."""
    if not text:
        return None
    m = re.search(r"\d[:.]\d{2}\s*(WITA|WIB|WIT)\b", text)
    return ZONES[m.group(1)] if m else None


def _from_match(m, numeric: bool, default_tz: timezone) -> datetime | None:
    if numeric:
        month = int(m.group("mon"))
    else:
        month = MONTHS.get(m.group("mon").lower().rstrip("."))
        if month is None:
            return None
    try:
        return datetime(
            int(m.group("y")), month, int(m.group("d")),
            int(m.group("H") or 0), int(m.group("M") or 0), int(m.group("S") or 0),
            tzinfo=_zone(m.group("zone"), default_tz),
        )
    except ValueError:
        return None


def _dateparser_fallback(text: str, default_tz: timezone) -> datetime | None:
    if not re.search(r"\d", text):
        return None
    import dateparser  # heavy (0.25 s import, 0.2 s first call): only for forms the grammar missed

    dt = dateparser.parse(
        text,
        languages=["id"],
        settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"},
    )
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz)
    return dt


def iso(dt: datetime | None) -> str | None:
    """The record form: ISO 8601 with offset, seconds precision."""
    if dt is None:
        return None
    if dt.tzinfo is None:  # defensive: never emit a naive time
        dt = dt.replace(tzinfo=WIB)
    return dt.replace(microsecond=0).isoformat()
