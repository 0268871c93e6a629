"""The raw archive: gzip WARC files (ISO 28500, WARC/1.1) written with warcio, rotated by size.

Every fetch is stored as a ``request`` record and a ``response`` record; ``write`` returns
the WARC file name and the byte offset of the response record, which the database keeps so any page
can be read back (``read_record``) without the network. Plain WARC, nothing else: any WARC
tool (warcio, pywb, replayweb.page) reads the archive.

The response payload is stored as it came over the wire (a gzip-encoded body keeps its
``Content-Encoding``; only the chunked transfer coding is removed), so WARC readers decode
it as they would a live response. ``WARC-Date`` carries microseconds (allowed by WARC/1.1):
it is the same instant as ``fetches.fetched_at`` in the database.

Durability: every record is flushed to the operating system at once (a killed process
loses nothing written), and ``sync`` (fsync) is called before the database stores offsets
that point into the file. A crash can leave the last record of the newest file incomplete;
``iter_responses`` stops at it and reports it instead of failing.

This module does not import Scrapy: ``arsip reextract`` reads the archive with it too.
"""
from __future__ import annotations

import io
import logging
import os
import re
import socket
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 1_000_000_000  # rotate at about 1 GB, the common WARC practice


def warc_date(dt: datetime) -> str:
    """WARC/1.1 date with microseconds, UTC."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_warc_date(s: str | None) -> datetime | None:
    if not s:
        return None
    s = s.strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        return None


class WarcArchive:
    """Appends fetches to ``DIR/arsip-<UTC time>-<n>-<rand>.warc.gz``; a new file past ``max_bytes``.

    Each process writes its own files (never appends to an older one), so a crawl killed in
    the middle of a record cannot damage what an earlier run wrote.
    """

    def __init__(self, directory: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, prefix: str = "arsip"):
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self._fh = None
        self._writer: WARCWriter | None = None
        self._name: str | None = None
        self._serial = 0
        self._dirty = False
        self.records = 0
        self.files: list[str] = []

    def _open(self) -> None:
        self._serial += 1
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
        self._name = f"{self.prefix}-{stamp}-{self._serial:05d}-{uuid.uuid4().hex[:6]}.warc.gz"
        self._fh = open(self.dir / self._name, "ab")
        self._writer = WARCWriter(self._fh, gzip=True, warc_version="1.1")
        info = self._writer.create_warcinfo_record(self._name, {
            "software": "arsip (warcio)", "format": "WARC File Format 1.1",
            "hostname": socket.gethostname(), "conformsTo": "https://iso.org/standard/68004.html",
        })
        self._writer.write_record(info)
        self._fh.flush()
        self.files.append(self._name)

    def write(
        self,
        url: str,
        status: int,
        reason: str,
        response_headers: list[tuple[str, str]],
        body: bytes,
        request_headers: list[tuple[str, str]] | None = None,
        method: str = "GET",
        protocol: str = "HTTP/1.1",
        fetched_at: datetime | None = None,
    ) -> tuple[str, int]:
        """Write one response/request pair (warcio writes the response record first, the
        request record, ``WARC-Concurrent-To`` it, right after); return (file name, offset of
        the response record). ``read_record`` reads the response from that offset.
        """
        if self._writer is None or (self._fh.tell() >= self.max_bytes):
            self.close()
            self._open()
        assert self._writer is not None and self._fh is not None
        date = warc_date(fetched_at or datetime.now(timezone.utc))
        # The chunked coding and the wire Content-Length no longer describe the stored body;
        # Content-Encoding does (the body is kept encoded), so it stays.
        headers = [(k, v) for k, v in response_headers if k.lower() not in ("content-length", "transfer-encoding")]
        headers.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol=protocol)
        resp = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        parts = url.split("/", 3)
        path = parts[3] if len(parts) > 3 else ""
        req_headers = StatusAndHeaders(f"{method} /{path} {protocol}", request_headers or [], is_http_request=True)
        req = self._writer.create_warc_record(url, "request", http_headers=req_headers,
                                              warc_headers_dict={"WARC-Date": date})
        offset = self._fh.tell()
        self._writer.write_request_response_pair(req, resp)
        self._fh.flush()  # in the OS: survives the process being killed
        self._dirty = True
        self.records += 2
        return self._name, offset

    def sync(self) -> None:
        """fsync the current file: offsets handed out so far survive a power loss too."""
        if self._fh is not None and self._dirty:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._dirty = False

    @property
    def current_file(self) -> str | None:
        return self._name

    def close(self) -> None:
        if self._fh is not None:
            self.sync()
            self._fh.close()
        self._fh = None
        self._writer = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def header(headers: list[tuple[str, str]], name: str) -> str | None:
    name = name.lower()
    for k, v in headers:
        if k.lower() == name:
            return v
    return None


def decode_html(body: bytes, content_type: str | None) -> str:
    """Text of an HTML body, decoded the way browsers and Scrapy do: BOM, then the charset of
    the Content-Type header, then ``<meta charset>``, else UTF-8 (w3lib's rules).

    The crawler and ``arsip reextract`` both decode with this function, so re-extracting
    from the archive sees exactly the text the crawl saw.
    """
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(content_type or "", body)
    return text


_XML_ROOT = re.compile(rb"<(urlset|sitemapindex|rss|feed)[\s>]")


def body_truncated(body: bytes, content_type: str | None) -> bool:
    """Does this (decoded) body stop before the end of its markup? An HTML page without
    ``</html>``/``</body>``, a sitemap or feed without its closing root tag."""
    if not body.strip():
        return True
    ctype = (content_type or "").lower()
    tail = body[-4096:].lower()
    if "html" in ctype:
        return b"</html" not in tail and b"</body" not in tail
    if "xml" in ctype or "rss" in ctype:
        m = _XML_ROOT.search(body[:4096])
        return bool(m) and (b"</" + m.group(1)) not in tail
    return False


def read_record(directory: str | os.PathLike, warc_file: str, offset: int):
    """(url, status, headers, body) of the response stored at ``offset`` (a pair's start).

    The body is decoded from its Content-Encoding (gzip, deflate), as a client would.
    """
    with open(Path(directory) / warc_file, "rb") as fh:
        fh.seek(offset)
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                return (rec.rec_headers.get_header("WARC-Target-URI"), int(rec.http_headers.get_statuscode()),
                        rec.http_headers.headers, rec.content_stream().read())
    raise KeyError(f"no response record at {warc_file}:{offset}")


def warc_files(directory: str | os.PathLike) -> list[Path]:
    """The archive's files, oldest first (the names start with their UTC creation time)."""
    return sorted(Path(directory).glob("*.warc.gz"), key=lambda p: p.name)


def iter_responses(directory: str | os.PathLike, with_body: bool = True, problems: list | None = None) -> Iterator[dict]:
    """Every response record in the archive, oldest file first.

    Each item: ``warc_file``, ``warc_offset`` (of the response record, as ``write`` returned it), ``url``, ``date`` (WARC-Date string), ``fetched_at`` (datetime),
    ``status``, ``headers``, and ``body`` (decoded from its Content-Encoding) unless
    ``with_body`` is false. A damaged tail (a crash in the middle of a record) ends that
    file; it is logged and appended to ``problems`` when given.
    """
    for path in warc_files(directory):
        with open(path, "rb") as fh:
            it = ArchiveIterator(fh)
            offset = 0
            try:
                for rec in it:
                    if rec.rec_type != "response" or rec.http_headers is None:
                        continue
                    body = rec.content_stream().read() if with_body else None
                    offset = it.get_record_offset()  # (reads the record to its end: after the body)
                    date = rec.rec_headers.get_header("WARC-Date")
                    item = {
                        "warc_file": path.name,
                        "warc_offset": offset,
                        "url": rec.rec_headers.get_header("WARC-Target-URI"),
                        "date": date,
                        "fetched_at": parse_warc_date(date),
                        "status": int(rec.http_headers.get_statuscode()),
                        "headers": rec.http_headers.headers,
                    }
                    if with_body:
                        item["body"] = body
                    yield item
            except Exception as e:  # truncated gzip member, half-written record
                msg = f"{path.name}: unreadable after offset {offset} ({e.__class__.__name__})"
                log.warning("archive: %s", msg)
                if problems is not None:
                    problems.append(msg)
