"""``clew.ingest``: the registry, format detection and ``read``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clew.errors import InputError
from clew.ingest import SOURCES, detect_format, read


def test_registry_has_the_built_in_sources() -> None:
    assert sorted(SOURCES) == ["csv", "html", "jsonl", "warc"]
    for name, source in SOURCES.items():
        assert source.name == name
        assert all(s == s.lower() and s.startswith(".") for s in source.suffixes)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("ads.jsonl", "jsonl"),
        ("ADS.NDJSON", "jsonl"),
        ("ads.json", "jsonl"),
        ("ads.csv", "csv"),
        ("ads.tsv", "csv"),
        ("page.html", "html"),
        ("page.HTM", "html"),
        ("crawl.warc", "warc"),
        ("crawl.warc.gz", "warc"),
        ("crawl.arc.gz", "warc"),
        ("my.csv.warc.gz", "warc"),
    ],
)
def test_detect_format_by_suffix(tmp_path: Path, name: str, fmt: str) -> None:
    assert detect_format(tmp_path / name) == fmt


def test_detect_format_folder_is_html(tmp_path: Path) -> None:
    assert detect_format(tmp_path) == "html"


@pytest.mark.parametrize("name", ["ads.txt", "ads.gz", "ads", "ads.jsonl.bak"])
def test_detect_format_unknown_names_the_path_and_formats(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError) as caught:
        detect_format(tmp_path / name)
    message = str(caught.value)
    assert str(tmp_path / name) in message
    for fmt in ("csv (.csv, .tsv)", "html (.html, .htm)", "jsonl (.jsonl", "warc (.warc"):
        assert fmt in message


def test_read_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError) as caught:
        read(missing)
    assert str(caught.value) == f"{missing}: no such file or folder"


def test_read_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_text('{"id": "1", "text": "t"}\n')
    with pytest.raises(InputError, match="unknown format 'xml'; formats: csv"):
        read(path, fmt="xml")


def test_read_folder_with_a_file_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="only the html format reads folders"):
        read(tmp_path, fmt="jsonl")


def test_read_with_explicit_format_ignores_the_name(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text("id,text\n1,Call 213-555-0127\n")
    (record,) = read(path, fmt="CSV")
    assert record.document is not None and record.document.text == "Call 213-555-0127"


def test_read_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "ads.jsonl"
    path.write_text('{"id": "1", "text": "t"}\n')
    records = read(path)
    assert isinstance(records, Iterator)
    path.unlink()  # nothing has been opened yet
    with pytest.raises(InputError, match="no such file"):
        next(records)
