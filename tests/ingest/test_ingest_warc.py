"""WARC source: which records become documents, positions, and damaged archives."""

from __future__ import annotations

import gzip
import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_support import POSITION, Rec, WarcFactory, page

from clew.ingest import read
from clew.ingest.jsonl import EMPTY_FILE

HTML = ("Content-Type", "text/html; charset=utf-8")


def mixed_records() -> list[Rec]:
    """A crawl: one of each kind of record, documents and skipped ones."""
    return [
        Rec(type="warcinfo"),
        Rec(type="request", url="https://example.com/ads/1"),
        Rec(url="https://example.com/ads/1", body=page("<p>Call 213-555-0127</p>", title="One")),
        Rec(type="metadata", url="https://example.com/ads/1", body=b"outlinks: none"),
        Rec(url="https://example.com/gone", status="404 Not Found", body=page("<p>gone</p>")),
        Rec(url="https://example.com/moved", status="301 Moved", body=b""),
        Rec(url="https://example.com/a.png", body=b"\x89PNG",
            headers=[("Content-Type", "image/png")]),
        Rec(url="https://example.com/ads/2.txt", body=b"Plain ad 213-555-0199\n",
            headers=[("Content-Type", "text/plain")]),
        Rec(url="https://example.com/ads/3", body=b"<p>caf\xe9 213-555-0142</p>",
            headers=[("Content-Type", "text/html; charset=windows-1252")]),
        Rec(url="https://example.com/ads/4", body=b"<p>caf\xe9</p>",
            headers=[("Content-Type", "text/html")]),
        Rec(url="https://example.com/ads/5", body=page("<script>x()</script>")),
        Rec(url="https://example.com/ads/6", body=gzip.compress(page("<p>zipped</p>"), mtime=0),
            headers=[HTML, ("Content-Encoding", "gzip")]),
        Rec(url="https://example.com/ads/7", body=b"<p>x</p>",
            headers=[("Content-Type", "text/html; charset=x-klingon")]),
        Rec(url="https://example.com/ads/8", body=page("<p>xhtml</p>"),
            headers=[("Content-Type", "application/xhtml+xml")]),
    ]  # fmt: skip


@pytest.mark.parametrize("compressed", [True, False], ids=["gzip", "plain"])
def test_documents_skips_and_errors_in_order(make_warc: WarcFactory, compressed: bool) -> None:
    warc = make_warc(mixed_records(), gzip=compressed)
    records = list(read(warc.path))
    summary = [(r.position, r.document.text if r.document else None, r.error) for r in records]
    at = warc.offsets
    assert summary == [
        (f"record 3 at byte {at[2]}", "Call 213-555-0127", None),
        (f"record 8 at byte {at[7]}", "Plain ad 213-555-0199", None),
        (f"record 9 at byte {at[8]}", "café 213-555-0142", None),
        (
            f"record 10 at byte {at[9]}",
            None,
            "not valid UTF-8 at byte 6 and no charset is declared; add <meta charset=...> or convert the file to UTF-8",
        ),
        (f"record 11 at byte {at[10]}", None, "no visible text"),
        (f"record 12 at byte {at[11]}", "zipped", None),
        (
            f"record 13 at byte {at[12]}",
            None,
            "the HTTP Content-Type header declares an unknown charset 'x-klingon'; "
            "fix the declaration or convert the file to UTF-8",
        ),
        (f"record 14 at byte {at[13]}", "xhtml", None),
    ]
    first = records[0]
    assert first.document is not None
    uuid = warc.ids[2].removeprefix("<urn:uuid:").removesuffix(">")
    assert first.document.id == f"warc-{uuid}"
    assert first.document.title == "One"
    assert first.document.url == first.url == "https://example.com/ads/1"
    assert first.raw_sha256 == hashlib.sha256(mixed_records()[2].body).hexdigest()
    assert first.captured_at is not None and first.captured_at.tzinfo is not None
    assert records[5].raw_sha256 == hashlib.sha256(page("<p>zipped</p>")).hexdigest()
    assert records[3].url == "https://example.com/ads/4"  # errors keep the URL too
    assert all(r.source_file == str(warc.path) for r in records)


def test_warc_date_and_record_id(make_warc: WarcFactory) -> None:
    warc = make_warc(
        [
            Rec(
                body=page("<p>hello</p>"),
                warc_headers={
                    "WARC-Date": "2024-05-06T07:08:09Z",
                    "WARC-Record-ID": "<urn:uuid:12345678-1234-5678-1234-567812345678>",
                },
            )
        ]
    )
    (record,) = read(warc.path)
    assert record.captured_at == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert record.document is not None
    assert record.document.id == "warc-12345678-1234-5678-1234-567812345678"


