"""CSV and TSV: a header row, then one ``Document`` per row.

Options:

``delimiter``
    One character (``tab`` or ``\\t`` for a tab). Default ``,``, or a tab for ``.tsv``.
``map.<field>=<column>``
    Take a ``Document`` field (or ``captured_at``) from a differently named column,
    e.g. ``map.text=body``. Unmapped fields come from a column of the same name.

Without an id column, the id is ``csv-`` and the first 16 hex digits of the row's
SHA-256, so the same row always gets the same id.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from pydantic import TypeAdapter

from clew.errors import InputError
from clew.ingest.base import SourceRecord, excerpt
from clew.ingest.jsonl import (
    EMPTY_FILE,
    document_record,
    open_binary,
    strip_newline,
)
from clew.model import Document

FIELDS: tuple[str, ...] = (*Document.model_fields, "captured_at")

FIELD_LIMIT = 131_072
"""Longest cell, in characters (the csv module's own default): a longer one is a syntax error
for that row, which is quarantined while the rows around it are read."""
"""Fields a column can be mapped to."""

_OPTIONAL = frozenset(FIELDS) - {"id", "text"}
_UTF8_BOM = b"\xef\xbb\xbf"
_ESCAPED = re.compile("[\udc80-\udcff]")  # undecodable bytes, kept by surrogateescape
_IMAGE_SEPARATORS = re.compile(r"[|\s]+")
_DATETIME: TypeAdapter[datetime] = TypeAdapter(datetime)


@dataclass(frozen=True, slots=True)
class CsvOptions:
    delimiter: str | None
    """``None``: decide from the file name."""
    mapping: dict[str, str]
    """Field → column name, from the ``map.<field>`` options."""


def parse_options(options: Mapping[str, str]) -> CsvOptions:
    """Check the CSV options; a wrong one is an ``InputError``."""
    delimiter: str | None = None
    mapping: dict[str, str] = {}
    for key, value in options.items():
        if key == "delimiter":
            delimiter = "\t" if value in ("\\t", "tab", "TAB") else value
            if len(delimiter) != 1 or delimiter in ('"', "\r", "\n"):
                raise InputError(f"the csv option delimiter must be one character (or 'tab'); got {value!r}")
        elif key.startswith("map."):
            field = key[len("map.") :]
            if field not in FIELDS:
                raise InputError(f"the csv option {key!r} names no document field; fields are: {', '.join(FIELDS)}")
            if not value.strip():
                raise InputError(f"the csv option {key!r} needs a column name")
            mapping[field] = value.strip()
        else:
            raise InputError(f"the csv format takes only delimiter and map.<field>; got {key!r}")
    return CsvOptions(delimiter=delimiter, mapping=mapping)


class CsvSource:
    """Reads CSV (``.csv``) and TSV (``.tsv``) files with a header row."""

    name: ClassVar[str] = "csv"
    suffixes: ClassVar[tuple[str, ...]] = (".csv", ".tsv")

    def records(self, path: Path, options: Mapping[str, str]) -> Iterator[SourceRecord]:
        return self._records(path, parse_options(options))

    def _records(self, path: Path, opts: CsvOptions) -> Iterator[SourceRecord]:
        # The csv module's field limit is process-wide, and libraries change it when they
        # are imported (followthemoney raises it): set ours while reading, then put it back.
        previous = csv.field_size_limit(FIELD_LIMIT)
        try:
            yield from self._read(path, opts)
        finally:
            csv.field_size_limit(previous)

    def _read(self, path: Path, opts: CsvOptions) -> Iterator[SourceRecord]:
        delimiter = opts.delimiter or ("\t" if path.name.lower().endswith(".tsv") else ",")
        source_file = str(path)
        with open_binary(path) as fh:
            lines = _Lines(fh)
            reader = csv.reader(lines, delimiter=delimiter)

            def whole_file(reason: str, position: str = "file") -> SourceRecord:
                raw = lines.take()
                return SourceRecord(
                    source_file=source_file,
                    position=position,
                    raw_sha256=hashlib.sha256(raw).hexdigest(),
                    error=reason,
                    raw_excerpt=excerpt(raw),
                )

            # The header: the first row that is not blank.
            header: list[str] | None = None
            while header is None:
                lines.start = lines.line + 1
                try:
                    row = next(reader)
                except StopIteration:
                    yield whole_file(EMPTY_FILE)
                    return
                except csv.Error as exc:
                    yield whole_file(f"cannot read the header row: {exc}", lines.here())
                    return
                if _is_blank(row):
                    lines.take()
                    continue
                header = [name.strip() for name in row]
            if any(_ESCAPED.search(name) for name in header):
                raw = b"".join(lines.raw)
                yield whole_file(
                    f"the header row is {_bad_utf8(raw, lines.start)}; convert the file to UTF-8",
                    lines.here(),
                )
                return
            columns = _columns(header, opts.mapping, source_file)
            if "text" not in columns:
                yield whole_file(
                    f"the header has no 'text' column (columns: {', '.join(header)}); "
                    "name the text column with the option map.text=<column>",
                    lines.here(),
                )
                return
            lines.take()

            number = 0
            while True:
                lines.start = lines.line + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    number += 1
                    yield _bad(lines, source_file, number, f"CSV syntax error: {exc}")
                    continue
                if _is_blank(row):
                    lines.take()
                    continue
                number += 1
                yield _row_record(row, header, columns, lines, source_file, number)
            if number == 0:
                yield SourceRecord(
                    source_file=source_file,
                    position="file",
                    raw_sha256=hashlib.sha256(b"").hexdigest(),
                    error="the file has a header row but no data rows",
                )


class _Lines:
    """Feeds decoded lines to ``csv.reader`` and keeps the raw bytes of the current row."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        self.line = 0
        """Lines read so far."""
        self.start = 1
        """The line where the current row starts."""
        self.raw: list[bytes] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self._fh.readline()
        if not raw:
            raise StopIteration
        self.line += 1
        if self.line == 1 and raw.startswith(_UTF8_BOM):
            raw = raw[len(_UTF8_BOM) :]
        self.raw.append(raw)
        return raw.decode("utf-8", errors="surrogateescape")

    def here(self) -> str:
        return f"header (line {self.start})"

    def take(self) -> bytes:
        """The raw bytes of the row just read (without the final newline); start afresh."""
        raw = strip_newline(b"".join(self.raw))
        self.raw = []
        return raw


def _is_blank(row: list[str]) -> bool:
    return not row or (len(row) == 1 and not row[0].strip())


def _columns(header: list[str], mapping: dict[str, str], source_file: str) -> dict[str, int]:
    """Field → column index. A mapped column missing from the header stops the file."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(name, i)
    columns: dict[str, int] = {}
    for field in FIELDS:
        if field in mapping:
            column = mapping[field]
            if column not in index:
                raise InputError(
                    f"column {column!r} (from the option map.{field}) is not in the header; "
                    f"the header has: {', '.join(map(repr, header))}",
                    where=source_file,
                )
            columns[field] = index[column]
        elif field in index:
            columns[field] = index[field]
    return columns


def _bad_utf8(raw: bytes, first_line: int) -> str:
    """``not valid UTF-8 at byte B of line L`` for the first bad byte of ``raw``."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = first_line + before.count(b"\n")
        byte = exc.start - (before.rfind(b"\n") + 1)
        return f"not valid UTF-8 at byte {byte} of line {line}"
    return "not valid UTF-8"  # pragma: no cover - only called when decoding fails


def _bad(lines: _Lines, source_file: str, number: int, reason: str) -> SourceRecord:
    start = lines.start
    return SourceRecord.rejected(source_file, f"row {number} (line {start})", lines.take(), reason)


def _row_record(
    row: list[str],
    header: list[str],
    columns: dict[str, int],
    lines: _Lines,
    source_file: str,
    number: int,
) -> SourceRecord:
    start = lines.start
    raw = lines.take()
    sha = hashlib.sha256(raw).hexdigest()
    position = f"row {number} (line {start})"

    bad = partial(SourceRecord.rejected, source_file, position, raw)

    if len(row) != len(header):
        return bad(f"row {number} has {len(row)} fields, the header has {len(header)}")
    if any(_ESCAPED.search(cell) for cell in row):
        return bad(_bad_utf8(raw, start))

    values: dict[str, Any] = {}
    for field, i in columns.items():
        cell = row[i]
        if field in _OPTIONAL and not cell.strip():
            continue
        if field == "images":
            values[field] = [part for part in _IMAGE_SEPARATORS.split(cell) if part]
        elif field == "text":
            values[field] = cell
        else:
            values[field] = cell.strip()
    if "id" not in columns:
        values["id"] = f"csv-{sha[:16]}"
    captured = values.pop("captured_at", None)
    return document_record(values, captured, source_file=source_file, position=position, raw=raw)
