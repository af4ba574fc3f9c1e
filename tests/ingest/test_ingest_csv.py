"""CSV/TSV source: columns, mappings, positions, and bad rows among good ones."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_support import POSITION

from clew.errors import InputError
from clew.ingest import read
from clew.ingest.jsonl import EMPTY_FILE

HEADER = b"id,text,country\n"
GOOD_1 = b"a1,Call 213-555-0127 tonight,US\n"
GOOD_2 = b"b2,New in town 213-555-0199,GB\n"
NL = b"\n"


def write(tmp_path: Path, content: bytes, name: str = "ads.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_columns_become_document_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        b"id,text,title,url,country,lang,posted_at,source,images,captured_at,other\n"
        b"7,Sweet girls 213-555-0127,New,https://example.com/7,us,EN,"
        b"2024-03-01T10:00:00Z,board,a.jpg|b.jpg  c.jpg,2024-03-02T00:00:00Z,x\n"
        b"8,Only text,,,,,,,,,\n",
    )
    first, second = read(path)
    assert first.error is None and first.document is not None
    doc = first.document
    assert (doc.id, doc.text, doc.title, doc.url) == (
        "7",
        "Sweet girls 213-555-0127",
        "New",
        "https://example.com/7",
    )
    assert (doc.country, doc.lang, doc.source) == ("US", "en", "board")
    assert doc.posted_at == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert doc.images == ["a.jpg", "b.jpg", "c.jpg"]
    assert first.url == "https://example.com/7"
    assert first.captured_at == datetime(2024, 3, 2, tzinfo=UTC)
    assert first.position == "row 1 (line 2)"
    assert second.document is not None
    assert second.document.title is None and second.document.images == []
    assert second.captured_at is None


def test_mapping_options(tmp_path: Path) -> None:
    path = write(tmp_path, b"ad_id,body,title\nx1,Call 213-555-0127,Hi\n")
    (record,) = read(path, options={"map.text": "body", "map.id": "ad_id"})
    assert record.document is not None
    assert (record.document.id, record.document.text, record.document.title) == (
        "x1",
        "Call 213-555-0127",
        "Hi",
    )


def test_id_from_the_row_hash_when_there_is_no_id_column(tmp_path: Path) -> None:
    path = write(tmp_path, b"text,title\r\nCall 213-555-0127,Hi\r\nCall 213-555-0127,Hi\r\n")
    first, second = read(path)
    expected = hashlib.sha256(b"Call 213-555-0127,Hi").hexdigest()
    assert first.raw_sha256 == expected
    assert first.document is not None and first.document.id == f"csv-{expected[:16]}"
    assert second.document is not None and second.document.id == first.document.id
    # The same file read again gives the same ids.
    assert [r.document.id for r in read(path) if r.document] == [first.document.id] * 2


def test_multi_line_rows_report_their_first_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        b'id,text\n1,"line one\nline two\nline three"\n\n2,after\n3,"x\r\ny"\n4,last',
    )
    records = list(read(path))
    assert [r.position for r in records] == [
        "row 1 (line 2)",
        "row 2 (line 6)",
        "row 3 (line 7)",
        "row 4 (line 9)",
    ]
    assert records[0].document is not None
    assert records[0].document.text == "line one\nline two\nline three"
    assert records[0].raw_sha256 == hashlib.sha256(b'1,"line one\nline two\nline three"').hexdigest()
    assert records[2].document is not None and records[2].document.text == "x\r\ny"


@pytest.mark.parametrize(
    ("name", "content", "options"),
    [
        ("ads.tsv", b"id\ttext\n1\tCall 213-555-0127, now\n", {}),
        ("ads.csv", b"id;text\n1;Call 213-555-0127, now\n", {"delimiter": ";"}),
        ("ads.txt.csv", b"id\ttext\n1\tCall 213-555-0127, now\n", {"delimiter": "tab"}),
        ("ads.csv", b"id\ttext\n1\tCall 213-555-0127, now\n", {"delimiter": "\\t"}),
    ],
)
def test_delimiters(tmp_path: Path, name: str, content: bytes, options: dict[str, str]) -> None:
    (record,) = read(write(tmp_path, content, name), options=options)
    assert record.document is not None and record.document.text == "Call 213-555-0127, now"


def test_byte_order_mark_and_header_spaces(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf id , text \n1,hello\n")
    (record,) = read(path)
    assert record.document is not None and record.document.id == "1"


BAD_ROWS: list[tuple[str, bytes, str]] = [
    ("too few fields", b"x1,only two\n", "row 2 has 2 fields, the header has 3"),
    ("too many fields", b"x1,a,US,extra,more\n", "row 2 has 5 fields, the header has 3"),
    ("empty text", b"x1,,US\n", "field 'text' is empty"),
    ("blank text", b'x1,"  ",US\n', "field 'text' is empty"),
    ("empty id", b",some text,US\n", "field 'id': String should have at least 1 character"),
    ("bad country", b"x1,some text,USA\n", "field 'country': Value error, must be an ISO"),
    ("invalid utf-8", b"x1,caf\xe9 tonight,US\n", "not valid UTF-8 at byte 6 of line 3"),
    (
        "invalid utf-8 on a later line of the row",
        b'x1,"ok\nstill ok \xff",US\n',
        "not valid UTF-8 at byte 9 of line 4",
    ),
]


@pytest.mark.parametrize(("raw", "reason"), [c[1:] for c in BAD_ROWS], ids=[c[0] for c in BAD_ROWS])
def test_bad_row_is_an_error_record_between_good_ones(tmp_path: Path, raw: bytes, reason: str) -> None:
    path = write(tmp_path, HEADER + GOOD_1 + raw + GOOD_2)
    records = list(read(path))
    assert len(records) == 3
    first, bad, last = records
    assert first.document is not None and first.document.id == "a1"
    assert last.document is not None and last.document.id == "b2"
    assert bad.document is None
    assert bad.error is not None and bad.error.startswith(reason), bad.error
    assert bad.position == "row 2 (line 3)"
    assert last.position == f"row 3 (line {3 + raw.count(NL)})"
    assert bad.raw_sha256 == hashlib.sha256(raw.rstrip(b"\n")).hexdigest()
    assert bad.raw_excerpt == raw.rstrip(b"\n").decode("utf-8", errors="replace")


def test_csv_syntax_error_skips_the_row_only(tmp_path: Path) -> None:
    huge = b"x" * 200_000  # over the csv module's field size limit
    path = write(tmp_path, HEADER + GOOD_1 + b"x1," + huge + b",US\n" + GOOD_2)
    first, bad, last = read(path)
    assert first.document is not None and last.document is not None
    assert bad.error is not None and bad.error.startswith("CSV syntax error: field larger than")
    assert bad.position == "row 2 (line 3)"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"map.text": "body"}, "column 'body' (from the option map.text) is not in the header; "
         "the header has: 'id', 'text', 'country'"),
        ({"map.id": "ad id"}, "column 'ad id' (from the option map.id) is not in the header"),
    ],
)  # fmt: skip
def test_mapped_column_missing_stops_the_file(tmp_path: Path, options: dict[str, str], message: str) -> None:
    path = write(tmp_path, HEADER + GOOD_1)
    records = read(path, options=options)
    with pytest.raises(InputError) as caught:
        next(records)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"map.body": "text"}, "the csv option 'map.body' names no document field"),
        ({"map.text": " "}, "the csv option 'map.text' needs a column name"),
        ({"delimiter": ";;"}, "the csv option delimiter must be one character"),
        ({"quote": "'"}, "the csv format takes only delimiter and map.<field>; got 'quote'"),
    ],
)
def test_wrong_options_raise_at_once(tmp_path: Path, options: dict[str, str], message: str) -> None:
    path = write(tmp_path, HEADER + GOOD_1)
    with pytest.raises(InputError) as caught:
        read(path, options=options)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("content", "position", "reason"),
    [
        (b"", "file", EMPTY_FILE),
        (b"\n\n", "file", EMPTY_FILE),
        (b"id,text\n", "file", "the file has a header row but no data rows"),
        (b"id,text\n\n\n", "file", "the file has a header row but no data rows"),
        (
            b"id,body\n1,hello\n",
            "header (line 1)",
            "the header has no 'text' column (columns: id, body); "
            "name the text column with the option map.text=<column>",
        ),
        (
            b"\nid,t\xe9xt\n1,hello\n",
            "header (line 2)",
            "the header row is not valid UTF-8 at byte 4 of line 2; convert the file to UTF-8",
        ),
    ],
)
def test_whole_file_problems_give_one_error_record(tmp_path: Path, content: bytes, position: str, reason: str) -> None:
    records = list(read(write(tmp_path, content)))
    assert len(records) == 1
    assert (records[0].position, records[0].error) == (position, reason)


def test_every_position_is_well_formed(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + b"".join(c[1] for c in BAD_ROWS) + GOOD_1)
    records = list(read(path))
    assert all(POSITION.fullmatch(r.position) for r in records)
    assert records[-1].document is not None


def test_the_field_limit_does_not_depend_on_what_else_changed_it(tmp_path: Path) -> None:
    import csv

    before = csv.field_size_limit(31_457_280)  # what followthemoney sets when it is imported
    try:
        path = write(tmp_path, HEADER + GOOD_1 + b"x1," + b"x" * 200_000 + b",US\n" + GOOD_2)
        _first, bad, _last = read(path)
        assert bad.error is not None and bad.error.startswith("CSV syntax error: field larger than")
        assert csv.field_size_limit() == 31_457_280  # put back once the file is read
    finally:
        csv.field_size_limit(before)