def three_ads() -> list[Rec]:
    return [
        Rec(type="warcinfo"),
        *(
            Rec(
                url=f"https://example.com/ads/{i}",
                body=page(f"<p>Ad {i} call 213-555-01{i:02}</p>"),
            )
            for i in range(3)
        ),
    ]


@pytest.mark.parametrize("compressed", [True, False], ids=["gzip", "plain"])
def test_every_truncation_point_keeps_the_records_before_it(
    make_warc: WarcFactory, tmp_path: Path, compressed: bool
) -> None:
    warc = make_warc(three_ads(), gzip=compressed)
    full = list(read(warc.path))
    assert [r.document.text for r in full if r.document] == [
        "Ad 0 call 213-555-0100",
        "Ad 1 call 213-555-0101",
        "Ad 2 call 213-555-0102",
    ]
    ends = [*warc.offsets[1:], len(warc.data)]
    cut_path = tmp_path / warc.path.name.replace("archive", "cut")
    for keep in range(1, len(warc.data)):
        cut_path.write_bytes(warc.data[:keep])
        records = list(read(cut_path))
        whole = sum(1 for end in ends if end <= keep)  # records entirely before the cut
        good = [r for r in records if r.document is not None]
        errors = [r for r in records if r.error is not None]
        assert all(POSITION.fullmatch(r.position) for r in records)
        assert [(r.position, r.document) for r in good] == [(r.position, r.document) for r in full[: len(good)]], keep
        if keep in ends:  # a cut between records leaves a valid, shorter archive
            assert (len(good), errors) == (max(whole - 1, 0), []), keep
            continue
        # A cut inside the blank lines that end a plain record loses nothing.
        trailer_only = not compressed and any(e - 4 <= keep < e for e in ends)
        if trailer_only:
            assert len(good) >= max(whole - 1, 0)
            continue
        assert len(good) == max(whole - 1, 0), keep  # minus the warcinfo record
        assert len(errors) == 1 and records[-1] is errors[0], keep
        assert errors[0].error is not None
        assert errors[0].error.startswith(
            f"archive is truncated or corrupt after record {whole}: "
            if whole
            else "archive is truncated or corrupt before its first record: "
        ), (keep, errors[0].error)


def test_truncated_gzip_names_the_last_good_record(make_warc: WarcFactory, tmp_path: Path) -> None:
    warc = make_warc(three_ads())
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.data[:-20])
    records = list(read(cut))
    assert [r.position for r in records] == [
        f"record 2 at byte {warc.offsets[1]}",
        f"record 3 at byte {warc.offsets[2]}",
        f"record 4 at byte {warc.offsets[3]}",
    ]
    assert records[-1].error is not None
    assert records[-1].error.startswith("archive is truncated or corrupt after record 3: ")


def test_corrupt_gzip_member(make_warc: WarcFactory, tmp_path: Path) -> None:
    warc = make_warc(three_ads())
    data = bytearray(warc.data)
    middle = (warc.offsets[2] + warc.offsets[3]) // 2
    data[middle : middle + 8] = b"\x00" * 8
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(data))
    records = list(read(bad))
    assert records[0].document is not None
    assert records[0].document.text == "Ad 0 call 213-555-0100"
    assert records[-1].error is not None
    assert records[-1].error.startswith("archive is truncated or corrupt after record 2: ")
    assert len(records) == 2


@pytest.mark.parametrize(
    ("content", "position", "reason"),
    [
        (b"", "file", EMPTY_FILE),
        (b"\r\n\r\n", "file", EMPTY_FILE),
        (
            b"<html><body>not an archive</body></html>",
            "record 1 at byte 0",
            "archive is truncated or corrupt before its first record: ArchiveLoadFailed: Unknown archive format",
        ),
        (
            gzip.compress(b"plain text, gzipped", mtime=0),
            "record 1 at byte 0",
            "archive is truncated or corrupt before its first record: ",
        ),
    ],
    ids=["empty", "blank lines", "html", "gzipped text"],
)
def test_whole_file_problems(tmp_path: Path, content: bytes, position: str, reason: str) -> None:
    path = tmp_path / "x.warc.gz"
    path.write_bytes(content)
    records = list(read(path))
    assert len(records) == 1
    assert records[0].position == position
    assert records[0].error is not None and records[0].error.startswith(reason)


def test_archive_without_pages_gives_nothing(make_warc: WarcFactory) -> None:
    warc = make_warc([Rec(type="warcinfo"), Rec(type="request")])
    assert list(read(warc.path)) == []
