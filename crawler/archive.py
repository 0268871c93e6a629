"""The raw archive: gzip WARC files (ISO 28500) written with warcio, rotated by size.

Every fetch is stored as a ``request`` record and a ``response`` record; ``write`` returns
the WARC file name and the byte offset of the response record, which the database keeps
so any page can be read back (``read_record``) without the network. Plain WARC, nothing
else: any WARC tool (warcio, pywb, replayweb.page) reads the archive.

This module does not import Scrapy: ``arsip reextract`` reads the archive with it too.
"""
from __future__ import annotations

import io
import os
import socket
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DEFAULT_MAX_BYTES = 1_000_000_000  # rotate at about 1 GB, the common WARC practice


class WarcArchive:
    """Appends fetches to ``DIR/arsip-<UTC time>-<n>.warc.gz``; a new file past ``max_bytes``."""

    def __init__(self, directory: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, prefix: str = "arsip"):
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self._fh = None
        self._writer: WARCWriter | None = None
        self._name: str | None = None
        self._serial = 0
        self.records = 0

    # Each file starts with a warcinfo record and is closed cleanly, so a crash leaves
    # at most the record being written incomplete; gzip members keep earlier records readable.
    def _open(self) -> None:
        self._serial += 1
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
        self._name = f"{self.prefix}-{stamp}-{self._serial:05d}-{uuid.uuid4().hex[:6]}.warc.gz"
        self._fh = open(self.dir / self._name, "ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(self._name, {
            "software": "arsip (warcio)", "format": "WARC File Format 1.1",
            "hostname": socket.gethostname(), "conformsTo": "https://iso.org/standard/68004.html",
        })
        self._writer.write_record(info)

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
        """Write one request/response pair; return (file name, offset where the pair starts).

        ``read_record`` reads from that offset and returns the response.
        """
        if self._writer is None or (self._fh.tell() >= self.max_bytes):
            self.close()
            self._open()
        assert self._writer is not None and self._fh is not None
        date = (fetched_at or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        # Content-Length/Transfer-Encoding of the wire no longer describe the stored (decoded) body.
        headers = [(k, v) for k, v in response_headers
                   if k.lower() not in ("content-length", "transfer-encoding", "content-encoding")]
        headers.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol=protocol)
        resp = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        req_headers = StatusAndHeaders(f"{method} /{path} {protocol}", request_headers or [], is_http_request=True)
        req = self._writer.create_warc_record(url, "request", http_headers=req_headers,
                                              warc_headers_dict={"WARC-Date": date})
        self._fh.flush()
        offset = self._fh.tell()
        self._writer.write_request_response_pair(req, resp)  # request first, then its response
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.records += 2
        return self._name, offset

    @property
    def current_file(self) -> str | None:
        return self._name

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            self._fh.close()
        self._fh = None
        self._writer = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_record(directory: str | os.PathLike, warc_file: str, offset: int):
    """(url, status, headers, body) of the response stored at ``offset`` (a pair's start)."""
    with open(Path(directory) / warc_file, "rb") as fh:
        fh.seek(offset)
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                return (rec.rec_headers.get_header("WARC-Target-URI"), int(rec.http_headers.get_statuscode()),
                        rec.http_headers.headers, rec.content_stream().read())
    raise KeyError(f"no response record at {warc_file}:{offset}")


def iter_responses(directory: str | os.PathLike) -> Iterator[dict]:
    """Every response record in the archive, oldest file first."""
    for path in sorted(Path(directory).glob("*.warc.gz")):
        with open(path, "rb") as fh:
            it = ArchiveIterator(fh)
            for rec in it:
                if rec.rec_type != "response":
                    continue
                yield {
                    "warc_file": path.name,
                    "warc_offset": it.get_record_offset(),
                    "url": rec.rec_headers.get_header("WARC-Target-URI"),
                    "date": rec.rec_headers.get_header("WARC-Date"),
                    "status": int(rec.http_headers.get_statuscode()),
                    "headers": rec.http_headers.headers,
                    "body": rec.content_stream().read(),
                }
