"""Web archives (WARC, and ARC via conversion), plain or gzipped, read as a stream.

Each ``response`` record with HTTP status 200 and an HTML or plain-text body
becomes one document; every other record (requests, metadata, redirects, images…)
is skipped without a word. A truncated or corrupt archive gives one error record
after the last good one. Needs ``warcio`` (``pip install 'clew[ingest]'``).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from pydantic import ValidationError

from clew.errors import InputError
from clew.ingest.base import SourceRecord, excerpt
from clew.ingest.html import NO_TEXT, ExtractError, decode_page, extract_html
from clew.ingest.jsonl import (
    EMPTY_FILE,
    describe_validation_error,
    open_binary,
    reject_options,
)
from clew.model import Document

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\"';\s]+)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


class WarcSource:
    """Reads ``.warc``, ``.warc.gz``, ``.arc`` and ``.arc.gz`` files. Takes no options."""

    name: ClassVar[str] = "warc"
    suffixes: ClassVar[tuple[str, ...]] = (".warc", ".warc.gz", ".arc", ".arc.gz")

    def records(self, path: Path, options: Mapping[str, str]) -> Iterator[SourceRecord]:
        reject_options(self.name, options, allowed=())
        return self._records(path)

    def _records(self, path: Path) -> Iterator[SourceRecord]:
        try:
            from warcio.archiveiterator import ArchiveIterator
        except ImportError:  # pragma: no cover - depends on the installation
            raise InputError("reading WARC files needs warcio; install it with: pip install 'clew[ingest]'") from None
        source_file = str(path)
        with open_binary(path) as fh:
            stream = _CheckedStream(fh)
            archive = ArchiveIterator(stream, arc2warc=True)
            records = iter(archive)
            count = 0  # WARC records read so far, good or skipped
            end = 0  # byte offset just after the last whole record

            def broken(reason: str, offset: int) -> SourceRecord:
                if count:
                    message = f"archive is truncated or corrupt after record {count}: {reason}"
                else:
                    message = f"archive is truncated or corrupt before its first record: {reason}"
                return SourceRecord(
                    source_file=source_file,
                    position=f"record {count + 1} at byte {offset}",
                    raw_sha256=hashlib.sha256(b"").hexdigest(),
                    error=message,
                )

            while True:
                try:
                    record = next(records)
                except StopIteration:
                    break
                except Exception as exc:  # warcio raises many kinds on damaged input
                    yield broken(_describe(exc), end)
                    return
                if _blank(record):
                    break  # only blank lines were left: the end of the archive
                try:
                    result = _read_record(record, source_file)
                    failure: Exception | None = None
                except Exception as exc:  # a damaged payload, or the archive ends inside it
                    result, failure = None, exc
                try:
                    offset = int(archive.get_record_offset())
                    length = int(archive.get_record_length())
                except Exception as exc:
                    yield broken(_describe(exc), end)
                    return
                if not _valid_length(record):
                    yield broken("a record header has no valid Content-Length", offset)
                    return
                if _cut_short(record):
                    yield broken("the last record is cut short (unexpected end of file)", offset)
                    return
                if stream.problem is not None and offset >= stream.problem_at:
                    yield broken(stream.problem, offset)
                    return
                count += 1
                end = offset + length
                if failure is not None:
                    reason = f"cannot read the HTTP payload: {_describe(failure)}"
                    result = _record_error(record, source_file, reason)
                if result is not None:
                    yield result.located(count, offset)
            stream.drain()
            if stream.problem is not None:
                yield broken(stream.problem, max(end, stream.problem_at))
            elif _leftover(fh, end):
                # warcio ends quietly when the last record's header is cut short.
                yield broken(f"the data at byte {end} is not a complete WARC record", end)
            elif count == 0:
                yield SourceRecord(
                    source_file=source_file,
                    position="file",
                    raw_sha256=hashlib.sha256(b"").hexdigest(),
                    error=EMPTY_FILE,
                )


class _Pending:
    """A record built before its position is known (warcio gives offsets after reading)."""

    __slots__ = ("fields",)

    def __init__(self, **fields: Any) -> None:
        self.fields = fields

    def located(self, number: int, offset: int) -> SourceRecord:
        return SourceRecord(position=f"record {number} at byte {offset}", **self.fields)


def _record_error(record: Any, source_file: str, reason: str) -> _Pending:
    """An error for a record whose payload could not be read at all."""
    return _Pending(
        source_file=source_file,
        raw_sha256=hashlib.sha256(b"").hexdigest(),
        url=_target(record),
        captured_at=_warc_date(record),
        error=reason,
    )


def _read_record(record: Any, source_file: str) -> _Pending | None:
    """The document in one WARC record, an error, or ``None`` for a record to skip."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if str(record.http_headers.get_statuscode()) != "200":
        return None
    content_type = str(record.http_headers.get_header("Content-Type") or "")
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in HTML_TYPES and mime not in TEXT_TYPES:
        return None
    match = _CHARSET.search(content_type)
    charset = match.group(1) if match else None
    payload: bytes = record.content_stream().read()
    sha = hashlib.sha256(payload).hexdigest()
    url = _target(record)
    captured_at = _warc_date(record)

    def bad(reason: str) -> _Pending:
        return _Pending(
            source_file=source_file,
            raw_sha256=sha,
            url=url,
            captured_at=captured_at,
            error=reason,
            raw_excerpt=excerpt(payload),
        )

    title: str | None = None
    lang: str | None = None
    try:
        if mime in HTML_TYPES:
            title, text, _canonical, lang = extract_html(payload, charset)
        else:
            text = decode_page(payload, charset, sniff_meta=False).strip()
            if not text:
                raise ExtractError(NO_TEXT)
    except ExtractError as exc:
        return bad(str(exc))
    record_id = _record_id(record) or sha[:16]
    try:
        document = Document(id=f"warc-{record_id}", text=text, title=title, url=url, lang=lang)
    except ValidationError as exc:  # pragma: no cover - the values above are valid
        return bad(describe_validation_error(exc))
    return _Pending(
        source_file=source_file,
        raw_sha256=sha,
        document=document,
        url=url,
        captured_at=captured_at,
        raw_excerpt=excerpt(payload),
    )


