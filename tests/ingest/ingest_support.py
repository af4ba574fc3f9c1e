"""Helpers for the ingest tests: small synthetic inputs.

All data is made up: example.com domains and 555-01xx phone numbers.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

POSITION = re.compile(
    r"line [1-9]\d*"
    r"|row [1-9]\d* \(line [1-9]\d*\)"
    r"|header \(line [1-9]\d*\)"
    r"|record [1-9]\d* at byte \d+"
    r"|file"
)
"""Every position a built-in source may give."""


@dataclass
class Rec:
    """One WARC record to write."""

    type: str = "response"
    url: str = "https://example.com/"
    body: bytes = b""
    status: str = "200 OK"
    headers: Sequence[tuple[str, str]] = (("Content-Type", "text/html; charset=utf-8"),)
    warc_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class WrittenWarc:
    path: Path
    data: bytes
    offsets: list[int]
    """Byte offset of every record, in order."""
    ids: list[str]
    """WARC-Record-ID of every record, in order."""


WarcFactory = Callable[..., WrittenWarc]
"""The ``make_warc`` fixture: ``make_warc(records, gzip=True, name=None)``."""


def write_warc(path: Path, records: Sequence[Rec], *, gzip: bool) -> WrittenWarc:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for rec in records:
        if rec.type == "warcinfo":
            record = writer.create_warcinfo_record(path.name, {"software": "clew-tests"})
        elif rec.type in ("response", "request"):
            statusline = rec.status if rec.type == "response" else "GET / HTTP/1.1"
            http = StatusAndHeaders(
                statusline,
                list(rec.headers),
                protocol="HTTP/1.1" if rec.type == "response" else "",
                is_http_request=rec.type == "request",
            )
            record = writer.create_warc_record(
                rec.url,
                rec.type,
                payload=io.BytesIO(rec.body),
                http_headers=http,
                warc_headers_dict=dict(rec.warc_headers),
            )
        else:  # metadata, resource, …: no HTTP headers
            record = writer.create_warc_record(
                rec.url,
                rec.type,
                payload=io.BytesIO(rec.body),
                warc_content_type="text/plain",
                warc_headers_dict=dict(rec.warc_headers),
            )
        writer.write_record(record)
    data = buf.getvalue()
    path.write_bytes(data)
    offsets: list[int] = []
    ids: list[str] = []
    iterator = ArchiveIterator(io.BytesIO(data))
    for record in iterator:
        ids.append(record.rec_headers.get_header("WARC-Record-ID"))
        offsets.append(iterator.get_record_offset())
    assert len(offsets) == len(records)
    return WrittenWarc(path=path, data=data, offsets=offsets, ids=ids)


def page(body: str, *, title: str = "Ad", head: str = "") -> bytes:
    """A small UTF-8 HTML page."""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}"
        f"</head><body>{body}</body></html>"
    ).encode()
