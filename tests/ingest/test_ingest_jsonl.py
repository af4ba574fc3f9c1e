"""JSON Lines source: good lines, every kind of bad line, and the records around them."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_support import POSITION

from clew.errors import InputError
from clew.ingest import read
from clew.ingest.base import RAW_EXCERPT_CHARS
from clew.ingest.jsonl import EMPTY_FILE, JsonlSource

GOOD_A = b'{"id": "a1", "text": "Call 213-555-0127 tonight", "url": "https://example.com/a1"}'
GOOD_B = b'{"id": "b2", "text": "New in town, call 213-555-0199"}'


def write(tmp_path: Path, content: bytes, name: str = "ads.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


BAD_LINES: list[tuple[str, bytes, str]] = [
    (
        "invalid utf-8",
        b'{"id": "x", "text": "caf\xe9"}',
        "not valid UTF-8 at byte 24 of the line (invalid continuation byte)",
    ),
    ("invalid json", b'{"id": "x", "text": }', "invalid JSON: Expecting value at column 21"),
    (
        "trailing comma",
        b'{"id": "x", "text": "t",}',
        "invalid JSON: Expecting property name enclosed in double quotes at column 25",
    ),
    ("array", b'["x", "t"]', "expected a JSON object ({...}), got an array"),
    ("string", b'"just text"', "expected a JSON object ({...}), got a string"),
    ("number", b"42", "expected a JSON object ({...}), got a number"),
    ("null", b"null", "expected a JSON object ({...}), got null"),
    ("true", b"true", "expected a JSON object ({...}), got true"),
    ("missing text", b'{"id": "x"}', "field 'text': Field required"),
    (
        "missing id and text",
        b'{"title": "t"}',
        "field 'id': Field required; field 'text': Field required",
    ),
    ("empty id", b'{"id": "", "text": "t"}', "field 'id': String should have at least 1 character"),
    (
        "text not a string",
        b'{"id": "x", "text": 5}',
        "field 'text': Input should be a valid string",
    ),
    (
        "bad country",
        b'{"id": "x", "text": "t", "country": "USA"}',
        "field 'country': Value error, must be an ISO 3166-1 alpha-2 code such as 'US' or 'GB'",
    ),
    (
        "bad image",
        b'{"id": "x", "text": "t", "images": ["a.jpg", 7]}',
        "field 'images[1]': Input should be a valid string",
    ),
    ("bad posted_at", b'{"id": "x", "text": "t", "posted_at": "yesterday"}', "field 'posted_at': "),
    (
        "bad captured_at",
        b'{"id": "x", "text": "t", "captured_at": "soon"}',
        "field 'captured_at': ",
    ),
    ("empty text", b'{"id": "x", "text": "  \\n "}', "field 'text' is empty"),
    (
        "lone high surrogate in text",
        b'{"id": "x", "text": "ab\\ud800c"}',
        "field 'text' contains a lone surrogate (\\ud800) at character 2",
    ),
    (
        "lone low surrogate in title",
        b'{"id": "x", "text": "t", "title": "\\uDC00"}',
        "field 'title' contains a lone surrogate (\\udc00) at character 0",
    ),
    (
        "lone surrogate in an image",
        b'{"id": "x", "text": "t", "images": ["ok.jpg", "b\\ud83d.jpg"]}',
        "field 'images[1]' contains a lone surrogate (\\ud83d) at character 1",
    ),
    (
        "lone surrogate in an ignored field",
        b'{"id": "x", "text": "t", "extra": {"note": "\\udfff"}}',
        "field 'extra.note' contains a lone surrogate (\\udfff) at character 0",
    ),
    ("nested too deeply", b"[" * 100_000, "invalid JSON: nested too deeply"),
    (
        "huge integer",
        b'{"id": ' + b"9" * 5000 + b', "text": "t"}',
        "invalid JSON: Exceeds the limit",
    ),
]


@pytest.mark.parametrize(("raw", "reason"), [c[1:] for c in BAD_LINES], ids=[c[0] for c in BAD_LINES])
def test_bad_line_is_an_error_record_between_good_ones(tmp_path: Path, raw: bytes, reason: str) -> None:
    path = write(tmp_path, GOOD_A + b"\n" + raw + b"\n" + GOOD_B + b"\n")
    records = list(read(path))
    assert [r.position for r in records] == ["line 1", "line 2", "line 3"]
    first, bad, last = records
    assert first.document is not None and first.document.id == "a1"
    assert last.document is not None and last.document.id == "b2"
    assert bad.document is None
    assert bad.error is not None and bad.error.startswith(reason), bad.error
    assert bad.source_file == str(path)
    assert bad.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert bad.raw_excerpt == raw[:RAW_EXCERPT_CHARS].decode("utf-8", errors="replace")


def test_good_records_carry_document_url_and_hash(tmp_path: Path) -> None:
    line = (
        b'{"id": 17, "text": "Hiring now, 213-555-0127", "title": "Jobs", '
        b'"url": "https://example.com/17", "country": "us", "lang": "EN", '
        b'"posted_at": "2024-03-01T10:00:00Z", "source": "example", "images": ["a.jpg"], '
        b'"captured_at": "2024-03-02T11:30:00+00:00", "unknown": {"kept": false}}'
    )
    path = write(tmp_path, line + b"\r\n")
    (record,) = read(path)
    assert record.error is None and record.document is not None
    doc = record.document
    assert doc.id == "17"
    assert (doc.country, doc.lang, doc.images) == ("US", "en", ["a.jpg"])
    assert doc.posted_at == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert record.url == "https://example.com/17"
    assert record.captured_at == datetime(2024, 3, 2, 11, 30, tzinfo=UTC)
    assert record.raw_sha256 == hashlib.sha256(line).hexdigest()  # without the CRLF
    assert record.position == "line 1"


def test_captured_at_is_none_without_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"id": "x", "text": "t", "posted_at": "2024-01-01T00:00:00Z"}\n')
    (record,) = read(path)
    assert record.document is not None and record.captured_at is None


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = write(tmp_path, b"\n" + GOOD_A + b"\n  \n\t\r\n" + GOOD_B)  # no final newline
    records = list(read(path))
    assert [r.position for r in records] == ["line 2", "line 5"]
    assert all(r.document is not None for r in records)


def test_byte_order_mark_on_the_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + GOOD_A + b"\n")
    (record,) = read(path)
    assert record.document is not None and record.document.id == "a1"


def test_surrogate_pairs_are_fine(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"id": "x", "text": "smile \\ud83d\\ude00"}\n')
    (record,) = read(path)
    assert record.document is not None and record.document.text == "smile \U0001f600"


def test_long_line_excerpt_is_cut(tmp_path: Path) -> None:
    raw = b'{"id": "x", "text": "' + b"\xc3\xa9" * 5000 + b'"'  # unterminated object
    path = write(tmp_path, raw + b"\n")
    (record,) = read(path)
    assert record.error is not None and record.error.startswith("invalid JSON")
    assert len(record.raw_excerpt) == RAW_EXCERPT_CHARS


@pytest.mark.parametrize("content", [b"", b"\n", b"  \n\r\n\t\n"], ids=["empty", "newline", "blank"])
def test_empty_file_gives_one_error_record(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, content)
    records = list(read(path))
    assert len(records) == 1
    assert records[0].position == "file"
    assert records[0].error == EMPTY_FILE == "the file is empty: no records"


def test_json_array_file_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, b'[\n{"id": "x", "text": "t"}\n]\n', name="ads.json")
    first = next(read(path))
    assert first.error is not None
    assert "one object per line, not a JSON array" in first.error


def test_every_position_is_well_formed(tmp_path: Path) -> None:
    path = write(tmp_path, b"\n".join(c[1] for c in BAD_LINES) + b"\n\n" + GOOD_A)
    records = list(read(path))
    assert len(records) == len(BAD_LINES) + 1
    assert all(POSITION.fullmatch(r.position) for r in records)
    assert all((r.document is None) == (r.error is not None) for r in records)


def test_options_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_A)
    with pytest.raises(InputError, match="the jsonl format takes no options; got 'delimiter'"):
        read(path, options={"delimiter": ";"})


def test_source_reads_a_path_given_directly(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_A + b"\n" + GOOD_B)
    docs = [r.document for r in JsonlSource().records(path, {})]
    assert [d.id for d in docs if d] == ["a1", "b2"]
    assert docs[0] is not None and docs[0].text == json.loads(GOOD_A)["text"]
