"""Property tests: any bytes give records (never an exception); valid documents round-trip."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_support import POSITION

from clew.ingest import read
from clew.ingest.base import RAW_EXCERPT_CHARS, SourceRecord
from clew.model import Document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SHA = re.compile(r"[0-9a-f]{64}")

# Bytes that look a little like the real thing, so the readers' deeper paths get exercised.
_FRAGMENTS = st.sampled_from(
    [
        b"\n", b"\r\n", b",", b"\t", b'"', b"{", b"}", b"[", b"]", b":", b'"id"', b'"text"',
        b"id,text\n", b'{"id": "1", "text": "t"}', b"\\ud800", b"\xff", b"\xc3", b"\xef\xbb\xbf",
        b"\x00", b" ", b"213-555-0127", b"null", b"1e999",
    ]
)  # fmt: skip
JUNK = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(_FRAGMENTS, st.binary(max_size=8)), max_size=60).map(b"".join),
)


def _check_shape(records: list[SourceRecord]) -> None:
    for record in records:
        assert POSITION.fullmatch(record.position), record.position
        assert (record.document is None) != (record.error is None)
        assert _SHA.fullmatch(record.raw_sha256)
        assert len(record.raw_excerpt) <= RAW_EXCERPT_CHARS
        if record.error is not None:
            assert record.error.strip()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("properties")


@SETTINGS
@given(data=JUNK)
def test_jsonl_any_bytes_give_records(scratch: Path, data: bytes) -> None:
    path = scratch / "junk.jsonl"
    path.write_bytes(data)
    records = list(read(path))
    _check_shape(records)
    data_lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")  # a BOM only counts on line 1
    lines = [n for n, line in enumerate(data_lines, start=1) if line.strip()]
    if lines:
        assert [r.position for r in records] == [f"line {n}" for n in lines]
    else:
        assert [(r.position, r.error) for r in records] == [("file", "the file is empty: no records")]


@SETTINGS
@given(data=JUNK, with_header=st.booleans())
def test_csv_any_bytes_give_records(scratch: Path, data: bytes, with_header: bool) -> None:
    path = scratch / "junk.csv"
    path.write_bytes((b"id,text,title\n" if with_header else b"") + data)
    records = list(read(path))
    _check_shape(records)
    assert records
    rows = [r for r in records if r.position.startswith("row ")]
    if rows:
        assert len(rows) == len(records)
        numbers = [int(r.position.split()[1]) for r in rows]
        lines = [int(r.position.rsplit(" ", 1)[1].rstrip(")")) for r in rows]
        assert numbers == list(range(1, len(rows) + 1))
        assert lines == sorted(set(lines)) and lines[0] >= 2
    else:
        assert len(records) == 1 and records[0].error is not None


_TEXT = st.text(max_size=40)
_STRIPPED = _TEXT.map(str.strip).filter(bool)
_DATETIMES = st.tuples(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)), st.booleans()).map(
    lambda pair: pair[0].replace(tzinfo=UTC) if pair[1] else pair[0]
)
_DOCUMENTS = st.builds(
    Document,
    id=_STRIPPED,
    text=_TEXT.filter(lambda s: bool(s.strip())),
    title=st.none() | _STRIPPED,
    url=st.none() | _STRIPPED.map(lambda s: f"https://example.com/{s}"),
    country=st.none() | st.from_regex(r"[A-Z]{2}", fullmatch=True),
    lang=st.none() | st.from_regex(r"[a-z]{2}", fullmatch=True),
    posted_at=st.none() | _DATETIMES,
    source=st.none() | _STRIPPED,
    images=st.lists(st.from_regex(r"[A-Za-z0-9_./:-]{1,20}", fullmatch=True), max_size=3),
)


@SETTINGS
@given(documents=st.lists(_DOCUMENTS, min_size=1, max_size=5))
def test_jsonl_round_trip(scratch: Path, documents: list[Document]) -> None:
    path = scratch / "docs.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for doc in documents:
            out.write(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False) + "\n")
    records = list(read(path))
    assert [r.error for r in records] == [None] * len(documents)
    assert [r.document for r in records] == documents


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


@SETTINGS
@given(documents=st.lists(_DOCUMENTS, min_size=1, max_size=5), delimiter=st.sampled_from(",;\t"))
def test_csv_round_trip(scratch: Path, documents: list[Document], delimiter: str) -> None:
    fields = list(Document.model_fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)  # CRLF: quotes any \r and \n
    writer.writerow(fields)
    for doc in documents:
        writer.writerow([_csv_cell(getattr(doc, f)) for f in fields])
    path = scratch / "docs.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    records = list(read(path, options={"delimiter": delimiter}))
    assert [r.error for r in records] == [None] * len(documents)
    assert [r.document for r in records] == documents


# --- the quick path of `read_document_line` (``clew analyze`` and ``clew link``) ----------------------

_FIELD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.lists(st.text(max_size=10), max_size=3),
    st.sampled_from(["2026-01-02T03:04:05Z", "2026-13-45", "", " ", "US", "us", "http://a.example.com/x"]),
)
_KEYS = st.sampled_from(
    ["id", "text", "title", "url", "country", "language", "posted_at", "source", "images", "captured_at", "extra"]
)


def _full_path(line: bytes, number: int) -> tuple[Document | None, str | None]:
    from clew.ingest.jsonl import parse_line

    record = parse_line(line, source_file="f.jsonl", number=number)
    if record.document is None or record.error:
        return None, f"{record.where}: {record.error}"
    return record.document, None


@SETTINGS
@given(
    fields=st.one_of(
        st.dictionaries(_KEYS, _FIELD_VALUES, max_size=8),
        st.fixed_dictionaries(
            {"id": st.text(min_size=1, max_size=8), "text": st.text(max_size=40)},
            optional={key: _FIELD_VALUES for key in ("title", "url", "country", "posted_at", "images", "captured_at")},
        ),
    ),
    duplicate=st.sampled_from([b"", b', "text": "again"', b', "id": 7']),
    number=st.integers(min_value=1, max_value=3),
)
def test_read_document_line_agrees_with_the_full_path(fields: dict[str, Any], duplicate: bytes, number: int) -> None:
    from clew.ingest.jsonl import read_document_line

    body = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    line = (body[:-1] + duplicate + b"}" if len(body) > 2 else body) + b"\n"
    got = read_document_line(line, source_file="f.jsonl", number=number, max_chars=10**6)
    expected = _full_path(line, number)
    assert (got[0].model_dump() if got[0] else None) == (expected[0].model_dump() if expected[0] else None)
    assert got[1] == expected[1]


@SETTINGS
@given(line=JUNK, number=st.integers(min_value=1, max_value=3))
def test_read_document_line_agrees_with_the_full_path_on_any_bytes(line: bytes, number: int) -> None:
    from clew.ingest.jsonl import read_document_line

    got = read_document_line(line, source_file="f.jsonl", number=number, max_chars=10**6)
    expected = _full_path(line, number)
    assert (got[0].model_dump() if got[0] else None) == (expected[0].model_dump() if expected[0] else None)
    assert got[1] == expected[1]