def _record_id(record: Any) -> str | None:
    value = str(record.rec_headers.get_header("WARC-Record-ID") or "").strip()
    value = value.removeprefix("<").removesuffix(">")
    value = value.removeprefix("urn:uuid:")
    return value or None


def _target(record: Any) -> str | None:
    value = str(record.rec_headers.get_header("WARC-Target-URI") or "").strip()
    return value or None


def _warc_date(record: Any) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _leftover(fh: BinaryIO, end: int) -> bool:
    """Whether anything but blank lines follows the last whole record."""
    try:
        fh.seek(end)
        return bool(fh.read(64).strip())
    except OSError:  # not seekable (a pipe): cannot tell
        return False


def _blank(record: Any) -> bool:
    """warcio's record for trailing blank lines: no header at all."""
    return not record.rec_headers.protocol and not record.rec_headers.headers


def _valid_length(record: Any) -> bool:
    """Whether the record header has a Content-Length (warcio tolerates a bad one)."""
    try:
        return int(record.rec_headers.get_header("Content-Length")) >= 0
    except (TypeError, ValueError):
        return False


def _cut_short(record: Any) -> bool:
    """Whether the archive ended before the record's declared Content-Length."""
    remaining = getattr(record.raw_stream, "limit", 0)
    return isinstance(remaining, int) and remaining > 0


def _describe(exc: BaseException) -> str:
    message = _SPACES.sub(" ", str(exc)).strip()
    if len(message) > 300:
        message = message[:300] + "…"
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


class _CheckedStream:
    """Passes the file through to warcio and checks its gzip framing on the way.

    warcio stops quietly at a gzip member that is cut short and only prints zlib
    errors, so the members are decompressed a second time here (output thrown away)
    to notice both. ``problem`` then says what is wrong and ``problem_at`` is the
    byte offset of the gzip member where it is.
    """

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self._pos = 0
        self._gzip: bool | None = None
        self._member: Any = None  # zlib decompressor of the current gzip member
        self._member_start = 0
        self.size = 0
        self.problem: str | None = None
        self.problem_at = 0

    def tell(self) -> int:
        return self._pos

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        if self._gzip is None and data:
            self._gzip = data[:2] == b"\x1f\x8b"
        if self._gzip and self.problem is None:
            if data:
                self._check(data)
            elif size != 0:
                self._end()
        self._pos += len(data)
        self.size = max(self.size, self._pos)
        return data

    def drain(self) -> None:
        """Read (and check) whatever warcio left unread."""
        while self.read(1 << 16):
            pass

    def _check(self, data: bytes) -> None:
        offset = self._pos
        while data:
            if self._member is None:
                self._member = zlib.decompressobj(wbits=31)
                self._member_start = offset
            try:
                self._member.decompress(data, 1 << 20)
                while self._member.unconsumed_tail and not self._member.eof:
                    self._member.decompress(self._member.unconsumed_tail, 1 << 20)
            except zlib.error as exc:
                self.problem = f"gzip data is corrupt ({exc})"
                self.problem_at = self._member_start
                return
            if not self._member.eof:
                return
            rest: bytes = self._member.unused_data
            offset += len(data) - len(rest)
            data = rest
            self._member = None

    def _end(self) -> None:
        if self._member is not None:
            self.problem = "the last gzip member is cut short (unexpected end of file)"
            self.problem_at = self._member_start
            self._member = None
